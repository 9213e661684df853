"""The 任务分工表 sheet: title, 填报单位/填报时间 row, header, section and task rows, print and input aids."""

from __future__ import annotations

import datetime as dt

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.vocabulary import STATUSES

from .ledger_columns import FIRST_ROW, HEADER_ROW, INFO_ROW, TITLE_ROW, Column
from desktop.core.reports.ledger import SectionLine
from .xlsx_layout import (BODY_PT, BOX, HEADER_FILL, HEADING_FONT, SECTION_FILL, TITLE_FONT, WRAP_CENTER, WRAP_LEFT,
                          Styles, fit_row, font, merge_row, print_setup)
from .xlsx_safety import put, write

OVERDUE_FILL = PatternFill("solid", fgColor="FFC7CE", bgColor="FFC7CE")   # light red
DUE_SOON_FILL = PatternFill("solid", fgColor="FFE699", bgColor="FFE699")  # amber
DUE_SOON_DAYS = 14
FILL_IN = PatternFill("solid", fgColor="FFFDE7")  # a faint tint on the columns the department fills in


def _cell_look(col: Column) -> dict:
    align = WRAP_CENTER if col.center or col.key == "due" else WRAP_LEFT
    look = {"font": font(), "border": BOX, "alignment": align}
    if col.key == "due":
        look["number_format"] = "yyyy-mm-dd"
    if col.fill_in:
        look["fill"] = FILL_IN
    return look


def write_task_sheet(ws: Worksheet, columns: tuple[Column, ...], title: str, info: tuple[str, str, str],
                     lines: list, values, today: dt.date | None = None) -> int:
    """Write the sheet; ``values(line)`` gives a task line's {column key: value}. Returns the last row written."""
    n = len(columns)
    for i, col in enumerate(columns, 1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width = col.width
        dim.hidden = col.hidden
    _title_rows(ws, columns, title, info)
    styles = Styles()
    looks = [_cell_look(c) for c in columns]
    wrapped = [(i, c.width) for i, c in enumerate(columns) if not c.hidden and c.key != "due"]
    visible_width = sum(c.width for c in columns if not c.hidden)
    row = FIRST_ROW
    for line in lines:
        if isinstance(line, SectionLine):
            _section_row(ws, row, line, n, visible_width, styles)
        else:
            vals = values(line)
            cells = [vals.get(c.key) for c in columns]
            for i, value in enumerate(cells):
                cell = styles.apply(ws.cell(row, i + 1), i, **looks[i])   # before the value: it may set quotePrefix
                if value is not None and value != "":
                    write(cell, value)
            fit_row(ws, row, [(cells[i], w) for i, w in wrapped if isinstance(cells[i], str)])
        row += 1
    last = row - 1
    ws.freeze_panes = f"B{FIRST_ROW}"
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_area = f"A{TITLE_ROW}:{get_column_letter(sum(not c.hidden for c in columns))}{max(last, HEADER_ROW)}"
    if last >= FIRST_ROW:
        _input_aids(ws, columns, last, today)
    return last


def _title_rows(ws: Worksheet, columns: tuple[Column, ...], title: str, info: tuple[str, str, str]) -> None:
    n = len(columns)
    visible = sum(not c.hidden for c in columns)
    last_col = get_column_letter(n)
    put(ws, TITLE_ROW, 1, title).font = font(20, bold=True, name=TITLE_FONT)
    ws.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells(f"A{TITLE_ROW}:{last_col}{TITLE_ROW}")
    ws.row_dimensions[TITLE_ROW].height = 40
    # 填报单位 | 数据截至 | 填报时间 spread over the visible columns in three blocks
    thirds = [1, max(2, visible // 3 + 1), max(3, 2 * visible // 3 + 1), visible + 1]
    aligns = ("left", "center", "right")
    for k, text in enumerate(info):
        a, b = thirds[k], thirds[k + 1] - 1
        if not text:
            continue
        cell = put(ws, INFO_ROW, a, text)
        cell.font = font(12)
        cell.alignment = Alignment(horizontal=aligns[k], vertical="center")
        if b > a:
            ws.merge_cells(start_row=INFO_ROW, start_column=a, end_row=INFO_ROW, end_column=b)
    ws.row_dimensions[INFO_ROW].height = 24
    for i, col in enumerate(columns, 1):
        cell = put(ws, HEADER_ROW, i, col.header)
        cell.font = font(BODY_PT + 1, bold=True, name=HEADING_FONT)
        cell.fill = HEADER_FILL
        cell.border = BOX
        cell.alignment = WRAP_CENTER
    fit_row(ws, HEADER_ROW, [(c.header, c.width) for c in columns if not c.hidden], size=BODY_PT + 1,
            minimum=30)


def _section_row(ws: Worksheet, row: int, line: SectionLine, ncols: int, width: float, styles: Styles) -> None:
    size = BODY_PT + 1 if line.depth <= 0 else BODY_PT
    look = {"font": font(size, bold=line.depth < 0, name=HEADING_FONT if line.depth <= 0 else "楷体"),
            "fill": SECTION_FILL, "border": BOX,
            "alignment": Alignment(horizontal="left", vertical="center", wrap_text=True, indent=max(0, line.depth))}
    key = ("section", line.depth)
    styles.apply(ws.cell(row, 1), key, **look)
    put(ws, row, 1, line.text)
    merge_row(ws, row, 1, ncols, styles, key, **look)
    fit_row(ws, row, [(line.text, width)], size=size, minimum=22)


def _input_aids(ws: Worksheet, columns: tuple[Column, ...], last: int, today: dt.date | None) -> None:
    """The 状态 drop-down list, and overdue / due-soon colouring of whole task rows."""
    keys = [c.key for c in columns]
    status_col = get_column_letter(keys.index("status") + 1)
    dv = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle="状态", error="请从下拉列表中选择：" + "、".join(STATUSES),
                        showInputMessage=True, promptTitle="状态", prompt="请选择：" + "、".join(STATUSES))
    ws.add_data_validation(dv)
    dv.add(f"{status_col}{FIRST_ROW}:{status_col}{last}")
    if "due" not in keys:
        return
    due = f"${get_column_letter(keys.index('due') + 1)}{FIRST_ROW}"
    status = f"${status_col}{FIRST_ROW}"
    now = "TODAY()" if today is None else f"DATE({today.year},{today.month},{today.day})"
    visible = get_column_letter(sum(not c.hidden for c in columns))
    rng = f"A{FIRST_ROW}:{visible}{last}"
    open_ = f'{status}<>"已完成"'
    ws.conditional_formatting.add(rng, FormulaRule(formula=[f"AND(ISNUMBER({due}),{due}<{now},{open_})"],
                                                   fill=OVERDUE_FILL, stopIfTrue=True))
    ws.conditional_formatting.add(rng, FormulaRule(
        formula=[f"AND(ISNUMBER({due}),{due}>={now},{due}<={now}+{DUE_SOON_DAYS},{open_})"], fill=DUE_SOON_FILL))
