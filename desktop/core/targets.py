"""Numeric targets (3700万标箱, 90%, 翻番) and deadlines (2021年底前, 到2025年) found in a measure."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

_MULT = "万亿千百"
_MEASURE_WORDS = (
    "个百分点|个工作日|工作日|美元|欧元|港元|澳门元|元|标箱|标准箱|TEU|吨|家次|家|个|项|类|单|人次|人|所|条|座|艘|架|"
    "平方米|平方公里|公顷|公里|千米|亩|户|倍|台|套|件|场次|场|批|名|位|千瓦|兆瓦|GW|MW|万千瓦|辆|列|班|票|笔|份|张|"
    "种|款|部|间|栋|床|吨标准煤|立方米|GB|Gbps|Mbps|%|‰")
QUANTITY = re.compile(
    rf"(?<![\d.第前])(\d+(?:\.\d+)?)\s*([{_MULT}]*)\s*({_MEASURE_WORDS})|(翻一番|翻番|翻两番)|(?<=迈上|突破|达到|超过)(万亿元|千亿元|百亿元|万亿美元|千亿美元)")
_CAP_BEFORE = re.compile(r"(不超过|不高于|最高|最多|上限|不得超过|每[家个人户]?最高|给予|补贴|奖励|资助|不低于|最高给予)\s*$")
_TARGET_CUE = re.compile(
    r"(达到|达|突破|超过|力争|争取|实现|累计|新增|增加|增长|提高|提升|提高到|提升至|培育|打造|建设|建成|引进|设立|形成|"
    r"扩大|推动|支持|认定|完成|压缩|缩短|降至|降低|覆盖|迈上|翻|占|保持|稳定在|不少于|以上|确保|帮助|发布|提供|新建|"
    r"建立|组织|培训|服务|举办|开展|吸引|带动|推出|开行|开通|发放|招引|储备|孵化|创建|布局|落地|签约|新增|年均|每年|全年)")
# number+unit qualifying a noun (展览面积5000平方米以上的展览, 首次突破100亿元的) is a criterion, not a target
_ATTRIBUTIVE_AFTER = re.compile(r"\s*(以上|以下|左右|及以上|以内)?\s*的")
_DESCRIPTIVE_UNITS = {"小时", "天", "日", "年", "月", "周", "分钟", "秒"}

DEADLINE = re.compile(
    r"((?:到|至|于|在|截至|截止)?\s*(?:19|20)\d{2}\s*(?:年)?\s*[—–\-~～至到]\s*(?:19|20)\d{2}\s*年(?!度)"
    r"|(?:到|至|于|在|截至|截止)?\s*(?:19|20)\d{2}\s*年\s*"
    r"(?:底|末|年底|年末|上半年|下半年|前|以前|之前|内|第[一二三四1-4]季度|[一二三四1-4]季度|"
    r"\d{1,2}\s*月\s*(?:底|末|\d{1,2}\s*日)?)?(?!度)\s*(?:前|以前|之前|底前)?"
    r"|(?:本|该)?(?:意见|方案|通知|措施|办法|文件)?(?:印发|发布|实施)之日起\s*\d+\s*(?:个)?(?:工作日|日|天|个月|月)内"
    r"|(?<!\d)\d{1,2}\s*月\s*(?:底|末)?\s*(?:前|以前|之前))")
# 自2024年5月1日起施行 is an effective date and 在2023年基础上 a baseline, not time limits.
_NOT_DEADLINE_AFTER = re.compile(r"\s*(?:\d{1,2}\s*日)?\s*(?:起|基础上|的基础|水平上)")


class Quantity(NamedTuple):
    text: str
    value: float | None
    unit: str
    year: int | None
    start: int
    end: int


class Deadline(NamedTuple):
    text: str
    due: str | None  # ISO date when one is implied
    start: int
    end: int


def _value(num: str, mult: str) -> float | None:
    try:
        v = float(num)
    except ValueError:
        return None
    for c in mult:
        v *= {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}[c]
    return v


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in "。；，,;") + 1
    rights = [i for i in (text.find(c, end) for c in "。；，,;") if i >= 0]
    return left, (min(rights) if rights else len(text))


def find_quantities(text: str) -> list[Quantity]:
    """Targets the measure commits to; caps and descriptive durations are left out."""
    out: list[Quantity] = []
    for m in QUANTITY.finditer(text):
        if m.group(4):
            out.append(Quantity(m.group(4), None, m.group(4), _year_near(text, m.start()), m.start(), m.end()))
            continue
        if m.group(5):
            out.append(Quantity(m.group(5), None, m.group(5), _year_near(text, m.start()), m.start(), m.end()))
            continue
        num, mult, unit = m.group(1), m.group(2), m.group(3)
        after = text[m.end():m.end() + 2]
        if unit in ("个", "个工作日") and after[:2] in ("小时", "月份") or after[:1] in ("月", "年", "批", "小", "日") \
                and unit in ("个",):
            continue
        if unit == "个" and after.startswith(("国家", "地区", "方面", "领域", "城市", "片区")) and not _cued(text, m.start()):
            continue
        before = text[max(0, m.start() - 8):m.start()]
        if _CAP_BEFORE.search(before) or _ATTRIBUTIVE_AFTER.match(text, m.end()):
            continue
        if not _cued(text, m.start()):
            continue
        word = f"{num}{mult}{unit}"
        out.append(Quantity(word, _value(num, mult), f"{mult}{unit}", _year_near(text, m.start()), m.start(), m.end()))
    return out


def _cued(text: str, pos: int) -> bool:
    left, right = _clause_bounds(text, pos, pos)
    return bool(_TARGET_CUE.search(text[left:right]))


def _year_near(text: str, pos: int) -> int | None:
    left = max(text.rfind("。", 0, pos), 0)
    years = re.findall(r"((?:19|20)\d{2})\s*年", text[left:pos])
    return int(years[-1]) if years else None


def _due(text: str, doc_date: str | None) -> str | None:
    t = re.sub(r"\s+", "", text)
    m = re.search(r"(?:19|20)\d{2}年?[—–\-~～至到]((?:19|20)\d{2})年", t)
    if m:
        return f"{m.group(1)}-12-31"
    m = re.search(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日", t)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = re.search(r"((?:19|20)\d{2})年(\d{1,2})月", t)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    m = re.search(r"((?:19|20)\d{2})年(上半年|第?[一1]季度|第?[二2]季度|第?[三3]季度)", t)
    if m:
        y = int(m.group(1))
        md = {"上": "06-30", "一": "03-31", "1": "03-31", "二": "06-30", "2": "06-30", "三": "09-30", "3": "09-30"}
        key = m.group(2).lstrip("第")[0]
        return f"{y:04d}-{md.get(key, '12-31')}"
    m = re.search(r"((?:19|20)\d{2})年", t)
    if m:
        return f"{int(m.group(1)):04d}-12-31"
    m = re.search(r"之日起(\d+)(个)?(工作日|日|天|个月|月)内", t)
    if m and doc_date:
        base = dt.date.fromisoformat(doc_date)
        n = int(m.group(1))
        if m.group(3) in ("个月", "月"):
            mo = base.month - 1 + n
            y, mo = base.year + mo // 12, mo % 12 + 1
            d = min(base.day, calendar.monthrange(y, mo)[1])
            return dt.date(y, mo, d).isoformat()
        days = n if m.group(3) != "工作日" else n * 7 // 5
        return (base + dt.timedelta(days=days)).isoformat()
    return None


_HAS_DEADLINE = re.compile(r"(?:19|20)\d{2}|之日起|月\s*(?:底|末)?\s*(?:前|以前|之前)")


def find_deadlines(text: str, doc_date: str | None = None) -> list[Deadline]:
    out: list[Deadline] = []
    if not _HAS_DEADLINE.search(text):
        return out
    for m in DEADLINE.finditer(text):
        word = m.group(1).strip()
        if _NOT_DEADLINE_AFTER.match(text, m.end()):
            continue
        if re.fullmatch(r"(?:19|20)\d{2}年", word):
            # A bare year is a deadline only in 到/至 form or before 前/底; otherwise it is a date mention.
            continue
        start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        out.append(Deadline(word, _due(word, doc_date), start, start + len(word)))
    return out


def dedupe(items, key=lambda x: x.text):
    seen, out = set(), []
    for it in items:
        k = key(it)
        if k not in seen:
            seen.add(k)
            out.append(it)
    return out
