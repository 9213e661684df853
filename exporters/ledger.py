"""The 任务分工表/台账 workbook for a selection: the task sheet, the unit matrix and the status summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


from .ledger_columns import LEDGER_COLUMNS, MATRIX_SHEET, MEASURE_PREFIX, SUMMARY_SHEET, TASK_SHEET
from .ledger_data import Ledger, MeasureLine, build_ledger
from .ledger_sheet import write_task_sheet
from .matrix_sheet import write_matrix
from .summary_sheet import write_summary
from .xlsx_layout import bulk_writing, new_workbook
from .xlsx_safety import neutral_properties, save_workbook


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def ledger_title(ledger: Ledger, unit_name: str | None = None, status: str | None = None) -> str:
    if len(ledger.documents) == 1:
        base = f"《{ledger.documents[0].title or ledger.documents[0].source_name}》重点任务分工表"
    else:
        base = "重点任务分工台账"
    qualifiers = [q for q in (unit_name, status) if q]
    return base + (f"（{'，'.join(qualifiers)}）" if qualifiers else "")


def ledger_values(m: MeasureLine) -> dict:
    return {"number": m.number, "document": m.document, "task": m.task, "lead": "、".join(m.lead),
            "support": "、".join(m.support), "due": m.due, "status": m.status, "owner": m.owner,
            "progress": m.progress, "problems": m.problems, "next_steps": m.next_steps, "remarks": m.remarks,
            "id": f"{MEASURE_PREFIX}{m.measure_id}"}


def export_ledger(store, out_path, document_ids=None, unit_id: int | None = None, status: str | None = None,
                  today: dt.date | None = None, include_context: bool = False) -> Path:
    """Write the ledger of the selection to ``out_path`` (.xlsx).

    ``today`` fixes the date the overdue / due-soon colouring compares with (a snapshot "as of" that day);
    without it the workbook compares with TODAY() whenever it is opened.
    """
    with bulk_writing():
        return _export_ledger(store, Path(out_path), document_ids, unit_id, status, today, include_context)


def _export_ledger(store, out: Path, document_ids, unit_id, status, today, include_context) -> Path:
    ledger = build_ledger(store, document_ids, unit_id, status, include_context)
    unit_name = next((name for uid, name in ledger.units if uid == unit_id), None) if unit_id else None
    title = ledger_title(ledger, unit_name, status)
    wb = new_workbook()
    ws = wb.active
    ws.title = TASK_SHEET
    info = ("填报单位（盖章）：", f"数据截至：{cn_date(today or dt.date.today())}", "填报时间：　　年　　月　　日")
    write_task_sheet(ws, LEDGER_COLUMNS, title, info, ledger.lines, ledger_values, today)
    write_matrix(wb.create_sheet(MATRIX_SHEET), "责任单位矩阵", ledger.measures, ledger.units, ledger.roles)
    totals: dict[str, int] = {}
    for (unit, _), n in ledger.counts.items():
        totals[unit] = totals.get(unit, 0) + n
    named = sorted(totals, key=lambda u: (-totals[u], u))   # busiest unit first
    write_summary(wb.create_sheet(SUMMARY_SHEET), "各单位任务状态汇总", ledger.counts, named)
    neutral_properties(wb, title)
    return save_workbook(wb, out)
