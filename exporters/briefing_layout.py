"""GB/T 9704 page, paragraph and run formatting for python-docx: margins, 28.95 pt lines, eastAsia fonts, page numbers."""

from __future__ import annotations

import copy
import re

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from .fonts import FontProfile
from .text_marks import mark_bidi

LINE_PITCH = Pt(28.95)        # 22 lines in the 225 mm type area
TITLE_LINE = Pt(35)           # a 2号 title line
TABLE_LINE = Pt(20)           # 4号 table text
TITLE_CHARS = 19              # 2号 characters a title line holds in the 156 mm type area (20, less a margin)
CONDENSE = -5                 # character spacing in twentieths of a point: −0.25 pt gives 28 characters a line
BODY_PT, TITLE_PT, PAGE_NUMBER_PT, TABLE_PT = 16, 22, 14, 14   # 3号, 2号, 4号, 4号
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
FOOTER_MM = 24                # the page number's dashes about 7 mm below the type area
EM_DASH = "\u2014"

# paragraph style → font role; the template defines the styles, these set the families chosen at export time
STYLE_ROLES = {"Normal": "body", "Briefing Body": "body", "Briefing Fact": "body", "Briefing Date": "body",
               "Briefing Table Text": "body", "Briefing Title": "title", "Briefing Heading 1": "heading1",
               "Briefing Mark": "heading1", "Briefing Heading 2": "heading2", "Briefing Heading 3": "body",
               "Footer": "page_number"}

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str | None) -> str:
    """Text python-docx can store: control characters (not allowed in XML) dropped, bidi controls marked."""
    return mark_bidi(_NOT_XML.sub("", text or ""))


def set_page(section) -> None:
    """A4 portrait with the GB/T 9704 margins (the template has them; set again so a changed template cannot drift)."""
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.footer_distance = Mm(FOOTER_MM)


def _fonts_element(east_asia: str, latin: str):
    fonts = OxmlElement("w:rFonts")
    for slot, name in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asia), ("w:cs", latin)):
        fonts.set(qn(slot), name)
    return fonts


def set_fonts(rpr, east_asia: str, latin: str) -> None:
    """Replace an rPr's fonts (theme attributes would beat w:eastAsia) and mark the text zh-CN."""
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    rpr.insert(0, _fonts_element(east_asia, latin))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def apply_style_fonts(doc, profile: FontProfile) -> None:
    """Write the profile's families into the template's styles and the document defaults."""
    for name, role in STYLE_ROLES.items():
        set_fonts(doc.styles[name].element.get_or_add_rPr(), getattr(profile, role), profile.latin)
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(defaults, profile.body, profile.latin)


class RunFormat:
    """One run's direct formatting (fonts, size, condensing, bold), built once and copied onto every run."""

    def __init__(self, east_asia: str, latin: str, size_pt: float, condense: bool = True, bold: bool = False):
        rpr = OxmlElement("w:rPr")
        rpr.append(_fonts_element(east_asia, latin))
        if bold:
            rpr.append(OxmlElement("w:b"))
            rpr.append(OxmlElement("w:bCs"))
        if condense:
            spacing = OxmlElement("w:spacing")
            spacing.set(qn("w:val"), str(CONDENSE))
            rpr.append(spacing)
        for tag in ("w:sz", "w:szCs"):
            size = OxmlElement(tag)
            size.set(qn("w:val"), str(round(size_pt * 2)))
            rpr.append(size)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:eastAsia"), "zh-CN")
        rpr.append(lang)
        self.rpr = rpr

    def run_element(self, text: str):
        """A w:r with this format and ``text``; line breaks in the text become w:br."""
        r = OxmlElement("w:r")
        r.append(copy.deepcopy(self.rpr))
        for i, line in enumerate(clean(text).replace("\r", "").replace("\t", " ").split("\n")):
            if i:
                r.append(OxmlElement("w:br"))
            if line:
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = line
                r.append(t)
        return r

    def add_run(self, paragraph, text: str) -> Run:
        r = self.run_element(text)
        paragraph._p.append(r)
        return Run(r, paragraph)


class ParagraphMaker:
    """Adds paragraphs by copying XML built once per format: python-docx's per-element inserts (each one searching
    the successors it must go before) took most of a 500-measure pack's time."""

    def __init__(self, doc):
        self.doc = doc
        self.anchor = doc.element.body.sectPr    # body paragraphs go just before the section properties
        self._templates: dict[tuple, object] = {}

    def template(self, style: str, line=LINE_PITCH, align=None, indent: bool = False, keep_next: bool = False):
        key = (style, line, align, indent, keep_next)
        if key not in self._templates:
            p = self.doc.add_paragraph(style=self.doc.styles[style])
            format_paragraph(p, line, align, first_line_chars=indent)
            if keep_next:
                p.paragraph_format.keep_with_next = True
            p._p.getparent().remove(p._p)
            self._templates[key] = p._p
        return self._templates[key]

    def add(self, runs, **fmt) -> Paragraph:
        """A body paragraph of (RunFormat, text) runs, appended to the document."""
        p = copy.deepcopy(self.template(**fmt))
        for run_format, text in runs:
            p.append(run_format.run_element(text))
        self.anchor.addprevious(p)
        return Paragraph(p, self.doc._body)

    def fill_cell(self, cell, run_format: RunFormat, text: str, **fmt) -> None:
        """Replace a table cell's empty paragraph with a formatted one holding ``text``."""
        old = cell._tc.findall(qn("w:p"))[0]
        p = copy.deepcopy(self.template(**fmt))
        p.append(run_format.run_element(text))
        old.addprevious(p)
        cell._tc.remove(old)


