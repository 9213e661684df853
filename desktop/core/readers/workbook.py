"""A plain, bounded grid reader for workbooks (.xlsx by read-only openpyxl, .xls by xlrd, .ods by streaming its XML).

Bounded by the real data, not by the sheet's declared size: reading stops after EMPTY_RUN empty rows, columns past
MAX_COLS are never materialised, a stray cell at XFD1048576 or a merge over a whole column costs nothing, and more
than MAX_ROWS rows of data is refused. Used for task tables as documents and for returned ledgers.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReadError
from .zip_guard import check_package

MAX_ROWS = 20_000   # rows holding data; a task ledger has hundreds
MAX_COLS = 100      # columns read; a ledger has a few dozen
EMPTY_RUN = 500     # this many empty rows in a row end a sheet's data
MAX_MERGES = 50_000
MAX_SHEETS = 200
_CHUNK = 1 << 20
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?\"")
_ZIP, _OLE = b"PK\x03\x04", bytes.fromhex("D0CF11E0A1B11AE1")


@dataclass
class Sheet:
    """One worksheet's data: 0-based (row, col) → display text, and merged ranges (inclusive, clipped to the data)."""

    name: str
    cells: dict[tuple[int, int], str] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1)
    hidden: bool = False

    @property
    def rows(self) -> int:
        return 1 + max((r for r, _ in self.cells), default=-1)

    @property
    def cols(self) -> int:
        return 1 + max((c for _, c in self.cells), default=-1)

    def merge_at(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        for m in self.merged:
            if m[0] <= row <= m[2] and m[1] <= col <= m[3]:
                return m
        return None

    def value(self, row: int, col: int) -> str:
        """The text shown at (row, col): a merged range shows its top-left cell's text in every slot."""
        m = self.merge_at(row, col)
        return self.cells.get((m[0], m[1]) if m else (row, col), "")


def display(value) -> str:
    """A cell value as the officer reads it: 3 not 3.0, dates as 2025年6月30日."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.10g}"
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        value = value.date()
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n - 1


def _too_many_rows(name: str) -> ReadError:
    return ReadError(f"工作表“{name}”的数据超过 {MAX_ROWS} 行，不像任务分工表或台账，请拆分后再导入",
                     f"sheet {name!r} has more than {MAX_ROWS} rows of data")


def _damaged(kind: str) -> ReadError:
    return ReadError(f"{kind} 文件已损坏或格式不正确，无法读取，请用 Excel/WPS 打开后重新另存",
                     f"the {kind} file is damaged or not a workbook")


class _Rows:
    """Collects rows into a Sheet, stopping after EMPTY_RUN empty rows and refusing more than MAX_ROWS data rows."""

    def __init__(self, sheet: Sheet):
        self.sheet, self.empty, self.data = sheet, 0, 0

    def add(self, r: int, values) -> bool:
        """Record row ``r``; False once the sheet's data has ended."""
        found = False
        for c, value in enumerate(values):
            text = display(value)
            if text:
                self.sheet.cells[(r, c)] = text
                found = True
        if found:
            self.empty = 0
            self.data += 1
            if self.data > MAX_ROWS:
                raise _too_many_rows(self.sheet.name)
        else:
            self.empty += 1
        return self.empty < EMPTY_RUN


def _clip(sheet: Sheet, ranges) -> None:
    rows, cols = sheet.rows, sheet.cols
    for r0, c0, r1, c1 in ranges:
        if r0 < rows and c0 < cols and (r0, c0) in sheet.cells:
            sheet.merged.append((r0, c0, min(r1, rows - 1), min(c1, cols - 1)))
        if len(sheet.merged) >= MAX_MERGES:
            break


def _xlsx_merges(zf: zipfile.ZipFile, member: str):
    """Merged ranges of a worksheet part, found by scanning its bytes (read-only openpyxl does not read them)."""
    try:
        fh = zf.open(member)
    except KeyError:
        return
    with fh:
        tail = b""
        count = 0
        while count < MAX_MERGES:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            data = tail + chunk
            last = 0
            for m in _MERGE.finditer(data):
                c0, r0 = _col_index(m.group(1)), int(m.group(2)) - 1
                c1, r1 = (_col_index(m.group(3)), int(m.group(4)) - 1) if m.group(3) else (c0, r0)
                yield min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)
                count += 1
                last = m.end()
            tail = data[max(last, len(data) - 512):]  # a tag cut by the chunk boundary is found next time


