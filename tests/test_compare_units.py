"""Normalisation, text-change classes, and the officer's pins and unpins."""

from desktop.core.compare.align import align
from desktop.core.compare.deltas import delta_of
from desktop.core.compare.model import CompareMeasure
from desktop.core.compare.normalize import comparable, fold_for_diff

BODY = "（三）加快建设国际航运枢纽，提升港口集装箱吞吐能力。（省交通运输厅牵头，省商务厅配合）"


def m(text, path=("1",), heading="", units=(), quantities=(), deadlines=()):
    return CompareMeasure(tuple(path), heading, text, units=tuple(units), quantities=tuple(quantities),
                          deadlines=tuple(deadlines))


def test_traditional_and_simplified_read_the_same():
    assert comparable("推進數據跨境安全有序流動") == comparable("推进数据跨境安全有序流动")


def test_full_and_half_width_and_enumeration_commas_read_the_same():
    assert comparable("完成ＲＣＥＰ培训３０场、覆盖企业１０００家") == comparable("完成RCEP培训30场，覆盖企业1000家")


def test_spaces_between_chinese_characters_do_not_count_but_spaces_between_words_do():
    assert comparable("加快 建设 国际 航运枢纽") == comparable("加快建设国际航运枢纽")
    assert comparable("RCEP rules") != comparable("RCEPrules")


def test_renumbering_is_ignored():
    assert comparable("（三）加快建设国际航运枢纽") == comparable("（四）加快建设国际航运枢纽")
    assert comparable("3. 加快建设") == comparable("12．加快建设")


def test_folding_for_the_diff_keeps_every_offset():
    text = "（一）推進ＲＣＥＰ、數據 流動"
    assert len(fold_for_diff(text)) == len(text)


def test_renumbered_traditional_text_is_same_and_scores_one():
    traditional = BODY.replace("（三）", "（四）").replace("国际", "國際")
    pair = align([m(BODY)], [m(traditional)]).pairs[0]
    assert (pair.kind, pair.score, pair.delta.text_change) == ("same", 1.0, "none")


def test_whitespace_only_change_is_classed_whitespace_and_stays_same():
    delta = delta_of([m(BODY)], [m(BODY.replace("国际航运", "国际 航运"))])
    assert delta.text_change == "whitespace"
    assert align([m(BODY)], [m(BODY.replace("国际航运", "国际 航运"))]).pairs[0].kind == "same"


def test_punctuation_only_change_is_classed_punctuation():
    changed = BODY.replace("枢纽，提升", "枢纽；提升")
    delta = delta_of([m(BODY)], [m(changed)])
    assert delta.text_change == "punctuation"
    [op] = [op for op in delta.ops if op.tag != "equal"]
    assert (BODY[slice(*op.a)], changed[slice(*op.b)]) == ("，", "；")
    assert align([m(BODY)], [m(changed)]).pairs[0].kind == "reworded"


def test_a_changed_word_is_wording_and_only_that_word_is_marked():
    changed = BODY.replace("加快建设", "全力建设")
    delta = delta_of([m(BODY)], [m(changed)])
    assert delta.text_change == "wording"
    assert [(BODY[slice(*op.a)], changed[slice(*op.b)]) for op in delta.ops if op.tag != "equal"] == [("加快", "全力")]


def test_role_change_lead_to_support():
    before = m(BODY, units=[("省交通运输厅", "lead"), ("省商务厅", "support")])
    after = m(BODY, units=[("省商务厅", "lead"), ("省交通运输厅", "support")])
    delta = delta_of([before], [after])
    assert sorted(delta.role_changes) == [("省交通运输厅", "lead", "support"), ("省商务厅", "support", "lead")]
    assert delta.units_added == delta.units_removed == []


def test_quantity_pairs_by_its_unit_word_and_new_ones_show_alone():
    delta = delta_of([m(BODY, quantities=["3万家", "700亿美元"])], [m(BODY, quantities=["800亿美元", "5万家", "3个"])])
    assert delta.quantities == [("3万家", "5万家"), ("700亿美元", "800亿美元"), (None, "3个")]


TOPICS = ["加快建设国际航运枢纽，提升港口集装箱吞吐能力和航线覆盖水平。",
          "推进数据跨境安全有序流动，建立数据出境安全评估便利化机制。",
          "加强粤港澳法律服务合作，推动仲裁调解机构互认互通。"]


def _docs():
    a = [m(t, path=(str(k + 1),)) for k, t in enumerate(TOPICS)]
    b = [m(t, path=(str(k + 1),)) for k, t in enumerate(TOPICS)]
    return a, b


def test_a_pin_overrides_the_automatic_alignment():
    a, b = _docs()
    pairs = align(a, b, pins=[(("1",), ("2",))]).pairs
    pinned = [p for p in pairs if p.pinned]
    assert [(p.a, p.b) for p in pinned] == [((0,), (1,))]
    assert pinned[0].kind in ("reworded", "moved") and pinned[0].delta.text_change == "wording"
    assert any(p.a == (1,) and p.kind == "only_a" for p in pairs)  # its automatic partner is taken


def test_an_unpin_keeps_the_pair_apart():
    a, b = _docs()
    pairs = align(a, b, unpins=[(("2",), ("2",))]).pairs
    assert not any(p.a == (1,) and p.b == (1,) for p in pairs)
    assert {p.kind for p in pairs if 1 in p.a or 1 in p.b} == {"only_a", "only_b"}
    assert [p.kind for p in pairs if p.a in ((0,), (2,)) and p.b] == ["same", "same"]


def test_pins_to_paths_that_are_gone_are_ignored():
    a, b = _docs()
    assert {p.kind for p in align(a, b, pins=[(("9",), ("1",))]).pairs} == {"same"}


def test_one_moved_measure_does_not_mark_the_others():
    texts = TOPICS + ["促进科技创新资源集聚，建设重大科技基础设施。", "培育壮大战略性新兴产业，发展低空经济。"]
    a = [m(t, path=(str(k),)) for k, t in enumerate(texts)]
    order = [1, 2, 3, 4, 0]
    b = [m(texts[k], path=(str(n),)) for n, k in enumerate(order)]
    kinds = {a[p.a[0]].text: p.kind for p in align(a, b).pairs}
    assert [kinds[t] for t in texts] == ["moved", "same", "same", "same", "same"]


def test_empty_documents_align_to_nothing():
    assert align([], []).pairs == []
    assert [p.kind for p in align([m(BODY)], []).pairs] == ["only_a"]


def test_every_measure_is_in_exactly_one_pair_when_the_first_ones_are_deleted():
    a = [m(t, path=(str(k),)) for k, t in enumerate(TOPICS)]
    pairs = align(a, a[2:]).pairs
    assert [p.kind for p in pairs] == ["only_a", "only_a", "same"]
    assert sorted(i for p in pairs for i in p.a) == [0, 1, 2]
