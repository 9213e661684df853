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


# Characters that only a phrase converts (深沈 → 深沉, 回覆 → 回复): alone, each stays as it is.
# tests/test_engine_perf_regressions.py checks them against the installed OpenCC dictionaries.
_PHRASE_ONLY = "哩坏沈甦瞭藉衹覆"
_PROBED = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF))  # the BMP blocks that t2s dictionary keys are drawn from


def _char_class(codes, also: str = "") -> str:
    """A regex character class of ``codes``, written as ranges, plus the ranges in ``also``."""
    runs: list[list[int]] = []
    for c in sorted(set(codes)):
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs) + also + "]"


_FW_CHARS = re.compile(_char_class(_FW_TABLE))


@functools.lru_cache(maxsize=1)
def _convertible_codes() -> list[int]:
    """The characters of the BMP that t2s may change: the probed ones it converts alone, and the phrase-only ones."""
    probe = "\n".join(chr(c) for first, last in _PROBED for c in range(first, last + 1))
    done = _converter().convert(probe)
    changed = {a for a, b in zip(probe.split("\n"), done.split("\n")) if a != b} | set(_PHRASE_ONLY)
    return [ord(c) for c in changed]


@functools.lru_cache(maxsize=2)
def _marks(full_width: bool) -> re.Pattern:
    """What makes a line need work: a convertible character, and for fold a full-width one."""
    codes = _convertible_codes() + (list(_FW_TABLE) if full_width else [])
    return re.compile(_char_class(codes, also="\U00010000-\U0010ffff"))  # nothing beyond the BMP was probed


def _rewrite(text: str, full_width: bool) -> str:
    """to_simplified (and, with ``full_width``, the full-width folding first), done only where it changes something.

    OpenCC costs ~200 instructions a character. No dictionary key spans a line break, so a line converts
    alone as it does within the whole text, and the lines without a marked character stay as they are.
    """
    conv, marks = _converter(), _marks(full_width)
    convertible = _marks(False) if full_width else None  # a line marked only for a full-width character
    out, pos, grown = [], 0, 0
    m = marks.search(text)
    while m:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        if full_width and _FW_CHARS.search(line):  # translate() looks up every character: only when it matters
            line = line.translate(_FW_TABLE)
        done = conv.convert(line) if convertible is None or convertible.search(line) else line
        grown += len(done) - len(line)
        out += (text[pos:start], done)
        pos = end
        m = marks.search(text, end)
    if grown:  # phrase-level conversion changed the length: convert character by character
        text = text.translate(_FW_TABLE) if full_width else text
        return "".join(c2 if len(c2 := conv.convert(c)) == 1 else c for c in text)
    return "".join(out) + text[pos:] if out else text


def convertible_chars() -> re.Pattern:
    """The characters that 繁→简 folding may change (one at a time)."""
    return _marks(False)


def to_simplified(text: str) -> str:
    """繁→简 conversion that never changes the length of the text."""
    return _rewrite(text, False)


def fold(text: str) -> str:
    """Same-length analysis form: simplified characters, ASCII digits and letters."""
    return _rewrite(text, True)
