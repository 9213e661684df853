"""Where the plan body lies: from its run of numbered items, not from where signature or 公开方式 lines stand."""

from __future__ import annotations

import re
from typing import NamedTuple

from .dates import date_line, signed_line
from .labels import match_label
from .paragraphs import Paragraph
from .units import UNIT_SUFFIX

# Lines of the closing block (or of a wrapper's): publication note, distribution, annex list.
_CLOSING = re.compile(r"^\s*(公开方式|主送|抄送|印发|附件|（此件|\(此件|此件公开|信息公开选项|相关附件|附：)")
# 附件 / 附件1 / 附件：…: what follows belongs to an annex, not to the plan's last item.
_ANNEX = re.compile(r"^[*#\s]*(附件|相关附件|附：)")
# 本措施自印发之日起施行 and the like: a closing provision after the last item, not part of it.
_PROVISION = re.compile(r"^(本|上述)(措施|方案|意见|办法|通知|规定|细则|计划|政策|实施方案|行动方案)[^。]{0,30}"
                        r"(施行|实施|执行|有效期|解释|负责解释|废止)")
# 总理　李克强, 省长 王伟中: the signer of a 令.
_SIGNER = re.compile(r"^(总理|副总理|省长|市长|主席|部长|主任|县长|区长|署长|局长)[\s\u3000]+[\u4e00-\u9fa5·]{2,5}$")


class BodyRange(NamedTuple):
    """Paragraph indexes of the body: ``start`` is its first paragraph, ``end`` one past its last."""

    start: int
    end: int


def closing_at(paras: list[Paragraph], i: int) -> int | None:
    """When paragraph ``i`` opens closing matter, the index where that matter starts (the signer above a date)."""
    t = paras[i].fold
    if len(t) > 200:
        return None
    t = t.strip()
    if _CLOSING.match(t) or _SIGNER.match(t) or signed_line(t) or (_PROVISION.match(t) and match_label(t) is None):
        return i
    if date_line(t) and i > 0:
        prev = paras[i - 1].fold.strip()
        return i - 1 if len(prev) <= 30 and UNIT_SUFFIX.search(prev) and paras[i - 1].label is None else i
    return None


def find_body(paras: list[Paragraph], title_para: int | None) -> BodyRange:
    """The body runs from the first numbered item after the plan's title (or the top) to the closing matter
    after its last numbered item.

    Signature, date and 公开方式 lines with numbered items after them (a 印发通知 signed before the plan)
    do not end it; an annex line does, and its own numbering is not the plan's.
    """
    start = title_para + 1 if title_para is not None else 0
    first = last = None
    for i in range(start, len(paras)):
        if paras[i].label is not None:
            first = i if first is None else first
            last = i
        elif last is not None and _ANNEX.match(paras[i].fold):
            break
    if first is not None:
        start = first  # a preamble before the first item belongs to no measure
    scan_from = start if last is None else last + 1
    for i in range(scan_from, len(paras)):
        at = closing_at(paras, i)
        if at is not None:
            return BodyRange(start, max(at, scan_from))
    return BodyRange(start, len(paras))
