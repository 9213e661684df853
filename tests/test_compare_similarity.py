"""The packed-counter similarity and the trimmed character diff agree with plain reference computations."""

from difflib import SequenceMatcher
from pathlib import Path

from desktop.core.compare.adapters import measures_from_parse
from desktop.core.compare.deltas import _opcodes
from desktop.core.compare.normalize import comparable
from desktop.core.compare.similarity import similarity
from desktop.core.engine import parse_file

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def _texts(name: str) -> list[str]:
    return [comparable(m.text) for m in measures_from_parse(parse_file(next(SAMPLES.glob(name + "*.txt"))))]


def _top(scored: dict[int, int], k: int) -> set[int]:
    """The k partners with the most shared weight (ties: lower index first), none sharing nothing."""
    return set(sorted((p for p, s in scored.items() if s), key=lambda p: (-scored[p], p))[:k])


def test_shared_weights_are_each_texts_top_partners_by_brute_force():
    texts_a, texts_b = _texts("000"), _texts("004")
    texts_a[3] = ""                       # an already paired text takes no part
    top_k = 5
    sim = similarity(texts_a, texts_b, top_k)
    full = {(i, j): sim.weight_of(ga & gb) for i, ga in enumerate(sim.grams_a) for j, gb in enumerate(sim.grams_b)}
    expected = {(i, j) for i in range(len(texts_a))
                for j in _top({j: full[i, j] for j in range(len(texts_b))}, top_k)}
    expected |= {(i, j) for j in range(len(texts_b))
                 for i in _top({i: full[i, j] for i in range(len(texts_a))}, top_k)}
    assert set(sim.shared) == expected
    assert all(sim.shared[pair] == full[pair] for pair in sim.shared)
    assert sim.weight_a == [sim.weight_of(g) for g in sim.grams_a] and sim.weight_a[3] == 0
    assert not any(i == 3 for i, _ in sim.shared)


def test_trimmed_opcodes_are_sequence_matchers_where_one_side_only_adds():
    cases = [("推进数据流动。", "推进数据流动。强化督促检查。"), ("强化督促检查。推进", "推进"), ("甲乙丙", "甲丁丙")]
    for a, b in cases:
        ops = _opcodes(a, b)
        assert "".join(a[i1:i2] for tag, i1, i2, _, _ in ops if tag != "insert") == a
        assert "".join(b[j1:j2] for tag, _, _, j1, j2 in ops if tag != "delete") == b
    assert _opcodes("推进", "推进数据") == [("equal", 0, 2, 0, 2), ("insert", 2, 2, 2, 4)]
    assert _opcodes("", "数据") == SequenceMatcher(None, "", "数据").get_opcodes()
