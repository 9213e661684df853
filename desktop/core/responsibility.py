"""Responsibility clauses: find the parentheticals that name lead (牵头) and supporting (配合) units, and read them."""

from __future__ import annotations

import re
from typing import NamedTuple

from .conventions import BEFORE_FIRST_COMMA, FIRST_UNIT, aside_start, label_convention
from .memo import cached
from .units import clean_item, expand_group, is_unit, names_a_body

LEAD, SUPPORT = "lead", "support"

_OPEN = {"（": "）", "(": ")", "〔": "〕", "【": "】", "[": "]", "［": "］"}
_ROUND = set("（(）)")

# Fields naming a person, not a body (责任领导：张明　责任单位：…): read past, never a unit.
_PERSON_FIELDS = r"(?:县级|市级|省级)?(?:责任领导|牵头领导|分管领导|联系领导|包保领导|牵头市领导|牵头县领导|责任人|联系人)"
# Field labels inside a clause, and the role each one gives; a label may carry a note before its colon
# (责任单位（排在第一位的为牵头单位）：).
_FIELD = re.compile(
    r"(牵头单位|牵头部门|负责单位|负责部门|责任单位|责任部门|主责单位|主责部门|主办单位|承办单位|实施单位|"
    r"配合单位|配合部门|协办单位|协助单位|协同单位|参与单位|参加单位|支持单位|"
    r"适用范围|适用对象|完成时限|完成时间|时间要求|备注|" + _PERSON_FIELDS + r")(?:[（(][^（）()]{0,24}[)）])?[*\s]*[:：]")
_FIELD_ROLE = {
    "牵头": LEAD, "负责": LEAD, "责任": LEAD, "主责": LEAD, "主办": LEAD, "承办": LEAD, "实施": LEAD,
    "配合": SUPPORT, "协办": SUPPORT, "协助": SUPPORT, "协同": SUPPORT, "参与": SUPPORT, "参加": SUPPORT,
    "支持": SUPPORT,
}
_ROLE_WORD = re.compile(r"牵头|负责|配合|参与|会同|协助|协同|分工")
_LEAD_ENDS = ("牵头负责", "牵头", "为牵头单位", "为牵头部门", "主责")
_SUPPORT_ENDS = ("配合", "协助", "参与", "为配合单位", "为配合部门", "配合实施", "配合落实", "参与实施", "协同")
_HUITONG = re.compile(r"会同|联合|协同")
_ANY_PARTNER = re.compile(r"(?:有关|相关|其他)(?:部门|单位|方面|机构)(?:和|及)?(?:部门|单位)?$")  # 会同有关部门: no one body
_EXPLICIT = re.compile(r"(牵头负责|牵头|为牵头单位|为牵头部门|主责|配合|协助|参与|为配合单位|为配合部门|配合实施|配合落实|参与实施|"
                       r"协同)(?=[，,；;。]|$)|"
                       r"会同|联合|协同")
# 市商务局牵头、市财政局配合: a 、 after a role word ends a segment as a ， would.
_ROLE_THEN_DUN = re.compile(r"(?<=牵头|配合|负责|参与|协助)、")
# A time limit or a status in a bracket (…配合；2026年6月底前完成 / …按职责分工负责，长期坚持 / 2026年底前完成，A负责):
# no unit. Its segment is blanked (same length, so offsets hold) before the units are read.
_STATUS_SEGMENT = re.compile(r"(?<![^，,；;。])\s*(?:(?:到|至|于|在|截至)?\s*(?:19|20)\d{2}\s*年|(?:今|本)年|年底|年内|\d{1,2}\s*月|"
                             r"持续|长期|常态|逐年|分年度|分阶段|分步|按年度|每年|每季度|每月|及时|立即)[^，,；;。]*")
_FINAL_BEFORE = set("。；;！？!?：:")
_FINAL_AFTER = set("。；;！？!?")
# 和/及 join two units only after a unit's ending: 省商务厅和省发展改革委, not 工业和信息化厅.
_MULTI = re.compile(r"[、/和及与]")
_AND_SPLIT = re.compile(r"(?<=[厅局委办院部会室署站关行府司团])(?:和|及|以及|与)|等和|等及")


