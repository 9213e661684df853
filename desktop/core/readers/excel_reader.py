"""Excel task tables and ledgers (.xlsx, .xls, .ods) as documents: one sheet's cells as table blocks, merges as spans.

A workbook maps to documents one sheet at a time: ``read`` takes the sheet named, else the first visible sheet that
holds a task table (else the first sheet with data); ``task_sheets`` lists every sheet holding one, so an import
can make one document per sheet.
"""

from __future__ import annotations

from pathlib import Path

from ..blocks import Cell, Document, DocumentBuilder
from ..errors import ReadError
from ..tables.columns import HEADER_SCAN, column_role
from ..tables.text_layout import header_roles
from .workbook import Sheet, read_workbook, workbook_kind


def _holds_task_table(sheet: Sheet) -> bool:
    for r in range(min(sheet.rows, HEADER_SCAN)):
        cells = [sheet.cells.get((r, c), "") for c in range(sheet.cols)]
        if any(column_role(c) for c in cells) and header_roles(cells) is not None:
            return True
    return False


def task_sheets(path: str | Path) -> list[str]:
    """Names of the sheets of the workbook at ``path`` that hold a task table, in workbook order."""
    return [s.name for s in read_workbook(path) if not s.hidden and _holds_task_table(s)]


def _choose(sheets: list[Sheet], name: str | None) -> Sheet:
    if name is not None:
        for sheet in sheets:
            if sheet.name == name:
                return sheet
        raise ReadError(f"工作簿中没有名为“{name}”的工作表", f"no sheet named {name!r}")
    visible = [s for s in sheets if not s.hidden and s.cells]
    for sheet in visible:
        if _holds_task_table(sheet):
            return sheet
    if visible:
        return visible[0]
    raise ReadError("工作簿中没有找到数据（所有工作表都是空的）", "the workbook holds no data")


def sheet_document(sheet: Sheet, fmt: str) -> Document:
    """The cells of ``sheet`` row by row as table blocks; a multi-line cell gives one block per line."""
    builder = DocumentBuilder(fmt)
    spans = {(m[0], m[1]): (m[2] - m[0] + 1, m[3] - m[1] + 1) for m in sheet.merged}
    para = 0
    for (r, c) in sorted(sheet.cells):
        rowspan, colspan = spans.get((r, c), (1, 1))
        for line in sheet.cells[(r, c)].split("\n"):
            if line.strip():
                builder.add(line.strip(), para=para, kind="cell", cell=Cell(0, r, c, rowspan, colspan))
        para += 1
    return builder.build()


OWN_EXPORT = ReadError("这是政策台账自己导出的任务台账，不是政策文件；各单位填报后交回的台账请用“文件 → 导入回收台账”"
                       "（命令行 policydesk returns import）读入", "a ledger exported by PolicyDesk itself: read "
                       "returned ledgers with 导入回收台账 / policydesk returns import")


def exported_by_policydesk(path: Path) -> bool:
    """True for a workbook PolicyDesk wrote (its docProps/app.xml names PolicyDesk as the application)."""
    import zipfile
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("docProps/app.xml")
            if info.file_size > 65536:
                return False
            return b"<Application>PolicyDesk</Application>" in z.read(info)
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError):
        return False


def read(path: Path, sheet: str | None = None) -> Document:
    if path.suffix.lower() in (".xlsx", ".xlsm") and exported_by_policydesk(path):
        raise OWN_EXPORT
    if workbook_kind(path) == "html":  # an HTML table exported by a web system under a .xls name
        from . import html_reader
        return html_reader.read(path)
    sheets = read_workbook(path, None)
    chosen = _choose(sheets, sheet)
    return sheet_document(chosen, path.suffix.lower().lstrip(".") or "xlsx")
