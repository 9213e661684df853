"""The comparison as a Word 对照表: a summary of the structured changes, then A | B rows with redline marks."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop.core.compare.model import Alignment

from . import briefing_layout as L
from .briefing import TEMPLATE
from .compare_rows import PairRow, counts_sentence, pair_rows, redline, structured_changes, summarise
from .atomic_file import save_atomically
from .fonts import FontProfile, pick_fonts

DELETED_COLOR = "C00000"     # struck through in A's column
INSERTED_COLOR = "0050B4"    # underlined in B's column
CELL_PT = 12                 # 小四: a two-column table of long measures stays readable in landscape
CELL_LINE = Pt(18)
MARGIN_MM = 20
# 序号 | A | B | 差异: A4 landscape less the margins (297 - 40 = 257 mm)
NUMBER_MM, SIDE_MM, NOTE_MM = 14, 96, 51


class RedlineFormats:
    """Run formats of the table: plain, deleted (red, struck through) and inserted (blue, underlined)."""

    def __init__(self, fonts: FontProfile):
        self.plain = L.RunFormat(fonts.body, fonts.latin, CELL_PT, condense=False)
        self.bold = L.RunFormat(fonts.body, fonts.latin, CELL_PT, condense=False, bold=True)
        self.head = L.RunFormat(fonts.heading1, fonts.latin, CELL_PT, condense=False)
        self.deleted = _marked(self.plain, DELETED_COLOR, strike=True)
        self.inserted = _marked(self.plain, INSERTED_COLOR, underline=True)


def _marked(base: L.RunFormat, color: str, strike: bool = False, underline: bool = False) -> L.RunFormat:
    """A copy of ``base`` with a colour and a strike or an underline, each in the place the schema orders it."""
    fmt = copy.copy(base)
    fmt.rpr = copy.deepcopy(base.rpr)
    size = fmt.rpr.find(qn("w:sz"))
    if strike:
        size.addprevious(OxmlElement("w:strike"))
    c = OxmlElement("w:color")
    c.set(qn("w:val"), color)
    size.addprevious(c)
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        fmt.rpr.find(qn("w:lang")).addprevious(u)
    return fmt


def _landscape(section) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    section.footer_distance = Mm(10)


class _Writer:
    def __init__(self, doc, fonts: FontProfile):
        self.doc = doc
        self.maker = L.ParagraphMaker(doc)
        self.f = RedlineFormats(fonts)
        self.title = L.RunFormat(fonts.title, fonts.latin, L.TITLE_PT, condense=False)
        self.h1 = L.RunFormat(fonts.heading1, fonts.latin, L.BODY_PT, condense=False)
        self.body = L.RunFormat(fonts.body, fonts.latin, 14, condense=False)

    def para(self, style: str, *runs, align=None, line=Pt(24), indent: bool = False):
        return self.maker.add(runs, style=style, line=line, align=align, indent=indent)

    def cell(self, cell, runs, align=WD_ALIGN_PARAGRAPH.LEFT) -> None:
        """Fill a cell with one paragraph per list of (format, text) runs."""
        for old in cell._tc.findall(qn("w:p")):
            cell._tc.remove(old)
        for part in runs:
            p = copy.deepcopy(self.maker.template("Briefing Table Text", line=CELL_LINE, align=align))
            for fmt, text in part:
                if text:
                    p.append(fmt.run_element(text))
            cell._tc.append(p)


def _side(f: RedlineFormats, number: str, pieces: list[tuple[str, bool]], changed) -> list:
    if not number:
        return [[(f.plain, "—")]]
    return [[(f.bold, number)], [(changed if flag else f.plain, text) for text, flag in pieces]]


def _note(f: RedlineFormats, row: PairRow) -> list:
    head = row.label + ("（固定）" if row.pinned else "")
    runs = [[(f.head, head)]]
    if row.kind not in ("only_a", "only_b"):
        runs.append([(f.plain, f"相似度 {row.score:.0%}")])
        if row.text_change not in ("", "无"):
            runs.append([(f.plain, f"文字：{row.text_change}")])
    runs += [[(f.plain, line)] for line in structured_changes(row)]
    return runs


def _summary(w: _Writer, rows: list[PairRow]) -> None:
    summary = summarise(rows)
    w.para("Briefing Heading 1", (w.h1, "一、差异概况"))
    w.para("Briefing Body", (w.body, counts_sentence(summary)), indent=True)
    for label, items in (("责任单位变化", [(k, "；".join(v)) for k, v in summary.units]),
                         ("目标指标变化", summary.quantities), ("完成时限变化", summary.deadlines)):
        w.para("Briefing Body", (w.h1, f"{label}（{len(items)}处）"), indent=True)
        for where, what in items:
            w.para("Briefing Body", (w.body, f"{where}：{what}"), indent=True)
        if not items:
            w.para("Briefing Body", (w.body, "无。"), indent=True)


def _table(w: _Writer, rows: list[PairRow], titles: tuple[str, str]) -> None:
    w.para("Briefing Heading 1", (w.h1, "二、逐条对照"))
    widths = (NUMBER_MM, SIDE_MM, SIDE_MM, NOTE_MM)
    t = w.doc.add_table(rows=1 + len(rows), cols=4)
    t.style = w.doc.styles["Briefing Table"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    L.repeat_header_row(t.rows[0])
    L.set_column_widths(t, list(widths))
    f = w.f
    header = ("序号", f"A：{titles[0]}", f"B：{titles[1]}", "差异")
    for c, text in enumerate(header):
        w.cell(t.rows[0].cells[c], [[(f.head, text)]], align=WD_ALIGN_PARAGRAPH.CENTER)
    for r, row in enumerate(rows, 1):
        a, b = redline(row)
        cells = t.rows[r].cells
        w.cell(cells[0], [[(f.plain, str(r))]], align=WD_ALIGN_PARAGRAPH.CENTER)
        w.cell(cells[1], _side(f, row.a_number, a, f.deleted))
        w.cell(cells[2], _side(f, row.b_number, b, f.inserted))
        w.cell(cells[3], _note(f, row))
    for row in t.rows:
        for cell, width in zip(row.cells, widths):
            L.set_cell_width(cell, width)


def write_compare_docx(alignment: Alignment, out_path: str | Path, titles: tuple[str, str],
                       fonts: Mapping[str, str] | FontProfile | None = None, today: dt.date | None = None) -> Path:
    """Write the 对照表 of ``alignment``; ``titles`` name documents A and B. Replaces ``out_path`` when done."""
    profile = pick_fonts(overrides=fonts)
    doc = Document(str(TEMPLATE))
    section = doc.sections[0]
    _landscape(section)
    L.apply_style_fonts(doc, profile)
    L.page_number_footers(doc, section, profile)
    section.different_first_page_header_footer = False   # no cover: the first page is numbered too
    doc.settings.odd_and_even_pages_header_footer = False
    props = doc.core_properties
    title = f"《{titles[0]}》与《{titles[1]}》对照表"
    props.title, props.author, props.last_modified_by, props.comments = title, "", "", ""
    props.created = props.modified = dt.datetime.combine(today or dt.date.today(), dt.time())
    w = _Writer(doc, profile)
    p = w.para("Briefing Title", align=WD_ALIGN_PARAGRAPH.CENTER, line=L.TITLE_LINE)
    for i, line in enumerate(L.balanced_lines(title, 27)):
        run = w.title.add_run(p, line)
        if i:
            run._r.insert(1, L.line_break())
    rows = pair_rows(alignment)
    _summary(w, rows)
    _table(w, rows, titles)
    return save_atomically(out_path, doc.save)