class UnitMention(NamedTuple):
    name: str
    role: str
    start: int  # offsets in the text the clause was found in
    end: int


class Clause(NamedTuple):
    start: int
    end: int
    units: tuple[UnitMention, ...]
    labelled: bool


_OPENERS = re.compile(r"[（(〔【\[［]")
_ROUND_ANY = re.compile(r"[（()）]")


def bracket_groups(text: str):
    """Yield (start, end) of each top-level bracketed group; ( and （ pair with either closer."""
    n = len(text)
    m = _OPENERS.search(text)
    while m:
        i, c = m.start(), m.group()
        if c in _ROUND:
            depth, end = 0, None
            for b in _ROUND_ANY.finditer(text, i):
                depth += 1 if b.group() in "（(" else -1
                if depth == 0:
                    end = b.end()
                    break
        else:
            j = text.find(_OPEN[c], i + 1)
            end = j + 1 if j >= 0 else None
        if end is None:
            yield i, n  # unclosed: runs to the end of the text
            return
        yield i, end
        m = _OPENERS.search(text, end)


def _items(segment: str, offset: int):
    """Split a segment into (item, start) by 、 and by 和/及 between two units."""
    pos = 0
    for part in _splitter(segment, _ITEM_SPLIT, _ITEM_SPLIT_NESTED).split(segment):
        if part in ("、", "/"):
            pos += len(part)
            continue
        if "和" not in part and "及" not in part and "与" not in part:  # _AND_SPLIT needs one of them
            yield part, offset + pos
            pos += len(part)
            continue
        pieces = _AND_SPLIT.split(part)
        if len(pieces) > 1 and not all(is_unit(clean_item(p)) for p in pieces):
            pieces = [part]  # 市城市运行和政务服务办: one name with 和 in it
        sub_pos = 0
        for piece in pieces:
            k = part.find(piece, sub_pos)
            yield piece, offset + pos + max(k, 0)
            sub_pos = max(k, 0) + len(piece)
        pos += len(part)


def _read_segment(segment: str, offset: int, role: str) -> list[UnitMention]:
    """Units of one comma-separated segment, with prefixes/suffixes expanded, all given ``role``."""
    return [UnitMention(name, role, offset + st, offset + en) for name, st, en in _segment_units(segment)]


@cached
def _segment_units(segment: str) -> tuple[tuple[str, int, int], ...]:
    """(name, start, end) of the units of a segment, offsets from 0; unit lists recur across clauses."""
    if not _MULTI.search(segment):
        name = clean_item(segment)
        return ((name, *_span_of(segment, name, 0)),) if name else ()
    raw = [(name, *_span_of(s, name, st)) for s, st in _items(segment, 0) for name in (clean_item(s),)]
    raw = [r for r in raw if r[0]]
    names = expand_group([r[0] for r in raw])
    return tuple((name, st, en) for name, (_, st, en) in zip(names, raw))


def _span_of(item: str, name: str, start: int) -> tuple[int, int]:
    """Where the cleaned name sits in its item (省商务厅牵头 → 省商务厅), so a click shows just the unit."""
    at = item.find(name)
    return (start + at, start + at + len(name)) if at >= 0 else (start, start + len(item))


_ITEM_SPLIT_NESTED = re.compile(r"(、|/)(?![^（(〔〈]*[）)〕〉])")  # not inside 各区（县、市）, 各区〔县、市〕
_SEG_SPLIT_NESTED = re.compile(r"([，,；;。])(?![^（(〔〈]*[）)〕〉])")
_ITEM_SPLIT = re.compile(r"(、|/)")
_SEG_SPLIT = re.compile(r"([，,；;。])")


def _splitter(text: str, plain: re.Pattern, nested: re.Pattern) -> re.Pattern:
    return nested if ("（" in text or "(" in text or "〔" in text or "〈" in text) else plain


