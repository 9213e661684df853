"""Cell writing that never arms a formula, and workbook properties that name no person or path."""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from pathlib import Path

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .atomic_file import save_atomically
from .text_marks import mark_bidi

# Excel and WPS start a formula (or DDE) on these; OWASP ASVS 5.0 V1.2.10 lists the same set plus NUL
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0", "＝", "＋", "－", "＠")
APP_NAME = "PolicyDesk"


CELL_LIMIT = 32_767       # characters Excel keeps in a cell; it cuts the rest when it opens the file
KEPT_TAIL = 2_000         # a measure's text ends with its units and deadline: the end is kept with the start


class CellShortened(UserWarning):
    """A text longer than an Excel cell holds was written shortened, with a visible note in the cell."""


def clean_text(value: str) -> str:
    """The text without the control characters an .xlsx cannot hold (openpyxl would refuse to save), bidi controls
    marked (text_marks)."""
    return mark_bidi(ILLEGAL_CHARACTERS_RE.sub("", value.replace("\0", "")))


def fit_cell(text: str) -> str:
    """``text`` as a cell can hold it: unchanged up to CELL_LIMIT characters, else its start and its last KEPT_TAIL
    characters around a note saying how many were left out (Excel would silently cut the end, units and deadline
    with it)."""
    if len(text) <= CELL_LIMIT:
        return text
    note = "\n……（此处省略 {n} 字：超过 Excel 单元格 32767 字的上限，全文见政策台账）……\n"
    head = CELL_LIMIT - KEPT_TAIL - len(note.format(n=len(text)))
    return text[:head] + note.format(n=len(text) - head - KEPT_TAIL) + text[-KEPT_TAIL:]


def is_risky(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)


def put(ws: Worksheet, row: int, column: int, value):
    """Write a value; any string is stored as a string, never as a formula, whatever it starts with."""
    return write(ws.cell(row=row, column=column), value)


def write(cell, value):
    """``put`` for a cell at hand."""
    if isinstance(value, str):
        text = clean_text(value)
        if len(text) > CELL_LIMIT:
            warnings.warn(CellShortened(f"{cell.parent.title}!{cell.coordinate}: {len(text)} 字超过 Excel 单元格上限 "
                                        f"{CELL_LIMIT} 字，已保留开头和结尾并注明省略"), stacklevel=2)
            text = fit_cell(text)
        cell.value = text
        cell.data_type = "s"       # openpyxl turns a leading "=" into a formula (data_type "f"): undo that
        if is_risky(text):
            cell.quotePrefix = True  # Excel/WPS keep it text even after the department edits the cell
    else:
        cell.value = value
    return cell


def neutral_properties(wb: Workbook, title: str | None = None) -> dt.datetime:
    """Core properties carry the application's name only: no user, host or path. Returns the creation time (UTC)."""
    p = wb.properties
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    p.creator = APP_NAME
    p.lastModifiedBy = APP_NAME
    p.title = None if title is None else clean_text(title)
    p.description = p.subject = p.keywords = p.category = p.identifier = None
    p.lastPrinted = None
    p.created = p.modified = now
    return now


APP_PROPERTIES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                  f'<Application>{APP_NAME}</Application></Properties>')


def save_workbook(wb: Workbook, out) -> Path:
    """Save through a temporary file and rename; docProps/app.xml names PolicyDesk, not openpyxl and its version
    (openpyxl always writes its own generator string there, so the part is replaced after saving)."""
    def write(temp: str) -> None:
        wb.save(temp)
        with zipfile.ZipFile(temp) as src:
            parts = [(info, src.read(info)) for info in src.infolist()]
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as dst:
            for info, data in parts:
                dst.writestr(info, APP_PROPERTIES.encode("utf-8") if info.filename == "docProps/app.xml" else data)
    return save_atomically(out, write)
