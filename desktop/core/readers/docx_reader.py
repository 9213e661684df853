"""Word .docx reader: body paragraphs and table cells in order, with automatic numbering rendered as text."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from ..blocks import Cell, Document, DocumentBuilder
from ..errors import ReadError
from .zip_guard import check_package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "instrText", W + "delText", _MC_FALLBACK,
         W + "footnoteReference", W + "endnoteReference", W + "commentReference"}
_PUA_BULLETS = {"\uf0b7": "•", "\uf06c": "●", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✔",
                "\uf06e": "■", "\uf075": "◆", "\uf0ae": "➔"}


def _damaged() -> ReadError:
    return ReadError("文件已损坏或不完整，无法作为 Word .docx 读取，请用 Word/WPS 打开后重新另存为 .docx",
                     "the .docx file is damaged or incomplete")


def _val(el, default=None):
    if el is None:
        return default
    return el.get(W + "val", default)


def _int(value, default: int | None = 0):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


# ---------------------------------------------------------------- number formats

_CN = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"


def _cn_counting(n: int, digits: str = _CN, units: str = "十百千") -> str:
    if n <= 0 or n >= 10000:
        return str(n)
    out, zero = "", False
    for value, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        q = n // value % 10
        if q:
            out += (digits[0] if zero else "") + digits[q] + unit
            zero = False
        elif out:
            zero = True
    if 10 <= n < 20 and digits is _CN:
        out = out[1:]  # 十一, not 一十一
    return out


def _enclosed(n: int, ranges) -> str:
    for first, lo, hi in ranges:
        if lo <= n <= hi:
            return chr(first + n - lo)
    return str(n)


def _letters(n: int, upper: bool) -> str:
    if n <= 0:
        return str(n)
    letter = chr(ord("A" if upper else "a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


_CIRCLED = ((0x2460, 1, 20), (0x3251, 21, 35), (0x32B1, 36, 50))


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in a WordprocessingML numFmt."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
               "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting"):
        return _cn_counting(n)
    if fmt == "chineseLegalSimplified":
        return _cn_counting(n, _CN_LEGAL, "拾佰仟")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return "甲乙丙丁戊己庚辛壬癸"[n - 1] if 1 <= n <= 10 else str(n)
    if fmt == "ideographZodiac":
        return "子丑寅卯辰巳午未申酉戌亥"[n - 1] if 1 <= n <= 12 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _enclosed(n, _CIRCLED)
    if fmt == "decimalEnclosedParen":
        return _enclosed(n, ((0x2474, 1, 20),))
    if fmt == "decimalEnclosedFullstop":
        return _enclosed(n, ((0x2488, 1, 20),))
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(n, fmt == "upperLetter")
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt == "none":
        return ""
    return str(n)


# ---------------------------------------------------------------- numbering.xml

class Numbering:
    """Resolves paragraphs' list numbering (numbering.xml + styles.xml) into label text, keeping counters."""

    def __init__(self, numbering_el, styles_el):
        self.abstract: dict[str, dict[int, object]] = {}
        links: dict[str, str] = {}
        self.nums: dict[str, tuple[str, dict[int, tuple[int | None, object]]]] = {}
        if numbering_el is not None:
            for an in numbering_el.iter(W + "abstractNum"):
                aid = an.get(W + "abstractNumId")
                self.abstract[aid] = {_int(lvl.get(W + "ilvl")): lvl for lvl in an.findall(W + "lvl")}
                link = _val(an.find(W + "numStyleLink"))
                if link:
                    links[aid] = link
            for num in numbering_el.iter(W + "num"):
                overrides = {}
                for ov in num.findall(W + "lvlOverride"):
                    start = ov.find(W + "startOverride")
                    overrides[_int(ov.get(W + "ilvl"))] = (_int(_val(start), None) if start is not None else None,
                                                          ov.find(W + "lvl"))
                self.nums[num.get(W + "numId")] = (_val(num.find(W + "abstractNumId")), overrides)
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # id -> (numId, ilvl, basedOn)
        self.default_style = None
        if styles_el is not None:
            for st in styles_el.iter(W + "style"):
                if st.get(W + "type") not in (None, "paragraph", "numbering"):
                    continue
                sid = st.get(W + "styleId")
                numpr = st.find(f"{W}pPr/{W}numPr")
                num_id = _val(numpr.find(W + "numId")) if numpr is not None else None
                ilvl = _val(numpr.find(W + "ilvl")) if numpr is not None else None
                self.styles[sid] = (num_id, ilvl, _val(st.find(W + "basedOn")))
                if st.get(W + "default") in ("1", "true") and st.get(W + "type") == "paragraph":
                    self.default_style = sid
        for aid, link in links.items():  # numStyleLink: the levels live in the abstractNum of the linked style
            linked = self.nums.get(self.styles.get(link, (None,))[0] or "")
            if linked and not self.abstract.get(aid) and linked[0] in self.abstract:
                self.abstract[aid] = self.abstract[linked[0]]
        self.counters: dict[str, dict[int, int]] = {}

    def _style_numpr(self, style_id):
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            num_id, ilvl, based_on = self.styles.get(style_id, (None, None, None))
            if num_id is not None:
                return num_id, ilvl, style_id
            style_id = based_on
        return None, None, None

    def _level(self, num_id: str, ilvl: int):
        aid, overrides = self.nums[num_id]
        start_override, lvl = overrides.get(ilvl, (None, None))
        if lvl is None:
            lvl = self.abstract.get(aid, {}).get(ilvl)
        return lvl, start_override

    def label(self, p) -> str:
        """The rendered number of paragraph ``p`` (advancing counters), plus separator; "" if unnumbered."""
        ppr = p.find(W + "pPr")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = _val(numpr.find(W + "numId")) if numpr is not None else None
        ilvl = _val(numpr.find(W + "ilvl")) if numpr is not None else None
        if num_id is None or ilvl is None:
            style = _val(ppr.find(W + "pStyle")) if ppr is not None else None
            s_num, s_ilvl, s_id = self._style_numpr(style or self.default_style)
            num_id = num_id if num_id is not None else s_num
            if ilvl is None:
                ilvl = s_ilvl if s_ilvl is not None else self._level_for_style(num_id, s_id)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        ilvl = min(max(_int(ilvl), 0), 8)
        lvl, _ = self._level(num_id, ilvl)
        if lvl is None:
            return ""
        aid, overrides = self.nums[num_id]
        state = self.counters.setdefault(num_id if overrides else f"a{aid}", {})
        state[ilvl] = state[ilvl] + 1 if ilvl in state else self._start(num_id, ilvl)
        for deeper in [d for d in state if d > ilvl]:
            d_lvl, _ = self._level(num_id, deeper)
            restart = _int(_val(d_lvl.find(W + "lvlRestart")) if d_lvl is not None else None, None)
            if restart is None or (restart and ilvl < restart):
                del state[deeper]
        return self._render(num_id, ilvl, lvl, state)

    def _level_for_style(self, num_id, style_id) -> int:
        if num_id in self.nums and style_id:
            for ilvl, lvl in self.abstract.get(self.nums[num_id][0], {}).items():
                if _val(lvl.find(W + "pStyle")) == style_id:
                    return ilvl
        return 0

    def _start(self, num_id: str, ilvl: int) -> int:
        lvl, start_override = self._level(num_id, ilvl)
        if start_override is not None:
            return start_override
        return _int(_val(lvl.find(W + "start")) if lvl is not None else None, 1)

    def _render(self, num_id: str, ilvl: int, lvl, state: dict[int, int]) -> str:
        fmt = _val(lvl.find(W + "numFmt"), "decimal")
        text = _val(lvl.find(W + "lvlText"), "")
        if fmt == "bullet":
            label = "".join(_PUA_BULLETS.get(c, "•" if "\ue000" <= c <= "\uf8ff" else c) for c in text)
        else:
            legal = lvl.find(W + "isLgl") is not None and _val(lvl.find(W + "isLgl"), "1") not in ("0", "false")
            out, i = [], 0
            while i < len(text):
                if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                    level = int(text[i + 1]) - 1
                    level_el, _ = self._level(num_id, level)
                    value = state.get(level, self._start(num_id, level))
                    level_fmt = _val(level_el.find(W + "numFmt"), "decimal") if level_el is not None else "decimal"
                    out.append(format_number(value, "decimal" if legal else level_fmt))
                    i += 2
                else:
                    out.append(text[i])
                    i += 1
            label = "".join(out)
        if not label:
            return ""
        suffix = _val(lvl.find(W + "suff"), "tab")
        if suffix == "nothing" or (suffix == "tab" and label[-1] in "、）．：，"):
            return label
        return label + " "