def _segments(body: str, offset: int):
    if "、" in body and _ROLE_THEN_DUN.search(body):
        body = _ROLE_THEN_DUN.sub("，", body)  # same length: offsets hold
    pos = 0
    for part in _splitter(body, _SEG_SPLIT, _SEG_SPLIT_NESTED).split(body):
        if part in "，,；;。" and part:
            pos += len(part)
            continue
        yield part, offset + pos
        pos += len(part)


def _parse_auto(body: str, offset: int, convention: str | None) -> list[UnitMention]:
    """A clause section with no field labels: 牵头 segments, 会同, or a bare list."""
    mentions: list[UnitMention] = []
    segs = [(s.strip(), o + (len(s) - len(s.lstrip()))) for s, o in _segments(body, offset) if s.strip()]
    explicit = bool(_EXPLICIT.search(body))
    seen_lead = False
    for seg, off in segs:
        role = None
        if _HUITONG.search(seg) and not seg.endswith(_SUPPORT_ENDS):  # …市财政局协同: a support, not A协同B
            left, right = _HUITONG.split(seg, maxsplit=1)
            mid = seg.find(right, len(left))
            mentions += _read_segment(left, off, LEAD)
            mentions += [m for m in _read_segment(right, off + mid, SUPPORT) if not _ANY_PARTNER.match(m.name)]
            seen_lead = seen_lead or bool(left.strip())
            continue
        if seg.endswith(_LEAD_ENDS):
            role = LEAD
            seen_lead = True
        elif seg.endswith(_SUPPORT_ENDS):
            role = SUPPORT
        elif explicit:
            role = SUPPORT if seen_lead else LEAD
        mentions += _read_segment(seg, off, role or LEAD)
    if explicit or not mentions:
        return mentions
    if convention == FIRST_UNIT:
        return mentions[:1] + [m._replace(role=SUPPORT) for m in mentions[1:]]
    if convention == BEFORE_FIRST_COMMA and segs:
        first_end = segs[0][1] + len(segs[0][0])
        return [m if m.start < first_end else m._replace(role=SUPPORT) for m in mentions]
    return mentions


# Role notes after a unit: 区商务局（牵头）、区财政局; 省委宣传部、网信办（按职责分工负责）. The marked unit takes the role,
# the unmarked units after a 牵头 note support it.
_ROLE_NOTE = re.compile(r"[（(]\s*(牵头单位|牵头负责|牵头|主责|配合单位|配合|协助|参与|按职责分工负责|按职责负责|分工负责)\s*[）)]"
                        r"\s*[、，,；;]?")


def role_notes_as_words(text: str) -> str:
    """Bracketed role notes rewritten as the words parse_clause reads (牵头， / 配合，), same length: offsets hold."""
    def repl(m: re.Match) -> str:
        word = m.group(1)
        said = "牵头，" if word[:2] in ("牵头", "主责") else "配合，" if word[:2] in ("配合", "协助", "参与") else ""
        return said.ljust(len(m.group()))
    return _ROLE_NOTE.sub(repl, text) if "（" in text or "(" in text else text


def parse_clause(body: str, offset: int = 0, convention: str | None = None) -> tuple[list[UnitMention], bool]:
    """Read the inside of a responsibility parenthetical. Returns (mentions, labelled).

    A labelled clause's mentions are already the units (a field declares its items to be bodies, so 上城资本
    or 市人行 count there); an unlabelled clause's are candidates for the caller to judge.
    """
    fields = list(_FIELD.finditer(body)) if "：" in body or ":" in body else []  # every field ends in a colon
    if not fields:
        return _parse_auto(body, offset, convention), False
    mentions: list[UnitMention] = []
    head = body[:fields[0].start()]
    if head.strip(" ，,；;"):
        mentions += [m for m in _parse_auto(head, offset, convention) if is_unit(m.name)]
    lead_field_seen = False
    # A list whose roles the clause does not split (责任单位：A、B、C, no 牵头/配合 field) reads by the declared convention.
    roles_split = any(f.group(1).startswith("牵头") or _FIELD_ROLE.get(f.group(1)[:2]) == SUPPORT for f in fields)
    for k, f in enumerate(fields):
        end = fields[k + 1].start() if k + 1 < len(fields) else len(body)
        role = _FIELD_ROLE.get(f.group(1)[:2]) if not f.group(1).endswith(("领导", "人")) else None
        if role is None:
            continue
        if f.group(1).startswith("牵头"):
            lead_field_seen = True
        elif role == LEAD and lead_field_seen:
            role = SUPPORT  # 牵头单位：A，责任单位：B — the responsible units after a lead field support it
        section = body[f.end():end]
        if role == LEAD and _EXPLICIT.search(section):  # 【责任单位：X牵头，Y配合】
            mentions += [m for m in _parse_auto(section, offset + f.end(), None) if is_unit(m.name)]
            continue
        own = label_convention(f.group()) if "（" in f.group() or "(" in f.group() else None
        own = own or (convention if not roles_split else None)
        if role == LEAD and own:  # 责任单位（排在第一位的为牵头单位）：A、B — the label says how its list reads
            mentions += [m for m in _parse_auto(section, offset + f.end(), own) if names_a_body(m.name)]
            continue
        for seg, off in _segments(section, offset + f.end()):
            mentions += [m for m in _read_segment(seg, off, role) if names_a_body(m.name)]
    return mentions, True


