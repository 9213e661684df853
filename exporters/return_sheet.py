"""A returned ledger's grid: its header row and columns found by their text, merged cells, the 填报单位, the file's
creation time, and cells as plain text. The grid itself comes from desktop/core/readers/workbook.py (bounded)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from desktop.core.readers.workbook import Sheet

from .ledger_columns import ASSIGNMENT_PREFIX, ID_HEADER, UNIT_COLUMNS

SPACE = re.compile(r"\s+")
HEADER_KEYS = {SPACE.sub("", c.header): c.key for c in UNIT_COLUMNS}
ID_KEYS = (SPACE.sub("", ID_HEADER), "系统编号")
UNIT_INFO = re.compile(r"填报单位[^：:]*[：:]\s*(\S+)")
HEADER_SCAN = 30             # the header is among the first rows


def header_key(text: str) -> str | None:
    t = SPACE.sub("", text)
    if t in HEADER_KEYS:
        return HEADER_KEYS[t]
    return "id" if any(k in t for k in ID_KEYS) else None


def find_header(sheet: Sheet) -> tuple[int, dict[str, int]]:
    """The first row (0-based) naming both 序号 and 重点任务, and column key → column (0-based) found in it."""
    cols = sheet.cols          # computed over every cell: once
    for r in range(min(HEADER_SCAN, sheet.rows)):
        keys: dict[str, int] = {}
        for c in range(cols):
            key = header_key(sheet.cells.get((r, c), ""))
            if key and key not in keys:
                keys[key] = c
        if "number" in keys and "task" in keys:
            return r, keys
    raise ValueError("找不到表头行（应含“序号”和“重点任务”），请确认是本系统导出的任务台账")


def unit_name_in(sheet: Sheet, header_row: int) -> str | None:
    """The 填报单位 written above the header, if any."""
    cols = sheet.cols
    for r in range(header_row):
        for c in range(cols):
            found = UNIT_INFO.search(sheet.cells.get((r, c), ""))
            if found:
                return found.group(1)
    return None


def merged_columns(sheet: Sheet, header_row: int, columns: list[int]) -> dict[tuple[int, int], str]:
    """(row, column) → text for the cells of ``columns`` inside a merged range below the header: a department that
    merges 进展情况 over several rows means the same text for each of them. Each row of a column is filled once (the
    range starting first wins), so overlapping ranges in a hostile file cost no more than the rows themselves."""
    out: dict[tuple[int, int], str] = {}
    for col in columns:
        spans = sorted((r0, r1, (r0, c0)) for r0, c0, r1, c1 in sheet.merged
                       if c0 <= col <= c1 and r1 > header_row and r1 > r0)
        covered = header_row
        for r0, r1, top_left in spans:
            text = sheet.cells.get(top_left, "")
            for r in range(max(r0, covered + 1), r1 + 1):
                out[(r, col)] = text
            covered = max(covered, r1)
    return out


def rows_below(sheet: Sheet, header_row: int, columns: dict[str, int]) -> list[tuple[int, dict[str, str]]]:
    """(row number as the officer sees it, 1-based; {key: text}) for every row below the header holding anything."""
    merged = merged_columns(sheet, header_row, list(columns.values()))
    out = []
    for r in range(header_row + 1, sheet.rows):
        values = {key: (merged.get((r, col)) or sheet.cells.get((r, col), "")).strip()
                  for key, col in columns.items()}
        if any(values.values()):
            out.append((r + 1, values))
    return out


def assignment_id(text: str) -> int | None:
    t = SPACE.sub("", text).upper()
    if t.startswith(ASSIGNMENT_PREFIX):
        t = t[len(ASSIGNMENT_PREFIX):]
    return int(t) if t.isdigit() and len(t) < 19 else None     # a 40-digit "id" is no id (and no SQLite integer)

