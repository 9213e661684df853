"""HTML reader for saved government web pages: charset, main text and metadata table, without page chrome."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..blocks import Cell, Document, DocumentBuilder
from ..errors import ReadError

_DROP_TAGS = ["script", "style", "noscript", "nav", "iframe", "frame", "form", "button", "select", "input",
              "textarea", "svg", "canvas", "object", "embed", "template", "aside", "link", "meta"]
_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table",
               "thead", "tbody", "tfoot", "caption", "section", "article", "main", "blockquote", "pre", "center",
               "address", "figure", "figcaption", "hr", "fieldset", "details", "summary"}
_CONTENT_NAME = re.compile(r"TRS_Editor|Custom_UnionStyle|zoom|article|content|detail|zhengwen|wenzhang|"
                           r"(?:^|[_\- ])(?:zw|con|text|main|view|body)(?:[_\- ]|$)", re.I)
_CHROME_NAME = re.compile(r"(?:^|[_\- ])(?:nav|navbar|menu|header|head|top|footer|foot|bottom|breadcrumbs?|crumbs?|"
                          r"position|location|weizhi|share|toolbar|tools|print|sidebar|side|banner|copyright|search|"
                          r"login|links?|related|xgwz|fenxiang)(?:[_\- ]|$)", re.I)
_META_LABELS = ("索引号", "分类", "主题分类", "体裁分类", "组配分类", "发布机构", "发文机关", "发文单位", "成文日期",
                "发布日期", "生效日期", "废止日期", "实施日期", "文号", "发文字号", "主题词", "名称", "标题", "有效性",
                "统一编号", "信息来源", "公开方式", "公开范围", "时效")
_META_LABEL = re.compile(rf"^(?:{'|'.join(_META_LABELS)})[:：]?$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_CHAR = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
_CHROME_WORDS = {"打印", "关闭", "打印本页", "关闭窗口", "打印本文", "打印正文", "返回顶部", "顶部", "收藏", "加入收藏", "纠错",
                 "我要纠错", "字号", "字体", "大", "中", "小", "默认", "分享", "分享到", "微信", "微博", "QQ空间", "QQ",
                 "保存", "下载", "译", "扫一扫", "无障碍", "长者模式", "繁体", "简体", "返回", "【", "】", "[", "]", "|"}
_CHROME_LINE = re.compile(
    r"^(?:(?:浏览|阅读|访问|点击)(?:次数|量|数)?[:：]?\s*\d*\s*次?"
    r"|(?:当前位置|您现在的位置|你现在的位置|您的位置|所在位置|位置)[:：].*"
    r"|首页\s*[>＞»›].*|.{0,20}\s*[>＞»›]\s*首页.*"
    r"|(?:上一篇|下一篇|相关链接|相关文章|相关阅读)[:：]?.*"
    r"|扫一扫.*|分享到[:：]?.*|(?:字号|字体)[:：].*"
    r"|(?:发布|发表|更新)?(?:日期|时间)[:：]\s*[\d\-/年月日:： ]+"
    r"|(?:发布|发表|更新)(?:日期|时间)[:：].*(?:来源|浏览|字号|作者|阅读).*)$")
_ENCODING_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
                     "cp936": "gb18030", "euc-cn": "gb18030", "x-euc-cn": "gb18030", "big5": "big5hkscs",
                     "utf8": "utf-8", "unicode": "utf-8"}


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode page bytes: BOM, then valid UTF-8, then the declared charset (GB* as GB18030), then GB18030."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc.replace("-sig", "")
    head = data[:8192].decode("ascii", errors="ignore")
    m = (re.search(r"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:\-]+)""", head, re.I)
         or re.search(r"""<\?xml[^>]+encoding\s*=\s*["']([\w.:\-]+)""", head, re.I))
    declared = m.group(1).lower() if m else None
    declared = _ENCODING_ALIASES.get(declared, declared)
    for enc in ("utf-8", declared, "gb18030"):
        if not enc:
            continue
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("gb18030", errors="replace"), "gb18030"


def _clean(text: str) -> str:
    def space(m):
        gap = m.group()
        if "\n" in gap and re.match(_CJK_CHAR, m.string[m.start() - 1:m.start()] or "a") \
                and re.match(_CJK_CHAR, m.string[m.end():m.end() + 1] or "a"):
            return ""  # a source line break between two Chinese characters is not a space
        return " "
    return re.sub(r"[ \t\r\n\f\xa0]+", space, text).strip()