def _at_boundary(text: str, start: int, end: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " *":
        i -= 1
    if i < 0 or text[i] in _FINAL_BEFORE:
        return True
    j, n = end, len(text)
    while j < n and text[j] in " *":
        j += 1
    return j >= n or text[j] in _FINAL_AFTER


# 推进董事会规范运作（市国资委牵头），完善…: a bracket that says who leads or helps, though a sentence goes on after it.
_ROLE_INSIDE = re.compile(r"(?:牵头|配合|协助|参与|按职责分工负责|负责)$|牵头[，,；;]")


def find_clauses(text: str, convention: str | None = None) -> list[Clause]:
    """All responsibility clauses in a measure's (analysis-folded) text."""
    clauses = []
    for start, end in bracket_groups(text):
        inner_start = start + 1
        inner_end = end - 1 if end <= len(text) and text[end - 1] in "）)〕】]］" else end
        body = text[inner_start:inner_end]
        if len(body) < 2:
            continue
        if (not (("：" in body or ":" in body) and _FIELD.search(body)) and not _at_boundary(text, start, end)
                and not _ROLE_INSIDE.search(body)):
            continue
        read = _read_clause(body, convention)
        if read is not None:
            units, labelled = read
            units = tuple([UnitMention(n, r, s + inner_start, e + inner_start) for n, r, s, e in units])
            clauses.append(Clause(start, end, units, labelled))
    return clauses


@cached
def _read_clause(body: str, convention: str | None) -> tuple[tuple[UnitMention, ...], bool] | None:
    """(units, labelled) of a bracket's body, offsets from its start; None when it assigns no responsibility.

    An unlabelled body reaches here only when its bracket stands at a sentence boundary. A declaration or a
    note at its end (列第一位者为牵头单位，下同 / 以下均需…落实，不再列出) is neither a unit nor a role.
    """
    aside = aside_start(body)
    if aside is not None:
        body = body[:aside]
    body = role_notes_as_words(without_status(body))
    mentions, labelled = parse_clause(body, 0, convention)
    mentions = [m for m in mentions if m.name]
    if not mentions:
        return None
    if labelled:
        return tuple(mentions), True
    good = [m for m in mentions if is_unit(m.name)]
    if not labelled:
        if len(good) < len(mentions) or (not _ROLE_WORD.search(body) and len(good) < 1):
            return None
    if not good:
        return None
    return tuple(good), labelled


# A bare year beside units with no role word (（2025年，省统计局）) cites a source; a time limit says when (前, 底,
# 季度, 完成 …) or closes a bracket that assigns roles (（市商务局负责，2026年）).
_WHEN = re.compile(r"前|底|末|内|季度|月|完成|启动|建成|实现|推进|实施|开展|落实|见效")
_YEAR_START = re.compile(r"\s*(?:到|至|于|在|截至)?\s*(?:19|20)\d{2}\s*年")


def without_status(body: str) -> str:
    """The body with its time limits and statuses blanked (they are read as deadlines elsewhere)."""
    if not _STATUS_SEGMENT.search(body):
        return body
    assigns = bool(_ROLE_WORD.search(body) or _FIELD.search(body))

    def blank(m: re.Match) -> str:
        seg = m.group()
        if is_unit(clean_item(seg)) or (_YEAR_START.match(seg) and not _WHEN.search(seg) and not assigns):
            return seg
        return " " * len(seg)
    return _STATUS_SEGMENT.sub(blank, body)


_LINE_FIELD = re.compile(r"^[*\s]*(牵头单位|牵头部门|负责单位|负责部门|责任单位|责任部门|主责单位|配合单位|配合部门|"
                         r"协办单位|参与单位|" + _PERSON_FIELDS + r")(?:[（(][^（）()]{0,24}[)）])?[*\s]*[:：]")


# Written literal first (a look-behind first would be tried at every position); the 。 before it is checked after.
_INLINE_FIELD = re.compile(r"(?:牵头单位|牵头部门|负责单位|负责部门|责任单位|责任部门|主责单位|配合单位)(?:[（(][^（）()]{0,24}[)）])?[*\s]*[:：]")


def inline_clause(text: str, convention: str | None = None) -> Clause | None:
    """Unbracketed fields after a measure's last sentence: …完善服务体系。牵头单位：市商务局；配合单位：市财政局。"""
    m = _INLINE_FIELD.search(text) if "单位" in text or "部门" in text else None
    if not m or not text[:m.start()].rstrip("* \t").endswith(("。", "；", ";")):
        return None
    start = m.start()
    read = _read_clause(text[start:], convention)
    if read is None or not read[1]:
        return None
    units = tuple(UnitMention(n, r, s + start, e + start) for n, r, s, e in read[0])
    return Clause(start, len(text), units, True)


# 【责任单位】市经信局、市发展改革委: a field label set in brackets instead of followed by a colon.
_BRACKETED_LABEL = re.compile(r"[【〔\[［]\s*(牵头单位|牵头部门|负责单位|负责部门|责任单位|责任部门|主责单位|配合单位|配合部门|"
                              r"协办单位|参与单位|完成时限|完成时间)\s*[】〕\]］]\s*[:：]?")


def bracketed_labels_as_fields(text: str) -> str:
    """【责任单位】 rewritten as 责任单位：, same length (offsets hold), so the field readers take it."""
    if "】" not in text and "〕" not in text and "]" not in text and "］" not in text:
        return text
    return _BRACKETED_LABEL.sub(lambda m: (m.group(1) + "：").ljust(len(m.group())), text)


def starts_with_field(text: str) -> bool:
    """Does the paragraph open with a responsibility field (牵头单位：, 配合单位：…)?"""
    return bool(_LINE_FIELD.match(text))


def line_clause(text: str, convention: str | None = None) -> Clause | None:
    """A paragraph that is wholly a responsibility without brackets: 责任单位：… or X牵头，Y按职责分工负责."""
    if len(text) > 400 or not (_LINE_FIELD.match(text) or _ROLE_WORD.search(text)) or "。" in text.rstrip("。 "):
        return None
    aside = aside_start(text)
    body = role_notes_as_words(without_status(text if aside is None else text[:aside]))
    mentions, labelled = parse_clause(body, 0, convention)
    mentions = [m for m in mentions if m.name]
    if not mentions or not ((labelled and _LINE_FIELD.match(text)) or all(is_unit(m.name) for m in mentions)):
        return None
    return Clause(0, len(text), tuple(mentions), labelled)


def merge_roles(clauses: list[Clause]) -> tuple[list[UnitMention], list[UnitMention]]:
    """Merge the clauses of one measure: a unit that leads anywhere is lead only."""
    lead: dict[str, UnitMention] = {}
    support: dict[str, UnitMention] = {}
    for clause in clauses:
        for m in clause.units:
            if m.role == LEAD:
                lead.setdefault(m.name, m)
            else:
                support.setdefault(m.name, m)
    return list(lead.values()), [m for n, m in support.items() if n not in lead]