# ---------------------------------------------------------------- body walk

def _lines(p) -> list[str]:
    """Visible text of paragraph ``p`` split at manual line/page breaks."""
    lines, parts = [], []

    def walk(el):
        for child in el:
            tag = child.tag
            if tag in _SKIP or tag == W + "txbxContent" or not isinstance(tag, str):
                continue
            if tag == W + "r":
                rpr = child.find(W + "rPr")
                if rpr is not None and rpr.find(W + "vanish") is not None \
                        and _val(rpr.find(W + "vanish"), "1") not in ("0", "false"):
                    continue
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag == W + "tab" and el.tag == W + "r":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                lines.append("".join(parts))
                parts.clear()
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            else:
                walk(child)

    walk(p)
    lines.append("".join(parts))
    return lines


def _text_boxes(p):
    return [inner for box in p.iter(W + "txbxContent")
            if not any(a.tag == _MC_FALLBACK for a in box.iterancestors())
            for inner in box.iter(W + "p")]


class _Walker:
    def __init__(self, builder: DocumentBuilder, numbering: Numbering):
        self.builder, self.numbering, self.para, self.blocks, self.tables = builder, numbering, 0, 0, 0

    def paragraph(self, p, kind: str, cell: Cell | None = None) -> None:
        index, self.para = self.para, self.para + 1
        label = self.numbering.label(p)
        lines = _lines(p)
        if lines[0].strip():
            lines[0] = label + lines[0]
        elif cell is not None and label.strip() and not any(line.strip() for line in lines):
            lines = [label]  # a 序号 cell numbered by Word itself: the number is its only text
        for line in lines:
            if line.strip():
                self.builder.add(line.strip(), para=index, kind=kind, cell=cell)
                self.blocks += 1
        for inner in _text_boxes(p):
            self.paragraph(inner, kind, cell)

    def container(self, el, cell: Cell | None = None) -> None:
        for child in el:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child, "p" if cell is None else "cell", cell)
            elif tag == W + "tbl":
                self.table(child)
            elif isinstance(tag, str) and tag not in _SKIP and tag != W + "sectPr":
                self.container(child, cell)

    def table(self, tbl) -> None:
        """Cells in reading order with their grid position: gridBefore and gridSpan shift columns, vMerge spans rows."""
        index, self.tables = self.tables, self.tables + 1
        rows = []
        for tr in _children(tbl, W + "tr"):
            trpr = tr.find(W + "trPr")
            col = _int(_val(trpr.find(W + "gridBefore")), 0) if trpr is not None else 0
            header = trpr is not None and trpr.find(W + "tblHeader") is not None \
                and _val(trpr.find(W + "tblHeader"), "1") not in ("0", "false")
            cells = []
            for tc in _children(tr, W + "tc"):
                tcpr = tc.find(W + "tcPr")
                span = max(1, min(_int(_val(tcpr.find(W + "gridSpan")) if tcpr is not None else None, 1) or 1, 64))
                merge = tcpr.find(W + "vMerge") if tcpr is not None else None
                state = None if merge is None else _val(merge, "continue")
                cells.append((tc, col, span, state))
                col += span
            rows.append((cells, header))
        for r, (cells, header) in enumerate(rows):
            for tc, col, span, state in cells:
                if state == "continue":
                    continue  # Word shows the text of the cell that starts the merge
                rowspan = 1
                if state == "restart":
                    while r + rowspan < len(rows) and any(c == col and st == "continue"
                                                          for _, c, _, st in rows[r + rowspan][0]):
                        rowspan += 1
                self.container(tc, Cell(index, r, col, rowspan, span, header))


def _children(el, tag: str):
    """Direct children named ``tag``, also inside content controls (w:sdt/w:sdtContent) and custom XML."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _children(content, tag)


def read(path: Path) -> Document:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    check_package(path, "Word .docx")  # zip bombs, encryption, DTDs (XXE, billion laughs)
    try:
        document = docx.Document(str(path))
        body = document.element.body
        try:
            numbering_el = document.part.part_related_by(RT.NUMBERING).element
        except (KeyError, AttributeError):
            numbering_el = None
        styles_el = document.styles.element
    except (zipfile.BadZipFile, zlib.error, KeyError, EOFError, XMLSyntaxError, PackageNotFoundError) as exc:
        raise _damaged() from exc
    except ValueError as exc:  # python-docx: "... is not a Word file, content type is ..."
        raise ReadError("这不是 Word 文档（.docx），可能是改了扩展名的其他文件",
                        "not a Word document") from exc
    builder = DocumentBuilder("docx")
    walker = _Walker(builder, Numbering(numbering_el, styles_el))
    walker.container(body)
    if not walker.blocks:
        raise ReadError("文档中没有找到文字内容（可能只有图片），无法导入", "no text in the document")
    return builder.build()
