"""Build .docx/.pdf/.html test files (and broken ones) from plain text, for reader tests."""

from __future__ import annotations

import hashlib
import html
import os
import re
import struct
import zipfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATA_TABLES = Path(__file__).resolve().parent / "data" / "tables"  # task-table test plans with gold

# (pattern, ilvl, numFmt, lvlText) for the three label kinds make_docx turns into Word numbering
_LABELS = (
    (re.compile(r"^([一二三四五六七八九十]+)、\s*"), 0, "chineseCounting", "%1、"),
    (re.compile(r"^（([一二三四五六七八九十]+)）\s*"), 1, "chineseCounting", "（%2）"),
    (re.compile(r"^(\d{1,2})[.．]\s*(?!\d)"), 2, "decimal", "%3."),
)
_CN_DIGITS = "零一二三四五六七八九"


def _cn_value(s: str) -> int:
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return _CN_DIGITS.index(s)
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS.index(tens) if tens else 1) * 10 + (_CN_DIGITS.index(ones) if ones else 0)


def _label(line: str):
    for pattern, ilvl, fmt, lvl_text in _LABELS:
        m = pattern.match(line)
        if m:
            return ilvl, _cn_value(m.group(1)), line[m.end():]
    return None


def _plan_numbering(lines: list[str], restarts: tuple[int, int, int]):
    """Simulate Word counters; return ([(ilvl or None, text)], matched labels) for one lvlRestart choice."""
    counters: dict[int, int] = {}
    out, matched = [], 0
    for line in lines:
        lab = _label(line)
        if lab is None:
            out.append((None, line))
            continue
        ilvl, value, rest = lab
        expected = counters.get(ilvl, 0) + 1
        if value != expected or not rest.strip():
            out.append((None, line))  # keep the literal label where Word numbering could not produce it
            continue
        counters[ilvl] = value
        for deeper in range(ilvl + 1, 3):
            # lvlRestart r (1-based): restart when a level with index < r is used; 0 = never
            if restarts[deeper] and ilvl < restarts[deeper]:
                counters.pop(deeper, None)
        out.append((ilvl, rest))
        matched += 1
    return out, matched


