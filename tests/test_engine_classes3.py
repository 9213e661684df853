"""The engine on traditional-character documents and further layouts (tests/data/classes3): each document is scored
with the client's scorer, every measure's units with roles, targets, deadlines and kind are checked, and one test per
class names what it is about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from class_set import ClassSet
from desktop.core.engine import parse_file

CLASSES3 = Path(__file__).parent / "data" / "classes3"
SET = ClassSet(CLASSES3)
_parsed, _measure, _roles = SET.parsed, SET.measure, SET.roles


def test_every_class3_document_has_gold_and_a_readme_line():
    assert len(SET.stems) >= 3
    assert not SET.unlisted()


@pytest.mark.parametrize("stem", SET.stems)
def test_class3_document_scores_1_on_every_metric(stem):
    assert not SET.low_scores(stem), stem


@pytest.mark.parametrize("stem", SET.stems)
def test_class3_document_measures_units_targets_deadlines_and_kinds(stem):
    assert not SET.problems(stem), "\n".join(SET.problems(stem))


def test_traditional_document_keeps_its_script_except_in_unit_names():
    stem = "c01_traditional_notice_signature_first"
    meta = _parsed(stem)[1].meta
    assert (meta.title, meta.doc_number, meta.issuer, meta.date) == (
        "廣西加快發展跨境電子商務三年行動方案（2026—2028年）", "桂政辦發〔2026〕17號", "廣西壯族自治區人民政府辦公廳",
        "2026-03-20")
    m = _measure(stem, "二/二")
    assert m.heading == "建設跨境電商海外倉"
    assert (sorted(m.lead), m.support) == (["自治区商务厅", "自治区财政厅"], ["中国进出口银行广西分行"])
    assert [q.text for q in m.quantities] == ["60個"] and [d.text for d in m.deadlines] == ["到2027年底"]
    assert _roles(stem, "二/一") == (["自治区商务厅"], sorted(["自治区市场监管局", "自治区工业和信息化厅"]))
    assert [q.text for q in _measure(stem, "三/二").quantities] == ["2億元"]


def test_traditional_field_lines_under_items_give_roles_and_a_deadline():
    stem = "c02_traditional_measures_nested_fields"
    assert _roles(stem, "一/1") == (["市科技创新局"], ["市发展改革局", "市财政局"])
    assert _roles(stem, "二/4/1") == (sorted(["市工业和信息化局", "各区人民政府"]), [])
    assert [d.text for d in _measure(stem, "三/5").deadlines] == ["2027年12月底前"]
    assert [q.text for q in _measure(stem, "二/3").quantities] == []
    assert _parsed(stem)[1].meta.issuer == "珠海市人民政府辦公室"


@pytest.mark.parametrize("fmt", ["txt", "docx", "html", "xlsx"])
def test_traditional_task_table_is_read_by_its_header_in_every_format(fmt, tmp_path):
    import fixtures_formats as fx

    stem = "c03_traditional_task_table_tabs"
    gold = json.loads((CLASSES3 / f"{stem}.json").read_text(encoding="utf-8"))
    source = CLASSES3 / gold["file"]
    if fmt != "txt":
        maker = {"docx": fx.make_table_docx, "html": fx.make_table_html, "xlsx": fx.make_table_xlsx}[fmt]
        source = maker(source.read_text(encoding="utf-8"), tmp_path / f"{stem}.{fmt}")
    result = parse_file(source)
    got = {"/".join(m.path): (m.heading, sorted(m.lead), sorted(m.support), [d.text for d in m.deadlines])
           for m in result.measures}
    want = {"/".join(m["path"]): (m["heading"], sorted(m["lead"]), sorted(m["support"]), m["deadlines"])
            for m in gold["measures"]}
    assert got == want


def test_a_grade_is_no_target_but_the_count_beside_it_is():
    stem = "c03_traditional_task_table_tabs"
    assert [q.text for q in _measure(stem, "一/1").quantities] == []
    assert [q.text for q in _measure(stem, "一/2").quantities] == ["4個", "1億噸"]


def test_this_year_within_is_a_limit_and_a_fiscal_year_alone_is_not():
    stem = "c04_this_year_and_fiscal_year_limits"
    assert [d.text for d in _measure(stem, "一/一").deadlines] == ["年内"]
    assert [d.text for d in _measure(stem, "一/二").deadlines] == ["年内"]
    assert [d.text for d in _measure(stem, "二/四").deadlines] == []
    assert [(d.text, d.due) for d in _measure(stem, "二/五").deadlines] == [("2026年度内", "2026-12-31")]
    assert [d.text for d in _measure(stem, "三/七").deadlines] == []
    assert [d.text for d in _measure(stem, "二/六").deadlines] == []


def test_this_year_within_falls_due_at_the_end_of_the_documents_year():
    from desktop.core.targets import find_deadlines

    assert [(d.text, d.due) for d in find_deadlines("力争年内完成系统对接", "2026-03-01")] == [("年内", "2026-12-31")]
    assert find_deadlines("设置老年人服务专窗，近年内", "2026-03-01") == []


def test_regulation_articles_keep_their_paragraphs_and_items_and_an_institution_given_a_duty_is_a_unit():
    stem = "c05_regulation_articles_paragraphs_items"
    paths = ["/".join(m.path) for m in _parsed(stem)[1].measures]
    assert paths == [f"{ch}/第{n}条" for ch, ns in (("第一章", "一二三四"), ("第二章", "五六"), ("第三章", "七八"),
                                                   ("第四章", "九")) for n in ns]
    assert _roles(stem, "第一章/第三条") == (sorted(["市人民政府", "县（市、区）人民政府"]), [])
    assert _roles(stem, "第一章/第四条") == (["市数据资源管理局"], [])  # not 市网信、公安、保密等部门
    assert "（三）组织开展公共数据开放评估" in _measure(stem, "第一章/第四条").text
    assert _roles(stem, "第二章/第六条") == (["市大数据发展中心"], [])
    assert _roles(stem, "第二章/第五条") == ([], [])  # generic bodies, a 备案 with the government


@pytest.mark.parametrize("fmt", ["txt", "docx", "html", "xlsx", "pdf"])
def test_a_task_table_split_with_its_header_repeated_reads_as_one_in_every_format(fmt, tmp_path):
    import fixtures_formats as fx

    stem = "c06_task_table_repeated_header"
    gold = json.loads((CLASSES3 / f"{stem}.json").read_text(encoding="utf-8"))
    source = CLASSES3 / gold["file"]
    if fmt != "txt":
        maker = {"docx": fx.make_table_docx, "html": fx.make_table_html, "xlsx": fx.make_table_xlsx,
                 "pdf": fx.make_table_pdf}[fmt]
        source = maker(source.read_text(encoding="utf-8"), tmp_path / f"{stem}.{fmt}")
    got = [("/".join(m.path), sorted(m.lead), sorted(m.support), [d.text for d in m.deadlines])
           for m in parse_file(source).measures]
    assert got == [("/".join(m["path"]), sorted(m["lead"]), sorted(m["support"]), m["deadlines"])
                   for m in gold["measures"]]
    assert [g[0] for g in got] == ["一/1", "一/2", "一/3", "一/4", "二/5", "二/6", "二/7"]


_TEXT_DOCS = [stem for stem in SET.stems if "table" not in stem]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_class3_text_documents_score_1_as_word_with_auto_numbering_and_as_html(fmt, tmp_path):
    import fixtures_formats as fx
    from scoring import score

    pairs = []
    for stem in _TEXT_DOCS:
        gold = json.loads((CLASSES3 / f"{stem}.json").read_text(encoding="utf-8"))
        text = (CLASSES3 / gold["file"]).read_text(encoding="utf-8")
        path = (fx.make_docx if fmt == "docx" else fx.make_html)(text, tmp_path / f"{stem}.{fmt}")
        pairs.append((gold, parse_file(path).to_eval_dict()))
    low = {n: round(f, 3) for n, f in score(pairs).items() if f < 1.0}
    assert not low, f"{fmt}: {low}"


def test_an_issuer_written_in_traditional_characters_still_names_its_place():
    from desktop.core.gazetteer import city_of, province_of

    issuer = _parsed("c02_traditional_measures_nested_fields")[1].meta.issuer
    assert (province_of(issuer), city_of(issuer)) == ("广东省", "珠海市")
    issuer = _parsed("c01_traditional_notice_signature_first")[1].meta.issuer
    assert (province_of(issuer), city_of(issuer)) == ("广西壮族自治区", None)