def _is_chrome(line: str) -> bool:
    if len(line) > 80:
        return False
    tokens = [t for t in re.split(r"[\s【】\[\]|｜/:：]+", line) if t]
    if tokens and all(t in _CHROME_WORDS for t in tokens):
        return True
    return bool(_CHROME_LINE.match(line))


def _cjk(el) -> int:
    return len(_CJK.findall(el.get_text()))


def _names(el) -> str:
    return " ".join(el.get("class") or []) + " " + (el.get("id") or "")


def _row_lines(tr) -> list[str] | None:
    """A table row of inline cells as lines: label/value pairs ("文号：…") or one tab-joined line."""
    if tr.find(["table", "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6"]):
        return None
    cells = [_clean(td.get_text(" ")) for td in tr.find_all(["td", "th"], recursive=False)]
    cells = [c for c in cells if c]
    if not cells:
        return []
    if not any(_META_LABEL.match(re.sub(r"\s+", "", c)) for c in cells):
        return ["\t".join(cells)]
    lines, i = [], 0
    while i < len(cells):
        cell = cells[i]
        if _META_LABEL.match(re.sub(r"\s+", "", cell)) and i + 1 < len(cells) \
                and not _META_LABEL.match(re.sub(r"\s+", "", cells[i + 1])):
            label = cell if cell[-1] in "：:" else cell + "："
            lines.append(label + cells[i + 1])
            i += 2
        else:
            if not _META_LABEL.match(re.sub(r"\s+", "", cell)):
                lines.append(cell)
            i += 1
    return lines


MAX_COLSPAN, MAX_ROWSPAN = 1000, 65534  # the clamps browsers apply (HTML table processing model)
MAX_SPAN_MARKS = 1_000_000  # slots reserved for cells spanning rows, over the whole page


def _children(el, names: tuple[str, ...]) -> list:
    """Direct child elements named one of ``names`` (cheaper than find_all, which builds a filter per call)."""
    return [c for c in el.children if getattr(c, "name", None) in names]


def _table_rows(table) -> list[tuple[object, int, bool]]:
    """(tr, row group, in thead) of a table's own rows: direct, or inside its thead/tbody/tfoot, in order."""
    rows = []
    group = 0
    for child in _children(table, ("tr", "thead", "tbody", "tfoot")):
        if child.name == "tr":
            rows.append((child, group, False))
        else:
            group += 1
            rows += [(tr, group, child.name == "thead") for tr in _children(child, ("tr",))]
            group += 1
    return rows


_NOT_INLINE = {"table", "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6"}


def _inline(td) -> bool:
    return not any(getattr(d, "name", None) in _NOT_INLINE for d in td.descendants)


def _span(td, name: str, low: int, high: int) -> int:
    try:
        value = int(re.match(r"\s*(\d+)", td.get(name) or "").group(1))
    except (AttributeError, ValueError):
        return 1
    return max(low, min(value, high))


def _is_meta_table(rows) -> bool:
    """A page's metadata table (索引号： … 成文日期： …): kept as label/value lines, not as a grid."""
    for tr, _, _ in rows[:8]:
        for td in _children(tr, ("td", "th")):
            if _META_LABEL.match(re.sub(r"\s+", "", td.get_text())):
                return True
    return False


