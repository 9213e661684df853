"""One workbook per unit, for the department to fill in: only its own tasks and tracking, nothing internal."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from desktop.core.path_format import format_path

from .ledger_columns import ASSIGNMENT_PREFIX, RETURN_FIELDS, ROLE_NAMES, TASK_SHEET, UNIT_COLUMNS
from .ledger_data import iso_date, task_text
from .ledger_sheet import write_task_sheet
from .xlsx_layout import bulk_writing, new_workbook
from .xlsx_safety import neutral_properties, save_workbook

UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]')
FILE_SUFFIX = "_重点任务推进台账.xlsx"
MAX_NAME_CHARS, MAX_NAME_BYTES = 60, 150   # the unit's part: well inside 255 bytes and Windows' 260-character paths
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def unit_file_name(unit_name: str) -> str:
    """A file name for the unit's workbook that any file system takes. A name that had to be changed (characters a
    file name cannot hold, dots only, too long, a Windows device name) gets a short hash of the real name, so
    A/B局, A:B局, A\\B局 and A_B局 stay four files."""
    base = UNSAFE_NAME.sub("_", unicodedata.normalize("NFC", unit_name)).strip(" .")
    short = base[:MAX_NAME_CHARS]
    while len(short.encode("utf-8")) > MAX_NAME_BYTES:
        short = short[:-1]
    if not short or short.upper().split(".")[0] in RESERVED or short != unit_name:
        digest = hashlib.sha256(unit_name.encode("utf-8")).hexdigest()[:8]
        short = f"{short or '单位'}-{digest}"
    return short + FILE_SUFFIX


def unique_file_names(names: dict[int, str]) -> dict[int, str]:
    """Unit id → file name, no two alike even where the file system ignores case."""
    out, taken = {}, set()
    for uid, name in names.items():
        candidate, n = unit_file_name(name), 1
        while candidate.casefold() in taken:
            n += 1
            candidate = unit_file_name(name).replace(FILE_SUFFIX, f"（{n}）{FILE_SUFFIX}")
        taken.add(candidate.casefold())
        out[uid] = candidate
    return out


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


def export_unit_ledger(store, out_dir, unit_id: int, unit_name: str, file_name: str | None = None) -> Path:
    out = Path(out_dir) / (file_name or unit_file_name(unit_name))
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


def export_unit_ledgers(store, out_dir, unit_ids: list[int] | None = None, progress=None, cancelled=None,
                        written=None) -> list[Path]:
    """One file per unit (every unit with a task when ``unit_ids`` is None), in ``out_dir``, each under its own name.

    ``progress(done, total, unit name)`` is told before each file and ``written(path)`` after it; when
    ``cancelled()`` turns true the files written so far are kept (each is whole) and the rest are not written."""
    units = {u.id: u for u in store.units()}
    if unit_ids is None:
        unit_ids = [u.id for u in units.values() if u.lead_count + u.support_count]
    missing = [uid for uid in unit_ids if uid not in units]
    if missing:
        raise KeyError(f"unknown unit ids: {missing}")
    names = unique_file_names({uid: units[uid].qualified_name for uid in unit_ids})
    paths = []
    with bulk_writing():
        for i, uid in enumerate(unit_ids):
            if progress:
                progress(i, len(unit_ids), units[uid].qualified_name)
            if cancelled and cancelled():
                break
            paths.append(export_unit_ledger(store, out_dir, uid, units[uid].qualified_name, names[uid]))
            if written:
                written(paths[-1])
    return paths