def _formula_text(value):
    """An array formula as its text (read with formulas kept, openpyxl gives an object for it)."""
    text = getattr(value, "text", None)
    return value if text is None or isinstance(value, str) else text


def _read_xlsx(path: Path, names: set[str] | None, formulas: bool = False, max_sheets: int = MAX_SHEETS
               ) -> list[Sheet]:
    import openpyxl

    check_package(path, "Excel .xlsx")
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=not formulas)
    except ReadError:
        raise
    except Exception as exc:  # openpyxl's errors are English and name internals
        raise _damaged("Excel .xlsx") from exc
    sheets = []
    try:
        with zipfile.ZipFile(path) as zf:
            for ws in wb.worksheets[:min(max_sheets, MAX_SHEETS)]:
                if names is not None and ws.title not in names:
                    continue
                sheet = Sheet(ws.title, hidden=getattr(ws, "sheet_state", "visible") != "visible")
                rows = _Rows(sheet)
                ws.reset_dimensions()  # the declared <dimension> can be wrong both ways: read what is there
                for r, values in enumerate(ws.iter_rows(max_col=MAX_COLS, values_only=True)):
                    if formulas:
                        values = [_formula_text(v) for v in values]
                    if not rows.add(r, values):
                        break
                member = getattr(ws, "_worksheet_path", None)
                if member:
                    _clip(sheet, _xlsx_merges(zf, member))
                sheets.append(sheet)
    except ReadError:
        raise
    except Exception as exc:
        raise _damaged("Excel .xlsx") from exc
    finally:
        wb.close()
    return sheets


