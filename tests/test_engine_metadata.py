"""Metadata wherever the document puts it: wrappers signed before the plan, two-line 通知 titles, 令 headers,
joint issuers, and where the body starts and ends."""

from __future__ import annotations

import pytest

from desktop.core.dates import date_line, signed_line
from engine_text import parse_text
from desktop.core.issuers import issuer_of_title, split_issuers




BODY = "一、重点任务\n（一）推进试点。（市商务局牵头，市财政局配合）\n（二）加强保障。（市财政局负责）\n"


@pytest.mark.parametrize("head", [
    # the 通知 title wrapped inside 《》
    "某省人民政府办公厅关于印发《某省跨境电商\n发展行动方案》的通知\n某政办发〔2025〕3号\n各市人民政府：\n现将《某省跨境电商发展行动方案》印发给你们。\n"
    "某省人民政府办公厅\n2025年3月1日\n（此件公开发布）\n某省跨境电商发展行动方案\n",
    # wrapped after 关于印发, no 《》 and no plan title line after the signature
    "某省人民政府办公厅关于印发\n某省跨境电商发展行动方案的通知\n某政办发〔2025〕3号\n各市人民政府：\n现印发给你们，请认真贯彻执行。\n"
    "某省人民政府办公厅\n2025年3月1日\n（此件公开发布）\n",
])
def test_a_wrapper_signed_before_the_body_keeps_the_body(head):
    result = parse_text(head + BODY)
    assert [m.path for m in result.measures] == [["一", "一"], ["一", "二"]]
    assert result.measures[0].lead == ["市商务局"] and result.measures[0].support == ["市财政局"]
    m = result.meta
    assert (m.title, m.doc_number, m.issuer, m.date) == ("某省跨境电商发展行动方案", "某政办发〔2025〕3号", "某省人民政府办公厅",
                                                        "2025-03-01")


def test_a_document_issued_directly_and_signed_before_its_body():
    text = ("某市人民政府关于推进外贸发展的意见\n某府发〔2025〕2号\n各区人民政府：\n为推进外贸发展，现提出如下意见。\n某市人民政府\n"
            "2025年4月8日\n（此件公开发布）\n" + BODY + "公开方式：主动公开\n")
    result = parse_text(text)
    assert len(result.measures) == 2
    assert (result.meta.title, result.meta.issuer, result.meta.date) == ("某市人民政府关于推进外贸发展的意见", "某市人民政府",
                                                                       "2025-04-08")


def test_the_body_ends_at_closing_lines_after_the_last_item_and_at_an_annex():
    text = "某方案\n" + BODY + "抄送：市委各部门。\n附件：1．重点任务分工表\n2．资金管理办法\n"
    result = parse_text(text)
    assert [m.path for m in result.measures] == [["一", "一"], ["一", "二"]]
    assert "抄送" not in result.measures[-1].text


def test_a_decree_header_gives_number_and_issuer():
    text = ("某省人民政府令\n第12号\n《某省数据条例实施办法》已经省人民政府常务会议通过，现予公布。\n省长　　张三\n2025年1月2日\n"
            "某省数据条例实施办法\n第一条　为了规范数据管理，制定本办法。\n第二条　省数据局负责全省数据管理工作。\n")
    result = parse_text(text)
    m = result.meta
    assert (m.title, m.doc_number, m.issuer, m.date) == ("某省数据条例实施办法", "某省人民政府令第12号", "某省人民政府", "2025-01-02")
    assert [x.path for x in result.measures] == [["第一条"], ["第二条"]]
    assert result.measures[1].lead == ["省数据局"] and result.measures[0].kind == "context"


@pytest.mark.parametrize("text, parts", [
    ("成都市经济和信息化局成都市科学技术局", ["成都市经济和信息化局", "成都市科学技术局"]),
    ("中共广东省委广东省人民政府", ["中共广东省委", "广东省人民政府"]),
    ("中共广东省委 广东省人民政府", ["中共广东省委", "广东省人民政府"]),
    ("广东省人民政府办公厅", ["广东省人民政府办公厅"]),
    ("国务院", ["国务院"]),
])
def test_joint_issuers_split(text, parts):
    assert split_issuers(text) == parts


@pytest.mark.parametrize("title, issuer, kept", [
    ("国务院关于加快推进农业机械化的指导意见", "国务院", "国务院关于加快推进农业机械化的指导意见"),
    ("中共广东省委 广东省人民政府 关于实施五外联动的意见", "中共广东省委、广东省人民政府", "关于实施五外联动的意见"),
    ("中共广东省委广东省人民政府关于实施五外联动的意见", "中共广东省委、广东省人民政府", "关于实施五外联动的意见"),
    ("广州市推动跨境电商发展行动方案", None, "广州市推动跨境电商发展行动方案"),
])
def test_a_single_issuer_stays_in_the_title_joint_issuers_do_not(title, issuer, kept):
    assert issuer_of_title(title) == (issuer, kept)


def test_dates_as_signed():
    assert date_line("2026月3月26日") == "2026-03-26"  # 年 typed as 月
    assert date_line("二〇二四年三月十五日") == "2024-03-15"
    assert date_line("2024年13月1日") is None
    assert signed_line("杭州市上城区人民政府办公室2026年3月17日发布。") == ("杭州市上城区人民政府办公室", "2026-03-17")
    assert signed_line("本措施自2026年3月17日起施行。") is None


def test_a_decree_number_on_one_line():
    text = ("中华人民共和国商务部令第3号\n《对外贸易经营者备案登记办法》已经商务部部务会议审议通过，现予公布。\n部长　王文涛\n2025年3月1日\n"
            "对外贸易经营者备案登记办法\n第一条　为了规范备案，制定本办法。\n第二条　商务部是全国对外贸易经营者备案登记的主管部门。\n")
    result = parse_text(text)
    m = result.meta
    assert (m.title, m.doc_number, m.issuer, m.date) == ("对外贸易经营者备案登记办法", "中华人民共和国商务部令第3号", "商务部",
                                                        "2025-03-01")
    assert [(x.path, x.lead) for x in result.measures] == [(["第一条"], []), (["第二条"], ["商务部"])]
