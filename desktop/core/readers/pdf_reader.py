"""PDF reader (pypdfium2): page text without running headers/page numbers, wrapped lines re-joined into paragraphs."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..blocks import Cell, Document, DocumentBuilder
from ..errors import ReadError
from .pdf_tables import PdfTable, join_wrapped, page_tables

_CJK = r"\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])[ \u3000\u00a0]+(?=[{_CJK}])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DASHES = r"\s\-—–－―‒_·•~～"
_PAGE_NO = re.compile(
    rf"^[{_DASHES}]*(?:第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d{{1,4}}(?:\s*[/／]\s*\d{{1,4}})?"
    rf"|page\s*\d+(?:\s*of\s*\d+)?)[{_DASHES}]*$", re.I)
_FINAL = "。！？；：!?;:"
_CLOSERS = "”’」』）)】〕》\"'"
_LABEL = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[）)]|\d{1,3}[.．、](?!\d)"
    r"|[（(]\d{1,3}[）)]|[\u2460-\u2473\u2474-\u2487\u2488-\u249b\u3251-\u325f\u32b1-\u32bf]"
    r"|第[一二三四五六七八九十百零〇\d]+[章节条款部分]|附件\s*\d*[：:]?$)")
_LONE_PAREN = re.compile(r"^[（(][^（()）]{1,40}[）)]$")
_QUOTES = "“”‘’\""
MAX_PAGES = 2000  # pdfium reads ~5,000 pages a second; a policy document has tens of pages
_SEGMENT = re.compile(r"[（“《「『【〔‘(\[]*(?:[!-~]+|.)[，。、；：！？）”》」』】〕’]*")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int


def _open(path: Path):
    import pypdfium2 as pdfium
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (4, 5):  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
            raise ReadError("PDF 已加密（设有打开密码），请先用阅读器输入密码并另存为无密码的 PDF 后再导入",
                            "the PDF is password-protected") from None
        raise ReadError("PDF 文件已损坏或不是有效的 PDF，无法读取",
                        "the PDF is damaged or not a PDF") from None


def _segments(textpage, start: int, text: str):
    """Split one pdfium text line into visual lines: pdfium sometimes glues a footer onto the last body line."""
    stripped = text.strip()
    if not stripped:
        return
    i0 = text.index(stripped[0])
    i1 = len(text.rstrip()) - 1
    first = textpage.get_charbox(start + i0, loose=True)
    last = textpage.get_charbox(start + i1, loose=True)
    height = max(first[3] - first[1], 1.0)
    if abs((first[1] + first[3]) - (last[1] + last[3])) / 2 <= 0.6 * height:
        yield text, first, last
        return
    boxes = [(i, textpage.get_charbox(start + i, loose=True)) for i, c in enumerate(text) if not c.isspace()]
    group = [boxes[0]]
    for item in boxes[1:]:
        g_box, box = group[-1][1], item[1]
        if abs((g_box[1] + g_box[3]) - (box[1] + box[3])) / 2 > 0.6 * height:
            yield text[group[0][0]:group[-1][0] + 1], group[0][1], group[-1][1]
            group = []
        group.append(item)
    yield text[group[0][0]:group[-1][0] + 1], group[0][1], group[-1][1]


def _page_lines(page, number: int) -> tuple[list[_Line], list[PdfTable]]:
    """The page's text lines outside ruled tables, and the tables."""
    textpage = page.get_textpage()
    try:
        tables = page_tables(page, textpage, number, _wrapped)
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        if len(text) != n:  # rare: pdfium dropped or added characters; fall back to one call per character
            import pypdfium2.raw as pdfium_c
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(n))
        lines = []
        for m in re.finditer(r"[^\r\n]+", text):
            for seg, (x0, b0, _, t0), (_, b1, x1, t1) in _segments(textpage, m.start(), m.group()):
                clean = _CONTROL.sub("", seg).strip()
                if clean and not any(t.holds((x0 + x1) / 2, (t0 + b1) / 2) for t in tables):
                    lines.append(_Line(clean, x0, x1, max(t0, t1), min(b0, b1), number))
        return lines, tables
    finally:
        textpage.close()


