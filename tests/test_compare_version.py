"""Must-show 1: a new version of seed 000 with known edits; the alignment reports exactly those edits."""

import re

import pytest

from conftest import SAMPLES
from desktop.core.compare.adapters import measures_from_parse
from desktop.core.compare.align import align
from desktop.core.engine import parse_file

SEED = next(SAMPLES.glob("000_*.txt"))
ADDED = ("N. 推进海洋经济高质量发展。支持沿海地市建设现代化海洋牧场，培育海洋生物医药、海上风电装备等海洋新兴产业，"
         "推动海洋渔业转型升级。（省自然资源厅牵头，省农业农村厅按职责分工负责）")
_NUMBER = re.compile(r"^\d+\. ")


def _entries(result):
    """The document text cut into gaps and numbered measures: ["gap", text] / ["m", heading, text]."""
    text, entries, pos = result.document.text, [], 0
    for m in result.measures:
        if m.label.isdigit():
            entries += [["gap", text[pos:m.span[0]]], ["m", m.heading, text[m.span[0]:m.span[1]]]]
            pos = m.span[1]
    return entries + [["gap", text[pos:]]]


def _at(entries, heading):
    return next(k for k, e in enumerate(entries) if e[0] == "m" and e[1] == heading)


def _edit(entries, heading, old, new):
    entry = entries[_at(entries, heading)]
    assert old in entry[2]
    entry[2] = entry[2].replace(old, new)


def _move(entries, heading, after_heading=None, before_heading=None):
    moved = entries.pop(_at(entries, heading))
    if after_heading:
        where = _at(entries, after_heading) + 1
        entries[where:where] = [["gap", "\n\n"], moved]
    else:
        where = _at(entries, before_heading)
        entries[where:where] = [moved, ["gap", "\n\n"]]


def _split(entries, heading):
    k = _at(entries, heading)
    text = entries[k][2]
    clause = text[text.rindex("（"):]
    sentences = text[:len(text) - len(clause)].split("。")
    middle = len(sentences) // 2
    first = "。".join(sentences[:middle]) + "。" + clause
    second = "N. " + "。".join(sentences[middle:]) + clause
    entries[k:k + 1] = [["m", heading, first], ["gap", "\n\n"], ["m", "", second]]


def _renumber(entries):
    n = 0
    for entry in entries:
        if entry[0] == "m":
            n += 1
            entry[2] = _NUMBER.sub(f"{n}. ", entry[2].replace("N. ", "1. ", 1), count=1)
    return "".join(entry[-1] for entry in entries)


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    before = parse_file(SEED)
    entries = _entries(before)
    _edit(entries, "扩大现代服务业开放", "推动出台自贸试验区跨境服务贸易负面清单", "加快出台并实施自贸试验区跨境服务贸易负面清单")
    _edit(entries, "打造国际一流营商环境", "（省市场监管局牵头", "（省发展改革委牵头")
    _edit(entries, "提升粤港澳大湾区物流一体化功能", "3700万标箱", "4000万标箱")
    _edit(entries, "建立期现货联动市场体系", "到2025年", "到2026年")
    _move(entries, "促进数据跨境安全有序流动", after_heading="培育壮大战略性新兴产业")
    _move(entries, "加快广东自贸试验区联动发展", before_heading="率先对接国际高标准推进制度型开放")
    entries.pop(_at(entries, "加强粤港澳法律服务合作"))
    k = _at(entries, "推进横琴“分线管理”落地实施") + 1
    entries[k:k] = [["gap", "\n\n"], ["m", "推进海洋经济高质量发展", ADDED]]
    _split(entries, "推动重大金融平台建设")
    path = tmp_path_factory.mktemp("version") / "000_修订稿.txt"
    path.write_text(_renumber(entries), encoding="utf-8")
    after = parse_file(path)
    a, b = measures_from_parse(before), measures_from_parse(after)
    assert len(b) == len(a) + 1  # one deleted, one added, one split in two
    return a, b, align(a, b)


def _headings(measures, indexes):
    return tuple(measures[i].heading for i in indexes)