def _read_xls(path: Path, names: set[str] | None, formulas: bool = False, max_sheets: int = MAX_SHEETS
              ) -> list[Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception as exc:
        if b"EncryptionInfo" in path.read_bytes()[:65536] or "encrypt" in str(exc).lower():
            raise ReadError("Excel 文件已加密（设有打开密码），请取消密码并另存后再导入",
                            "the workbook is password-protected") from None
        raise _damaged("Excel .xls") from exc
    sheets = []
    try:
        for index in range(min(book.nsheets, max_sheets, MAX_SHEETS)):
            name = book.sheet_names()[index]
            if names is not None and name not in names:
                continue
            ws = book.sheet_by_index(index)
            sheet = Sheet(name, hidden=bool(getattr(ws, "visibility", 0)))
            rows = _Rows(sheet)
            for r in range(ws.nrows):
                values = []
                for c in range(min(ws.row_len(r), MAX_COLS)):
                    cell = ws.cell(r, c)
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        try:
                            values.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
                        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                            values.append(cell.value)
                    elif cell.ctype in (xlrd.XL_CELL_TEXT, xlrd.XL_CELL_NUMBER):
                        values.append(cell.value)
                    else:
                        values.append(None)
                if not rows.add(r, values):
                    break
            _clip(sheet, ((r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in ws.merged_cells))
            sheets.append(sheet)
            book.unload_sheet(index)
    except ReadError:
        raise
    except Exception as exc:
        raise _damaged("Excel .xls") from exc
    finally:
        book.release_resources()
    return sheets


_ODS_MIME = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"


def _repeat(el, name: str) -> int:
    try:
        return max(1, int(el.get(_T + name, "1")))
    except ValueError:
        return 1


def _ods_value(cell) -> str:
    kind = cell.get(_O + "value-type")
    if kind == "date" and cell.get(_O + "date-value"):
        try:
            return display(dt.date.fromisoformat(cell.get(_O + "date-value")[:10]))
        except ValueError:
            pass
    if kind in ("float", "percentage", "currency") and not len(cell):
        return display(float(cell.get(_O + "value", "0") or 0))
    return "\n".join("".join(p.itertext()) for p in cell.iter(_TEXT + "p")).strip()


def _read_ods(path: Path, names: set[str] | None, formulas: bool = False, max_sheets: int = MAX_SHEETS
              ) -> list[Sheet]:
    """OpenDocument spreadsheet: content.xml streamed; repeated rows and columns counted, never expanded."""
    from lxml import etree

    check_package(path, "OpenDocument .ods")
    sheets: list[Sheet] = []
    try:
        with zipfile.ZipFile(path) as zf, zf.open("content.xml") as fh:
            sheet, rows, r, done = None, None, 0, False
            hidden_styles: set[str] = set()  # table styles with table:display="false": hidden sheets
            for event, el in etree.iterparse(fh, events=("start", "end"), resolve_entities=False, no_network=True,
                                             huge_tree=False):
                if event == "start":
                    if el.tag == _T + "table":
                        sheet = Sheet(el.get(_T + "name", ""), hidden=el.get(_T + "style-name") in hidden_styles)
                        rows, r, done = _Rows(sheet), 0, False
                    continue
                if el.tag == _STYLE + "style" and el.get(_STYLE + "family") == "table":
                    props = el.find(_STYLE + "table-properties")
                    if props is not None and props.get(_T + "display") == "false":
                        hidden_styles.add(el.get(_STYLE + "name"))
                elif el.tag == _T + "table-row" and sheet is not None:
                    if not done:
                        values, spans, c = [], [], 0
                        for cell in el:
                            if cell.tag not in (_T + "table-cell", _T + "covered-table-cell") or c >= MAX_COLS:
                                continue
                            text = _ods_value(cell) if cell.tag == _T + "table-cell" else ""
                            down, across = _repeat(cell, "number-rows-spanned"), _repeat(cell, "number-columns-spanned")
                            if text and (down > 1 or across > 1):
                                spans.append((r, c, r + down - 1, c + across - 1))
                            n = min(_repeat(cell, "number-columns-repeated"), MAX_COLS - c)
                            values += [text] * n
                            c += n
                        for _ in range(_repeat(el, "number-rows-repeated")):
                            if not rows.add(r, values):
                                done = True
                                break
                            r += 1
                        sheet.merged += spans
                    el.clear()
                elif el.tag == _T + "table" and sheet is not None:
                    if names is None or sheet.name in names:
                        spans, sheet.merged = sheet.merged, []
                        _clip(sheet, spans)
                        sheets.append(sheet)
                    sheet = None
                    el.clear()
                    if len(sheets) >= min(max_sheets, MAX_SHEETS):
                        break
    except ReadError:
        raise
    except Exception as exc:
        raise _damaged("OpenDocument .ods") from exc
    return sheets


def workbook_kind(path: Path) -> str:
    """"xlsx", "ods", "xls" or "html" by the file's first bytes (web systems export HTML tables named .xls)."""
    with open(path, "rb") as fh:
        head = fh.read(512)
    if head.startswith(_ZIP):
        return "ods" if _ODS_MIME in head else "xlsx"
    if head.startswith(_OLE):
        return "xls"
    if re.search(rb"<\s*(html|table|meta|!doctype|\?xml)", head.lstrip(b"\xef\xbb\xbf").lower()):
        return "html"
    raise ReadError("这不是 Excel 工作簿（.xlsx/.xls），可能是改了扩展名的其他文件", "not a workbook")


def read_workbook(path: str | Path, sheets: list[str] | None = None, *, formulas: bool = False,
                  max_sheets: int = MAX_SHEETS) -> list[Sheet]:
    """The sheets of the workbook at ``path`` (only those named in ``sheets`` when given, at most ``max_sheets``), in
    workbook order. ``formulas``: an .xlsx formula is read as its text (never its cached result), as a returned
    ledger needs it; .xls and .ods keep only results."""
    path = Path(path)
    names = set(sheets) if sheets is not None else None
    kind = workbook_kind(path)
    if kind == "html":
        raise ReadError("这是网页格式的表格（扩展名为 .xls），请作为 .html 导入或在 Excel/WPS 中另存为 .xlsx",
                        "an HTML table saved under a workbook name")
    return {"xlsx": _read_xlsx, "xls": _read_xls, "ods": _read_ods}[kind](path, names, formulas, max_sheets)
