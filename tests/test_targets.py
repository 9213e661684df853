"""Numeric targets and deadlines: what counts, what does not, and the due dates they imply."""

import pytest

from desktop.core.targets import find_deadlines, find_quantities
from desktop.core.textnorm import fold


def q(text):
    return [x.text for x in find_quantities(fold(text))]


def d(text, date=None):
    return [(x.text, x.due) for x in find_deadlines(fold(text), date)]


@pytest.mark.parametrize("text, expected", [
    ("到2025年，争取累计注册外商投资企业突破3万家，累计实际利用外资金额突破700亿美元。", ["3万家", "700亿美元"]),
    ("争取集装箱吞吐量达3700万标箱，港口货物吞吐量突破5.5亿吨。", ["3700万标箱", "5.5亿吨"]),
    ("实现企业主体数量翻番，外贸进出口总额占比达到40%以上。", ["翻番", "40%"]),
    ("推动跨境电商进出口规模突破万亿元。", ["万亿元"]),
    ("出口退税平均办理时间压缩至5个工作日内。", ["5个工作日"]),
    ("达到１００％覆盖。", ["100%"]),
])
def test_targets(text, expected):
    assert q(text) == expected


@pytest.mark.parametrize("text", [
    "推广海运口岸24小时智能通关。",
    "每家企业最高不超过100万元。",
    "对符合条件的企业给予最高50万元奖励。",
    "落实国务院第七批改革试点经验。",
    "支持一批国内物流前 30 强企业落地。",
])
def test_not_targets(text):
    assert q(text) == []


@pytest.mark.parametrize("text, expected", [
    ("到2025年，争取进出口总额突破8000亿元。", [("到2025年", "2025-12-31")]),
    ("力争2025年底AEO企业数量突破850家。", [("2025年底", "2025-12-31")]),
    ("2024年4月前提出具体办理措施。", [("2024年4月前", "2024-04-30")]),
    ("通过三年左右时间（2023—2025年），推进试点。", [("2023—2025年", "2025-12-31")]),
    ("2024年上半年完成。", [("2024年上半年", "2024-06-30")]),
    ("自本意见印发之日起30日内制定细则。", [("本意见印发之日起30日内", "2024-02-11")]),
])
def test_deadlines_with_due_dates(text, expected):
    assert d(text, "2024-01-12") == expected


@pytest.mark.parametrize("text, expected", [
    ("将2005年底前建成、失养失修的住宅小区纳入改造范围，2026年底前完成改造。", [("2026年底前", "2026-12-31")]),
    ("对2000年以前建成的小区优先安排。", []),
    ("对2025年12月底前注册的社区服务机构给予补助。", []),           # …前注册的: which ones, not by when
    ("2025年12月底前完成社区服务机构注册登记。", [("2025年12月底前", "2025-12-31")]),
    ("2025年底前建成充电桩200个。", [("2025年底前", "2025-12-31")]),
])
def test_dates_that_say_which_things_are_meant_are_no_deadlines(text, expected):
    """In a plan of 2026: a year two or more before it, or a date before 建成的/注册的…, picks things out."""
    assert d(text, "2026-02-26") == expected


@pytest.mark.parametrize("text", [
    "对2025—2029年度竞争力强的企业给予支持。",
    "2024年我省进出口总额增长5%。",
])
def test_not_deadlines(text):
    assert d(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全市建成20个以上、总面积不低于10万平方米，功能完善的标杆社区。", ["20个", "10万平方米"]),
    ("组建规模不低于10亿元的区级专项产业基金。", ["10亿元"]),
    ("市级首期安排外贸发展基金2亿元。", ["2亿元"]),
    ("新一代智能终端应用普及率超70%。", ["70%"]),
    ("培育企业超100家，集聚人才超1000名。", ["100家", "1000名"]),
])
def test_more_targets(text, expected):
    assert q(text) == expected


@pytest.mark.parametrize("text", [
    "给予不超过算力购买费用的60%、每年最高500万元补贴。",          # a rate and a cap
    "按照不超过项目资金总额的15%给予补助，单个项目最高支持1000万元。",
    "对经认定的相关人才给予一次性2万元奖励。",                      # a per-recipient amount
    "给予最高50万元、30万元、10万元一次性奖励。",
    "按设备投资额的8%给予奖励。",                                   # a rate of support
    "对年度营业收入首次超过1000万元的企业给予支持。",              # an eligibility threshold
    "并处违法所得1倍以上5倍以下的罚款。",                          # a sanction
    "应当自收到申请之日起15个工作日内作出答复。",                   # a procedural limit
])
def test_caps_rates_amounts_thresholds_are_not_targets(text):
    assert q(text) == []


@pytest.mark.parametrize("text, expected", [
    ("力争5年内培育企业100家。", [("5年内", "2029-12-31")]),
    ("2024年6月至2025年底完成建设。", [("至2025年底", "2025-12-31")]),
    ("签约之日起6个月内开工建设。", [("之日起6个月内", "2024-07-01")]),
])
def test_more_deadlines(text, expected):
    assert d(text, "2024-01-01") == expected


@pytest.mark.parametrize("text", [
    "本条政策执行期限为2025年1月1日至12月31日。",     # a validity window
    "政策有效期为2024年1月1日至2026年12月31日。",
    "自2025年起对企业给予奖励。",                     # a start date
    "从2025年7月开始推行船边直提。",
    "企业可享受5年内免征。",                           # a benefit duration
    "应当自受理申请之日起20日内作出决定。",            # a step of a procedure
    "专利代理师应当自执业之日起30日内备案。",
])
def test_windows_starts_durations_procedures_are_not_deadlines(text):
    assert d(text, "2024-01-01") == []


@pytest.mark.parametrize("text, expected", [
    ("今年底前完成改造。", [("今年底前", "2024-12-31")]),
    ("年底前完成全部任务。", [("年底前", "2024-12-31")]),
    ("本年度内出台实施细则。", [("本年度内", "2024-12-31")]),
])
def test_year_end_of_the_documents_own_year(text, expected):
    assert d(text, "2024-03-01") == expected
