"""The 任务分工表/台账 workbook of a ledger model: the task sheet, the unit matrix and the status summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core.reports.ledger import Ledger, MeasureLine
from desktop.core.reports.rules import cn_date, unit_order

from .ledger_columns import LEDGER_COLUMNS, MATRIX_SHEET, MEASURE_PREFIX, SUMMARY_SHEET, TASK_SHEET
from .ledger_sheet import write_task_sheet
from .matrix_sheet import write_matrix
from .summary_sheet import write_summary
from .xlsx_layout import Styles, bulk_writing, new_workbook
from .xlsx_safety import neutral_properties, save_workbook

FULL, BRIEF = "详版", "简版"   # 重点任务 as name + content, or the name alone


def ledger_title(ledger: Ledger) -> str:
    if len(ledger.documents) == 1:
        base = f"《{ledger.documents[0].title}》重点任务分工表"
    else:
        base = "重点任务分工台账"
    qualifiers = [q for q in (ledger.unit_name, ledger.status) if q]
    return base + (f"（{'，'.join(qualifiers)}）" if qualifiers else "")


def task_cell(m: MeasureLine, form: str = FULL) -> str:
    """重点任务: the task's name, and in the 详版 what it asks (the responsibility parenthetical is in its columns)."""
    if form == BRIEF or not m.task:
        return m.heading or m.task
    if not m.heading:
        return m.task
    return f"{m.heading}。{m.task}" if not m.heading.endswith(("。", "；", "：")) else m.heading + m.task


def ledger_values(m: MeasureLine, form: str = FULL) -> dict:
    return {"number": m.number, "document": m.document, "task": task_cell(m, form), "lead": "、".join(m.lead),
            "support": "、".join(m.support), "due": m.due, "status": m.status, "owner": m.owner,
            "progress": m.progress, "problems": m.problems, "next_steps": m.next_steps, "remarks": m.remarks,
            "id": f"{MEASURE_PREFIX}{m.measure_id}"}


def _matrices(wb, ledger: Ledger) -> None:
    """One 矩阵 sheet per document (矩阵1, 矩阵2 … when there are several), its units in rules.unit_order."""
    by_doc: dict[int, list[MeasureLine]] = {}
    for m in ledger.measures:
        by_doc.setdefault(m.document_id, []).append(m)
    titles = {d.id: d.title for d in ledger.documents}
    names = dict(ledger.units)
    styles = Styles()
    for i, (doc_id, measures) in enumerate(by_doc.items(), 1):
        roles = {m.measure_id: ledger.roles.get(m.measure_id, {}) for m in measures}
        sheet = MATRIX_SHEET if len(by_doc) == 1 else f"{MATRIX_SHEET}{i}"
        write_matrix(wb.create_sheet(sheet), f"《{titles.get(doc_id, '')}》责任单位矩阵", measures,
                     unit_order(roles, names), roles, styles)
    if not by_doc:
        write_matrix(wb.create_sheet(MATRIX_SHEET), "责任单位矩阵", [], [], {})


def export_ledger(ledger: Ledger, out_path, today: dt.date | None = None, form: str = FULL) -> Path:
    """Write ``ledger`` to ``out_path`` (.xlsx); ``form`` is 详版 (name and content) or 简版 (name only).

    ``today`` fixes the date the overdue / due-soon colouring compares with (a snapshot "as of" that day);
    without it the workbook compares with TODAY() whenever it is opened.
    """
    with bulk_writing():
        title = ledger_title(ledger)
        wb = new_workbook()
        ws = wb.active
        ws.title = TASK_SHEET
        info = ("填报单位（盖章）：", f"数据截至：{cn_date(today or dt.date.today())}", "填报时间：　　年　　月　　日")
        write_task_sheet(ws, LEDGER_COLUMNS, title, info, ledger.lines, lambda m: ledger_values(m, form), today)
        _matrices(wb, ledger)
        totals: dict[str, int] = {}
        for (unit, _), n in ledger.counts.items():
            totals[unit] = totals.get(unit, 0) + n
        named = sorted(totals, key=lambda u: (-totals[u], u))   # busiest unit first
        write_summary(wb.create_sheet(SUMMARY_SHEET), "各单位任务状态汇总", ledger.counts, named)
        neutral_properties(wb, title)
        return save_workbook(wb, Path(out_path))
