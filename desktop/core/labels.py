"""Outline labels (一、 （一） 1. 1） （1） ① 第X部分 第X章 第X条) recognised at the start of a paragraph."""

from __future__ import annotations

import re
from typing import NamedTuple

CN_DIGITS = "零〇一二三四五六七八九十百千两"
_CN = f"[{CN_DIGITS}]+"
_LEAD = r"^(?:\s|#|\*|>)*"

# (kind, label, value): order matters, the first match wins.
_PATTERNS = [
    ("chapter", rf"第({_CN}|\d+)章"),
    ("section", rf"第({_CN}|\d+)节"),
    ("article", rf"第({_CN}|\d+)条"),
    ("part", rf"第({_CN}|\d+)部分"),
    ("cn_dun", rf"({_CN})\s*[、．.](?![\d])"),
    ("cn_paren", rf"[（(]\s*({_CN})\s*[）)]"),
    ("num_paren", r"[（(]\s*(\d{1,3})\s*[）)]"),
    ("num_dot", r"(\d{1,3})\s*[.．、](?![\d.．])"),
    ("num_rparen", r"(\d{1,3})\s*[）)](?![\d])"),
    ("circled", r"([①-⑳㉑-㉟㊱-㊿])"),
]
# One alternation tried in that order. No alternative opens with a _LEAD character, so a shorter
# lead could never let an earlier kind match: this finds what trying each pattern in turn finds.
_LABEL = re.compile(_LEAD + "(?:" + "|".join(f"(?P<{kind}>{pat})" for kind, pat in _PATTERNS) + ")")
_KIND_AT = {_LABEL.groupindex[kind]: kind for kind, _ in _PATTERNS}  # group of the label → kind
_AFTER = re.compile(r"(?:\s|\*)*")


class Label(NamedTuple):
    kind: str
    text: str        # the label as written, e.g. "（一）"
    value: str       # the label with brackets and dots removed, e.g. "一"
    number: int      # numeric value for sequence checks
    end: int         # offset in the paragraph where the item's own text starts


_CN_DIGIT_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(s: str) -> int:
    """Chinese numeral (一 … 九千九百九十九) to int; digits pass through."""
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for c in s:
        if c in _CN_DIGIT_VALUES:
            cur = _CN_DIGIT_VALUES[c]
        elif c in _CN_UNIT_VALUES:
            total += (cur or 1) * _CN_UNIT_VALUES[c]
            cur = 0
    return total + cur


def _circled_value(c: str) -> int:
    o = ord(c)
    if 0x2460 <= o <= 0x2473:
        return o - 0x2460 + 1
    if 0x3251 <= o <= 0x325F:
        return o - 0x3251 + 21
    return o - 0x32B1 + 36


_MAYBE = re.compile(_LEAD + rf"[第（(\d①-⑳㉑-㉟㊱-㊿{CN_DIGITS}]")


def match_label(text: str) -> Label | None:
    """Return the outline label that opens ``text`` (analysis-folded), or None."""
    if not _MAYBE.match(text):
        return None
    m = _LABEL.match(text)
    if not m:
        return None
    group = m.lastindex  # the label's group closes after the value's group it encloses
    kind = _KIND_AT[group]
    raw, val = m.group(group), m.group(group + 1)
    if kind == "circled":
        number = _circled_value(val)
        value = val
    else:
        number = cn_to_int(val)
        value = raw if kind in ("chapter", "section", "article", "part") else val
    end = m.end(group)
    end += _AFTER.match(text, end).end() - end
    return Label(kind, raw, value, number, end)
