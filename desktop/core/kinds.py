"""Task or context: a measure that assigns work, or one that frames the plan (指导思想, 基本原则, 发展目标)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .vocabulary import CONTEXT, TASK

# Sections that frame a plan or a regulation rather than assign work in it.
_FRAMING = re.compile(
    r"^(?:指导思想|基本原则|工作原则|主要原则|总体要求|总体目标|工作目标|发展目标|主要目标|目标任务|总体思路|发展思路|"
    r"工作思路|基本思路|重要意义|战略定位|功能定位|发展定位|总体定位|适用范围|支持对象|政策对象|扶持对象|实施范围|"
    r"试点范围|附则|总则|名词解释|用语含义|术语解释|有关说明|政策说明)")


def is_framing(heading: str) -> bool:
    """Does a heading name a framing section (指导思想。, 一、总体要求, 第一章 总则)?"""
    return bool(_FRAMING.match(heading.replace(" ", "").replace("\u3000", "")))


def measure_kind(headings: Iterable[str], has_units: bool, has_deadline: bool, regulation: bool = False) -> str:
    """``headings``: the measure's own heading and its ancestors'. Units make a task. A framing section without
    units is context even with a year in it (发展目标：到2025年… is the plan's goal, not work falling due then), and so
    is an article of a regulation that gives no body a duty. Elsewhere a deadline alone makes a task."""
    if has_units:
        return TASK
    if regulation and not has_deadline:
        return CONTEXT
    if any(is_framing(h) for h in headings):
        return CONTEXT
    return TASK if has_deadline or not regulation else CONTEXT
