"""Numeric targets (3700万标箱, 90%, 翻番) and deadlines (2021年底前, 到2025年) found in a measure."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from .labels import cn_to_int
from .memo import cached

_MULT = "万亿千百"
_MEASURE_WORDS = (
    "个百分点|个工作日|工作日|美元|欧元|港元|澳门元|元|标箱|标准箱|TEU|吨标准煤|吨|家次|家|个|项|类|单|人次|人|所|条|座|艘|架|"
    "平方米|平方公里|公顷|公里|千米|亩|户|倍|台|套|件|场次|场|批|名|位|千瓦|兆瓦|GW|MW|万千瓦|辆|列|班|票|笔|份|张|"
    "种|款|部|间|栋|床|宗|处|微克/立方米|毫克/立方米|立方米|GB|Gbps|Mbps|[PET][Ff][Ll][Oo][Pp][Ss]|%|‰")
# Each pattern opens with a digit or a literal, so the regex engine skips prose quickly; a look-behind
# placed first would defeat that, so "not after a digit, . 第 前" is checked after the first digit.
NUMBER_QUANTITY = re.compile(rf"(\d(?<![\d.第前]\d)\d*(?:\.\d+)?)\s*([{_MULT}]*)\s*({_MEASURE_WORDS})")
DOUBLING = re.compile(r"翻[一两]?番")
ROUND_AMOUNT = re.compile(r"(?:迈上|突破|达到|超过)(万亿元|千亿元|百亿元|万亿美元|千亿美元)")
# Earlier in a number's clause, these make it a cap, an incentive or a per-recipient amount, not a goal.
_CAP_OR_INCENTIVE = re.compile(r"不超过|不高于|最高|最多|上限|不得超过|给予|补贴|奖励|资助|补助|奖补|减免|贴息")
# …之后: 10万元一次性奖励, 100万元经费支持: the amount of an incentive.
_INCENTIVE_AFTER = re.compile(r"\s*(?:以上|左右)?\s*(?:的)?\s*(?:一次性|经费|资金)?\s*(?:奖励|补贴|补助|资助|奖补|贴息|支持)")
# 年进出口额1亿美元以上重点企业, 建筑面积5000平方米以上在建工地: a size that picks who is meant, not a goal.
# 产值超10亿元企业5家: the same, with 超/达 before the size and the kind of body right after it.
_THRESHOLD_BEFORE = re.compile(r"(?:额|面积|规模|收入|产值|营收|投资|资产|用地|容量|功率|能耗)\s*(超过|超|达到|达)?\s*$")
_THRESHOLD_AFTER = re.compile(r"\s*(?:及以上|以上|以下)[\u4e00-\u9fa5]")
_BODY_AFTER = re.compile(r"\s*(?:及以上|以上)?(?:的)?[\u4e00-\u9fa5]{0,4}?(?:企业|项目|工地|园区|主体|集团|工厂|商户|门店)")
# 每辆车发放2000元, 每户补助500元: an amount per recipient (每年, 每月 are periods, not recipients).
_PER_RECIPIENT = re.compile(r"每(?!年|月|季|周|天|日|半年|小时)[\u4e00-\u9fa5]{1,3}?(?:车|人|户|家|个|件|台|名|位|项|所|套|辆|次)")
_CURRENCY = ("元", "美元", "欧元", "港元", "澳门元")
# 每年交流轮岗教师比例不低于…总数的10%, 每年从土地出让收益中安排不低于…的8%: a standing yearly share of a basis.
_YEARLY = re.compile(r"每(?:个)?(?:年|学年|年度)")
_SHARE_OF_BASIS = re.compile(r"(?:不低于|不少于|不高于|不超过)[^，,。；;]{0,30}的\s*$")
_RATE_BASIS = re.compile(r"按(?:照)?[^，,。；;]*的\s*$")  # 按实际投入的30%: a rate of support, not a share to reach
_SANCTION = re.compile(r"罚款|罚金|处罚|没收")
# 组建规模不低于10亿元的…基金: the committed size of what the measure sets up is a target, though written as X的.
_COMMITTED_SIZE = re.compile(r"(?:组建|设立|设|成立|发起|建立|安排)[^，,。；;]{0,12}?(?:规模|总规模|总额|资金)"
                             r"(?:不低于|不少于|达到|达|超过|为)?\s*$")
# 压缩至30小时以内: a duration is a target only as the limit of a reduction.
# 压缩企业开办时间至1个工作日, 压缩在3个工作日内 too: what is reduced may stand between the verb and the limit.
DURATION_TARGET = re.compile(r"(?:(?:压缩|缩短|减少|控制)[^，,。；;\d]{0,12}?(?:至|到|在)|降至|降低至|不超过)\s*(\d+(?:\.\d+)?)\s*"
                             r"(个工作日|工作日|小时|分钟|天|日)")
_TARGET_CUE = re.compile(
    r"(达到|达|突破|超过|力争|争取|实现|累计|新增|增加|增长|提高|提升|提高到|提升至|培育|打造|建设|建成|引进|设立|形成|"
    r"扩大|推动|支持|认定|完成|压缩|缩短|降至|降低|覆盖|迈上|翻|占|保持|稳定在|不少于|以上|确保|帮助|发布|提供|新建|"
    r"建立|组织|培训|服务|举办|开展|吸引|带动|推出|开行|开通|发放|招引|储备|孵化|创建|布局|落地|签约|年均|每年|全年|"
    r"培养|不低于|比重|比例|覆盖率|普及率|超|集聚|上线|安排|下降|减少|控制在|接入|归集|盘活|改造|治理|整治|修复|出让|收储|处置|消纳|吸纳|招聘|推广|惠及|转移就业)")
# number+unit qualifying a noun (展览面积5000平方米以上的展览, 首次突破100亿元的) is a criterion, not a target
_ATTRIBUTIVE_AFTER = re.compile(r"\s*(以上|以下|左右|及以上|以内)?\s*的")
# 3个月, 5个国家: a count of periods or of places described, not a committed number
_NOT_COUNTED_AFTER = ("小时", "月", "年", "批", "日", "工作日", "国家", "地区", "方面", "领域", "城市", "片区")

_DL_PREFIX = re.compile(r"(?:到|至|于|在|截至|截止)\s*$")
# The shared year is written once, outside the alternation: the regex engine then skips ahead to a 1 or a 2.
DEADLINE_YEAR = re.compile(
    r"(?:19|20)\d{2}\s*(?:(?:年)?\s*[—–\-~～至到]\s*(?:19|20)\d{2}\s*年(?!度)"
    r"|年\s*"
    r"(?:底|末|年底|年末|上半年|下半年|前|以前|之前|内|度内|度末|度底|第[一二三四1-4]季度|[一二三四1-4]季度|(?:主?汛期|春节|供暖季|采暖季)前|"
    r"\d{1,2}\s*月\s*(?:底|末|\d{1,2}\s*日)?(?:\s*[—–\-~～至到]\s*\d{1,2}\s*月\s*(?:底|末|\d{1,2}\s*日)?)?)?"  # 4月—6月: a span
    r"(?!度)\s*(?:前|以前|之前|底前)?)")
# 到“十五五”末, “十四五”期末前: the end of a five-year plan period (十一五 ends 2010, 十五五 2030).
DEADLINE_PLAN_END = re.compile(r"(?:到|至)?\s*[“\"‘]?\s*十([一二三四五六七八九])五\s*[”\"’]?\s*(?:时期|规划期)?(?:末|期末)前?")
DEADLINE_RELATIVE = re.compile(r"之日起\s*\d+\s*(?:个)?(?:工作日|日|天|个月|月)内")
_RELATIVE_HEAD = re.compile(r"(?:本|该)?(?:意见|方案|通知|措施|办法|文件)?(?:印发|发布|实施)$")
DEADLINE_RECURRING = re.compile(r"每(?:个)?(?:季度|月|半年|年)(?:结束后|终了后|末|底)?\s*\d+\s*(?:个)?(?:工作日|日|天)内")
DEADLINE_MONTH = re.compile(r"\d(?<!\d\d)\d?\s*月\s*(?:底|末)?\s*(?:前|以前|之前)")
# 今年底前, 本年度内, 年底前完成, 年内完成 (opening a clause, or after 力争/确保/争取): the end of the document's own year.
# A year alone (2026年, 2026年度) says when, not by when: only 底/末/前/内 make it a limit (2026年度内).
DEADLINE_THIS_YEAR = re.compile(r"(?:今年|本年度?)(?:年底|底|年末|末|内)前?|(?<![\d年〇一二三四五六七八九十两])年(?:底|末)前"
                                r"|(?:(?<![^，。；：,;:\s])|(?<=力争|确保|争取))年内(?![^\u4e00-\u9fa5])")
# 自2024年5月1日起施行 is an effective date and 在2023年基础上 a baseline, not time limits.
# …起, 以…为基础; 2000年底前建成的小区: the date tells which things are meant (built, registered … before it), not
# when work must be done (2026年底前建成10个 has no 的 and is a time limit).
_NOT_DEADLINE_AFTER = re.compile(r"\s*(?:\d{1,2}\s*日)?\s*(?:起|开始|基础上|的基础|水平上|"
                                 r"(?:以前|之前)?(?:建成|竣工|交付|投用|投入使用|出生|成立|注册|登记|设立|认定|取得|批准)的)")
# 2019年1月1日至12月31日, 有效期至2027年12月31日: the window a rule is valid in, not a time limit for work.
_WINDOW_AFTER = re.compile(r"\s*(?:\d{1,2}\s*日)?\s*(?:至|到|—|－|-|~|～)\s*(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月")
_RANGE_AFTER = re.compile(r"\s*(?:至|到|—|－|~|～)\s*(?:19|20)\d{2}")  # 2024年6月至2025年底: the start of a span
_AFTER_A_DAY = re.compile(r"日\s*(?:至|到|—|－|~|～)\s*$")
_VALIDITY = re.compile(r"有效期|执行期|实施期限|施行期")
# 自受理申请之日起20日内: a step of a procedure, repeated for every case, not a limit of the plan's work.
_PROCEDURE_EVENT = re.compile(r"(?:受理|申请|收到|执业|登记|提交|立案|送达|接到|作出|发现|知道|申报|注册|备案|取得)[^，,。；;]{0,6}$")
# 力争5年内培育100家: a span of years bounding a goal of the same clause.
DEADLINE_YEARS_WITHIN = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十两]{1,2})\s*年(?:内|时间)")
_YEAR_IN = re.compile(r"((?:19|20)\d{2})\s*年")
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")


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


_DIGIT = re.compile(r"\d")
_CLAUSE_END = re.compile(r"[。；，,;]")
_UP_TO_CLAUSE_END = re.compile(r".*[。；，,;]", re.DOTALL)  # greedy: ends after the last one


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    before = _UP_TO_CLAUSE_END.match(text, 0, start)
    after = _CLAUSE_END.search(text, end)
    return (before.end() if before else 0), (after.start() if after else len(text))


def find_quantities(text: str) -> list[Quantity]:
    """Targets the measure commits to; caps, criteria and descriptive counts are left out."""
    if "翻" not in text and "亿" not in text and not _DIGIT.search(text):  # all but 翻番 and 万亿元 hold a digit
        return []
    out: list[Quantity] = []
    for m in DOUBLING.finditer(text):
        out.append(Quantity(m.group(), None, m.group(), _year_near(text, m.start()), m.start(), m.end()))
    for m in DURATION_TARGET.finditer(text):
        word = m.group(1) + m.group(2)
        out.append(Quantity(word, _value(m.group(1), ""), m.group(2), _year_near(text, m.start()), m.start(1), m.end()))
    for m in ROUND_AMOUNT.finditer(text) if "亿" in text else ():
        out.append(Quantity(m.group(1), None, m.group(1), _year_near(text, m.start(1)), m.start(1), m.end()))
    taken = {q.start for q in out}
    for m in NUMBER_QUANTITY.finditer(text):
        if m.start() in taken:
            continue
        num, mult, unit = m.group(1), m.group(2), m.group(3)
        if unit == "个" and text.startswith(_NOT_COUNTED_AFTER, m.end()) or unit in ("个工作日", "工作日"):
            continue  # a duration is a target only as the limit of a reduction (DURATION_TARGET)
        left, right = _clause_bounds(text, m.start(), m.end())
        if _not_a_goal(text, m, left, right):
            continue
        if _ATTRIBUTIVE_AFTER.match(text, m.end()) and not _COMMITTED_SIZE.search(text, left, m.start()):
            continue
        if not _TARGET_CUE.search(text, left, right):
            continue
        word = f"{num}{mult}{unit}"
        out.append(Quantity(word, _value(num, mult), f"{mult}{unit}", _year_near(text, m.start()), m.start(), m.end()))
    out.sort(key=lambda q: q.start)
    return out


def _not_a_goal(text: str, m: re.Match, left: int, right: int) -> bool:
    """A cap, an incentive, a rate of support, a threshold, a per-recipient amount or a sanction in its clause."""
    size = _THRESHOLD_BEFORE.search(text, left, m.start())
    if size and (_THRESHOLD_AFTER.match(text, m.end()) if not size.group(1) else _BODY_AFTER.match(text, m.end())):
        return True
    if m.group(3) in _CURRENCY and _PER_RECIPIENT.search(text, left, m.start()):
        return True
    if m.group(3) in ("%", "‰") and _SHARE_OF_BASIS.search(text, left, m.start()) \
            and _YEARLY.search(text, text.rfind("。", 0, m.start()) + 1, m.start()):  # 每年 anywhere in its sentence
        return True
    committed = _COMMITTED_SIZE.search(text, left, m.start())  # 安排…补助资金不低于8000万元: the budget itself
    capped = _CAP_OR_INCENTIVE.search(text, left, m.start()) and not committed
    return bool(capped or _INCENTIVE_AFTER.match(text, m.end())
                or text.startswith("级", m.end())  # 10万吨级航道: a grade that describes, not a count to reach
                or "之日起" in text[left:m.start()]  # 自收到申请之日起15个工作日内: a time limit
                or (m.group(3) in ("%", "‰") and _RATE_BASIS.search(text, left, m.start()))
                or _SANCTION.search(text, left, right))


def _year_near(text: str, pos: int) -> int | None:
    left = max(text.rfind("。", 0, pos), 0)
    years = _YEAR_IN.findall(text, left, pos)
    return int(years[-1]) if years else None


# _due's patterns, compiled once (it runs for every deadline found).
_DUE_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}年?[—–\-~～至到]((?:19|20)\d{2})年")
_DUE_MONTH_SPAN = re.compile(r"((?:19|20)\d{2})年\d{1,2}月[^—–\-~～至到]{0,4}[—–\-~～至到](\d{1,2})月")
_DUE_THIS_YEAR_MONTH = re.compile(r"(?:今年|本年)(\d{1,2})月(?:底|末)?(?:前|以前|之前)?")
_DUE_DAY = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_DUE_MONTH = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月")
_DUE_QUARTER = re.compile(r"((?:19|20)\d{2})年(上半年|第?[一1]季度|第?[二2]季度|第?[三3]季度)")
_DUE_PLAN = re.compile(r"十([一二三四五六七八九])五")
_DUE_SEASON = re.compile(r"((?:19|20)\d{2})年(主?汛期|春节|供暖季|采暖季)前")
_DUE_YEAR = re.compile(r"((?:19|20)\d{2})年")
_DUE_YEARS_WITHIN = re.compile(r"^(\d{1,2}|[一二三四五六七八九十两]{1,2})年(?:内|时间)")
_DUE_RELATIVE = re.compile(r"之日起(\d+)(个)?(工作日|日|天|个月|月)内")
_ANY_SPACE = re.compile(r"\s+")


@cached
def _due(text: str, doc_date: str | None) -> str | None:
    t = _ANY_SPACE.sub("", text)
    if doc_date and DEADLINE_THIS_YEAR.fullmatch(t):
        return f"{doc_date[:4]}-12-31"
    m = _DUE_YEAR_SPAN.search(t)
    if m:
        return f"{m.group(1)}-12-31"
    m = _DUE_MONTH_SPAN.search(t)
    if m and 1 <= int(m.group(2)) <= 12:  # 2026年4月—6月: the span's end
        y, mo = int(m.group(1)), int(m.group(2))
        return f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    m = _DUE_THIS_YEAR_MONTH.fullmatch(t)
    if m and doc_date and 1 <= int(m.group(1)) <= 12:  # 今年6月底前: the document's year
        y, mo = int(doc_date[:4]), int(m.group(1))
        return f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    m = _DUE_DAY.search(t)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = _DUE_MONTH.search(t)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    m = _DUE_QUARTER.search(t)
    if m:
        y = int(m.group(1))
        md = {"上": "06-30", "一": "03-31", "1": "03-31", "二": "06-30", "2": "06-30", "三": "09-30", "3": "09-30"}
        key = m.group(2).lstrip("第")[0]
        return f"{y:04d}-{md.get(key, '12-31')}"
    m = _DUE_PLAN.search(t) if "五" in t else None
    if m and DEADLINE_PLAN_END.search(t):
        return f"{1955 + 5 * (10 + cn_to_int(m.group(1)))}-12-31"
    m = _DUE_SEASON.search(t) if "期前" in t or "节前" in t or "季前" in t else None
    if m:  # the season's usual start: 汛期 June, 春节 late January at the earliest, heating November
        return f"{int(m.group(1)):04d}-" + {"春节": "01-20", "供暖季": "10-31", "采暖季": "10-31"}.get(m.group(2), "05-31")
    m = _DUE_YEAR.search(t)
    if m:
        return f"{int(m.group(1)):04d}-12-31"
    m = _DUE_YEARS_WITHIN.search(t)
    if m and doc_date:
        return f"{int(doc_date[:4]) + cn_to_int(m.group(1)):04d}-12-31"
    m = _DUE_RELATIVE.search(t)
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


def find_deadlines(text: str, doc_date: str | None = None) -> list[Deadline]:
    """Time limits as written, each with the due date it implies."""
    # Substring tests (fast) skip the patterns that cannot match: each needs its literal.
    if not _DIGIT.search(text) and "年" not in text and "末" not in text:
        return []
    has_year = "19" in text or "20" in text
    spans: list[tuple[int, int]] = []
    refused: list[tuple[int, int]] = []   # dates that are no time limit: their month is none either
    for m in DEADLINE_YEAR.finditer(text) if has_year else ():
        body = m.group().rstrip()
        if _BARE_YEAR.fullmatch(body) and not _DL_PREFIX.search(text, max(0, m.start() - 3), m.start()):
            continue  # a bare year is a date mention unless written 到2025年
        if _NOT_DEADLINE_AFTER.match(text, m.start() + len(body)) or _is_window(text, m.start(), m.start() + len(body)) \
                or _long_past(body, doc_date):
            refused.append((m.start(), m.start() + len(body)))
            continue
        p = _DL_PREFIX.search(text, max(0, m.start() - 3), m.start())
        kept = p and not p.group().startswith(("于", "在"))  # 到2027年 as written; 于2026年底前 is 2026年底前
        spans.append((p.start() if kept else m.start(), m.start() + len(body)))
    for m in DEADLINE_PLAN_END.finditer(text) if "五" in text and "末" in text else ():
        spans.append((m.start(), m.end()))
    for m in DEADLINE_RELATIVE.finditer(text) if "之日起" in text else ():
        if _PROCEDURE_EVENT.search(text, max(0, m.start() - 12), m.start()):
            continue
        h = _RELATIVE_HEAD.search(text, max(0, m.start() - 8), m.start())
        spans.append((h.start() if h and h.group() else m.start(), m.end()))
    for m in DEADLINE_YEARS_WITHIN.finditer(text) if "年内" in text or "年时间" in text else ():
        if _bounds_a_goal(text, m.end()):
            spans.append((m.start(), m.end()))
    for m in DEADLINE_RECURRING.finditer(text) if "每" in text else ():
        spans.append((m.start(), m.end()))
    for m in DEADLINE_THIS_YEAR.finditer(text) if ("今年" in text or "本年" in text or "底前" in text
                                                    or "末前" in text or "年内" in text) else ():
        if not any(a <= m.start() < b for a, b in spans):
            spans.append((m.start(), m.end()))
    for m in DEADLINE_MONTH.finditer(text) if "月" in text else ():
        if not any(a <= m.start() < b for a, b in spans + refused):
            # 每年12月底前: a yearly limit; 今年6月底前: this year's, as written
            yearly = m.start() >= 2 and text[m.start() - 2:m.start()] in ("每年", "今年", "本年")
            spans.append((m.start() - 2 if yearly else m.start(), m.end()))
    spans.sort()
    return [Deadline(text[a:b], _due(text[a:b], doc_date), a, b) for a, b in spans]


def _long_past(body: str, doc_date: str | None) -> bool:
    """A date two or more years before the document's own (2005年底前建成、失养失修的小区 in a 2026 plan): it tells
    which things are meant, as no plan sets a time limit already past when it is issued."""
    year = _DUE_YEAR.search(body)
    return bool(doc_date and year and int(year.group(1)) < int(doc_date[:4]) - 1)


def _is_window(text: str, start: int, end: int) -> bool:
    """A date that opens or closes a validity window (…至12月31日, 有效期至2027年12月31日)."""
    if (text[end - 1] == "日" and _WINDOW_AFTER.match(text, end)) or _RANGE_AFTER.match(text, end):
        return True
    left, _ = _clause_bounds(text, start, end)
    return bool(_VALIDITY.search(text, left, start) or _AFTER_A_DAY.search(text, max(left, start - 4), start))


def _bounds_a_goal(text: str, end: int) -> bool:
    """Does a counted goal follow in the clause (5年内培育100家), rather than a benefit (5年内免征)?"""
    _, right = _clause_bounds(text, end, end)
    return any(q.start >= end for q in find_quantities(text[:right]))


def dedupe(items, key=lambda x: x.text):
    seen, out = set(), []
    for it in items:
        k = key(it)
        if k not in seen:
            seen.add(k)
            out.append(it)
    return out
