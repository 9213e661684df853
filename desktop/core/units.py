"""Unit names: cleaning qualifiers, telling a unit from prose, and expanding shared prefixes and suffixes."""

from __future__ import annotations

import re

from .gazetteer import CITY_PROVINCE, JURISDICTION_PREFIX, starts_with_place
from .memo import cached

# Endings that make a string an organisation's name.
UNIT_SUFFIX = re.compile(
    r"(厅|局|委|办|院|部|会|室|署|站|机关|所|司|团|中心|公司|集团|政府|单位|小组|协会|学会|大学|学校|医院|"
    r"法院|检察院|海关|银行|支行|分行|总站|办公室|指挥部|管委会|执委会|委员会|工作组|领导小组|成员单位|"
    r"党委|党组|交易所|研究院|事务所|联合会|基金会|商会|总会|分局|分署|监管局|管理局|服务局|港务局|边检站|海事局|"
    r"税务局|军区|支队|大队|总队|保险|证券|银保监局|证监局|集团公司|企业|平台|园区|片区|社|行署|办事处|管理处|部门|"
    r"中央|妇联|科协|残联|工商联|侨联|文联|台联|作协)$")  # 人民团体: 共青团中央, 全国妇联, 中国科协
# Government departments, the only units that inherit a list's 省/市 prefix (not 集团, 公司, 海关).
GOV_BODY = re.compile(r"(厅|局|委|办|部|院|室|社|委员会|办公室|领导小组|指挥部|县级市|区|县|市|政府)$")
# Collective units kept verbatim: 各区政府, 各地级以上市, 各有关单位.
COLLECTIVE = re.compile(r"^(各|有关|相关)[\u4e00-\u9fa5]{1,12}$")

_QUALIFIERS = re.compile(
    r"(?:等(?:相关|有关)?(?:单位|部门)?|^(?:相关|有关)(?:单位|部门))?(?:按职责分工|按职能分工|按职责|分别|共同|具体|协同|"
    r"抓好|组织|配合|参与)?(负责落实|负责|牵头负责|牵头|配合|参与|落实|实施|推进|主责|协同|"
    r"为(?:牵头|配合|责任|主责|参与)(?:单位|部门))$")
# 等, 等部门, 等有关部门和单位, 等相关单位: a list's tail, not a name.
# 等行业主管部门, 等市直成员单位, 等职能部门 too: a short description of the rest of the list.
_TRAILING = re.compile(r"等(?:[\u4e00-\u9fa5]{0,6}?(?:部门|单位|机构))?(?:(?:和|及|与)(?:有关|相关)?(?:部门|单位|机构))?$")
_NOTES = re.compile(r"[（(](以下简称|简称|下称)[^（()）]*[)）]|[（(](下同|不再列出|以下同|下同，不再列出)[)）]|"
                    r"[（(](?:排名|排序)?不分先后(?:顺序)?[)）]|"
                    r"(下同|不再列出|以下).*$")
_LEADING = re.compile(r"^(由|请|以及|并)")
_ADMIN_END = re.compile(r"(片区|新区|市|区|县|省|盟|旗|镇)$")
_SPLIT_ADMIN = re.compile(r"(片区|新区|林区|市|区|县|州|省|盟|旗)")


_NEEDS_CLEANING = re.compile(r"等|负责|牵头|配合|参与|落实|实施|推进|分工|下同|列出|以下同|主责|协同|为责任|先后|"
                             r"^(由|请|和|及|以及|与|并)")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_BAD_CHARS = re.compile(r"[。；！？，]|\d{2,}")


def _endings(pattern: re.Pattern) -> tuple[str, ...]:
    """The alternatives of an ``(a|b|…)$`` pattern, for str.endswith (a $-anchored search tries every position)."""
    return tuple(pattern.pattern[1:-2].split("|"))


