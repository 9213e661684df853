"""Readers: turn a file of any supported format into a ``Document`` of text blocks."""

from __future__ import annotations

import importlib
from pathlib import Path

from ..blocks import Document
from ..errors import ReadError

# extension -> module in this package exposing ``read(path: Path) -> Document``
_READERS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".docx": "docx_reader",
    ".pdf": "pdf_reader",
    ".html": "html_reader", ".htm": "html_reader", ".shtml": "html_reader",
    ".xlsx": "excel_reader", ".xlsm": "excel_reader", ".xls": "excel_reader", ".ods": "excel_reader",
}

_NOT_YET = {
    ".doc": "Word 97-2003 .doc",
    ".wps": "WPS .wps",
    ".ofd": "OFD 版式文件",
    ".et": "WPS 表格",
}

MB = 1024 * 1024
MAX_BYTES = 200 * MB
# Plain text larger than this is not one policy document; refusing it keeps time and memory bounded.
MAX_TEXT_BYTES = {"text": 16 * MB, "html_reader": 32 * MB, "excel_reader": 64 * MB}
MAX_CHARS = 8_000_000

SUPPORTED_SUFFIXES = tuple(sorted(_READERS))


def read_document(path: str | Path, sheet: str | None = None) -> Document:
    """Read ``path`` into a Document, or raise ``ReadError`` with a clear message.

    For a workbook, ``sheet`` names the worksheet to read (default: the first holding a task table; see
    ``excel_reader.task_sheets``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise ReadError(f"文件不存在：{path.name}", "file not found")
    if path.is_dir():
        raise ReadError(f"这是一个文件夹，不是文件：{path.name}", "a folder, not a file")
    if suffix in _NOT_YET:
        raise ReadError(
            f"暂不支持 {_NOT_YET[suffix]} 格式，请在 Word/WPS 中另存为 .docx 或 PDF 后再导入",
            f"{suffix} is not supported yet; save it as .docx or PDF first")
    if suffix not in _READERS:
        raise ReadError(
            f"不支持的文件类型“{suffix or '无扩展名'}”，可导入 .docx、.pdf、.html、.txt、.md、.xlsx、.xls、.ods",
            f"unsupported file type {suffix or '(none)'}")
    size = path.stat().st_size
    if size == 0:
        raise ReadError("文件为空，没有可导入的内容", "the file is empty")
    limit = MAX_TEXT_BYTES.get(_READERS[suffix], MAX_BYTES)
    if size > limit:
        raise ReadError(f"文件过大（{size / MB:.0f} MB），超过 {limit // MB} MB 上限，不像单份政策文件，请拆分后再导入",
                        f"file too large ({size / MB:.0f} MB > {limit // MB} MB)")
    module = importlib.import_module(f"{__name__}.{_READERS[suffix]}")
    try:
        doc = module.read(path) if sheet is None else module.read(path, sheet=sheet)
        if len(doc.text) > MAX_CHARS:
            raise ReadError(f"文件文字过多（{len(doc.text) // 10000} 万字），超过 {MAX_CHARS // 10000} 万字上限，请拆分后再导入",
                            "too much text for one document")
        return doc
    except ReadError:
        raise
    except MemoryError:
        raise ReadError("文件过大，内存不足，无法读取", "out of memory while reading") from None
    except Exception as exc:  # a reader library failed on a malformed file
        raise ReadError(f"文件已损坏或格式不正确，无法读取（{type(exc).__name__}）",
                        "the file is damaged or not in the format its name says") from exc