def _lines(root) -> list[tuple[str, str, Cell | None]]:
    """Text of ``root`` as (line, kind, table cell) with breaks at block elements, <br> and table cells."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    out: list[tuple[str, str, Cell | None]] = []
    buf: list[str] = []
    state = {"tables": 0, "marks": 0, "cell": None}

    def flush(kind: str = "p"):
        text = _clean("".join(buf))
        buf.clear()
        if text:
            out.append((text, kind, state["cell"]))

    def grid(table):
        """Each cell placed as browsers place it: the first free slot, colspan/rowspan clamped, rowspan=0 to the
        end of its row group."""
        rows = _table_rows(table)
        if _is_meta_table(rows):
            for tr, _, _ in rows:
                meta = _row_lines(tr)
                if meta is None:
                    for cell in _children(tr, ("td", "th")):
                        walk(cell)
                        flush()
                else:
                    out.extend((row, "cell", state["cell"]) for row in meta)
            return
        index = state["tables"]
        state["tables"] += 1
        taken: dict[int, set[int]] = {}
        outer = state["cell"]
        left = [0] * len(rows)  # rows from each row to the end of its row group, itself included
        for r in range(len(rows) - 1, -1, -1):
            left[r] = 1 + (left[r + 1] if r + 1 < len(rows) and rows[r + 1][1] == rows[r][1] else 0)
        for r, (tr, _, in_head) in enumerate(rows):
            col = 0
            for td in _children(tr, ("td", "th")):
                while col in taken.get(r, ()):
                    col += 1
                colspan = _span(td, "colspan", 1, MAX_COLSPAN)
                rowspan = _span(td, "rowspan", 0, MAX_ROWSPAN) if td.get("rowspan") is not None else 1
                rowspan = left[r] if rowspan == 0 else min(rowspan, left[r])
                if rowspan > 1 and state["marks"] < MAX_SPAN_MARKS:
                    state["marks"] += (rowspan - 1) * colspan
                    for below in range(r + 1, r + rowspan):
                        taken.setdefault(below, set()).update(range(col, col + colspan))
                state["cell"] = Cell(index, r, col, rowspan, colspan, td.name == "th" or in_head)
                inline = _inline(td)
                walk(td)
                flush("cell" if inline else "p")
                col += colspan
        state["cell"] = outer

    def walk(node):
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                    buf.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "br":
                    flush()
                elif child.name == "table":
                    flush()
                    grid(child)
                elif child.name in _BLOCK_TAGS or child.name in ("td", "th", "tr"):
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)

    if getattr(root, "name", None) == "table":
        grid(root)
    else:
        walk(root)
    flush()
    return out


def _data_table(table, seen: dict[int, bool]) -> bool:
    """Does ``table``'s first row hold three cells or more (a data table, not a layout table)?"""
    if id(table) not in seen:
        row = next((r for r, _, _ in _table_rows(table)[:1]), None)
        seen[id(table)] = row is not None and len(_children(row, ("td", "th"))) >= 3
    return seen[id(table)]


def _in_data_table(el, seen: dict[int, bool]) -> bool:
    """Is ``el`` a data table or inside one? Such a table is part of the text, never the whole of it, even when
    it holds most of the characters (a 任务分工 page)."""
    return any(_data_table(t, seen) for t in [el, *el.parents] if t.name == "table")


def _main_container(body, total: int):
    def deepest(cands, share):
        cands = [(c, n) for c, n in cands if n >= share * total]
        return min(cands, key=lambda cn: cn[1])[0] if cands else None

    seen: dict[int, bool] = {}
    boxes = [el for el in body.find_all(["div", "td", "article", "section", "main", "table"])
             if not _in_data_table(el, seen)]
    named = [(el, _cjk(el)) for el in boxes if _CONTENT_NAME.search(_names(el))]
    return deepest(named, 0.5) or deepest([(el, _cjk(el)) for el in boxes], 0.7)


def _title_element(body, container, page_title: str):
    """The page's heading outside the body container, matched against <title> / ArticleTitle."""
    want = re.sub(r"\s+", "", page_title)
    if not want:
        return None
    around = {id(a) for a in container.parents} | {id(container)}
    best, best_score = None, None
    for el in body.find_all(["h1", "h2", "h3", "h4", "div", "p", "td", "span", "strong"]):
        if id(el) in around or container in el.parents or el.find(["div", "p", "table", "ul"]):
            continue
        if any(_CHROME_NAME.search(_names(a)) for a in [el, *el.parents] if a.name not in ("body", "html")):
            continue
        text = re.sub(r"\s+", "", el.get_text())
        if len(text) >= 6 and (text in want or want.startswith(text[:12])) and len(text) <= 2 * len(want):
            score = (text == want, el.name in ("h1", "h2", "h3", "h4"), len(text))
            if best_score is None or score > best_score:
                best, best_score = el, score
    return best


def _meta_element(body, container):
    found = None
    for el in body.find_all(["table", "ul", "dl", "div"]):
        if el is container or container in el.parents or el in container.parents:
            continue
        text = re.sub(r"\s+", "", el.get_text())
        labels = {lab for lab in _META_LABELS if lab + "：" in text or lab + ":" in text}
        if len(labels) >= 2 and len(text) < 600:
            if found is None or found in el.parents:
                found = el
    return found