def _numbering_xml(restarts) -> str:
    lvls = []
    for _, ilvl, fmt, lvl_text in _LABELS:
        restart = f'<w:lvlRestart w:val="{restarts[ilvl]}"/>' if ilvl else ""
        lvls.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{restart}'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{lvl_text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>')
    return (f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
            f'<w:multiLevelType w:val="multilevel"/>{"".join(lvls)}</w:abstractNum>'
            f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def add_numbering_part(document, numbering_xml: str) -> None:
    """Give a python-docx Document a numbering part holding ``numbering_xml``."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.oxml import parse_xml
    from docx.parts.numbering import NumberingPart

    element = parse_xml(numbering_xml.encode("utf-8"))
    try:
        document.part.numbering_part._element = element  # the default template already has one
    except (KeyError, NotImplementedError):
        part = NumberingPart(PackURI("/word/numbering.xml"),
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                             element, document.part.package)
        document.part.relate_to(part, RT.NUMBERING)


def set_num(paragraph, num_id: int, ilvl: int | None = 0) -> None:
    """Attach w:numPr (numId, optional ilvl) to a python-docx paragraph."""
    from docx.oxml import parse_xml
    ilvl_xml = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr xmlns:w="{W_NS}">{ilvl_xml}<w:numId w:val="{num_id}"/></w:numPr>'))


def make_docx(text: str, path, numbering: bool = True) -> Path:
    """One paragraph per non-empty line; labels 一、/（一）/1. become real Word numbering when ``numbering``."""
    import docx

    path = Path(path)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    document = docx.Document()
    if numbering:
        # pick the lvlRestart values (0 never, 1 on 一、, 2 default) that reproduce most of the text's labels
        choices = [(0, r1, r2) for r1 in (0, 1) for r2 in (0, 1, 2)]
        restarts = max(choices, key=lambda r: _plan_numbering(lines, r)[1])
        plan, _ = _plan_numbering(lines, restarts)
        add_numbering_part(document, _numbering_xml(restarts))
    else:
        plan = [(None, ln) for ln in lines]
    for ilvl, line in plan:
        para = document.add_paragraph(line)
        if ilvl is not None:
            set_num(para, 1, ilvl)
    document.save(str(path))
    return path


def make_zip_bomb_docx(path, inflated_mb: int = 250) -> Path:
    """A small .docx whose extra member inflates to ``inflated_mb`` MB."""
    path = Path(path)
    make_docx("一、总体要求\n正文。", path)
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        with zf.open("word/media/image1.bin", "w", force_zip64=True) as member:
            for _ in range(inflated_mb):
                member.write(chunk)
    return path


def make_encrypted_docx(path) -> Path:
    """An OLE compound file shaped like a password-protected OOXML file (EncryptionInfo + EncryptedPackage)."""
    path = Path(path)
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIII", header, 44, 1, 1, 0, 0x1000)  # 1 FAT sector, directory starts at sector 1
    struct.pack_into("<IIII", header, 60, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    header[76:512] = b"\xff" * 436
    struct.pack_into("<I", header, 76, 0)
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<III", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFE)
    directory = bytearray()
    for name, kind in (("Root Entry", 5), ("EncryptionInfo", 2), ("EncryptedPackage", 2), ("\x06DataSpaces", 1)):
        entry = bytearray(128)
        raw = (name + "\0").encode("utf-16-le")
        entry[0:len(raw)] = raw
        struct.pack_into("<HBB", entry, 64, len(raw), kind, 1)
        struct.pack_into("<III", entry, 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        struct.pack_into("<I", entry, 116, 0xFFFFFFFE)
        directory += entry
    path.write_bytes(bytes(header) + bytes(fat) + bytes(directory) + os.urandom(4096))
    return path


# ---------------------------------------------------------------- PDF

_app = None
_CJK_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC",
                 "Microsoft YaHei", "SimSun", "PingFang SC", "Droid Sans Fallback")


def _qt_app():
    global _app
    from PySide6.QtWidgets import QApplication
    _app = QApplication.instance() or QApplication([])
    return _app


def cjk_font_family() -> str | None:
    """An installed font family that covers Chinese, or None."""
    _qt_app()
    from PySide6.QtGui import QFontDatabase
    families = set(QFontDatabase.families())
    for fam in _CJK_FAMILIES:
        if fam in families:
            return fam
    zh = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return zh[0] if zh else None


def _pdf_writer(path: Path):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(28, 30, 26, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    return writer


def _pdf_writer_and_font(path: Path, font_size: float):
    """An A4 PDF writer and a Chinese font of ``font_size`` points."""
    from PySide6.QtGui import QFont

    _qt_app()
    family = cjk_font_family()
    if family is None:
        raise RuntimeError("no CJK font installed (fc-list :lang=zh)")
    font = QFont(family)
    font.setPointSizeF(font_size)
    return _pdf_writer(path), font


def make_pdf(text: str, path, header: str | None = None, font_size: float = 16,
             indent: bool = True, justify: bool = False) -> Path:
    """A4 PDF, one paragraph per non-empty line, wrapped and paginated, footer "— N —" on every page.

    ``indent`` gives paragraphs a two-character first-line indent (as in 公文); ``header`` adds a running header.
    """
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QFontMetricsF, QPainter, QTextBlockFormat, QTextCursor, QTextDocument

    path = Path(path)
    writer, font = _pdf_writer_and_font(path, font_size)
    em = QFontMetricsF(font, writer).horizontalAdvance("中")
    width, height = writer.width(), writer.height()
    band = em * 2.5  # running header / footer bands inside the printable area
    body_top = band if header else 0.0
    body_h = height - band - body_top

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setTextWidth(width)
    fmt = QTextBlockFormat()
    fmt.setTextIndent(2 * em if indent else 0)
    if justify:
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
    fmt.setLineHeight(150, 1)  # QTextBlockFormat.LineHeightTypes.ProportionalHeight
    cursor = QTextCursor(doc)
    for i, line in enumerate(ln.strip() for ln in text.splitlines() if ln.strip()):
        if i:
            cursor.insertBlock(fmt)
        else:
            cursor.setBlockFormat(fmt)
        cursor.insertText(line)

    # Paginate by whole lines and draw line by line: Qt emits the text of a line that a clip rectangle cuts.
    layout = doc.documentLayout()
    pages: list[list] = [[]]
    page_top = 0.0
    block = doc.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        for n in range(text_layout.lineCount()):
            line = text_layout.lineAt(n)
            y0 = origin.y() + line.y()
            if y0 + line.height() > page_top + body_h and pages[-1]:
                pages.append([])
                page_top = y0
            pages[-1].append((line, QPointF(origin.x(), origin.y() - page_top + body_top)))
        block = block.next()

    painter = QPainter(writer)
    painter.setFont(font)
    for number, lines in enumerate(pages, 1):
        if number > 1:
            writer.newPage()
        for line, pos in lines:
            line.draw(painter, pos)
        if header:
            painter.drawText(QRectF(0, 0, width, band), Qt.AlignmentFlag.AlignCenter, header)
        painter.drawText(QRectF(0, height - band, width, band), Qt.AlignmentFlag.AlignCenter, f"— {number} —")
    painter.end()
    return path


def make_scanned_pdf(path, text: str = "广东省人民政府办公厅关于印发实施方案的通知") -> Path:
    """A one-page PDF holding only a picture of text: no text layer."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    _qt_app()
    path = Path(path)
    image = QImage(1200, 1600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    font = QFont(cjk_font_family() or "")
    font.setPixelSize(40)
    p.setFont(font)
    p.drawText(QRectF(60, 60, 1080, 1480), Qt.TextFlag.TextWordWrap, text)
    p.end()
    writer = _pdf_writer(path)
    painter = QPainter(writer)
    painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), image)
    painter.end()
    return path


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def make_encrypted_pdf(path, user_password: str = "secret") -> Path:
    """A one-page PDF encrypted with the standard security handler (RC4 40-bit, R2) and a user password."""
    path = Path(path)
    user = (user_password.encode("latin-1") + _PAD)[:32]
    owner_key = hashlib.md5(user).digest()[:5]
    o_value = _rc4(owner_key, user)
    perms, file_id = -4, hashlib.md5(b"policydesk").digest()
    key = hashlib.md5(user + o_value + struct.pack("<i", perms) + file_id).digest()[:5]
    u_value = _rc4(key, _PAD)

    def obj_key(num: int) -> bytes:
        return hashlib.md5(key + struct.pack("<I", num)[:3] + b"\0\0").digest()[:10]

    content = _rc4(obj_key(4), b"72 720 m 300 720 l S")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + o_value.hex().encode() + b"> /U <"
        + u_value.hex().encode() + b"> /P %d >>" % perms,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, file_id.hex().encode(), file_id.hex().encode(), xref))
    path.write_bytes(bytes(out))
    return path