def _sort_by_position(lines: list[_Line]) -> list[_Line]:
    if len(lines) < 2:
        return lines
    height = sorted(ln.top - ln.bottom for ln in lines)[len(lines) // 2] or 1.0
    return sorted(lines, key=lambda ln: (-round((ln.top + ln.bottom) / height), ln.x0))


def _drop_running_lines(pages: list[list[_Line]]) -> None:
    """Remove page numbers and lines repeated at the top or bottom of most pages (in place)."""
    def edges(lines):
        return set(range(min(2, len(lines)))) | set(range(max(0, len(lines) - 2), len(lines)))

    def key(text):
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))

    counts = Counter()
    for lines in pages:
        counts.update({key(lines[i].text) for i in edges(lines)
                       if len(lines[i].text) <= 60 and lines[i].text[-1] not in "。；，、："})
    needed = max(2, (len(pages) + 1) // 2)
    repeated = {k for k, c in counts.items() if c >= needed} if len(pages) >= 2 else set()
    for lines in pages:
        drop = [i for i in edges(lines) if _PAGE_NO.match(lines[i].text) or key(lines[i].text) in repeated]
        for i in sorted(drop, reverse=True):
            del lines[i]


def _margins(lines: list[_Line], fallback: tuple[float, float] | None) -> tuple[float, float] | None:
    """(left, right) text edges: low/high percentiles of long lines' ends; ``fallback`` for sparse pages."""
    long = [ln for ln in lines if len(ln.text) >= 8]
    if len(long) < 5:
        if fallback or not lines:
            return fallback
        long = long if len(long) >= 2 else lines
    xs0 = sorted(ln.x0 for ln in long)
    xs1 = sorted(ln.x1 for ln in long)
    return xs0[len(xs0) // 10], xs1[(len(xs1) * 9) // 10]


def _width(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.55 for c in text)


def _first_segment(text: str) -> str:
    """The start of a line up to its first break opportunity (roughly UAX #14: quotes glue to both sides)."""
    end = _SEGMENT.match(text).end()
    while end < len(text) and (text[end] in _QUOTES or text[end - 1] in _QUOTES):
        end = max(_SEGMENT.match(text, end).end(), end + 1)
    return text[:end]


def _wrapped(next_line: str, room: float) -> bool:
    """A line that stopped ``room`` ems short of its border was wrapped if the next line's first word was wider."""
    return room <= _width(_first_segment(next_line)) + 0.2


def _em(lines: list[_Line]) -> float:
    sizes = sorted((ln.x1 - ln.x0) / _width(ln.text) for ln in lines if len(ln.text) >= 8)
    return sizes[len(sizes) // 2] if sizes else 12.0


def _uses_indent(lines: list[_Line], page_margins, em: float) -> bool:
    """True when paragraphs visibly start with a first-line indent, so a left-aligned line always continues."""
    starts = indented = 0
    for prev, line in zip(lines, lines[1:]):
        prev_m, m = page_margins[prev.page - 1], page_margins[line.page - 1]
        if not prev_m or not m or len(line.text) < 8 or (prev_m[1] - prev.x1) < 3 * em:
            continue
        starts += 1
        indented += 1.2 * em < line.x0 - m[0] < 4.5 * em
    return starts >= 3 and indented >= 0.8 * starts


def _new_paragraph(prev: _Line, line: _Line, prev_margins, margins, em: float, indent: bool) -> bool:
    if _LABEL.match(line.text) or _LONE_PAREN.match(line.text):
        return True
    if margins and line.x0 > margins[0] + 1.2 * em:  # first-line indent, centred or right-aligned line
        return True
    if prev_margins:
        room = (prev_margins[1] - prev.x1) / em
        if room > _width(_first_segment(line.text)) + 1.2:  # next line's start would have fitted
            return True
    if indent and margins and prev_margins:
        return False
    tail = prev.text.rstrip(_CLOSERS) or prev.text
    return tail[-1] in _FINAL


def _in_reading_order(lines: list[_Line], tables: list[PdfTable]) -> list:
    """A page's lines with each table placed before the first line below its top edge."""
    out = list(lines)
    for table in sorted(tables, key=lambda t: -t.top):
        at = next((k for k, ln in enumerate(out) if isinstance(ln, _Line) and (ln.top + ln.bottom) / 2 < table.top),
                  len(out))
        out.insert(at, table)
    return out


class _TableNumbers:
    """Table indexes across pages: a table that opens a page with the columns of the one that closed the page
    before continues it (its repeated header row dropped)."""

    def __init__(self):
        self.count, self.last, self.index, self.offset, self.header = 0, None, 0, 0, None

    def cells(self, table: PdfTable, follows_table: bool):
        same = self.last is not None and follows_table and len(table.xs) == len(self.last.xs) \
            and all(abs(a - b) <= 3 for a, b in zip(table.xs, self.last.xs))
        rows = 1 + max(r + rs - 1 for r, _, rs, _ in table.cells)
        if same:
            self.offset += 1 + max(r + rs - 1 for r, _, rs, _ in self.last.cells)
        else:
            self.index, self.offset = self.count, 0
            self.count += 1
            self.header = [v for (r, _, _, _), v in sorted(table.cells.items()) if r == 0]
        first = [v for (r, _, _, _), v in sorted(table.cells.items()) if r == 0]
        skip = same and first == self.header
        if skip:
            self.offset -= 1
        self.last = table
        for (r, c, rs, cs), lines in sorted(table.cells.items()):
            if skip and r == 0:
                continue
            for line in lines:
                yield line, Cell(self.index, self.offset + r, c, rs, cs)
        del rows


def read(path: Path) -> Document:
    pdf = _open(path)
    try:
        if len(pdf) > MAX_PAGES:
            raise ReadError(f"PDF 页数过多（{len(pdf)} 页），超过 {MAX_PAGES} 页上限，不像单份政策文件，请拆分后再导入",
                            f"too many pages ({len(pdf)} > {MAX_PAGES})")
        pages, tables = [], []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                lines, found = _page_lines(page, i + 1)
                pages.append(_sort_by_position(lines))
                tables.append(found)
            finally:
                page.close()
    finally:
        pdf.close()
    builder = DocumentBuilder("pdf")
    builder.pages = len(pages)
    empty = [str(i + 1) for i, lines in enumerate(pages) if not lines and not tables[i]]
    _drop_running_lines(pages)
    everything = [ln for lines in pages for ln in lines]
    if not everything and not any(tables):
        raise ReadError("未找到文字层，可能是扫描件或图片 PDF，需先做文字识别（OCR）再导入",
                        "no text layer; probably a scanned PDF")
    if empty:
        builder.warnings.append(f"第 {'、'.join(empty[:20])} 页没有文字层（可能是扫描页），这些页的内容未导入")
    sample = "".join(ln.text for ln in everything[:400])
    if sum(c == "\ufffd" or "\ue000" <= c <= "\uf8ff" for c in sample) > 0.3 * len(sample):
        builder.warnings.append("PDF 的文字编码无法识别（字体缺少 Unicode 映射），导入的文字可能是乱码，建议用原文件或 OCR")

    em = _em(everything)
    doc_margins = _margins(everything, None)
    page_margins = [_margins(lines, doc_margins) for lines in pages]

    indent = _uses_indent(everything, page_margins, em)
    paragraphs: list[tuple[str, int, Cell | None]] = []
    numbers = _TableNumbers()
    prev = None
    follows_table = False
    for line in [item for lines, found in zip(pages, tables) for item in _in_reading_order(lines, found)]:
        if isinstance(line, PdfTable):
            paragraphs += [(text, line.page, cell) for text, cell in numbers.cells(line, follows_table)]
            prev, follows_table = None, True
            continue
        if prev is None or _new_paragraph(prev, line, page_margins[prev.page - 1],
                                          page_margins[line.page - 1], em, indent):
            paragraphs.append((line.text, line.page, None))
        else:
            paragraphs[-1] = (join_wrapped(paragraphs[-1][0], line.text), paragraphs[-1][1], None)
        prev, follows_table = line, False
    for i, (text, page, cell) in enumerate(paragraphs):
        builder.add(_CJK_GAP.sub("", re.sub(r"[ \t]{2,}", " ", text)), para=i, page=page,
                    kind="p" if cell is None else "cell", cell=cell)
    return builder.build()
