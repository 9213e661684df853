"""The 汇报材料 (GB/T 9704 layout) of a briefing model: title block, 一、总体情况, 二、进展情况 with one paragraph per
task, 三、存在问题 with the overdue and due-soon table, 四、下一步工作, 附件 and 落款."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Pt

from desktop.core.reports.briefing import Briefing, DueItem, Heading, Note, TaskEntry
from desktop.core.reports.rules import cn_date

from . import briefing_layout as L
from .atomic_file import save_atomically
from .fonts import FontProfile, pick_fonts

TEMPLATE = Path(__file__).resolve().parent / "templates" / "briefing.docx"
INTERNAL_MARK = "内部资料"
SIGN_PLACEHOLDER = "（落款单位）"
DUE_COLUMNS = (("序号", 14), ("任务名称", 50), ("牵头单位", 34), ("完成时限", 33), ("逾期天数", 25))   # mm, 156 in all
DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五."""
    if n < 10:
        return DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tail = "" if not rest else (("零" + DIGITS[rest]) if rest < 10 else
                                (DIGITS[rest // 10] + "十" + (DIGITS[rest % 10] if rest % 10 else "")))
    return DIGITS[hundreds] + "百" + tail


class _Writer:
    """Adds styled paragraphs and tables; every run gets its fonts, size and condensing directly."""

    def __init__(self, doc, fonts: FontProfile):
        self.doc, self.fonts = doc, fonts
        self.maker = L.ParagraphMaker(doc)
        latin = fonts.latin
        self.body = L.RunFormat(fonts.body, latin, L.BODY_PT)
        self.h1 = L.RunFormat(fonts.heading1, latin, L.BODY_PT)
        self.h2 = L.RunFormat(fonts.heading2, latin, L.BODY_PT)
        self.title = L.RunFormat(fonts.title, latin, L.TITLE_PT, condense=False)
        self.mark = L.RunFormat(fonts.heading1, latin, L.BODY_PT, condense=False)
        self.cell = L.RunFormat(fonts.body, latin, L.TABLE_PT, condense=False)
        self.cell_head = L.RunFormat(fonts.heading1, latin, L.TABLE_PT, condense=False)

    def para(self, style: str, *runs: tuple[L.RunFormat, str], align=None, indent: bool = False, line=L.LINE_PITCH,
             keep_next: bool = False):
        return self.maker.add(runs, style=style, line=line, align=align, indent=indent, keep_next=keep_next)

    def title_lines(self, title: str):
        """A 2号 小标宋 title, centred; a long one broken into balanced lines (梯形) between words."""
        p = self.para("Briefing Title", align=WD_ALIGN_PARAGRAPH.CENTER, line=L.TITLE_LINE)
        for i, line in enumerate(L.balanced_lines(title, L.TITLE_CHARS)):
            run = self.title.add_run(p, line)
            if i:
                run._r.insert(1, L.line_break())
        return p

    def blank(self, n: int = 1) -> None:
        for _ in range(n):
            self.para("Briefing Body")

    def heading(self, level: int, text: str) -> None:
        """一、 in 黑体, a section of the policy in 楷体; both 左空二字 and kept with what follows."""
        style, fmt = ("Briefing Heading 1", self.h1) if level == 0 else ("Briefing Heading 2", self.h2)
        self.para(style, (fmt, text), indent=True, keep_next=True)

    def text(self, text: str) -> None:
        self.para("Briefing Body", (self.body, text), indent=True)

    def table(self, header, rows: list[tuple[str, ...]], aligns) -> None:
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Briefing Table"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        L.repeat_header_row(t.rows[0])
        L.set_column_widths(t, [w for _, w in header])
        center = WD_ALIGN_PARAGRAPH.CENTER
        for r, values in enumerate([tuple(h for h, _ in header)] + rows):
            row = t.rows[r]
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))   # a row never breaks across pages
            for c, cell in enumerate(row.cells):
                L.set_cell_width(cell, header[c][1])
                self.maker.fill_cell(cell, self.cell_head if r == 0 else self.cell, values[c],
                                     style="Briefing Table Text", line=L.TABLE_LINE,
                                     align=center if r == 0 else aligns[c])


def _title_block(w: _Writer, b: Briefing) -> None:
    if b.internal:
        w.para("Briefing Mark", (w.mark, INTERNAL_MARK), align=WD_ALIGN_PARAGRAPH.LEFT)
    w.title_lines(b.title)
    if b.cover_line:    # issuer, 文号 and date: each on its own line when together they would wrap
        line = b.cover_line if len(b.cover_line) <= 26 else b.cover_line.replace("\u3000", "\n")
        w.para("Briefing Date", (w.body, line), align=WD_ALIGN_PARAGRAPH.CENTER)
    w.blank()


def _overall(w: _Writer, b: Briefing) -> None:
    w.heading(0, "一、总体情况")
    total = sum(b.counts.values())
    each = "、".join(f"{s}{n}项" for s, n in b.counts.items() if n)
    docs = f"政策文件{b.document_count}件、" if b.document_count > 1 else ""
    text = (f"截至{cn_date(b.today)}，本次调度涉及{docs}重点任务{b.measure_count}项，分解到责任单位的任务{total}项"
            + (f"，其中{each}" if each else "") + "。")
    if b.overdue or b.due_soon:
        text += f"逾期未完成{len(b.overdue)}项，14日内到期{len(b.due_soon)}项。"
    else:
        text += "无逾期未完成任务。"
    if b.changes is not None:
        text += (f"与{b.changes.previous}相比，本期新完成{b.changes.newly_done}项，"
                 f"新增滞后{b.changes.newly_late}项。")
    w.text(text)


def _task(w: _Writer, n: int, t: TaskEntry) -> None:
    facts = [f"牵头单位：{'、'.join(t.lead) or '未明确'}"]
    if t.support:
        facts.append(f"配合单位：{'、'.join(t.support)}")
    facts.append(f"完成时限：{t.deadline}")
    progress = "；".join(t.progress) if t.progress else f"{t.status}，暂未报送进展情况"
    name = t.name.rstrip("。；;，,")
    w.para("Briefing Body", (w.h2, f"（{cn_number(n)}）{name}。"),
           (w.body, "；".join(facts) + f"。进展：{progress.rstrip('。')}。"), indent=True)
    for note in t.notes:
        _note(w, note)


def _note(w: _Writer, note: Note) -> None:
    w.text(f"{'内部批注' if note.internal else '备注'}：{note.body.strip()}")


def _progress(w: _Writer, b: Briefing) -> None:
    w.heading(0, "二、进展情况")
    n = 0
    several = len(b.parts) > 1
    for part in b.parts:
        if several:
            w.heading(1, f"《{part.title}》")
        for note in part.notes:
            _note(w, note)
        pending: Heading | None = None
        for item in part.items:
            if isinstance(item, Heading):
                if item.depth == 0:
                    pending = item          # a section shows only above its first task, once
                continue
            if pending is not None and not several:
                w.heading(1, pending.text)
                pending = None
            n += 1
            _task(w, n, item)


def _gathered(w: _Writer, b: Briefing, field: str, none: str) -> None:
    said = [(t.name.rstrip("。"), "；".join(getattr(t, field))) for t in b.tasks if getattr(t, field)]
    if not said:
        w.text(none)
    for i, (name, text) in enumerate(said, 1):
        w.text(f"{i}．{name}：{text.rstrip('。')}。")


def _due_rows(items: tuple[DueItem, ...]) -> list[tuple[str, ...]]:
    # the date in figures (2026.6.30): written out it wraps in a column this narrow
    return [(str(i), d.task, d.lead, f"{d.due.year}.{d.due.month}.{d.due.day}", f"{d.days_late}天" if d.days_late
             else "未到期") for i, d in enumerate(items, 1)]


def _problems(w: _Writer, b: Briefing) -> None:
    w.heading(0, "三、存在问题")
    _gathered(w, b, "problems", "各责任单位暂未报送存在的问题。")
    if b.overdue or b.due_soon:
        w.para("Briefing Body", (w.body, f"逾期未完成和14日内到期的任务共{len(b.overdue) + len(b.due_soon)}项，"
                                         "具体如下："), indent=True, keep_next=True)
        left, center = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER
        w.table(DUE_COLUMNS, _due_rows(b.overdue + b.due_soon), (center, left, left, center, center))


def _next_steps(w: _Writer, b: Briefing) -> None:
    w.heading(0, "四、下一步工作")
    _gathered(w, b, "next_steps", "各责任单位暂未报送下一步工作安排。")


def _closing(w: _Writer, b: Briefing) -> None:
    w.blank()
    if b.attachments:
        for i, name in enumerate(b.attachments, 1):
            w.text(("附件：" if i == 1 else "　　　") + (f"{i}．" if len(b.attachments) > 1 else "") + name)
        w.blank()
    w.blank()
    right = WD_ALIGN_PARAGRAPH.RIGHT
    sign = w.para("Briefing Date", (w.body, b.issuer or SIGN_PLACEHOLDER), align=right, keep_next=True)
    date = w.para("Briefing Date", (w.body, cn_date(b.today)), align=right)
    sign.paragraph_format.right_indent = Pt(4 * L.BODY_PT)   # 成文日期右空四字, 署名 above it
    date.paragraph_format.right_indent = Pt(4 * L.BODY_PT)


def write_briefing(b: Briefing, out_path: str | Path, fonts: FontProfile) -> Path:
    doc = Document(str(TEMPLATE))
    section = doc.sections[0]
    L.set_page(section)
    L.apply_style_fonts(doc, fonts)
    L.page_number_footers(doc, section, fonts)
    section.different_first_page_header_footer = False   # no cover: every page numbered
    props = doc.core_properties
    props.title, props.author, props.last_modified_by, props.comments = b.title, "", "", ""
    props.created = props.modified = dt.datetime.combine(b.today, dt.time())
    w = _Writer(doc, fonts)
    _title_block(w, b)
    _overall(w, b)
    _progress(w, b)
    _problems(w, b)
    _next_steps(w, b)
    _closing(w, b)
    return save_atomically(out_path, doc.save)


def export_briefing(briefing: Briefing, out_path: str | Path,
                    fonts: Mapping[str, str] | FontProfile | None = None) -> Path:
    """Write ``briefing`` to ``out_path`` (.docx) with the fonts found here (or those given)."""
    return write_briefing(briefing, out_path, pick_fonts(overrides=fonts))