def test_the_alignment_reports_exactly_the_edits(versions):
    a, b, alignment = versions
    changes = {(p.kind, _headings(a, p.a), len(p.b)) for p in alignment.pairs if p.kind != "same"}
    assert changes == {
        ("reworded", ("扩大现代服务业开放",), 1),
        ("reworded", ("打造国际一流营商环境",), 1),
        ("reworded", ("提升粤港澳大湾区物流一体化功能",), 1),
        ("reworded", ("建立期现货联动市场体系",), 1),
        ("moved", ("促进数据跨境安全有序流动",), 1),
        ("moved", ("加快广东自贸试验区联动发展",), 1),
        ("only_a", ("加强粤港澳法律服务合作",), 0),
        ("only_b", (), 1),
        ("split", ("推动重大金融平台建设",), 2),
    }
    only_b = next(p for p in alignment.pairs if p.kind == "only_b")
    assert _headings(b, only_b.b) == ("推进海洋经济高质量发展",)
    same = [p for p in alignment.pairs if p.kind == "same"]
    assert len(same) == len(a) - 8  # 4 reworded, 2 moved, 1 deleted, 1 split
    assert all(_headings(a, p.a) == _headings(b, p.b) and p.score == 1.0 and p.delta.is_empty() for p in same)


def _pair(alignment, heading):
    return next(p for p in alignment.pairs if p.a and alignment.a[p.a[0]].heading == heading)


def test_every_measure_of_both_versions_is_in_exactly_one_pair(versions):
    a, b, alignment = versions
    assert sorted(i for p in alignment.pairs for i in p.a) == list(range(len(a)))
    assert sorted(j for p in alignment.pairs for j in p.b) == list(range(len(b)))


def test_each_edit_shows_in_its_delta(versions):
    _, _, alignment = versions
    reworded = _pair(alignment, "扩大现代服务业开放").delta
    assert reworded.text_change == "wording" and not reworded.units_added and not reworded.quantities
    text_a = alignment.a[_pair(alignment, "扩大现代服务业开放").a[0]].text
    text_b = alignment.b[_pair(alignment, "扩大现代服务业开放").b[0]].text
    changed = [(text_a[slice(*op.a)], text_b[slice(*op.b)]) for op in reworded.ops if op.tag != "equal"]
    assert "".join(new for _, new in changed) == "加快并实施"

    lead = _pair(alignment, "打造国际一流营商环境").delta
    assert (lead.units_added, lead.units_removed, lead.role_changes) == (["省发展改革委"], ["省市场监管局"], [])
    assert lead.quantities == [] and lead.deadlines == []

    quantity = _pair(alignment, "提升粤港澳大湾区物流一体化功能").delta
    assert quantity.quantities == [("3700万标箱", "4000万标箱")]
    assert quantity.units_added == quantity.units_removed == [] and quantity.deadlines == []

    deadline = _pair(alignment, "建立期现货联动市场体系").delta
    assert deadline.deadlines == [("到2025年", "到2026年")] and deadline.quantities == []

    for heading in ("促进数据跨境安全有序流动", "加快广东自贸试验区联动发展"):
        moved = _pair(alignment, heading)
        assert moved.delta.is_empty() and moved.score == 1.0  # renumbered, otherwise untouched


def test_reading_order_follows_the_new_version_with_the_deleted_measure_in_place(versions):
    a, b, alignment = versions
    b_order = [j for p in alignment.pairs for j in p.b]
    assert b_order == list(range(len(b)))
    headings = [a[p.a[0]].heading if p.a else b[p.b[0]].heading for p in alignment.pairs]
    deleted = headings.index("加强粤港澳法律服务合作")
    assert headings[deleted - 1] == "推进港澳专业人士便利化执业"


def test_the_json_names_paths_as_the_parse_json(versions):
    _, _, alignment = versions
    rows = alignment.to_json()
    split = next(r for r in rows if r["kind"] == "split")
    assert split["a"] == ["二", "三", "10"] and len(split["b"]) == 2 and all(isinstance(p, list) for p in split["b"])
    assert next(r for r in rows if r["kind"] == "only_a")["b"] is None
    assert {r["deltas"]["text_change"] for r in rows if r["kind"] == "same"} == {"none"}