# ---------------------------------------------------------------- HTML

_DEFAULT_META = {"索引号": "11440100696927671X/2025-00112", "分类": "综合政务",
                 "发布机构": "广州市人民政府办公厅", "成文日期": "2025-03-10",
                 "文号": "穗府办函〔2025〕22号", "发布日期": "2025-03-12"}


def make_html(text: str, path, encoding: str = "gb2312", meta: dict | None = None) -> Path:
    """A government-site page: nav, breadcrumb, optional metadata table, title, info box, body, footer, script.

    The first non-empty line becomes the page title (an h1 outside the body container). gb2312/gbk pages
    are written as GB18030 bytes under the declared label, as real servers do.
    """
    path = Path(path)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title, body = (lines[0], lines[1:]) if lines else ("", [])
    e = html.escape
    paras = []
    for i, line in enumerate(body):
        paras.append(f'<p style="text-indent:2em;">{e(line)}</p>')
        if i % 3 == 2:
            paras.append('<p class="trans"><a href="javascript:void(0)" class="yi">译</a></p>')
    meta_html = ""
    if meta:
        cells = [f'<td class="label">{e(k)}：</td><td>{e(v)}</td>' for k, v in meta.items()]
        rows = ["<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
        meta_html = f'<div class="classify"><table>{"".join(rows)}</table></div>'
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={encoding}" />
<title>{e(title)}_广州市人民政府门户网站</title>
<link rel="stylesheet" href="/css/main.css" />
<script type="text/javascript">var siteName = "广州市人民政府门户网站"; document.write("欢迎访问");</script>
<style>.content {{ font-size: 16px; }} /* 正文样式 */</style>
</head><body>
<div class="header"><div class="top-links"><a href="/">无障碍</a> <a href="/">长者模式</a> <a href="/">登录</a></div>
<div class="logo">广州市人民政府</div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/zjgz/">走进广州</a></li></ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/wjk/">政策文件</a></div>
{meta_html}
<div class="article">
<h1 class="title">{e(title)}</h1>
<div class="info"><span>发布日期：2025-03-12 15:30:21</span>&nbsp;&nbsp;<span>来源：广州市人民政府办公厅</span>&nbsp;&nbsp;
<span>浏览次数：661</span>&nbsp;&nbsp;<span class="font">字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>
<div class="content" id="zoom"><div class="TRS_Editor">
{chr(10).join(paras)}
</div></div>
<div class="btns"><a href="javascript:window.print()">打印</a>&nbsp;<a href="javascript:window.close()">关闭</a></div>
</div></div>
<div class="footer"><p>主办：广州市人民政府办公厅　承办：广州市政务服务和数据管理局</p>
<p>版权所有 © 广州市人民政府 粤ICP备12345678号</p></div>
<script>var _hmt = _hmt || []; console.log("统计代码");</script>
</body></html>
"""
    codec = "gb18030" if encoding.lower().replace("-", "") in ("gb2312", "gbk", "gb18030") else encoding
    path.write_bytes(page.encode(codec, errors="xmlcharrefreplace"))
    return path


# ---------------------------------------------------------------- task tables

def table_layout(text: str) -> list[tuple[str, object]]:
    """Tab-separated text as ("p", line) and ("table", rows); an untabbed line between tabbed ones is a row of one
    cell spanning the table (a section row such as 一、…方面)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    items: list[tuple[str, object]] = []
    for i, line in enumerate(lines):
        in_table = "\t" in line or (items and items[-1][0] == "table" and i + 1 < len(lines)
                                   and "\t" in lines[i + 1] and len(line) <= 60)
        if not in_table:
            items.append(("p", line))
            continue
        cells = [c.strip() for c in line.split("\t")] if "\t" in line else [line]
        if items and items[-1][0] == "table":
            items[-1][1].append(cells)
        else:
            items.append(("table", [cells]))
    return items


def row_spans(rows: list[list[str]], merge: tuple[str, ...]) -> dict[tuple[int, int], int]:
    """Rowspans that merge equal consecutive cells of the columns named in ``merge`` (header in rows[0]);
    a covered cell maps to 0."""
    width = len(rows[0])
    spans: dict[tuple[int, int], int] = {}
    for col, name in enumerate(rows[0]):
        if name not in merge:
            continue
        r = 1
        while r < len(rows):
            k = r + 1
            while (k < len(rows) and len(rows[k]) == width and len(rows[r]) == width
                   and rows[k][col] == rows[r][col] and rows[r][col]):
                spans[(k, col)] = 0
                k += 1
            if k - r > 1:
                spans[(r, col)] = k - r
            r = k
    return spans


def make_table_docx(text: str, path, merge: tuple[str, ...] = ()) -> Path:
    """Paragraphs and a ruled Word table (header row repeated on each page, section rows spanning the table,
    equal consecutive cells of the ``merge`` columns merged vertically)."""
    import docx
    from docx.oxml import parse_xml

    path = Path(path)
    document = docx.Document()
    for kind, item in table_layout(text):
        if kind == "p":
            document.add_paragraph(item)
            continue
        rows = item
        width = len(rows[0])
        spans = row_spans(rows, merge)
        table = document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{W_NS}"/>'))
        for r, cells in enumerate(rows):
            if len(cells) == 1:
                merged = table.cell(r, 0).merge(table.cell(r, width - 1))
                merged.text = cells[0]
                continue
            for c, value in enumerate(cells):
                if spans.get((r, c)) != 0:
                    table.cell(r, c).text = value
        for (r, c), span in spans.items():
            if span > 1:
                table.cell(r, c).merge(table.cell(r + span - 1, c))
    document.save(str(path))
    return path


def make_table_html(text: str, path, merge: tuple[str, ...] = (), sloppy: bool = False) -> Path:
    """A page as Word's "save as web page" writes it: MsoNormal paragraphs in the cells, rowspan/colspan; with
    ``sloppy`` no tbody and no closing </td>/</tr> (browsers accept it)."""
    path = Path(path)
    e = html.escape
    body = []
    for kind, item in table_layout(text):
        if kind == "p":
            body.append(f"<p class=MsoNormal style='text-indent:2em'>{e(item)}</p>")
            continue
        rows = item
        width = len(rows[0])
        spans = row_spans(rows, merge)
        out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>", "" if sloppy else "<tbody>"]
        for r, cells in enumerate(rows):
            tds = []
            for c, value in enumerate(cells):
                span = spans.get((r, c), 1)
                if span == 0:
                    continue
                attrs = (f" colspan={width}" if len(cells) == 1 else "") + (f" rowspan={span}" if span > 1 else "")
                inner = f"<b>{e(value)}</b>" if r == 0 else e(value)
                tds.append(f"<td valign=top{attrs}><p class=MsoNormal align=center>{inner}</p>"
                           + ("" if sloppy else "</td>"))
            out.append("<tr>" + "".join(tds) + ("" if sloppy else "</tr>"))
        out.append("</table>" if sloppy else "</tbody></table>")
        body.append("\n".join(out))
    page = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
            f"<title>{e(table_layout(text)[0][1])}</title></head><body lang=ZH-CN>"
            "<div class=WordSection1>" + "\n".join(body) + "</div></body></html>")
    path.write_text(page, encoding="utf-8")
    return path


