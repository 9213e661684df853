"""Must-show 2: the Guangdong FTZ plan (seed 000) against Guangzhou's services-trade plan (seed 004)."""

import pytest

from conftest import SAMPLES
from desktop.core.compare.adapters import measures_from_parse
from desktop.core.compare.align import align
from desktop.core.engine import parse_file

TOPIC_PAIRS = {
    ("促进数据跨境安全有序流动", "推进数据跨境安全有序流动"),
    ("促进科技创新资源集聚", "促进科技创新要素跨境流动"),
    ("扩大现代服务业开放", "深化服务业对外开放"),
    ("推进港澳专业人士便利化执业", "便利专业人才跨境流动"),
    ("加强粤港澳法律服务合作", "扩大高品质涉外法律服务供给"),
}


@pytest.fixture(scope="module")
def alignment():
    a = measures_from_parse(parse_file(next(SAMPLES.glob("000_*.txt"))))
    b = measures_from_parse(parse_file(next(SAMPLES.glob("004_*.txt"))))
    return align(a, b)


def _proposed(alignment):
    return sorted(((p.score, alignment.a[p.a[0]].heading, alignment.b[p.b[0]].heading)
                   for p in alignment.pairs if p.a and p.b), reverse=True)


def test_five_topic_pairs_a_reader_agrees_with(alignment):
    proposed = _proposed(alignment)
    for score, heading_a, heading_b in proposed:
        print(f"{score:.3f}  {heading_a} ↔ {heading_b}")
    assert TOPIC_PAIRS <= {(heading_a, heading_b) for _, heading_a, heading_b in proposed}


def test_the_closest_topics_rank_first_and_the_rest_stay_unmatched(alignment):
    proposed = _proposed(alignment)
    assert proposed[0][1:] == ("促进数据跨境安全有序流动", "推进数据跨境安全有序流动")
    kinds = {p.kind for p in alignment.pairs}
    assert kinds <= {"same", "reworded", "moved", "only_a", "only_b"}  # no split or merge across plans
    unmatched_a = {alignment.a[p.a[0]].heading for p in alignment.pairs if p.kind == "only_a"}
    assert {"坚持党的领导", "指导思想"} <= unmatched_a   # different plans share no 指导思想 text worth a pair