# Text blocks a page's widgets may have swallowed: libxml2 nests what follows an <embed> (a void element to a browser)
# or an unclosed <button>/<select>/<object> inside it, and keeps an unclosed <textarea>'s rest of the page as its text.
_BLOCKS = ["p", "div", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
           "pre", "dl"]
_RAW_TEXT_TAGS = ("textarea", "title", "xmp")
_SWALLOWING = ("embed", "object", "button", "select", "textarea", "canvas")


def _drop_keeping_swallowed_text(el) -> None:
    """Remove a widget, but keep the paragraphs the parser nested inside it where a browser shows them: after it."""
    if el.name in _RAW_TEXT_TAGS and "<" in el.get_text():
        from bs4 import BeautifulSoup
        fragment = BeautifulSoup(el.get_text(), "lxml")
        inner = fragment.body or fragment
        for node in reversed([c.extract() for c in list(inner.children)]):
            el.insert_after(node)
    else:
        kept = [b for b in el.find_all(_BLOCKS) if _outermost_within(b, el)]
        for block in reversed(kept):
            el.insert_after(block.extract())
    el.decompose()


def _outermost_within(block, el) -> bool:
    """Is ``block`` the outermost text block inside ``el`` (no other block between them)?"""
    nearest = block.find_parent(_BLOCKS)
    return nearest is None or (nearest is not el and el not in nearest.parents)


def _strip_page(soup) -> None:
    """Remove scripts, navigation, site header/footer, hidden elements and "译" (translate) buttons."""
    for el in soup(_DROP_TAGS):
        if el.decomposed:
            continue
        if el.name == "form":
            el.unwrap()     # ASP.NET-style pages hold the whole article in one <form>; its controls go below
        elif el.name in _SWALLOWING:
            _drop_keeping_swallowed_text(el)
        else:
            el.decompose()
    for el in soup(["header", "footer"]):
        if not el.decomposed and not el.find_parent("article"):  # an <article>'s own header holds its title
            el.decompose()
    for el in soup.find_all(string=re.compile(r"^\s*译\s*$")):
        if el.parent is not None and el.parent.name not in ("body", "html", "p", "div", "td"):
            el.parent.decompose()
        else:
            el.extract()
    for el in soup.find_all(style=re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)):
        if not el.decomposed:
            el.decompose()
    for el in soup.find_all(attrs={"hidden": True}):
        if not el.decomposed:
            el.decompose()


def _pieces(body, page_title: str) -> list[tuple[object, bool]]:
    """(element, keep every line) in page order: title and metadata table (if outside), then the main text."""
    total = _cjk(body)
    container = _main_container(body, total) if total else None
    if container is None:
        for el in body.find_all(True):
            if not el.decomposed and _CHROME_NAME.search(_names(el)) and _cjk(el) < 0.3 * total:
                el.decompose()
        return [(body, False)]
    title = _title_element(body, container, page_title)
    extras = [el for el in (title, _meta_element(body, container)) if el]
    order = {id(el): i for i, el in enumerate(body.find_all(True))}
    pieces = sorted([(el, True) for el in extras] + [(container, False)], key=lambda p: order.get(id(p[0]), 0))
    want = re.sub(r"\s+", "", page_title)
    if title is None and len(want) >= 6 and want[:12] not in re.sub(r"\s+", "", container.get_text()):
        pieces.insert(0, (page_title, True))  # no heading on the page itself: fall back to <title>
    return pieces


def read(path: Path) -> Document:
    from bs4 import BeautifulSoup

    text, encoding = decode_html(path.read_bytes())
    soup = BeautifulSoup(text, "lxml")
    meta_title = soup.find("meta", attrs={"name": re.compile("^ArticleTitle$", re.I)})
    page_title = (meta_title.get("content") if meta_title else None) or (soup.title.get_text() if soup.title else "")
    page_title = re.split(r"[_|｜]", page_title)[0].strip()  # drop the "_网站名" suffix
    _strip_page(soup)
    builder = DocumentBuilder("html", encoding)
    for el, keep_all in _pieces(soup.body or soup, page_title):
        for line, kind, cell in ([(_clean(el), "p", None)] if isinstance(el, str) else _lines(el)):
            if keep_all or not _is_chrome(line):
                builder.add(line, kind=kind, cell=cell)
    doc = builder.build()
    if not doc.blocks:
        raise ReadError("网页中没有找到正文文字", "no text found in the page")
    return doc