def _sheet_plan(text: str, merge: tuple[str, ...]):
    """(row, col, value, rowspan, colspan) of the cells a workbook made from tab-separated text holds."""
    items = table_layout(text)
    width = max((len(item[0]) for kind, item in items if kind == "table"), default=1)
    out, r = [], 0
    for kind, item in items:
        if kind == "p":
            out.append((r, 0, item, 1, width))
            r += 1
            continue
        spans = row_spans(item, merge)
        for i, cells in enumerate(item):
            if len(cells) == 1:
                out.append((r + i, 0, cells[0], 1, width))
                continue
            for c, value in enumerate(cells):
                span = spans.get((i, c), 1)
                if span and value:
                    out.append((r + i, c, int(value) if value.isdigit() else value, span, 1))
        r += len(item)
    return out


def make_table_xlsx(text: str, path, merge: tuple[str, ...] = ()) -> Path:
    """A ledger workbook: text lines as rows merged across the table, the table below, section rows merged."""
    import openpyxl
    from openpyxl.styles import Alignment

    path = Path(path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分工"
    for r, c, value, rowspan, colspan in _sheet_plan(text, merge):
        ws.cell(r + 1, c + 1, value).alignment = Alignment(wrap_text=True, vertical="center")
        if rowspan > 1 or colspan > 1:
            ws.merge_cells(start_row=r + 1, start_column=c + 1, end_row=r + rowspan, end_column=c + colspan)
    wb.save(path)
    return path


def make_table_xls(text: str, path, merge: tuple[str, ...] = ()) -> Path:
    """The same workbook as Excel 97-2003 .xls (WPS still saves these)."""
    import xlwt

    path = Path(path)
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("任务分工")
    for r, c, value, rowspan, colspan in _sheet_plan(text, merge):
        if rowspan > 1 or colspan > 1:
            ws.write_merge(r, r + rowspan - 1, c, c + colspan - 1, value)
        else:
            ws.write(r, c, value)
    book.save(str(path))
    return path


# A 台账 an officer keeps: title and filler rows, a header with tracking columns, section rows merged across,
# a lead cell merged over two tasks, a cell of two lines, a date-typed deadline. (row, col, value, rowspan, colspan)
LEDGER_HEADER = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限", "责任人", "进展情况", "状态",
                 "存在问题", "下一步工作计划"]
