"""Plain text and Markdown reader: BOM, UTF-8, GB18030, then Big5, with the encoding reported."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..blocks import Block, Document
from ..errors import ReadError
from ..textnorm import fold, to_simplified

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_NOT_CJK = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
# A task table needs tab- or pipe-separated rows (a plain test: one pattern for both scans 3x slower), or a 序号
# header line of its own (one cell per line).
_HEADER_LINE = re.compile(r"^[ \t　]*(序\s*[号號]|[编編]\s*[号號]|序|[项項]次|No\.?)[ \t　]*$", re.M | re.I)


def _plausibility(text: str) -> float:
    """Share of CJK characters that are common simplified characters (GB2312) once folded to simplified."""
    cjk = _NOT_CJK.sub("", text[:3000])
    if not cjk:
        return 1.0
    simplified = to_simplified(cjk)
    # GB2312 is stateless: encoding drops exactly the characters it lacks, decoding counts the rest.
    common = simplified.encode("gb2312", errors="ignore").decode("gb2312")
    return len(common) / len(cjk)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text bytes; return (text, encoding name). Raise ReadError for binary data."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc.replace("-sig", " (BOM)")
    if b"\x00" in data[:8192]:
        raise ReadError("这不是文本文件（含有二进制内容），无法按文本读取", "binary content, not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    scored = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        scored.append((_plausibility(text), text, enc))
        if scored[-1][0] >= 0.97:
            break  # clearly right: no need to try Big5
    if not scored:
        raise ReadError("无法识别文件编码（不是 UTF-8、GB18030/GBK 或 Big5 文本）",
                        "unknown text encoding; not UTF-8, GB18030/GBK or Big5")
    score, text, enc = max(scored, key=lambda c: c[0])
    if score < 0.6:
        raise ReadError("文件内容无法识别为中文文本，可能是二进制文件或编码错误",
                        "content does not look like Chinese text")
    return text, enc


def _check_text(text: str) -> None:
    sample = text[:20000]
    if not sample.strip():
        raise ReadError("文件为空，没有可导入的内容", "the file is empty")
    bad = len(_CONTROL.findall(sample))
    if bad > max(5, len(sample) // 50):
        raise ReadError("这不是文本文件（含有大量控制字符），无法按文本读取", "binary content, not a text file")


def read(path: Path) -> Document:
    data = path.read_bytes()
    text, encoding = decode_bytes(data)
    _check_text(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    cells: dict[int, list] = {}
    folded = None
    if "\t" in text or "|" in text or _HEADER_LINE.search(text):
        from ..tables.text_layout import text_tables
        # read in the analysis form (same length, so offsets hold): 序號/牽頭單位/長期堅持 as 序号/牵头单位/长期坚持
        folded = fold(text)
        for piece in text_tables(folded.split("\n")):
            cells.setdefault(piece.line, []).append(piece)
    blocks = []
    start = 0
    for i, line in enumerate(lines):  # one block per line, empty ones included; one per cell of a task table
        end = start + len(line)
        if i in cells:
            blocks += [Block(start + p.start, start + p.end, i, None, "cell", *p.cell) for p in cells[i]]
        else:
            blocks.append(Block(start, end, i))
        start = end + 1
    fmt = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
    return Document(text, blocks, fmt, encoding, folded=folded)
