"""The engine on the client's five seed documents, scored with the client's scorer against the gold."""

import json

import pytest

from conftest import GOLD, SAMPLES
from desktop.core.engine import parse_file
from scoring import score


def _pairs():
    for gold_file in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        yield gold, parse_file(SAMPLES / gold["file"]).to_eval_dict()


def test_seed_scores_reach_098_on_every_metric():
    scores = score(list(_pairs()))
    low = {k: round(v, 3) for k, v in scores.items() if v < 0.98}
    assert not low, f"metrics below 0.98: {low}"


def test_plan_title_not_notice_title():
    result = parse_file(SAMPLES / "000_55174da676faff8d.txt")
    assert result.meta.title == "中国（广东）自由贸易试验区提升战略行动方案"
    assert result.meta.notice_title.endswith("的通知")
    assert result.meta.doc_number == "粤府函〔2024〕9号"
    assert result.meta.date == "2024-01-12"


def test_unit_list_split_by_a_line_break_is_rejoined():
    # Measure 二.三.8's parenthetical is broken across two lines in the source ("…执委会按" / "职责分工负责)").
    result = parse_file(SAMPLES / "000_55174da676faff8d.txt")
    m = next(x for x in result.measures if x.path == ["二", "三", "8"])
    assert m.lead == ["人民银行广东省分行", "人民银行深圳市分行"]
    assert m.support[-1] == "横琴粤澳深度合作区执委会"


def test_closing_metadata_is_not_a_measure():
    result = parse_file(SAMPLES / "002_5422648186973203.txt")
    assert result.meta.disclosure == "主动公开"
    assert all("主送" not in m.text and "公开方式" not in m.text for m in result.measures)
    assert result.measures[-1].path == ["三", "三"]


def test_spans_point_at_the_display_text():
    result = parse_file(SAMPLES / "002_5422648186973203.txt")
    text = result.document.text
    m = next(x for x in result.measures if x.path == ["二", "三", "6"])
    assert text[m.heading_span[0]:m.heading_span[1]] == "加快航空枢纽建设"
    unit = next(u for u in m.units if u.name == "市住房城乡建设局")
    assert text[unit.span[0]:unit.span[1]] == "市住房城乡建设局"
    # 交通运输局 is written without its 市 prefix; the span covers what is written.
    unit = next(u for u in m.units if u.name == "市交通运输局")
    assert text[unit.span[0]:unit.span[1]] == "交通运输局"


def test_traditional_preface_and_markdown_headings():
    result = parse_file(SAMPLES / "003_34d0ec4623e87f5b.txt")
    assert result.meta.issuer == "中共广东省委、广东省人民政府"
    assert result.meta.title == "关于实施“五外联动”推进高水平对外开放的意见"
    assert [m.path for m in result.measures][:3] == [["一"], ["二", "一"], ["二", "二"]]
    assert result.measures[1].heading == "打造优势出口产业集群"
