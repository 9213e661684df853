"""The engine on the phrasing classes found on the blind set (tests/data/classes2): each class document is scored
with the client's scorer, every measure's units with roles, targets, deadlines and kind are checked, and one test
per class names the phrasing it is about."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from desktop.core.engine import parse_file
from scoring import NAMES, load_scorer

CLASSES2 = Path(__file__).parent / "data" / "classes2"
GOLD = sorted(CLASSES2.glob("*.json"))

_scorer = functools.lru_cache(maxsize=1)(load_scorer)


def _norm(s: str) -> str:
    return _scorer().norm_text(s)


@functools.lru_cache(maxsize=None)
def _parsed(stem: str):
    gold = json.loads((CLASSES2 / f"{stem}.json").read_text(encoding="utf-8"))
    return gold, parse_file(CLASSES2 / gold["file"])


def _measure(stem: str, path: str):
    _, result = _parsed(stem)
    return next(m for m in result.measures if "/".join(m.path) == path)


def _roles(stem: str, path: str) -> tuple[list[str], list[str]]:
    m = _measure(stem, path)
    return sorted(m.lead), sorted(m.support)


def test_every_class2_document_has_gold_and_a_readme_line():
    sources = sorted(p for p in CLASSES2.iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md")
    readme = (CLASSES2 / "README.md").read_text(encoding="utf-8")
    assert sources
    for src in sources:
        assert (CLASSES2 / f"{src.stem}.json").exists(), src.name
        assert src.name in readme, src.name


@pytest.mark.parametrize("stem", [p.stem for p in GOLD])
def test_class2_document_scores_1_on_every_metric(stem):
    gold, result = _parsed(stem)
    scorer = _scorer()
    tally = scorer.Tally()
    scorer.score_doc(gold, result.to_eval_dict(), tally)
    low = {n: round(tally.f1(n)[2], 3) for n in NAMES if tally.f1(n)[2] < 1.0}
    assert not low, f"{stem}: {low}"


@pytest.mark.parametrize("stem", [p.stem for p in GOLD])
def test_class2_document_measures_units_targets_deadlines_and_kinds(stem):
    gold, result = _parsed(stem)
    got = {"/".join(m.path): m for m in result.measures}
    assert list(got) == ["/".join(m["path"]) for m in gold["measures"]], "measures and their order"
    problems = []
    for g in gold["measures"]:
        key = "/".join(g["path"])
        m = got[key]
        want = (sorted(map(_norm, g["lead"])), sorted(map(_norm, g["support"])))
        have = (sorted(map(_norm, m.lead)), sorted(map(_norm, m.support)))
        if want != have:
            problems.append(f"{key} units lead/support {have}, want {want}")
        if sorted(map(_norm, g["quantities"])) != sorted(_norm(q.text) for q in m.quantities):
            problems.append(f"{key} quantities {[q.text for q in m.quantities]}, want {g['quantities']}")
        if sorted(map(_norm, g["deadlines"])) != sorted(_norm(d.text) for d in m.deadlines):
            problems.append(f"{key} deadlines {[d.text for d in m.deadlines]}, want {g['deadlines']}")
        if m.kind != g["kind"]:
            problems.append(f"{key} kind {m.kind}, want {g['kind']}")
    assert not problems, "\n".join(problems)


# One test per class: the phrasing, the units an officer would see.

def test_status_tail_in_bracket_leaves_the_units_and_roles():
    stem = "k01_status_tail_in_bracket"
    assert _roles(stem, "二/一") == (sorted(["市经信局"]), sorted(["市发展改革委", "市科技局"]))
    assert _roles(stem, "二/二") == (sorted(["市科技局", "市经信局"]), sorted([]))
    assert _roles(stem, "二/四") == (sorted(["各县（市、区）人民政府"]), sorted([]))
    assert _roles(stem, "三/二") == (sorted(["市统计局"]), sorted(["市经信局"]))
    assert _roles(stem, "一") == ([], [])  # （2025年，市统计局） cites a source
    assert _roles(stem, "三/三") == (sorted(["市委宣传部", "市经信局"]), [])
    assert _roles(stem, "三/四") == (["市经信局"], ["市财政局"])
    assert [d.text for d in _measure(stem, "二/一").deadlines] == ["2026年9月底前"]
    names = [u.name for m in _parsed(stem)[1].measures for u in m.units]
    assert not [n for n in names if any(w in n for w in ("持续", "长期", "常态", "逐年", "阶段", "年"))]


def test_people_organisations_are_units_under_a_first_comma_declaration():
    stem = "k02_people_organisations_first_comma"
    assert _roles(stem, "一/二") == (sorted(["人力资源社会保障部"]), sorted(["中国残联", "共青团中央", "全国妇联", "商务部"]))
    assert _roles(stem, "一/三") == (sorted(["中国残联", "人力资源社会保障部"]), sorted(["农业农村部", "财政部"]))
    assert _roles(stem, "二/四") == (sorted(["商务部"]), sorted(["全国工商联", "国家发展改革委"]))
    assert _roles(stem, "二/五") == (sorted(["市场监管总局"]), sorted(["中国科协", "商务部"]))
    assert _roles(stem, "三/八") == (sorted(["中央宣传部"]), sorted(["全国妇联", "共青团中央"]))


def test_bare_lists_are_all_lead_and_county_level_cities_share_their_suffix():
    stem = "k03_bare_lists_county_cities"
    assert _roles(stem, "二/一") == (sorted(["市农业农村局", "市卫生健康委", "丰县人民政府", "沛县人民政府", "睢宁县人民政府",
                                          "新沂市人民政府", "邳州市人民政府"]), [])
    assert _roles(stem, "二/三") == (sorted(["市城管局", "铜山区政府", "贾汪区政府", "邳州市人民政府", "新沂市人民政府"]), [])
    assert _roles(stem, "二/二") == (sorted(["市生态环境局", "市住房城乡建设局", "各县（市）区人民政府"]), [])


def test_a_role_mark_after_a_unit_leads_and_the_rest_of_its_list_supports():
    stem = "k04_role_marks_and_list_tails"
    assert _roles(stem, "一/一") == (["区行政审批局"], sorted(["区大数据中心", "区司法局"]))
    assert _roles(stem, "一/二") == (["区市场监管局"], sorted(["区税务局", "区人力资源和社会保障局"]))
    assert _roles(stem, "二/五") == (["区金融工作局"], sorted(["人民银行武侯支行", "区财政局"]))
    assert _roles(stem, "三/八") == (["区市场监管局"], sorted(["区法院", "区检察院"]))


def test_list_tails_describing_the_rest_are_no_part_of_a_name():
    stem = "k04_role_marks_and_list_tails"
    assert _roles(stem, "一/三") == (sorted(["区行政审批局", "区大数据中心"]), [])
    assert _roles(stem, "二/四") == (["区规划和自然资源局"], sorted(["区住房和城乡建设局", "区经济和信息化局"]))
    assert _roles(stem, "二/六") == (["区人力资源和社会保障局"], ["各有关单位"])
    assert _roles(stem, "三/七") == (sorted(["区司法局", "区市场监管局", "区应急管理局"]), [])
    assert _roles(stem, "三/九") == (sorted(["区司法局", "区工商联"]), [])  # （排名不分先后） is a note


def test_regulation_bodies_acting_each_by_their_own_duty_are_units():
    stem = "k05_regulation_each_by_own_duty"
    assert _roles(stem, "第一章/第三条") == (sorted(["市综合行政执法局", "市市场监管局", "市自然资源和规划局", "市公安局",
                                                  "市交通运输局"]), [])
    assert _roles(stem, "第三章/第八条") == (sorted(["市综合行政执法局", "市市场监管局"]), [])
    assert _roles(stem, "第二章/第五条") == (["市综合行政执法局"], [])
    names = [u.name for m in _parsed(stem)[1].measures for u in m.units]
    assert not [n for n in names if "等" in n or "、" in n]


def test_yearly_limits_keep_their_every_year_and_dates_drop_a_leading_yu():
    stem = "k06_yearly_and_yu_deadlines"
    assert [d.text for d in _measure(stem, "一/二").deadlines] == ["每年11月底前"]
    assert [d.text for d in _measure(stem, "二/三").deadlines] == ["每年6月底前"]
    assert [d.text for d in _measure(stem, "二/一").deadlines] == ["2026年10月底前"]
    assert [d.text for d in _measure(stem, "二/二").deadlines] == ["2026年底前"]
    assert [d.due for d in _measure(stem, "二/一").deadlines] == ["2026-10-31"]
    assert [(d.text, d.due) for d in _measure(stem, "二/四").deadlines] == [("2026年4月—6月", "2026-06-30"),
                                                                          ("今年6月底前", "2026-06-30")]


def _quantities(stem: str, path: str) -> list[str]:
    return [q.text for q in _measure(stem, path).quantities]


def test_thresholds_per_recipient_amounts_and_durations_are_no_targets_but_budgets_and_reductions_are():
    stem = "k07_quantities_thresholds_budgets"
    assert _quantities(stem, "一") == ["10%", "32微克/立方米", "120家"]
    assert _quantities(stem, "二/一") == ["100个"]
    assert _quantities(stem, "二/二") == ["6000万元"]
    assert _quantities(stem, "二/三") == ["2万辆"]
    assert _quantities(stem, "二/四") == ["800PFLOPS"]
    assert _quantities(stem, "二/五") == ["15个工作日"]
    assert _quantities(stem, "二/六") == ["1000人次"]


def test_a_government_commission_lends_its_prefix_and_a_party_committee_does_not():
    stem = "k08_prefix_after_government_commission"
    assert _roles(stem, "一/一") == (["省民政厅"], sorted(["省发展改革委", "省财政厅", "省住房城乡建设厅"]))
    assert _roles(stem, "一/二") == (sorted(["省卫生健康委", "省民政厅", "省医保局"]), [])
    assert _roles(stem, "二/二") == (sorted(["省委宣传部", "文化和旅游厅", "广电局"]), [])
    assert _roles(stem, "三/二") == (sorted(["省人力资源社会保障厅", "省教育厅", "省委组织部", "教育工委"]), [])


@pytest.mark.parametrize("fmt", ["txt", "docx", "html", "xlsx"])
def test_task_table_cells_read_role_marks_tails_and_people_organisations_in_every_format(fmt, tmp_path):
    import fixtures_formats as fx

    stem = "k09_task_table_role_marks_tails"
    gold = json.loads((CLASSES2 / f"{stem}.json").read_text(encoding="utf-8"))
    source = CLASSES2 / f"{stem}.txt"
    if fmt != "txt":
        text = source.read_text(encoding="utf-8")
        maker = {"docx": fx.make_table_docx, "html": fx.make_table_html, "xlsx": fx.make_table_xlsx}[fmt]
        source = maker(text, tmp_path / f"{stem}.{fmt}")
    result = parse_file(source)
    got = {"/".join(m.path): (sorted(m.lead), sorted(m.support)) for m in result.measures}
    want = {"/".join(m["path"]): (sorted(m["lead"]), sorted(m["support"])) for m in gold["measures"]}
    assert got == want
    deadlines = {"/".join(m.path): [d.text for d in m.deadlines] for m in result.measures}
    assert deadlines["一/2"] == ["每年12月底前"] and deadlines["一/3"] == []


def test_a_standing_yearly_share_of_a_basis_is_no_target_but_yearly_outputs_and_budgets_are():
    stem = "k10_yearly_share_rules"
    assert _quantities(stem, "二/一") == []
    assert _quantities(stem, "二/二") == []
    assert _quantities(stem, "一") == ["60%", "2%"]
    assert _quantities(stem, "二/三") == ["50所", "6万个", "2000人次"]
    assert _quantities(stem, "二/四") == ["8000万元"]


def test_field_labels_in_brackets_read_as_fields_and_are_never_units():
    stem = "k11_bracketed_field_labels"
    assert _roles(stem, "一/1") == (sorted(["市数据资源局", "市财政局"]), [])
    assert [d.text for d in _measure(stem, "一/1").deadlines] == ["2026年10月底前"]
    assert _roles(stem, "一/2") == (["市数据资源局"], sorted(["市直有关部门", "各县区人民政府"]))
    assert _roles(stem, "一/3") == (sorted(["市委网信办", "市公安局"]), [])
    assert _roles(stem, "二/5") == (["市城管局"], sorted(["市数据资源局", "市住房城乡建设局"]))
    assert _parsed(stem)[1].meta.issuer == "马鞍山市数字政府建设领导小组办公室"


def test_city_and_county_collectives_share_each_and_their_government():
    stem = "k12_city_and_county_collectives"
    assert _roles(stem, "一/一") == (sorted(["省发展改革委", "各市人民政府", "各县（市、区）人民政府"]), [])
    assert _roles(stem, "二/四") == (sorted(["省自然资源厅", "各设区市政府", "各县（市、区）政府"]), [])
    assert _roles(stem, "三/七") == (sorted(["各市人民政府", "各县（市、区）人民政府", "省有关部门"]), [])


def test_grass_roots_levels_and_duties_by_division_of_remit_in_a_regulation():
    stem = "k13_regulation_grassroots_bodies"
    assert _roles(stem, "第四条") == (sorted(["街道办事处", "乡镇人民政府"]), [])
    assert _roles(stem, "第五条") == (sorted(["市城市管理执法委员会", "各区人民政府"]), [])
    assert _roles(stem, "第六条") == ([], [])


def test_land_and_ecology_targets_are_read_with_their_verbs_and_units():
    stem = "k14_land_and_environment_targets"
    assert _quantities(stem, "一/一") == ["60宗"]
    assert _quantities(stem, "一/二") == ["5000亩", "1200亩"]
    assert _quantities(stem, "二/一") == ["800亩", "30处"]
    assert _quantities(stem, "二/二") == ["1.5万亩", "2万亩"]


def test_a_doc_number_in_small_form_brackets_is_read_as_written():
    stem = "k15_small_form_brackets_doc_number"
    meta = _parsed(stem)[1].meta
    assert (meta.doc_number, meta.issuer, meta.date) == ("京政办发﹝2026﹞7号", "北京市人民政府办公厅", "2026-03-12")
    assert meta.title == "北京市促进养老服务消费若干措施"


def test_traditional_characters_give_simplified_units_with_tails_and_marks_read():
    stem = "k16_traditional_characters"
    assert _roles(stem, "一/一") == (["合作区经济发展局"], sorted(["合作区商事服务局", "合作区财政局"]))
    assert _roles(stem, "一/二") == (["合作区金融发展局"], ["合作区经济发展局"])
    assert _roles(stem, "一/三") == (sorted(["合作区经济发展局", "合作区文化旅游局"]), [])
    assert [d.text for d in _measure(stem, "二/五").deadlines] == ["2026年6月底前"]


def test_parts_and_close_bracket_numbers_are_outline_levels():
    stem = "k17_parts_and_close_paren_numbers"
    paths = ["/".join(m.path) for m in _parsed(stem)[1].measures]
    assert paths == ["第一部分", "第二部分/一/1", "第二部分/一/2", "第二部分/二/1", "第二部分/二/2", "第三部分"]
    assert _roles(stem, "第二部分/一/1") == (["市文化和旅游局"], ["各县市区人民政府"])
    assert _measure(stem, "第二部分/二/2").heading == "发展夜间文旅经济"


def test_role_words_wei_zhuze_xietong_and_a_seasonal_deadline():
    stem = "k18_role_words_wei_zhuze_xietong"
    assert _roles(stem, "一/一") == (["市住房城乡建设局"], sorted(["市财政局", "市自然资源和规划局"]))
    assert _roles(stem, "一/二") == (["市民政局"], sorted(["市商务局", "市教育局"]))
    assert _roles(stem, "二/一") == (["市住房城乡建设局"], [])
    assert _roles(stem, "三/一") == (sorted(["市发展改革委", "市财政局"]), [])
    assert [(d.text, d.due) for d in _measure(stem, "二/二").deadlines] == [("2026年汛期前", "2026-05-31")]


def test_the_end_of_a_five_year_plan_period_is_a_deadline():
    stem = "k19_plan_period_deadlines"
    assert [(d.text, d.due) for d in _measure(stem, "一").deadlines] == [("到“十五五”末", "2030-12-31")]
    assert [(d.text, d.due) for d in _measure(stem, "二/四").deadlines] == [("“十四五”期末前", "2025-12-31")]
    assert _measure(stem, "二/三").deadlines == []


def test_a_role_bracket_inside_a_sentence_assigns_its_units():
    stem = "k20_role_brackets_mid_sentence"
    assert _roles(stem, "一/一") == (sorted(["市国资委", "市委组织部"]), [])
    assert _roles(stem, "一/二") == (["各市属企业"], [])
    assert _roles(stem, "二/三") == (["市国资委"], sorted(["市财政局", "市发展改革委"]))
    assert _roles(stem, "三/五") == (["市国资委"], [])


@pytest.mark.parametrize("fmt", ["txt", "docx", "html", "xlsx"])
def test_task_table_space_separated_units_and_dates_in_figures_in_every_format(fmt, tmp_path):
    import fixtures_formats as fx

    stem = "k21_table_space_lists_numeric_dates"
    source = CLASSES2 / f"{stem}.txt"
    if fmt != "txt":
        maker = {"docx": fx.make_table_docx, "html": fx.make_table_html, "xlsx": fx.make_table_xlsx}[fmt]
        source = maker(source.read_text(encoding="utf-8"), tmp_path / f"{stem}.{fmt}")
    got = {"/".join(m.path): m for m in parse_file(source).measures}
    assert sorted(got["一/1"].lead) == sorted(["市数据资源局", "市市场监管局"])
    assert sorted(got["一/2"].lead) == sorted(["市住房城乡建设局", "市自然资源和规划局", "市数据资源局"])
    assert [(d.text, d.due) for d in got["一/1"].deadlines] == [("2026.06", "2026-06-30")]
    assert [d.due for d in got["一/2"].deadlines] == ["2026-09-30"]
    assert [d.due for d in got["二/3"].deadlines] == ["2026-12-31"]
    assert [d.due for d in got["二/4"].deadlines] == ["2026-10-31"]


def test_a_field_label_with_a_note_is_read_and_its_declaration_applies_to_its_list():
    stem = "k22_label_notes_and_size_criteria"
    assert _roles(stem, "一/一") == (["市农业农村局"], sorted(["市中医药发展局", "市林业局"]))
    assert _roles(stem, "一/二") == (["市中医药发展局"], ["市经信局"])
    assert _roles(stem, "一/三") == (sorted(["市商务局", "市市场监管局"]), [])
    assert _roles(stem, "一/四") == (["市人力资源社会保障局"], sorted(["市教育局", "市中医药发展局"]))
    assert _quantities(stem, "一/二") == ["5家", "10%"]
    assert _quantities(stem, "一/三") == []


_TEXT_DOCS = [p.stem for p in GOLD if "table" not in p.stem]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_class2_documents_score_1_as_docx_and_html(fmt, tmp_path):
    import fixtures_formats as fx

    scorer = _scorer()
    tally = scorer.Tally()
    for stem in _TEXT_DOCS:
        gold = json.loads((CLASSES2 / f"{stem}.json").read_text(encoding="utf-8"))
        text = (CLASSES2 / gold["file"]).read_text(encoding="utf-8")
        path = (fx.make_docx if fmt == "docx" else fx.make_html)(text, tmp_path / f"{stem}.{fmt}")
        scorer.score_doc(gold, parse_file(path).to_eval_dict(), tally)
    low = {n: round(tally.f1(n)[2], 3) for n in NAMES if tally.f1(n)[2] < 1.0}
    assert not low, f"{fmt}: {low}"


def test_fields_naming_a_leader_are_read_past_and_never_a_unit():
    stem = "k23_leader_fields_beside_units"
    assert _roles(stem, "一/1") == (sorted(["县发展改革委", "县经信局"]), [])
    assert [d.text for d in _measure(stem, "一/1").deadlines] == ["2026年12月底"]
    assert _roles(stem, "一/2") == (["县农业农村局"], sorted(["县商务局", "各乡镇人民政府"]))
    assert _roles(stem, "二/4") == (["县人力资源和社会保障局"], [])
    assert _roles(stem, "二/5") == (["县教育局"], sorted(["县财政局", "县自然资源和规划局"]))
    names = [u.name for m in _parsed(stem)[1].measures for u in m.units]
    assert not [n for n in names if any(p in n for p in ("张明", "李华", "王强", "赵敏", "孙丽", "领导"))]


def test_regulation_duty_verbs_and_the_body_named_after_by():
    stem = "k24_regulation_duty_verbs"
    assert _roles(stem, "第二条") == (["市人民政府"], [])
    assert _roles(stem, "第三条") == (sorted(["市商务局", "中国（浙江）自由贸易试验区舟山片区管理委员会"]), [])
    assert _roles(stem, "第四条") == (sorted(["市数据资源局", "舟山海关"]), [])
    assert _roles(stem, "第六条") == (["市商务局"], [])
    assert _roles(stem, "第五条") == ([], [])


@pytest.mark.parametrize("article, bodies", [
    ("市住房和城乡建设局会同市自然资源和规划局建立全市统一的地下管线信息系统。", ["市住房和城乡建设局"]),
    ("市商务局应当会同市财政局制定实施细则。", ["市商务局"]),  # the 会同 partner is no unit
    ("项目由市发展改革委会同市财政局审批。", []),  # procedural (eval README: 由X会同Y审批)
    ("逾期不改正的，由市城市管理局责令限期改正。", []),  # a penalty, as the devset's 条例 gold reads it
])
def test_a_body_that_acts_together_with_another_has_the_duty_alone(article, bodies):
    from desktop.core.duties import duty_clauses

    assert [u.name for c in duty_clauses(article) for u in c.units] == bodies