_SUFFIXES = _endings(UNIT_SUFFIX)
_GOV_ENDS = _endings(GOV_BODY)
_DEPARTMENT_ENDS = tuple(e for e in _GOV_ENDS if e not in ("县级市", "区", "县", "市", "政府"))
_ADMIN_ENDS = _endings(_ADMIN_END)


@cached
def clean_item(item: str) -> str:
    """Strip role words, qualifiers and notes from one list item."""
    s = item.strip(" \t，,。；;：:、*")
    if not _NEEDS_CLEANING.search(s):
        return s
    s = _NOTES.sub("", s).strip(" \t，,。；;：:、")
    for _ in range(3):
        before = s
        s = _QUALIFIERS.sub("", s)
        s = _TRAILING.sub("", s)
        s = _LEADING.sub("", s)
        s = s.strip(" \t，,。；;：:、*").rstrip("（(")
        if s == before:
            break
    return s


_FIELD_NAME = re.compile(r"^(?:牵头|负责|责任|主责|配合|协办|协助|参与|成员|实施)(?:单位|部门)$")  # a label, not a body


@cached
def is_unit(name: str) -> bool:
    """True when ``name`` reads as the name of a body (or a collective such as 各区政府)."""
    if not (2 <= len(name) <= 40) or _FIELD_NAME.match(name):
        return False
    if name.endswith(("）", ")")):  # 各市（地）人民政府（行署）: judge the name without its bracketed note
        name = _BRACKETED.sub("", name)
    if name.endswith(_SUFFIXES):
        return not _BAD_CHARS.search(name)
    return bool(COLLECTIVE.match(name))


_NOT_IN_A_NAME = re.compile(r"[的要将在对以按等和及与并或由是了于把被均不可应须需请同列出，。；：、\d年月日]|"
                            r"持续|长期|推进|落实|实施|完成|开展|加强|坚持|常态|另行")


def names_a_body(name: str) -> bool:
    """A unit, or a short name standing in a 牵头单位：/责任单位： list, where the field says it is a body (上城资本)."""
    if is_unit(name):
        return True
    bare = _BRACKETED.sub("", name)
    return 2 <= len(bare) <= 10 and not _NOT_IN_A_NAME.search(bare) and not _BAD_CHARS.search(bare)


def _is_complete(name: str) -> bool:
    if name.endswith(("）", ")")):  # 市委组织部（人才办）: judge the name without its alias
        name = _BRACKETED.sub("", name)
    return name.endswith(_SUFFIXES) and not name.endswith(_ADMIN_ENDS)


_GOVERNMENTS = ("人民政府", "政府", "管委会", "管理委员会")
_PLACE_END = re.compile(r"(片区|新区|林区|市|区|县|州|省|盟|旗)$")
_CITY_START = re.compile("^(" + "|".join(sorted(CITY_PROVINCE, key=len, reverse=True)) + ")")
_CITY_END = re.compile("(" + "|".join(sorted(CITY_PROVINCE, key=len, reverse=True)) + ")$")


def _whole_place(name: str) -> bool:
    """恩施州, 黄埔区, 海口江东新区: a place with its level; not 广州 or …福州, bare city names."""
    m = _PLACE_END.search(name)
    return bool(m) and len(name) - len(m.group()) >= 2 and not _CITY_END.search(name)


