"""Finding a returned ledger's header row and columns by their text, and reading cells as plain text."""

from __future__ import annotations

import datetime as dt
import re

from openpyxl.worksheet.formula import ArrayFormula

from .ledger_columns import ASSIGNMENT_PREFIX, ID_HEADER, UNIT_COLUMNS

SPACE = re.compile(r"\s+")
HEADER_KEYS = {SPACE.sub("", c.header): c.key for c in UNIT_COLUMNS}
ID_KEYS = (SPACE.sub("", ID_HEADER), "系统编号")
UNIT_INFO = re.compile(r"填报单位[^：:]*[：:]\s*(\S+)")


def cell_text(value) -> str:
    """A cell as text: a formula is its formula text (never evaluated), a date its ISO form, blank is ''."""
    if value is None:
        return ""
    if isinstance(value, ArrayFormula):
        return value.text or ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def header_key(text: str) -> str | None:
    t = SPACE.sub("", text)
    if t in HEADER_KEYS:
        return HEADER_KEYS[t]
    return "id" if any(k in t for k in ID_KEYS) else None


def find_header(ws, scan_rows: int = 30) -> tuple[int, dict[str, int]]:
    """The first row naming both 序号 and 重点任务, and column key → column number (1-based) found in it."""
    for row in ws.iter_rows(min_row=1, max_row=min(scan_rows, ws.max_row)):
        keys: dict[str, int] = {}
        for cell in row:
            key = header_key(cell_text(cell.value))
            if key and key not in keys:
                keys[key] = cell.column
        if "number" in keys and "task" in keys:
            return row[0].row, keys
    raise ValueError("找不到表头行（应含“序号”和“重点任务”）")


def unit_name_in(ws, header_row: int) -> str | None:
    """The 填报单位 written above the header, if any."""
    for row in ws.iter_rows(min_row=1, max_row=header_row - 1, values_only=True):
        for value in row:
            found = UNIT_INFO.search(cell_text(value))
            if found:
                return found.group(1)
    return None


def assignment_id(text: str) -> int | None:
    t = SPACE.sub("", text).upper()
    if t.startswith(ASSIGNMENT_PREFIX):
        t = t[len(ASSIGNMENT_PREFIX):]
    return int(t) if t.isdigit() else None
