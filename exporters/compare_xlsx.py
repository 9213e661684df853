"""The comparison as an Excel sheet: one row per pair with its kind, score, both sides and the deltas as columns."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment as CellAlignment
from openpyxl.utils import get_column_letter

from desktop.core.compare.model import Alignment

from .compare_rows import PairRow, pair_rows
from .ledger_columns import Column
from .xlsx_layout import (BODY_PT, BOX, HEADER_FILL, HEADING_FONT, TITLE_FONT, WRAP_CENTER, WRAP_LEFT, Styles,
                          bulk_writing, fit_row, font, new_workbook, print_setup)
from .xlsx_safety import neutral_properties, put, save_workbook, write

SHEET = "对照表"
TITLE_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
COLUMNS = (
    Column("number", "序号", 6, center=True),
    Column("kind", "对照结果", 12, center=True),
    Column("score", "相似度", 8, center=True),
    Column("a_number", "A条目", 15, center=True),
    Column("a_text", "A原文", 48),
    Column("b_number", "B条目", 15, center=True),
    Column("b_text", "B原文", 48),
    Column("units_added", "新增单位", 16),
    Column("units_removed", "减少单位", 16),
    Column("role_changes", "牵头/配合变化", 16),
    Column("quantities", "目标指标变化", 18),
    Column("deadlines", "完成时限变化", 18),
    Column("text_change", "文字变化", 9, center=True),
)


def row_values(number: int, row: PairRow) -> dict:
    kind = row.label + ("（固定）" if row.pinned else "")
    score = None if row.kind in ("only_a", "only_b") else round(row.score, 4)
    return {"number": number, "kind": kind, "score": score, "a_number": row.a_number, "a_text": row.a_text,
            "b_number": row.b_number, "b_text": row.b_text, "units_added": row.units_added,
            "units_removed": row.units_removed, "role_changes": row.role_changes, "quantities": row.quantities,
            "deadlines": row.deadlines, "text_change": row.text_change}


def _header(ws, title: str) -> None:
    last = get_column_letter(len(COLUMNS))
    put(ws, TITLE_ROW, 1, title).font = font(18, bold=True, name=TITLE_FONT)
    ws.cell(TITLE_ROW, 1).alignment = CellAlignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells(f"A{TITLE_ROW}:{last}{TITLE_ROW}")
    ws.row_dimensions[TITLE_ROW].height = 36
    for i, col in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
        cell = put(ws, HEADER_ROW, i, col.header)
        cell.font, cell.fill, cell.border, cell.alignment = font(bold=True, name=HEADING_FONT), HEADER_FILL, BOX, \
            WRAP_CENTER
    fit_row(ws, HEADER_ROW, [(c.header, c.width) for c in COLUMNS], minimum=24)


def write_compare_xlsx(alignment: Alignment, out_path: str | Path, titles: tuple[str, str]) -> Path:
    """Write the comparison sheet (A3 landscape, one page wide, header on every page); replaces ``out_path``."""
    title = f"《{titles[0]}》与《{titles[1]}》对照表"
    with bulk_writing():
        wb = new_workbook()
        ws = wb.active
        ws.title = SHEET
        _header(ws, title)
        styles = Styles()
        looks = [{"font": font(), "border": BOX, "alignment": WRAP_CENTER if c.center else WRAP_LEFT,
                  **({"number_format": "0%"} if c.key == "score" else {})} for c in COLUMNS]
        wrapped = [(i, c.width) for i, c in enumerate(COLUMNS)]
        rows = pair_rows(alignment)
        for n, row in enumerate(rows, 1):
            r = FIRST_ROW + n - 1
            values = row_values(n, row)
            cells = [values[c.key] for c in COLUMNS]
            for i, value in enumerate(cells):
                cell = styles.apply(ws.cell(r, i + 1), i, **looks[i])   # before the value: it may set quotePrefix
                if value not in (None, ""):
                    write(cell, value)
            fit_row(ws, r, [(cells[i], w) for i, w in wrapped if isinstance(cells[i], str)], size=BODY_PT)
        ws.freeze_panes = f"B{FIRST_ROW}"
        last_row = max(HEADER_ROW, FIRST_ROW + len(rows) - 1)
        ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last_row}"
        print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
        neutral_properties(wb, title)
        return save_workbook(wb, out_path)
