"""The Word briefing pack (GB/T 9704 layout): cover, status summary, overdue and due-soon lists, then each measure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

from desktop.core.path_format import format_path

from . import briefing_layout as L
from .atomic_file import save_atomically
from .briefing_content import BriefingContent, Heading, MeasureEntry, Note, cn_date, gather
from .fonts import FontProfile, pick_fonts

TEMPLATE = Path(__file__).resolve().parent / "templates" / "briefing.docx"
INTERNAL_MARK = "内部资料"
CN = "一二三四五六七八九十"
DUE_COLUMNS = (("序号", 14), ("文件", 34), ("措施", 30), ("单位", 30), ("完成时限", 26), ("状态", 20))


class _Writer:
    """Adds styled paragraphs and tables; every run gets its fonts, size and condensing directly."""

    def __init__(self, doc, fonts: FontProfile):
        self.doc, self.fonts = doc, fonts
        self.maker = L.ParagraphMaker(doc)
        latin = fonts.latin
        self.body = L.RunFormat(fonts.body, latin, L.BODY_PT)
        self.bold = L.RunFormat(fonts.body, latin, L.BODY_PT, bold=True)
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
        """A 2号 小标宋 title, centred; a long one broken into balanced lines (GB/T 9704's 梯形)."""
        p = self.para("Briefing Title", align=WD_ALIGN_PARAGRAPH.CENTER, line=L.TITLE_LINE)
        for i, line in enumerate(L.balanced_lines(title, L.TITLE_CHARS)):
            run = self.title.add_run(p, line)
            if i:
                run._r.insert(1, L.line_break())
        return p

    def blank(self, n: int = 1) -> None:
        for _ in range(n):
            self.para("Briefing Body")

    def heading(self, depth: int, text: str) -> None:
        """Outline depth 0 (一、) in 黑体, depth 1 (（一）) in 楷体, deeper (1.) in bold 仿宋; all 左空二字."""
        style, fmt = ((("Briefing Heading 1", self.h1), ("Briefing Heading 2", self.h2))[depth]
                      if depth < 2 else ("Briefing Heading 3", self.bold))
        self.para(style, (fmt, text), indent=True, keep_next=True)

    def body_text(self, text: str) -> None:
        for line in text.splitlines():
            if line.strip():
                self.para("Briefing Body", (self.body, line.strip()), indent=True)

    def fact(self, label: str, value: str) -> None:
        self.para("Briefing Fact", (self.h2, f"{label}："), (self.body, value), indent=True)

    def table(self, header: tuple[tuple[str, float], ...], rows: list[tuple[str, ...]]):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Briefing Table"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        L.repeat_header_row(t.rows[0])
        L.set_column_widths(t, [w for _, w in header])
        for r, values in enumerate([tuple(h for h, _ in header)] + rows):
            for c, cell in enumerate(t.rows[r].cells):
                L.set_cell_width(cell, header[c][1])
                self.maker.fill_cell(cell, self.cell_head if r == 0 else self.cell, values[c],
                                     style="Briefing Table Text", line=L.TABLE_LINE, align=WD_ALIGN_PARAGRAPH.CENTER)
        return t


def _cover(w: _Writer, content: BriefingContent) -> None:
    if content.internal:
        w.para("Briefing Mark", (w.mark, INTERNAL_MARK), align=WD_ALIGN_PARAGRAPH.LEFT)
    else:
        w.blank()
    w.blank(5)
    w.title_lines(content.title)
    w.blank()
    if content.cover_line:
        w.para("Briefing Date", (w.body, content.cover_line), align=WD_ALIGN_PARAGRAPH.CENTER)
    w.blank(8)
    p = w.para("Briefing Date", (w.body, cn_date(content.today)), align=WD_ALIGN_PARAGRAPH.CENTER)
    L.page_break(p)


def _due_rows(tasks) -> list[tuple[str, ...]]:
    return [(str(i), t.document_title or "", format_path(t.path), t.unit, cn_date(t.due_date), t.status)
            for i, t in enumerate(tasks, 1)]


def _summary(w: _Writer, content: BriefingContent) -> None:
    total = sum(content.counts.values())
    w.heading(0, "一、总体情况")
    each = "，".join(f"{s}{n}项" for s, n in content.counts.items())
    w.body_text(f"截至{cn_date(content.today)}，本材料涉及政策文件{len(content.parts)}件、措施"
                f"{content.measure_count}项，分解到单位的任务{total}项，其中{each}。")
    header = (("状态", 22.0), *((s, 22.0) for s in content.counts), ("合计", 24.0))
    w.table(header, [("任务数", *(str(n) for n in content.counts.values()), str(total))])
    for n, (label, tasks) in enumerate((("逾期未完成事项", content.overdue),
                                        ("近14日内到期事项", content.due_soon)), 2):
        w.heading(0, f"{CN[n - 1]}、{label}")
        if tasks:
            w.body_text(f"共{len(tasks)}项。")
            w.table(DUE_COLUMNS, _due_rows(tasks))
        else:
            w.body_text("无。")


def _notes(w: _Writer, notes: list[Note] | tuple[Note, ...]) -> None:
    for note in notes:
        w.fact("内部批注" if note.internal else "备注", note.body.strip())


def _measure(w: _Writer, m: MeasureEntry) -> None:
    w.heading(min(m.depth, 2), f"{m.number}　{m.heading}")
    w.body_text(m.body)
    w.fact("牵头单位", "、".join(m.lead) or "未明确")
    if m.support:
        w.fact("配合单位", "、".join(m.support))
    if m.targets:
        w.fact("目标指标", "、".join(m.targets))
    w.fact("完成时限", m.deadline)
    w.fact("落实状态", m.status)
    if m.owner:
        w.fact("责任人", m.owner)
    w.fact("进展情况", "；".join(m.progress) or "暂无")
    _notes(w, m.notes)


def _measures(w: _Writer, content: BriefingContent) -> None:
    for part in content.parts:
        w.title_lines(part.title).paragraph_format.page_break_before = True
        if part.subtitle:
            w.para("Briefing Date", (w.body, part.subtitle), align=WD_ALIGN_PARAGRAPH.CENTER)
        w.blank()
        _notes(w, part.notes)
        for item in part.items:
            if isinstance(item, Heading):
                w.heading(min(item.depth, 2), item.text)
            else:
                _measure(w, item)


def write_briefing(content: BriefingContent, out_path: str | Path, fonts: FontProfile) -> Path:
    doc = Document(str(TEMPLATE))
    section = doc.sections[0]
    L.set_page(section)
    L.apply_style_fonts(doc, fonts)
    L.page_number_footers(doc, section, fonts)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by, props.comments = content.title, "", "", ""
    props.created = props.modified = dt.datetime.combine(content.today, dt.time())
    w = _Writer(doc, fonts)
    _cover(w, content)
    _summary(w, content)
    _measures(w, content)
    return save_atomically(out_path, doc.save)


def export_briefing(store, out_path: str | Path, document_id: int | None = None, unit_id: int | None = None,
                    include_internal: bool = False, today: dt.date | None = None,
                    fonts: Mapping[str, str] | FontProfile | None = None, include_context: bool = False) -> Path:
    """Write the briefing pack for one document, one unit, both or everything; internal notes and context items
    (指导思想, 发展目标 …) only if asked."""
    content = gather(store, document_id, unit_id, include_internal, today, include_context=include_context)
    return write_briefing(content, out_path, pick_fonts(overrides=fonts))
