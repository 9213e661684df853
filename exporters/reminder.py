"""The 催办 letter: a Word 提醒函/督办通知 to one late unit (GB/T 9704, as the briefing): 文号 placeholder, title,
主送, the unit's outstanding tasks in a table (header repeated, no row split across pages), the reply date, 落款."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Pt

from desktop.core.responsibility import find_clauses
from desktop.core.rounds.model import Reminder

from . import briefing_layout as L
from .atomic_file import save_atomically
from .fonts import FontProfile, pick_fonts
from .unit_ledger import UNSAFE_NAME

TEMPLATE = Path(__file__).resolve().parent / "templates" / "briefing.docx"
COLUMNS = (("序号", 30.0), ("重点任务", 66.0), ("完成时限", 34.0), ("状态", 26.0))   # 156 mm: 二.（10） and a date unbroken
DOC_NUMBER = "〔{year}〕　　号"   # 机关代字 and number left blank for the office's registry


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def reminder_title(r: Reminder) -> str:
    return f"关于报送{r.round_name}重点任务推进情况的{r.kind}"


def reminder_file_name(r: Reminder) -> str:
    return UNSAFE_NAME.sub("_", f"{r.unit_name}_{r.round_name}{r.kind}.docx")


def plain_task(text: str) -> str:
    """The task without its responsibility brackets (（市口岸办牵头，2026年9月底前完成）): the letter's reader is that
    unit, and 完成时限 has its own column."""
    for clause in reversed(find_clauses(text)):
        text = text[:clause.start] + text[clause.end:]
    return text.strip()


def _no_split(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


class _Letter:
    def __init__(self, doc, fonts: FontProfile):
        self.doc, self.maker = doc, L.ParagraphMaker(doc)
        self.body = L.RunFormat(fonts.body, fonts.latin, L.BODY_PT)
        self.title = L.RunFormat(fonts.title, fonts.latin, L.TITLE_PT, condense=False)
        self.cell = L.RunFormat(fonts.body, fonts.latin, L.TABLE_PT, condense=False)
        self.head = L.RunFormat(fonts.heading1, fonts.latin, L.TABLE_PT, condense=False)

    def para(self, text: str = "", align=None, indent: bool = False, style: str = "Briefing Body", **fmt):
        return self.maker.add([(self.body, text)] if text else [], style=style, align=align, indent=indent, **fmt)

    def title_lines(self, text: str) -> None:
        p = self.maker.add([], style="Briefing Title", align=WD_ALIGN_PARAGRAPH.CENTER, line=L.TITLE_LINE)
        for i, line in enumerate(L.balanced_lines(text, L.TITLE_CHARS)):
            run = self.title.add_run(p, line)
            if i:
                run._r.insert(1, L.line_break())

    def table(self, rows: list[tuple[str, ...]]):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(COLUMNS))
        t.style = self.doc.styles["Briefing Table"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        L.repeat_header_row(t.rows[0])
        L.set_column_widths(t, [w for _, w in COLUMNS])
        for r, values in enumerate([tuple(h for h, _ in COLUMNS)] + rows):
            _no_split(t.rows[r])
            for c, cell in enumerate(t.rows[r].cells):
                L.set_cell_width(cell, COLUMNS[c][1])
                left = r and c == 1        # the task reads as text; the short columns are centred
                self.maker.fill_cell(cell, self.cell if r else self.head, values[c], style="Briefing Table Text",
                                     line=L.TABLE_LINE,
                                     align=WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER)
        return t


def write_reminder(r: Reminder, out_path: str | Path, fonts: FontProfile | None = None) -> Path:
    """Write the letter to ``out_path`` (whole or not at all); returns the path."""
    fonts = fonts or pick_fonts()
    doc = Document(str(TEMPLATE))
    section = doc.sections[0]
    L.set_page(section)
    L.apply_style_fonts(doc, fonts)
    L.page_number_footers(doc, section, fonts)
    section.different_first_page_header_footer = False     # a letter numbers its first page too
    props = doc.core_properties
    props.title, props.author, props.last_modified_by, props.comments = reminder_title(r), "", "", ""
    props.created = props.modified = dt.datetime.combine(r.today, dt.time())
    w = _Letter(doc, fonts)
    w.para(DOC_NUMBER.format(year=r.today.year), align=WD_ALIGN_PARAGRAPH.RIGHT)
    w.para()
    w.title_lines(reminder_title(r))
    w.para()
    w.para(f"{r.unit_name}：")
    late = (r.today - r.due).days
    w.para(f"按照{r.round_name}重点任务推进情况调度安排，各单位应于{cn_date(r.due)}前报送推进情况表。截至"
           f"{cn_date(r.today)}，你单位尚未报送，已逾期{late}天。你单位尚未报送的事项共{len(r.items)}项，列表如下：",
           indent=True)
    w.table([(it.number, plain_task(it.task), it.due or "—", it.status or "—") for it in r.items])
    w.para(f"请于{cn_date(r.reply_by)}前将填报完成的推进情况表（加盖公章）报送{r.issuer or '我单位'}。", indent=True)
    # the closing sentence, the 落款 and the 附注 are kept on one page: a 落款 never stands alone on the last page
    closing = [w.para("特此函告。" if r.kind == "提醒函" else "特此通知。", indent=True), w.para()]
    # 落款: the issuing office and the date, right-aligned with 右空四字 as GB/T 9704 sets a letter without a seal
    for text in (r.issuer or "（发文单位）", cn_date(r.today)):
        p = w.para(text, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(4 * L.BODY_PT)
        closing.append(p)
    for p in closing:
        p.paragraph_format.keep_with_next = True
    w.para("（联系人：　　　　；联系电话：　　　　　）", indent=True)   # 附注, under the date
    return save_atomically(out_path, doc.save)


def write_reminders(reminders: list[Reminder], out_dir, fonts: FontProfile | None = None) -> list[Path]:
    """One letter per late unit into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    fonts = fonts or pick_fonts()
    return [write_reminder(r, out / reminder_file_name(r), fonts) for r in reminders]