LEDGER = [
    (0, 0, "2025年数字经济发展重点任务推进台账", 1, 11),
    (1, 0, "填报单位：市数据局　　填报时间：2025年7月5日", 1, 11),
    *[(2, c, name, 1, 1) for c, name in enumerate(LEDGER_HEADER)],
    (3, 0, "一、夯实数字基础设施", 1, 11),
    *[(4, c, v, 1, 1) for c, v in enumerate(
        [1, "加快5G网络建设。", "新建5G基站3000个，实现重点区域连续覆盖。", "市通信管理局", "市数据局、市住房城乡建设局",
         "DATE:2025-12-31", "王晓东", "已新建基站1850个，完成年度任务的62%。", "推进中", "部分小区物业不同意进场。",
         "会同住建部门协调物业开放站址资源。"])],
    *[(5, c, v, 1, 1) for c, v in enumerate(
        [2, "推进智能算力中心建设。", "建成智能算力中心1个，算力规模达到500PFlops。", None, "市数据局", "2025年底前",
         "李明", "主体工程已完工，设备进场安装。", "推进中", None, None])],
    (5, 3, "市发展改革委", 2, 1),
    *[(6, c, v, 1, 1) for c, v in enumerate(
        [3, "建设城市数据资源平台。", "归集公共数据10亿条，开放数据集500个。", None, "市政务服务中心、市大数据集团",
         "2025年9月底前", "赵丽", "平台已上线运行。", "已完成", None, None])],
    (7, 0, "二、培育数字产业", 1, 11),
    *[(8, c, v, 1, 1) for c, v in enumerate(
        [4, "培育数字经济核心企业。", "新增规模以上数字经济核心产业企业50家。", "市工业和信息化局", "市商务局\n市科技局",
         "2025年12月底前", "张伟", None, "未启动", None, "制定专项扶持政策。"])],
    *[(9, c, v, 1, 1) for c, v in enumerate(
        [5, "发展跨境电商和数字贸易。", "打造跨境电商产业园2个。", "市商务局、市委网信办", "杭州海关、市邮政管理局",
         "2026年6月底前", None, "已完成园区选址。", "推进中", None, None])],
]
LEDGER_SECOND = [
    *[(0, c, name, 1, 1) for c, name in enumerate(["序号", "工作任务", "责任单位", "完成时间"])],
    *[(1, c, v, 1, 1) for c, v in enumerate([1, "开展数据要素市场化配置改革试点。", "市数据局", "2025年底前"])],
    *[(2, c, v, 1, 1) for c, v in enumerate([2, "举办数字经济发展大会。", "市经信局、市贸促会", "2025年10月底前"])],
]


