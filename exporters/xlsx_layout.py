"""Sheet layout for Chinese text: display widths, computed row heights, fonts, borders and A3 print setup."""

from __future__ import annotations

import gc
import math
import re
import unicodedata
from contextlib import contextmanager
from copy import copy
from functools import lru_cache

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
TITLE_FONT = "宋体"
BODY_PT = 11
MAX_ROW_HEIGHT = 409  # Excel's limit, in points

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP_LEFT = Alignment(wrap_text=True, vertical="center", horizontal="left")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


@contextmanager
def bulk_writing():
    """No cyclic garbage collection while a workbook is built: openpyxl makes several objects per cell, and the
    collector kept walking them (a 10,000-measure ledger: 11.4 s with it, 8.9 s without). Restored afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def new_workbook() -> Workbook:
    """A workbook whose default (Normal) font is 宋体 11 pt, as in Chinese Excel and WPS.

    Column widths are counted in digits of the default font: with 宋体 a CJK character is 2 units wherever the
    file is opened (openpyxl's Calibri is missing on most Chinese PCs and on Linux, where LibreOffice fell back
    to DejaVu Sans and its wider digits made every column a third wider than computed).
    """
    wb = Workbook()
    default = Font(name=TITLE_FONT, size=BODY_PT, family=3, charset=134)  # charset 134: GB2312
    wb._fonts = IndexedList([default])
    wb._named_styles["Normal"].font = default
    return wb


def font(size: float = BODY_PT, bold: bool = False, name: str = BODY_FONT) -> Font:
    return _font(name, size, bold)


@lru_cache(maxsize=64)
def _font(name: str, size: float, bold: bool) -> Font:
    return Font(name=name, size=size, bold=bold)


class Styles:
    """Style a cell once per look, then copy its style array: openpyxl hashes every Font, Border and Fill on each
    assignment, which made styling 10,000 rows take a minute."""

    def __init__(self):
        self._arrays: dict = {}

    def apply(self, cell, key, font: Font | None = None, fill: PatternFill | None = None, border: Border | None = None,
              alignment: Alignment | None = None, number_format: str | None = None):
        array = self._arrays.get(key)
        if array is not None:
            cell._style = copy(array)
            return cell
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if border is not None:
            cell.border = border
        if alignment is not None:
            cell.alignment = alignment
        if number_format is not None:
            cell.number_format = number_format
        self._arrays[key] = copy(cell._style)
        return cell


def merge_row(ws: Worksheet, row: int, first: int, last: int, styles: Styles | None = None, key=None, **look) -> None:
    """Merge columns ``first``..``last`` of a row; the last cell gets the anchor's look too, for the right edge.

    Worksheet.merge_cells checks each new range against all earlier ones and re-styles every edge cell, which is
    quadratic (7,500 section rows took three minutes). The cells in between are left out: fill, font and text come
    from the anchor, and their top and bottom lines are the neighbouring rows' borders.
    """
    ws.merged_cells.ranges.add(MergedCellRange(ws, f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}"))
    if styles is not None and last > first:
        styles.apply(ws.cell(row, last), key, **look)


# East Asian Wide and Fullwidth characters (unicodedata.east_asian_width W or F), as one regex: a C loop instead
# of a Python call per character (3 million characters for a 10,000-measure ledger)
WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                  "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")


def char_width(ch: str) -> int:
    """Half-width cells a character takes: 2 for CJK and full-width forms, else 1."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text) + len(WIDE.findall(text))


def line_count(text: str, column_width: float, size: float = BODY_PT) -> int:
    """Lines a wrapped cell needs: each paragraph is ceil(display width / usable width).

    A column's width is counted in widths of "0" of the default 11 pt font (about 7 px), and a CJK
    character of ``size`` points is about 2 of them at 11 pt, so the usable half-width cells per line
    shrink as the font grows. One unit goes to the cell's padding; 5% is kept for line breaks at punctuation.
    """
    if not text:
        return 1
    per_line = max(1.0, (column_width - 1) * 0.95 * BODY_PT / size)
    if len(text) * 2 <= per_line and "\n" not in text:   # short: one line whatever its characters
        return 1
    return sum(max(1, math.ceil(display_width(p) / per_line)) for p in text.split("\n"))


def row_height(lines: int, size: float = BODY_PT) -> float:
    """Points for ``lines`` lines of ``size``-point text (LibreOffice does not grow rows by itself)."""
    return min(MAX_ROW_HEIGHT, round(lines * size * 1.3 + 6, 1))


def fit_row(ws: Worksheet, row: int, texts: list[tuple[str, float]], size: float = BODY_PT,
            minimum: float = 0) -> None:
    """Set a row's height from the tallest of its wrapped (text, column width) cells."""
    lines = max((line_count(t, w, size) for t, w in texts if t), default=1)
    ws.row_dimensions[row].height = max(minimum, row_height(lines, size))


def print_setup(ws: Worksheet, title_rows: str | None, paper: int = 8, fit_wide: int = 1,
                footer: str = "第 &P 页 共 &N 页") -> None:
    """Landscape (A3 = 8, A4 = 9), ``fit_wide`` pages wide and as many tall as needed, titles on every page."""
    ws.page_setup.paperSize = paper
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = fit_wide
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    m = ws.page_margins
    m.left = m.right = 0.5
    m.top = 0.6
    m.bottom = 0.7
    m.header = 0.3
    m.footer = 0.3
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.font = TITLE_FONT
    ws.oddFooter.center.size = 10
