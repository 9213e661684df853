"""Sheet layout for Chinese text: display widths, computed row heights, fonts, borders and A3 print setup."""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.indexed_list import IndexedList
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


def char_width(ch: str) -> int:
    """Half-width cells a character takes: 2 for CJK and full-width forms, else 1."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


def line_count(text: str, column_width: float, size: float = BODY_PT) -> int:
    """Lines a wrapped cell needs: each paragraph is ceil(display width / usable width).

    A column's width is counted in widths of "0" of the default 11 pt font (about 7 px), and a CJK
    character of ``size`` points is about 2 of them at 11 pt, so the usable half-width cells per line
    shrink as the font grows. One unit goes to the cell's padding; 5% is kept for line breaks at punctuation.
    """
    if not text:
        return 1
    per_line = max(1.0, (column_width - 1) * 0.95 * BODY_PT / size)
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