def _ledger_value(value):
    import datetime as dt
    if isinstance(value, str) and value.startswith("DATE:"):
        return dt.date.fromisoformat(value[5:])
    return value


def make_ledger_xlsx(path) -> Path:
    """A workbook with the ledger, an instructions sheet, a hidden list sheet and a second task sheet."""
    import openpyxl

    path = Path(path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "填表说明"
    ws["A1"] = "请各单位于每月5日前更新进展情况，状态填写：未启动、推进中、已完成。"
    for title, plan in (("重点任务台账", LEDGER), ("专项任务", LEDGER_SECOND)):
        sheet = wb.create_sheet(title)
        for r, c, value, rowspan, colspan in plan:
            if value is None:
                continue
            cell = sheet.cell(r + 1, c + 1, _ledger_value(value))
            if isinstance(cell.value, (type(None),)) is False and not isinstance(value, (str, int)):
                cell.number_format = "yyyy-mm-dd"
            if rowspan > 1 or colspan > 1:
                sheet.merge_cells(start_row=r + 1, start_column=c + 1, end_row=r + rowspan, end_column=c + colspan)
    hidden = wb.create_sheet("下拉选项")
    hidden.sheet_state = "hidden"
    for i, v in enumerate(["序号", "状态", "未启动", "推进中", "已完成"], 1):
        hidden.cell(i, 1, v)
    wb.save(path)
    return path


def make_ledger_xls(path) -> Path:
    import xlwt

    path = Path(path)
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("填表说明").write(0, 0, "请各单位于每月5日前更新进展情况。")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for title, plan in (("重点任务台账", LEDGER), ("专项任务", LEDGER_SECOND)):
        ws = book.add_sheet(title)
        for r, c, value, rowspan, colspan in plan:
            if value is None:
                continue
            value = _ledger_value(value)
            style = date_style if not isinstance(value, (str, int)) else xlwt.Style.default_style
            if rowspan > 1 or colspan > 1:
                ws.write_merge(r, r + rowspan - 1, c, c + colspan - 1, value, style)
            else:
                ws.write(r, c, value, style)
    hidden = book.add_sheet("下拉选项")
    hidden.visibility = 1
    for i, v in enumerate(["序号", "状态", "未启动", "推进中", "已完成"]):
        hidden.write(i, 0, v)
    book.save(str(path))
    return path


def make_table_pdf(text: str, path, font_size: float = 10.5, repeat_header: bool = True,
                   filled_borders: bool = False) -> Path:
    """A4 PDF of tab-separated text: paragraphs, then ruled tables (cell borders drawn as lines, or as thin filled
    rectangles as Word's PDF export draws them, wrapped cell text, section rows spanning the table, rows flowing
    onto the next page with the header repeated)."""
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QFontMetricsF, QPainter, QPen

    path = Path(path)
    writer, font = _pdf_writer_and_font(path, font_size)
    painter = QPainter(writer)
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black, 3))
    metrics = QFontMetricsF(font, writer)
    width, height = writer.width(), writer.height()
    pad = metrics.height() * 0.3
    wrap = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    y = 0.0
    page = [1]

    def rule(line):
        if not filled_borders:
            painter.drawLine(line)
            return
        x0, y0, x1, y1 = line.x1(), line.y1(), line.x2(), line.y2()
        painter.fillRect(QRectF(min(x0, x1) - 1.5, min(y0, y1) - 1.5, abs(x1 - x0) + 3, abs(y1 - y0) + 3),
                         Qt.GlobalColor.black)

    def new_page():
        painter.drawText(QRectF(0, height - metrics.height() * 2, width, metrics.height() * 2),
                         Qt.AlignmentFlag.AlignCenter, f"— {page[0]} —")
        writer.newPage()
        page[0] += 1
        return 0.0

    def text_height(value: str, w: float) -> float:
        return metrics.boundingRect(QRectF(0, 0, w - 2 * pad, 1e6), wrap, value).height() + 2 * pad

    bottom = height - metrics.height() * 3
    for kind, item in table_layout(text):
        if kind == "p":
            h = text_height(item, width)
            if y + h > bottom:
                y = new_page()
            painter.drawText(QRectF(pad, y, width - 2 * pad, h), wrap, item)
            y += h
            continue
        rows = item
        ncols = len(rows[0])
        weights = [1.0 if c == 0 else 3.0 for c in range(ncols)]
        xs = [0.0]
        for w in weights:
            xs.append(xs[-1] + width * w / sum(weights))

        def draw_row(cells, top):
            spans = [(0, ncols)] if len(cells) == 1 else [(c, c + 1) for c in range(ncols)]
            h = max(text_height(v, xs[b] - xs[a]) for v, (a, b) in zip(cells, spans))
            if top + h > bottom:
                return None
            for v, (a, b) in zip(cells, spans):
                painter.drawText(QRectF(xs[a] + pad, top + pad, xs[b] - xs[a] - 2 * pad, h - 2 * pad), wrap, v)
                rule(QLineF(xs[a], top, xs[a], top + h))
                rule(QLineF(xs[b], top, xs[b], top + h))
            rule(QLineF(xs[0], top, xs[-1], top))
            rule(QLineF(xs[0], top + h, xs[-1], top + h))
            return top + h

        for r, cells in enumerate(rows):
            after = draw_row(cells, y)
            if after is None:
                y = new_page()
                if repeat_header and r > 0:
                    y = draw_row(rows[0], y)
                after = draw_row(cells, y)
            y = after
    painter.drawText(QRectF(0, height - metrics.height() * 2, width, metrics.height() * 2),
                     Qt.AlignmentFlag.AlignCenter, f"— {page[0]} —")
    painter.end()
    return path


