"""One workbook per unit, for the department to fill in: only its own tasks and tracking, nothing internal."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path

from desktop.core.reports.unit_ledger import UnitLedger, UnitLine

from .ledger_columns import ASSIGNMENT_PREFIX, RETURN_FIELDS, TASK_SHEET, UNIT_COLUMNS
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


def unit_values(line: UnitLine) -> dict:
    return {**line.values(), "id": f"{ASSIGNMENT_PREFIX}{line.assignment_id}"}


def sent_values(report: UnitLedger) -> dict[int, dict]:
    """Assignment id → what the workbook shows in each field a department may change (as text): the store keeps
    this, and a returned copy is compared with it."""
    out = {}
    for line in report.lines:
        values = line.values()
        out[line.assignment_id] = {f: "" if values.get(k) is None else str(values[k]) for k, f in RETURN_FIELDS.items()}
    return out


def export_unit_ledger(report: UnitLedger, out_dir, file_name: str | None = None) -> tuple[Path, dt.datetime]:
    """Write the unit's workbook into ``out_dir``; returns its path and its creation time (UTC), which the store
    records with ``sent_values`` (the file carries no hidden copy of them)."""
    out = Path(out_dir) / (file_name or unit_file_name(report.unit_name))
    title = f"{report.unit_name}重点任务推进情况表"
    with bulk_writing():
        wb = new_workbook()
        ws = wb.active
        ws.title = TASK_SHEET
        info = (f"填报单位（盖章）：{report.unit_name}", "", "填报时间：　　年　　月　　日")
        write_task_sheet(ws, UNIT_COLUMNS, title, info, report.lines, unit_values)
        created = neutral_properties(wb, title)
        return save_workbook(wb, out), created
