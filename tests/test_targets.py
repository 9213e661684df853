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
    ("力争2021年底AEO企业数量突破850家。", [("2021年底", "2021-12-31")]),
    ("2021年4月前提出具体办理措施。", [("2021年4月前", "2021-04-30")]),
    ("通过三年左右时间（2023—2025年），推进试点。", [("2023—2025年", "2025-12-31")]),
    ("2024年上半年完成。", [("2024年上半年", "2024-06-30")]),
    ("自本意见印发之日起30日内制定细则。", [("本意见印发之日起30日内", "2024-02-11")]),
])
def test_deadlines_with_due_dates(text, expected):
    assert d(text, "2024-01-12") == expected


@pytest.mark.parametrize("text", [
    "对2025—2029年度竞争力强的企业给予支持。",
    "2024年我省进出口总额增长5%。",
])
def test_not_deadlines(text):
    assert d(text) == []
