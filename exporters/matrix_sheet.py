"""The 矩阵 sheet of one document (or a chosen set): tasks × units, ● lead and ○ support, unit names written
across in wrapped headers, the columns sized so the sheet fits an A3 landscape page in width."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.reports.ledger import MeasureLine

from .ledger_columns import LEAD_MARK, SUPPORT_MARK
from .xlsx_layout import (BODY_PT, BOX, HEADER_FILL, HEADING_FONT, TITLE_FONT, WRAP_CENTER, WRAP_LEFT, Styles,
                          fit_row, font, line_count, print_setup, row_height)
from .xlsx_safety import put

MARKS = {"lead": LEAD_MARK, "support": SUPPORT_MARK}
FIXED = (("序号", 12), ("重点任务", 30))
HEADER_PT = 9
# An A3 landscape page holds about 210 widths at 100 %; up to 300 keeps the print scale at 70 % or more.
PAGE_WIDTHS = 300
UNIT_WIDTH_MIN, UNIT_WIDTH_MAX = 4.5, 9
MATRIX_HEADER_ROW, MATRIX_FIRST_ROW = 2, 3


def unit_width(count: int) -> float:
    """Each unit column's width: as wide as the page allows, between two and four characters of the header."""
    room = (PAGE_WIDTHS - sum(w for _, w in FIXED)) / max(1, count)
    return round(min(UNIT_WIDTH_MAX, max(UNIT_WIDTH_MIN, room)), 1)


def write_matrix(ws: Worksheet, title: str, measures: list[MeasureLine], units: list[tuple[int, str]],
                 roles, styles: Styles | None = None) -> None:
    """``units`` in column order (rules.unit_order); only the marked cells are written, gridlines print the grid.
    ``styles`` may be shared by every sheet of the workbook (a ledger of 500 documents has 500 matrices)."""
    styles = styles or Styles()
    nfix = len(FIXED)
    last_col = get_column_letter(nfix + max(1, len(units)))
    styles.apply(ws.cell(1, 1), "matrix title", font=font(14, bold=True, name=TITLE_FONT),
                 alignment=Alignment(horizontal="left", vertical="center"))
    put(ws, 1, 1, title + "（● 牵头　○ 配合）")
    ws.row_dimensions[1].height = 28
    for i, (header, width) in enumerate(FIXED, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
        _header(ws, i, header, styles)
    width = unit_width(len(units))
    column_of = {}
    for j, (uid, name) in enumerate(units):
        col = nfix + 1 + j
        column_of[uid] = col
        ws.column_dimensions[get_column_letter(col)].width = width
        _header(ws, col, name, styles)
    lines = max((line_count(name, width, HEADER_PT) for _, name in units), default=1)
    ws.row_dimensions[MATRIX_HEADER_ROW].height = max(30, row_height(lines, HEADER_PT))   # every name shows whole
    body, mark = font(), font(BODY_PT + 1)
    row = MATRIX_FIRST_ROW
    for m in measures:
        for i, value in enumerate((m.number, m.heading), 1):
            styles.apply(ws.cell(row, i), ("matrix fixed", i), font=body, border=BOX, alignment=WRAP_CENTER if i == 1 else WRAP_LEFT)
            put(ws, row, i, value)
        for uid, role in roles.get(m.measure_id, {}).items():
            if uid in column_of:
                styles.apply(ws.cell(row, column_of[uid]), "matrix mark", font=mark, alignment=WRAP_CENTER)
                put(ws, row, column_of[uid], MARKS[role])
        fit_row(ws, row, [(m.number, FIXED[0][1]), (m.heading, FIXED[1][1])])
        row += 1
    ws.freeze_panes = ws.cell(MATRIX_FIRST_ROW, nfix + 1).coordinate
    print_setup(ws, f"{MATRIX_HEADER_ROW}:{MATRIX_HEADER_ROW}", fit_wide=1)
    ws.print_options.gridLines = True
    ws.print_area = f"A1:{last_col}{max(row - 1, MATRIX_HEADER_ROW)}"


HEADER_FONT = font(HEADER_PT, bold=True, name=HEADING_FONT)


def _header(ws: Worksheet, col: int, text: str, styles: Styles) -> None:
    styles.apply(ws.cell(MATRIX_HEADER_ROW, col), "matrix header", font=HEADER_FONT, fill=HEADER_FILL, border=BOX,
                 alignment=WRAP_CENTER)
    put(ws, MATRIX_HEADER_ROW, col, text)