_NO_LINE_START = set("，。、；：？！）》」』”’")
_NO_LINE_END = set("（《「『“‘")


_BREAK_AFTER = set("的、，》）和与及于之")
_BREAK_BEFORE = set("《（")
_WORD_ENDS = ("方案", "意见", "措施", "通知", "办法", "规划", "计划", "情况", "报告", "落实", "关于", "推进", "实施",
               "试验区", "大湾区", "便利化", "自由化", "开放", "改革", "发展", "建设", "战略", "深化", "创新", "广州市",
               "进一步", "高质量", "高水平", "行动")


def _cut_cost(text: str, cut: int, ideal: int) -> float:
    """How bad a line break before ``text[cut]`` is: forbidden at closing punctuation, an opening bracket or inside
    a run of Latin letters or digits; free after 的/、/》 or a common word's end; otherwise it may split a word."""
    before, after = text[cut - 1], text[cut]
    if after in _NO_LINE_START or before in _NO_LINE_END or (before.isascii() and after.isascii()
                                                               and before.isalnum() and after.isalnum()):
        return 1000
    good = before in _BREAK_AFTER or after in _BREAK_BEFORE or text[:cut].endswith(_WORD_ENDS)
    return abs(cut - ideal) + (0 if good else 10)


def _split(text: str, per_line: int, count: int) -> tuple[float, list[str]]:
    lines, start, cost = [], 0, 0.0
    for i in range(count, 1, -1):
        ideal = start + (len(text) - start) // i
        low = max(start + 1, len(text) - (i - 1) * per_line, ideal - 4)
        high = min(start + per_line, len(text) - 1, ideal + 4)
        if low > high:
            return 1e9, []
        cut = min(range(low, high + 1), key=lambda c: _cut_cost(text, c, ideal))
        cost += _cut_cost(text, cut, ideal)
        lines.append(text[start:cut])
        start = cut
    return cost, lines + [text[start:]]


def balanced_lines(text: str, per_line: int) -> list[str]:
    """Split a title into as few lines as fit, of near-equal length (梯形), breaking between words: after 的/、/》
    or a word such as 方案/试验区, never before closing punctuation or after an opening bracket. One line more is
    taken when the fewest lines could only break inside a word."""
    text = text.strip()
    fewest = -(-len(text) // per_line) if text else 1
    if fewest == 1:
        return [text]
    tries = [_split(text, per_line, n) for n in (fewest, fewest + 1)]
    best = min(tries, key=lambda t: t[0] + 5 * (len(t[1]) - fewest))
    return best[1]


def line_break():
    return OxmlElement("w:br")


def format_paragraph(paragraph, line: Pt | None = LINE_PITCH, align=None, first_line_chars: bool = False) -> None:
    """Exact line spacing (28.95 pt by default), no space before or after, optional 左空二字."""
    pf = paragraph.paragraph_format
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before = pf.space_after = Pt(0)
    if align is not None:
        pf.alignment = align
    if first_line_chars:
        pf.first_line_indent = Pt(2 * BODY_PT)


def page_break(paragraph) -> None:
    paragraph.add_run().add_break(WD_BREAK.PAGE)


def _field(paragraph, fmt: RunFormat, instruction: str, shown: str) -> None:
    """A field as runs: begin, instruction, separate, the last computed value, end."""
    def char(kind: str):
        run = fmt.add_run(paragraph, "")
        mark = OxmlElement("w:fldChar")
        mark.set(qn("w:fldCharType"), kind)
        run._r.append(mark)
    char("begin")
    run = fmt.add_run(paragraph, "")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    char("separate")
    fmt.add_run(paragraph, shown)
    char("end")


def page_number_footers(doc, section, profile: FontProfile) -> None:
    """`— 1 —` in 4号 宋体: odd pages at the right, even pages at the left, 空一字 from the edge; none on the cover."""
    doc.settings.odd_and_even_pages_header_footer = True
    section.different_first_page_header_footer = True
    fmt = RunFormat(profile.page_number, profile.page_number, PAGE_NUMBER_PT, condense=False)
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.style = doc.styles["Footer"]
        pf = p.paragraph_format
        pf.alignment = align
        pf.space_before = pf.space_after = Pt(0)
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            pf.right_indent = Pt(PAGE_NUMBER_PT)
        else:
            pf.left_indent = Pt(PAGE_NUMBER_PT)
        fmt.add_run(p, f"{EM_DASH} ")
        _field(p, fmt, "PAGE", "1")
        fmt.add_run(p, f" {EM_DASH}")
    section.first_page_footer.is_linked_to_previous = False


def set_cell_width(cell, width_mm: float) -> None:
    cell.width = Mm(width_mm)


def set_column_widths(table, widths_mm: list[float]) -> None:
    """The table grid's widths: LibreOffice lays columns out from w:gridCol, not from the cells' widths."""
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(round(Mm(width).twips)))


def repeat_header_row(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.append(header)
