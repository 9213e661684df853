"""Declared ways of reading a document's unit lists (列第一位者为牵头单位, 第一个逗号前为牵头单位) and its notes."""

from __future__ import annotations

import re

FIRST_UNIT = "first_unit"                  # the first unit of every list leads, the others support
BEFORE_FIRST_COMMA = "before_first_comma"  # the units before a list's first ， lead, those after it support

_BEFORE_FIRST_COMMA = re.compile(r"第一个\s*(?:逗号|，|,)\s*(?:之)?前[^。；;\n]{0,12}牵头")
_FIRST_UNIT = re.compile(r"(?:第一位|首位|第一个|第一家|排名第一|排序第一|列第一|排第一|第一顺位)[^。；;\n]{0,10}牵头")
# Where a declaration or a note starts inside a responsibility bracket: the rest of the bracket is no unit list.
_ASIDE = re.compile(r"(?:第一位|首位|第一个|第一家|排名第一|排序第一|列第一|排第一|第一顺位)[^。；;]{0,10}牵头|"
                    r"(?:^|(?<=[，,。；;]))\s*(?:以下|以上|上述|下列)[^，,。；;]{0,16}(?:均|都|各项|任务|不再)|"
                    r"不再(?:重复)?列出|下同")
_ASIDE_WORDS = re.compile("第一|首位|以下|以上|上述|下列|不再|下同")
_SEGMENT_START = re.compile(r".*[，,。；;]", re.DOTALL)


def declared_convention(text: str) -> str | None:
    """The reading a document declares for its lists, or None (then a ， in a list is only a separator)."""
    if "第一" not in text and "首位" not in text:  # every wording holds one of them: skip the patterns
        return None
    if _BEFORE_FIRST_COMMA.search(text):
        return BEFORE_FIRST_COMMA
    if _FIRST_UNIT.search(text):
        return FIRST_UNIT
    return None


def aside_start(body: str) -> int | None:
    """Where a declaration or a note (以下均需…落实，不再列出) begins in a bracket's body, at its segment's start."""
    if not _ASIDE_WORDS.search(body):  # each wording holds one of them: a plain search before the pattern
        return None
    m = next((m for m in _ASIDE.finditer(body) if _depth(body, m.start()) == 0), None)
    if not m:
        return None
    before = _SEGMENT_START.match(body, 0, m.start())
    return before.end() if before else 0


def _depth(text: str, end: int) -> int:
    """How many round brackets are open at ``end`` (an alias's （以下简称…，下同） is the unit's own note)."""
    head = text[:end]
    return head.count("（") + head.count("(") - head.count("）") - head.count(")")
