"""Units of a regulation: the bodies its articles give a duty (X负责…, 由X负责, X是…主管部门, X对…实行监督, X应当…)."""

from __future__ import annotations

import re

from .gazetteer import starts_with_place
from .responsibility import LEAD, Clause, UnitMention

_BODY_END = r"(?:部门|人民政府|政府|机关|机构|委员会|办公厅|办公室|办事处|总局|海关|中心|厅|局|委|署|部)"
# A subject at a sentence's (or clause's) start, then the words that give it a duty.
_DUTY = re.compile(
    rf"(?:^|(?<=[。；;，,：:]))\s*(?P<subject>[\u4e00-\u9fa5、（）]{{2,48}}?{_BODY_END})"
    r"(?=(?:[，,]?\s*(?:按照|按|依照|根据|在)(?:各自)?(?:的)?(?:职责|职能)(?:分工)?(?:范围内)?[，,]?\s*)?"
    r"(?:依法|统一|具体)?(?:负责|应当|主管|统筹|牵头|组织实施|会同|对[^。；;]{1,40}?(?:实行|进行|实施|加强|负责)?(?:监督|管理|指导|检查|监管)|"
    r"(?:是|为)[^。；;]{0,30}?主管部门))")
_BY = re.compile(rf"(?<!自)由(?P<subject>[\u4e00-\u9fa5、（）]{{2,48}}?{_BODY_END})(?:依法|统一)?负责")
# 国务院专利行政部门和省、自治区、直辖市人民政府管理专利工作的部门: two bodies; the 、 inside the second is its own.
_AND = re.compile(r"、|和|或者|以及|及|与")  # split only after a body's name: 省、自治区、直辖市人民政府 is one
# Who the body belongs to: a level of government, a place, or the state; 物价部门 alone names no one body.
_QUALIFIED = re.compile(r"^(?:国务院|国家|中央|全国|省|自治区|直辖市|市(?!场)|县|区(?!域)|乡|镇|街道|各级|地方|县级以上|"
                        r"设区的市|本级|各|中华人民共和国)")
_SPECIFIC_END = ("厅", "局", "委", "署", "总局", "委员会", "办公厅", "办公室", "部", "海关")
_GENERIC = re.compile(r"^(?:有关|相关|其他|其它|上级|主管|所在地|当地)")
_NOT_A_BODY = re.compile(r"[的在于以被把将所]")
_BY_INSIDE = re.compile(r"(?<!自)由")  # 本办法由市司法局负责解释: the body is the one after 由 (not 自由贸易试验区)


def _is_duty_bearer(name: str) -> bool:
    if _GENERIC.match(name) or "等" in name or _BY_INSIDE.search(name):  # 发展改革、财政等部门: a kind, not one
        return False
    if _QUALIFIED.match(name) or starts_with_place(name):
        return True
    # a named department (商务部, 海关总署) without a level is still one body; 税务机关, 物价部门 are kinds
    return name.endswith(_SPECIFIC_END) and not _NOT_A_BODY.search(name)


def _bodies(subject: str, offset: int) -> list[UnitMention]:
    """The bodies of a subject, split at 和/或者 only after a body's name (工业和信息化部 is one)."""
    out, start = [], 0
    for m in _AND.finditer(subject):
        if re.search(_BODY_END + "$", subject[start:m.start()]):
            out.append((start, m.start()))
            start = m.end()
    out.append((start, len(subject)))
    return [UnitMention(subject[a:b], LEAD, offset + a, offset + b) for a, b in out if _is_duty_bearer(subject[a:b])]


def duty_clauses(text: str, start: int = 0) -> list[Clause]:
    """One clause per duty sentence of an article's (analysis-folded) text from ``start``, its bodies all lead."""
    body = text[start:]
    clauses = []
    for m in [*_DUTY.finditer(body), *_BY.finditer(body)]:
        units = _bodies(m.group("subject"), start + m.start("subject"))
        if units:
            clauses.append(Clause(start + m.start("subject"), start + m.end("subject"), tuple(units), False))
    return sorted(clauses)
