"""The 矩阵 sheet: measures × units, ● lead and ○ support, unit names written vertically in narrow columns."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .ledger_columns import LEAD_MARK, SUPPORT_MARK
from desktop.core.reports.ledger import MeasureLine
from .xlsx_layout import (BODY_PT, BOX, HEADER_FILL, HEADING_FONT, MAX_ROW_HEIGHT, TITLE_FONT, WRAP_CENTER,
                          WRAP_LEFT, Styles, display_width, fit_row, font, print_setup)
from .xlsx_safety import put

MARKS = {"lead": LEAD_MARK, "support": SUPPORT_MARK}
FIXED = (("序号", 13), ("文件", 16), ("重点任务", 34))
UNIT_WIDTH = 3.6
UNITS_PER_PAGE = 60     # an A3 landscape page holds about this many unit columns next to the fixed ones
MATRIX_HEADER_ROW, MATRIX_FIRST_ROW = 2, 3
VERTICAL = Alignment(text_rotation=255, horizontal="center", vertical="top", wrap_text=False)


def write_matrix(ws: Worksheet, title: str, measures: list[MeasureLine], units: list[tuple[int, str]],
                 roles: dict[int, dict[int, str]]) -> None:
    """Only the marked cells are written; gridlines print instead of 600,000 bordered cells."""
    nfix = len(FIXED)
    last_col = get_column_letter(nfix + max(1, len(units)))
    put(ws, 1, 1, title + "（● 牵头　○ 配合）").font = font(16, bold=True, name=TITLE_FONT)
    ws.cell(1, 1).alignment = Alignment(horizontal="left", vertical="center")
    ws.row_dimensions[1].height = 30
    for i, (header, width) in enumerate(FIXED, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
        _header(ws, i, header, WRAP_CENTER)
    column_of = {}
    for j, (uid, name) in enumerate(units):
        col = nfix + 1 + j
        column_of[uid] = col
        ws.column_dimensions[get_column_letter(col)].width = UNIT_WIDTH
        _header(ws, col, name, VERTICAL)
    longest = max((display_width(name) for _, name in units), default=8)
    # stacked text: one character per line, a CJK character about 1.15 × its size tall
    ws.row_dimensions[MATRIX_HEADER_ROW].height = min(MAX_ROW_HEIGHT, round(longest / 2 * BODY_PT * 1.2 + 10, 1))
    styles = Styles()
    body, mark = font(), font(BODY_PT + 1)
    row = MATRIX_FIRST_ROW
    for m in measures:
        for i, value in enumerate((m.number, m.document, m.heading), 1):
            styles.apply(ws.cell(row, i), i == 1, font=body, border=BOX, alignment=WRAP_CENTER if i == 1 else WRAP_LEFT)
            put(ws, row, i, value)
        for uid, role in roles.get(m.measure_id, {}).items():
            if uid in column_of:
                styles.apply(ws.cell(row, column_of[uid]), "mark", font=mark, alignment=WRAP_CENTER)
                put(ws, row, column_of[uid], MARKS[role])
        fit_row(ws, row, [(m.document, FIXED[1][1]), (m.heading, FIXED[2][1])])
        row += 1
    ws.freeze_panes = ws.cell(MATRIX_FIRST_ROW, nfix + 1).coordinate
    print_setup(ws, f"{MATRIX_HEADER_ROW}:{MATRIX_HEADER_ROW}", fit_wide=max(1, -(-len(units) // UNITS_PER_PAGE)))
    ws.print_title_cols = f"A:{get_column_letter(nfix)}"
    ws.print_options.gridLines = True
    ws.print_area = f"A1:{last_col}{max(row - 1, MATRIX_HEADER_ROW)}"


def _header(ws: Worksheet, col: int, text: str, alignment: Alignment) -> None:
    cell = put(ws, MATRIX_HEADER_ROW, col, text)
    cell.font = font(BODY_PT, bold=True, name=HEADING_FONT)
    cell.fill, cell.border, cell.alignment = HEADER_FILL, BOX, alignment
