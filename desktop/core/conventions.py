"""Declared ways of reading a document's unit lists (列第一位者为牵头单位, 第一个逗号前为牵头单位) and its notes."""

from __future__ import annotations

import re

FIRST_UNIT = "first_unit"                  # the first unit of every list leads, the others support
BEFORE_FIRST_COMMA = "before_first_comma"  # the units before a list's first ， lead, those after it support

# Where the first unit stands, in the wordings documents use: 列第一位, 列在首位, 排在第一位, 排名第一, 第一个, 首个,
# 第1位, 排在最前面, 居首位.
_FIRST = r"(?:第[一1](?:位|个|家|顺位)|首(?:位|个|家)|(?:排名|排序|列|排|位列)(?:在)?第[一1]|(?:列|排)(?:在)?最?前(?:面|边)|居首)"
_LEADS = r"(?:牵头|主责)"
# …第一个逗号前为牵头单位 / 逗号之前的为牵头单位 / “，”前为牵头单位
_COMMA = r"(?:第[一1]个\s*(?:逗号|，|,)|逗号|[“\"「‘]\s*[，,]\s*[”\"」’]\s*号?)\s*(?:之)?前(?:面|边)?"
_BEFORE_FIRST_COMMA = re.compile(_COMMA + r"[^。；;\n]{0,12}" + _LEADS)
# 列第一位的为牵头单位; and the other way round, 牵头单位列在第一位 / 牵头部门排在首位 / 牵头单位在前
_SAYS_LEAD = r"[^。；;\n，,]{0,10}?(?:为|是)\s*" + _LEADS  # 的为牵头 / 的单位（部门）是牵头
_STANDS_FIRST = r"(?:单位|部门)[^。；;\n，,]{0,6}?(?:" + _FIRST + r"|(?:列|排)?在最?前(?=[，,、。；;）)]|面|边))"  # …在前，配合单位在后
_FIRST_UNIT = re.compile(_FIRST + _SAYS_LEAD + "|" + _LEADS + _STANDS_FIRST)
# Where a declaration or a note starts inside a responsibility bracket: the rest of the bracket is no unit list.
_ASIDE = re.compile(_COMMA + r"[^。；;]{0,12}" + _LEADS + "|" + _FIRST + _SAYS_LEAD + "|" + _LEADS + _STANDS_FIRST + "|"
                    r"(?:^|(?<=[，,。；;]))\s*(?:以下|以上|上述|下列)[^，,。；;]{0,16}(?:均|都|各项|任务|不再)|"
                    r"不再(?:重复)?列出|下同")
_ASIDE_WORDS = re.compile("第一|第1|首|前|以下|以上|上述|下列|不再|下同")
_SEGMENT_START = re.compile(r".*[，,。；;]", re.DOTALL)
# 责任单位（排在第一位的为牵头单位）：A、B — a note on one field's label reads that list only, unless it says 下同.
_LABEL_NOTE = re.compile(r"(?<=单位|部门)[（(]([^（）()]{0,24})[)）](?=[*\s]*[:：])")


def declared_convention(text: str) -> str | None:
    """The reading a document declares for its lists, or None (then a ， in a list is only a separator)."""
    if "牵头" not in text and "主责" not in text:  # every wording names the lead: skip the patterns
        return None
    if "）" in text or ")" in text:
        text = _LABEL_NOTE.sub(lambda m: m.group() if "下同" in m.group(1) else "", text)
    if _BEFORE_FIRST_COMMA.search(text):
        return BEFORE_FIRST_COMMA
    if _FIRST_UNIT.search(text):
        return FIRST_UNIT
    return None


def label_convention(label: str) -> str | None:
    """The reading a field's own label note declares (责任单位（排在第一位的为牵头单位）：), or None."""
    if _BEFORE_FIRST_COMMA.search(label):
        return BEFORE_FIRST_COMMA
    return FIRST_UNIT if _FIRST_UNIT.search(label) else None


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
