"""The per-unit workbook's very hidden sheet: each assignment's exported values and the export time."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from .ledger_columns import RETURN_FIELDS, SNAPSHOT_SHEET
from .xlsx_safety import put

FIELDS = tuple(RETURN_FIELDS.values())
HEADER = ("assignment_id", *FIELDS, "exported_at")


def write_snapshot(wb: Workbook, tracking: dict[int, dict], exported_at: dt.datetime) -> None:
    """One row per assignment id with the values the visible sheet shows; every cell written as text."""
    ws = wb.create_sheet(SNAPSHOT_SHEET)
    ws.sheet_state = "veryHidden"
    for col, name in enumerate(HEADER, 1):
        put(ws, 1, col, name)
    stamp = exported_at.isoformat(timespec="seconds")
    for row, (aid, values) in enumerate(tracking.items(), 2):
        put(ws, row, 1, aid)
        for col, field in enumerate(FIELDS, 2):
            if values.get(field) not in (None, ""):
                put(ws, row, col, values[field])
        put(ws, row, len(HEADER), stamp)


def read_snapshot(wb: Workbook) -> tuple[dict[int, dict], str | None]:
    """Assignment id → exported values ('' for blank), and the export time; empty when the sheet is gone."""
    if SNAPSHOT_SHEET not in wb.sheetnames:
        return {}, None
    out: dict[int, dict] = {}
    stamp = None
    for values in wb[SNAPSHOT_SHEET].iter_rows(min_row=2, values_only=True):
        if not values or values[0] is None:
            continue
        try:
            aid = int(values[0])
        except (TypeError, ValueError):
            continue
        out[aid] = {f: "" if v is None else str(v) for f, v in zip(FIELDS, values[1:1 + len(FIELDS)])}
        stamp = stamp or (values[len(HEADER) - 1] if len(values) >= len(HEADER) else None)
    return out, stamp