_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _ods_table(name: str, plan, hidden: bool = False) -> str:
    """One table:table of (row, col, value, rowspan, colspan), as LibreOffice writes it: covered cells under
    merges, repeated empty cells, and a million repeated empty rows closing the sheet."""
    cells = {(r, c): (v, rs, cs) for r, c, v, rs, cs in plan if v is not None}
    covered = {(r + i, c + j) for (r, c), (_, rs, cs) in cells.items() for i in range(rs) for j in range(cs)} - set(cells)
    rows = 1 + max(r for r, _ in cells | dict.fromkeys(covered))
    cols = 1 + max(c for _, c in cells | dict.fromkeys(covered))
    style = ' table:style-name="hiddenTable"' if hidden else ""
    out = [f'<table:table table:name="{html.escape(name)}"{style}>']
    for r in range(rows):
        out.append("<table:table-row>")
        for c in range(cols):
            if (r, c) in covered:
                out.append("<table:covered-table-cell/>")
            elif (r, c) in cells:
                value, rs, cs = cells[(r, c)]
                span = f' table:number-rows-spanned="{rs}" table:number-columns-spanned="{cs}"' if rs > 1 or cs > 1 else ""
                if isinstance(value, int):
                    out.append(f'<table:table-cell office:value-type="float" office:value="{value}"{span}>'
                               f"<text:p>{value}</text:p></table:table-cell>")
                elif value.startswith("DATE:"):
                    out.append(f'<table:table-cell office:value-type="date" office:date-value="{value[5:]}"{span}>'
                               f"<text:p>{value[5:]}</text:p></table:table-cell>")
                else:
                    paras = "".join(f"<text:p>{html.escape(p)}</text:p>" for p in value.split("\n"))
                    out.append(f'<table:table-cell office:value-type="string"{span}>{paras}</table:table-cell>')
            else:
                out.append("<table:table-cell/>")
        out.append('<table:table-cell table:number-columns-repeated="16373"/></table:table-row>')
    out.append('<table:table-row table:number-rows-repeated="1048560"><table:table-cell '
               'table:number-columns-repeated="16384"/></table:table-row></table:table>')
    return "".join(out)


def make_ledger_ods(path) -> Path:
    """The ledger workbook as an OpenDocument spreadsheet (LibreOffice, WPS can save these)."""
    path = Path(path)
    choices = [(i, 0, v, 1, 1) for i, v in enumerate(["序号", "状态", "未启动", "推进中", "已完成"])]
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}>'
               '<office:automatic-styles><style:style style:name="hiddenTable" style:family="table">'
               '<style:table-properties table:display="false"/></style:style></office:automatic-styles>'
               "<office:body><office:spreadsheet>"
               + _ods_table("填表说明", [(0, 0, "请各单位于每月5日前更新进展情况。", 1, 1)])
               + _ods_table("重点任务台账", LEDGER) + _ods_table("专项任务", LEDGER_SECOND)
               + _ods_table("下拉选项", choices, hidden=True)
               + "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        zf.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path
