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


def _table_in(stem: str, fmt: str, tmp_path: Path) -> tuple[dict, Path]:
    """The gold of a class-3 task table and the table written as ``fmt`` (txt: the document itself)."""
    import fixtures_formats as fx

    gold = json.loads((CLASSES3 / f"{stem}.json").read_text(encoding="utf-8"))
    source = CLASSES3 / gold["file"]
    if fmt != "txt":
        maker = {"docx": fx.make_table_docx, "html": fx.make_table_html, "xlsx": fx.make_table_xlsx,
                 "pdf": fx.make_table_pdf}[fmt]
        source = maker(source.read_text(encoding="utf-8"), tmp_path / f"{stem}.{fmt}")
    return gold, source


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
    gold, source = _table_in("c03_traditional_task_table_tabs", fmt, tmp_path)
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
    gold, source = _table_in("c06_task_table_repeated_header", fmt, tmp_path)
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


def test_one_declaration_written_the_other_way_round_reads_every_later_list():
    stem = "c07_declared_lead_first_once_for_all_lists"
    assert _parsed(stem)[1].convention == "first_unit"
    assert _roles(stem, "二/一") == (["市水利局"], sorted(["市发展改革委", "市财政局"]))  # 责任部门：A、B、C
    assert _roles(stem, "二/三") == (["市住房城乡建设局"], sorted(["市水务集团", "市城市管理局"]))  # …按职责分工负责
    assert _roles(stem, "二/五") == (["市住房城乡建设局"], sorted(["市应急管理局", "市水务集团"]))  # roles written out
    assert _roles(stem, "二/六") == (["市大数据局"], [])
    assert _roles(stem, "三/一") == (["市水利局"], ["市住房城乡建设局"])  # a bare list


@pytest.mark.parametrize("fmt", ["txt", "docx", "html", "xlsx"])
def test_a_declaration_in_a_unit_columns_header_reads_its_cells_in_every_format(fmt, tmp_path):
    gold, source = _table_in("c08_task_table_declared_in_header", fmt, tmp_path)
    got = [("/".join(m.path), m.lead, sorted(m.support)) for m in parse_file(source).measures]
    assert got == [("/".join(m["path"]), m["lead"], sorted(m["support"])) for m in gold["measures"]]
    assert got[4] == ("二/5", ["市市场监管局"], sorted(["市发展改革委", "市财政局", "各县（区）人民政府"]))


# Every wording of a declaration, at a list's end: the first unit (or the units before the first ，) lead, the
# declaration itself is no unit.
_DECLARATIONS = [
    ("列第一位的为牵头单位", "first"), ("列第一位者为牵头单位", "first"), ("列在首位的为牵头单位", "first"),
    ("排在第一位的为牵头部门", "first"), ("排名第一的为牵头单位", "first"), ("排在第1位的为牵头单位", "first"),
    ("第一个单位为牵头单位", "first"), ("首个单位为牵头单位，其余为配合单位", "first"),
    ("排在最前面的为牵头单位", "first"), ("牵头单位列在第一位", "first"), ("牵头部门排在首位，下同", "first"),
    ("牵头单位在前，配合单位在后", "first"),
    ("第一个逗号前为牵头单位", "comma"), ("逗号之前的为牵头单位，逗号之后的为配合单位", "comma"),
    ("第一个逗号前为牵头单位，之后为配合单位，下同", "comma"),
]


@pytest.mark.parametrize("wording,rule", _DECLARATIONS, ids=[w for w, _ in _DECLARATIONS])
def test_every_wording_of_a_declaration_reads_its_list_and_is_no_unit(wording, rule):
    from engine_text import parse_text

    item = f"加快重点项目落地。（责任单位：市发展改革委、市财政局，市自然资源局、市住房城乡建设局，{wording}）"
    result = parse_text(f"青云市重点项目建设工作方案\n一、推进项目建设\n（一）开工建设。{item}\n（二）竣工投产。{item}")
    assert result.convention == {"first": "first_unit", "comma": "before_first_comma"}[rule]
    m = result.measures[1]
    want_lead = ["市发展改革委"] if rule == "first" else ["市发展改革委", "市财政局"]
    assert (m.lead, sorted(m.support)) == (want_lead, sorted(
        {"市发展改革委", "市财政局", "市自然资源局", "市住房城乡建设局"} - set(want_lead)))


@pytest.mark.parametrize("text", [
    "打造全省首个数字经济园区（市商务局牵头）。", "党政主要负责人是第一责任人，要亲自牵头抓落实。",
    "建立工作专班，前期由市商务局牵头。", "全省排名第一，由市发展改革委牵头推进。", "牵头单位在前期调研基础上制定方案。",
])
def test_running_text_near_a_lead_word_declares_nothing(text):
    from desktop.core.conventions import declared_convention

    assert declared_convention(text) is None


def test_a_saved_page_gives_its_title_and_header_fields_not_its_breadcrumb():
    meta = _parsed("c09_saved_page_header_and_dated_qualifiers")[1].meta
    assert (meta.title, meta.doc_number, meta.issuer, meta.date) == (
        "临川市城镇老旧小区和背街小巷改造提升实施方案（2026—2028年）", "临府办发〔2026〕12号", "临川市人民政府办公室",
        "2026-02-26")


def test_dates_that_say_which_things_are_meant_are_no_deadlines():
    stem = "c09_saved_page_header_and_dated_qualifiers"
    assert [d.text for d in _measure(stem, "一/一").deadlines] == ["到2028年底"]          # not 2005年底前 (建成、…的)
    assert [d.text for d in _measure(stem, "一/二").deadlines] == ["2026年6月底前"]      # not 2010年底前建成的
    assert [d.text for d in _measure(stem, "二/四").deadlines] == ["2027年6月底前"]      # not 2025年12月底前注册的
    assert [d.text for d in _measure(stem, "二/三").deadlines] == ["2026年底前"]         # 建成…50公里: a time limit
