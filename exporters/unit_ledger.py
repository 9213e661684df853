"""One workbook per unit, for the department to fill in: only its own tasks and tracking, nothing internal."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.path_format import format_path

from .ledger_columns import ASSIGNMENT_PREFIX, RETURN_FIELDS, ROLE_NAMES, TASK_SHEET, UNIT_COLUMNS
from .ledger_data import iso_date, task_text
from .ledger_sheet import write_task_sheet
from .xlsx_layout import bulk_writing, new_workbook
from .xlsx_safety import neutral_properties, save_workbook

UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def unit_file_name(unit_name: str) -> str:
    return UNSAFE_NAME.sub("_", unit_name).strip(" .") + "_重点任务推进台账.xlsx"


def unit_lines(store, unit_id: int) -> list[dict]:
    """The unit's tasks: policy text, its own role, due date and tracking. Other units' tracking is never read
    into a row (task_table(unit_id=…) keeps only this unit's assignment in each row's tracking fields)."""
    table = store.task_table(unit_id=unit_id)
    texts = store.ledger_details([r.measure_id for r in table.rows])
    labels = {n.id: n.label for outline in store.outlines(list(dict.fromkeys(r.document_id for r in table.rows)))
              .values() for n in outline}
    tracking = store.assignment_tracking([r.assignment_ids[0] for r in table.rows])
    lines = []
    for r in table.rows:
        own = tracking.get(r.assignment_ids[0], {})
        text = texts.get(r.measure_id)
        due = r.due_date or (text.written_due if text else None)   # this unit's date, else the policy's own
        lines.append({"number": format_path(r.path), "document": r.document_title or "",
                      "task": task_text(text.body, labels.get(r.measure_id, "")) if text else r.heading,
                      "role": ROLE_NAMES.get(r.roles.get(unit_id), ""), "due": iso_date(due), "status": r.status,
                      "owner": r.owner, "progress": r.progress, "problems": own.get("issues"),
                      "next_steps": own.get("next_steps"), "assignment_id": r.assignment_ids[0],
                      "id": f"{ASSIGNMENT_PREFIX}{r.assignment_ids[0]}"})
    return lines


def export_unit_ledger(store, out_dir, unit_id: int, unit_name: str) -> Path:
    out = Path(out_dir) / unit_file_name(unit_name)
    title = f"{unit_name}重点任务推进情况表"
    wb = new_workbook()
    ws = wb.active
    ws.title = TASK_SHEET
    info = (f"填报单位（盖章）：{unit_name}", "", "填报时间：　　年　　月　　日")
    lines = unit_lines(store, unit_id)
    write_task_sheet(ws, UNIT_COLUMNS, title, info, lines, dict)
    created = neutral_properties(wb, title)
    saved = save_workbook(wb, out)
    # the store, not the file, keeps what was exported: a returned copy is compared with this record
    store.record_export({ln["assignment_id"]: {f: "" if ln.get(k) is None else str(ln[k])
                                               for k, f in RETURN_FIELDS.items()} for ln in lines}, created)
    return saved


def export_unit_ledgers(store, out_dir, unit_ids: list[int] | None = None, progress=None, cancelled=None) -> list[Path]:
    """One file per unit (every unit with a task when ``unit_ids`` is None), in ``out_dir``.

    ``progress(done, total, unit name)`` is told before each file; when ``cancelled()`` turns true the files written
    so far are kept (each is whole) and the rest are not written."""
    units = {u.id: u for u in store.units()}
    if unit_ids is None:
        unit_ids = [u.id for u in units.values() if u.lead_count + u.support_count]
    missing = [uid for uid in unit_ids if uid not in units]
    if missing:
        raise KeyError(f"unknown unit ids: {missing}")
    paths = []
    with bulk_writing():
        for i, uid in enumerate(unit_ids):
            if progress:
                progress(i, len(unit_ids), units[uid].qualified_name)
            if cancelled and cancelled():
                break
            paths.append(export_unit_ledger(store, out_dir, uid, units[uid].qualified_name))
    return paths
