"""Analysis-only text folding (繁→简, full-width → half-width) that keeps every offset."""

from __future__ import annotations

import functools
import re

_FW_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
# Brackets and punctuation that carry meaning in policy text stay full-width.
for _ch in "（），、；：！？【】〔〕《》“”‘’":
    _FW_TABLE.pop(ord(_ch), None)
_FW_TABLE[0x3000] = 0x20  # ideographic space


@functools.lru_cache(maxsize=1)
def _converter():
    import opencc
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """繁→简 conversion that never changes the length of the text."""
    if not text:
        return text
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    # Phrase-level conversion changed the length: convert character by character.
    conv = _converter()
    return "".join(c2 if len(c2 := conv.convert(c)) == 1 else c for c in text)


_FW_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _FW_TABLE) + "]")


def fold(text: str) -> str:
    """Same-length analysis form: simplified characters, ASCII digits and letters."""
    if _FW_CHARS.search(text):
        text = text.translate(_FW_TABLE)
    return to_simplified(text)