def _share_suffix(items: list[str]) -> list[str]:
    """广州、深圳市人民政府 → 广州市人民政府, 深圳市人民政府; 黄埔区、南沙区政府 → 黄埔区政府, 南沙区政府."""
    if len(items) < 2 or not _is_complete(items[-1]):
        return items
    incomplete = [i for i, s in enumerate(items[:-1]) if not _is_complete(s)]
    if not incomplete:
        return items
    last = items[-1]
    out = list(items)
    # Where the place name ends in the last item: its first admin marker after any city name
    # (市 in 深圳市人民政府, 州 in 红河州人民政府, 区 in 神农架林区人民政府).
    city = _CITY_START.match(last)
    # the levels inside a bracket (县（市、区）人民政府) are the collective's own, not the place's marker
    probe = _BRACKETED.sub(lambda b: "　" * len(b.group()), last) if "（" in last or "(" in last else last
    m = _SPLIT_ADMIN.search(probe, city.end() if city else 1) or (_SPLIT_ADMIN.match(probe) if not city else None)
    while m and _SPLIT_ADMIN.match(probe, m.end()):  # 定州市人民政府: the 州 is the name's, the 市 its level
        m = _SPLIT_ADMIN.match(probe, m.end())
    if not m or not last[m.end():]:
        return items
    if m.start() < 2:  # 各县级市、区人民政府 share a government; 市人行、市数据局 or 高新区、团市委 share nothing
        shared = _BRACKETED.sub("", last[m.end():], count=1) if last[m.end()] in "（(" else last[m.end():]
        if shared not in _GOVERNMENTS:
            return items
        return [s + shared if i in incomplete and s.endswith(_ADMIN_ENDS) else s for i, s in enumerate(items)]
    # 恩施州、神农架林区人民政府: the heads are whole place names, they share only 人民政府.
    # 广州、深圳市人民政府 / 南宁、崇左片区管委会: bare names, they share the marker too.
    whole = any(_whole_place(items[i]) for i in incomplete)
    for i in incomplete:  # 丰县、沛县、睢宁县人民政府: a head with the marker already shares what follows it
        out[i] = items[i] + (last[m.end():] if whole or items[i].endswith(m.group()) else last[m.start():])
    # A first item carrying a longer qualifier (广西自贸试验区南宁) lends it to the others.
    first = items[0]
    bare_names = all(len(s) <= 5 for s in items[1:-1]) and 1 <= m.start() <= 5
    if 0 in incomplete and bare_names and len(first) > 4 and not first.endswith(_ADMIN_ENDS):
        cut = max((mm.end() for mm in _SPLIT_ADMIN.finditer(first, 0, len(first) - 1)), default=0)
        prefix = first[:cut]
        if cut >= 2 and len(first) - cut <= 5:
            for i in range(1, len(items)):
                if not out[i].startswith(prefix) and not JURISDICTION_PREFIX.match(items[i]):
                    out[i] = prefix + out[i]
    return out


_UNDER_EACH = ("县", "区")  # 各区、县级市 → 各区, 各县级市; 各县、区人民政府 → 各区人民政府


def _share_prefix(items: list[str]) -> list[str]:
    """省公安厅、财政厅 → 省公安厅, 省财政厅; 各区、县级市 → 各区, 各县级市."""
    m = JURISDICTION_PREFIX.match(items[0]) if items else None
    if not m:
        return items
    prefix = m.group(1)
    out = [items[0]]
    for s in items[1:]:
        own = JURISDICTION_PREFIX.match(s)
        ends = _GOV_ENDS if prefix == "各" else _DEPARTMENT_ENDS  # 各区、县级市; but 市科技局、高新区 keeps 高新区
        # 省委组织部、教育厅: a party committee's prefix is not the government's
        # 各区人民政府、市国资委: a name with its own 省/市 level is no further place of the 各-run
        if (own and (own.group(1) == prefix or prefix != "各" or own.group(1) not in _UNDER_EACH)) \
                or prefix.endswith("委") or not s.endswith(ends) \
                or starts_with_place(s):  # the place lookup last: the cheap tests decide most names
            out.append(s)
        else:
            out.append(prefix + s)
        if own and prefix != "各":  # the nearest prefixed name lends its prefix: 省委网信办、省工业和信息化厅、通信管理局
            prefix = own.group(1)
    return out


def expand_group(items: list[str]) -> list[str]:
    """Expand one 、-separated group of unit names as the document intends."""
    items = [s for s in items if s]
    return _share_prefix(_share_suffix(items))
