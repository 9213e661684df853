"""The 汇总 sheet: assignments counted by unit × status, with 合计 row and column."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.vocabulary import STATUSES

from .xlsx_layout import BODY_PT, BOX, HEADER_FILL, HEADING_FONT, TITLE_FONT, WRAP_CENTER, WRAP_LEFT, fit_row, font, \
    print_setup
from .xlsx_safety import put

TOTAL = "合计"


def write_summary(ws: Worksheet, title: str, counts: dict[tuple[str, str], int], units: list[str]) -> None:
    """``counts``: (unit, status) → number; one row per unit in ``units`` order, then the totals."""
    headers = ["单位", *STATUSES, TOTAL]
    last_col = get_column_letter(len(headers))
    put(ws, 1, 1, title).font = font(16, bold=True, name=TITLE_FONT)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last_col}1")
    ws.row_dimensions[1].height = 32
    ws.column_dimensions["A"].width = 36
    for i, h in enumerate(headers, 1):
        if i > 1:
            ws.column_dimensions[get_column_letter(i)].width = 9
        cell = put(ws, 2, i, h)
        cell.font, cell.fill, cell.border, cell.alignment = font(bold=True, name=HEADING_FONT), HEADER_FILL, BOX, \
            WRAP_CENTER
    ws.row_dimensions[2].height = 24
    row = 3
    body = font()
    totals = [0] * (len(STATUSES) + 1)
    for unit in units:
        numbers = [counts.get((unit, s), 0) for s in STATUSES]
        numbers.append(sum(numbers))
        _row(ws, row, unit, numbers, body)
        totals = [a + b for a, b in zip(totals, numbers)]
        row += 1
    _row(ws, row, TOTAL, totals, font(bold=True))
    ws.freeze_panes = "B3"
    print_setup(ws, "2:2", paper=9)
    ws.page_setup.orientation = "portrait"


def _row(ws: Worksheet, row: int, label: str, numbers: list[int], f) -> None:
    cell = put(ws, row, 1, label)
    cell.font, cell.border, cell.alignment = f, BOX, WRAP_LEFT
    for i, n in enumerate(numbers, 2):
        cell = ws.cell(row, i, n)
        cell.font, cell.border, cell.alignment = f, BOX, WRAP_CENTER
    fit_row(ws, row, [(label, 36)], size=BODY_PT)
