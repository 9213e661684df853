"""Benchmark: aligning two 500-measure documents, against scoring every pair with difflib's SequenceMatcher.

Document A recombines the sample documents' measures into 500 distinct ones; B is a new version of A
with realistic edits (rewording, moves, deletions, additions, splits, changed targets, deadlines and units).

Run: .venv/bin/python tests/benchmarks/bench_align.py [--measures 500] [--runs 7] [--baseline-sample 3000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.core.compare.adapters import measures_from_parse  # noqa: E402
from desktop.core.compare.align import align  # noqa: E402
from desktop.core.compare.model import CompareMeasure  # noqa: E402
from desktop.core.compare.normalize import fold_for_diff  # noqa: E402
from desktop.core.engine import parse_file  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def seed_measures() -> list[CompareMeasure]:
    return [m for path in sorted(SAMPLES.glob("*.txt")) for m in measures_from_parse(parse_file(path))]


def _sentences(text: str) -> list[str]:
    return [s + "。" for s in text.split("。") if s.strip()]


def document_a(pool: list[CompareMeasure], count: int, rng: random.Random) -> list[CompareMeasure]:
    """``count`` distinct measures: each seed measure's sentences, with one sentence of another measure added."""
    out = []
    for k in range(count):
        base, other = pool[k % len(pool)], pool[rng.randrange(len(pool))]
        extra = rng.choice(_sentences(other.text) or [other.text])
        out.append(CompareMeasure(("A", str(k + 1)), base.heading, base.text + extra, units=base.units,
                                  quantities=base.quantities, deadlines=base.deadlines))
    return out


def document_b(a: list[CompareMeasure], pool: list[CompareMeasure], rng: random.Random) -> tuple[list, Counter]:
    """A new version of ``a``: about 8% reworded, 3% moved, 3% deleted, 3% added, 2% split, 3% with changed fields."""
    edits: Counter = Counter()
    b: list[CompareMeasure] = []
    for m in a:
        roll = rng.random()
        if roll < 0.03:
            edits["deleted"] += 1
            continue
        if roll < 0.11:
            text = m.text.replace("推进", "加快推进", 1).replace("支持", "鼓励", 1) + "强化督促检查。"
            m = CompareMeasure(m.path, m.heading, text, units=m.units, quantities=m.quantities,
                               deadlines=m.deadlines)
            edits["reworded"] += 1
        elif roll < 0.14 and m.units:
            m = CompareMeasure(m.path, m.heading, m.text, units=(("省发展改革委", "lead"),) + m.units[1:],
                               quantities=m.quantities + ("5万家",), deadlines=(("2026年底前", "2026-12-31"),))
            edits["fields changed"] += 1
        elif roll < 0.16 and len(_sentences(m.text)) >= 4:
            parts = _sentences(m.text)
            half = len(parts) // 2
            b += [CompareMeasure(m.path, m.heading, "".join(parts[:half]), units=m.units),
                  CompareMeasure(m.path, "", "".join(parts[half:]), units=m.units)]
            edits["split"] += 1
            continue
        b.append(m)
        if rng.random() < 0.03:
            new = pool[rng.randrange(len(pool))]
            b.append(CompareMeasure(("new",), "新增" + new.heading, "新增措施：" + new.text[::-1]))
            edits["added"] += 1
    for _ in range(max(1, len(a) * 3 // 100)):
        b.insert(rng.randrange(len(b)), b.pop(rng.randrange(len(b))))
        edits["moved"] += 1
    return [CompareMeasure(("B", str(k + 1)), m.heading, m.text, units=m.units, quantities=m.quantities,
                           deadlines=m.deadlines) for k, m in enumerate(b)], edits


def time_align(a, b, runs: int, cold: bool = True) -> tuple[float, object]:
    """Median seconds of ``runs`` alignments; cold = the folded-text cache emptied before each one."""
    times, result = [], None
    for _ in range(runs):
        if cold:
            fold_for_diff.cache_clear()
        t0 = time.perf_counter()
        result = align(a, b)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def time_difflib_baseline(a, b, sample: int, rng: random.Random) -> tuple[float, bool]:
    """Seconds to score all len(a)*len(b) pairs with SequenceMatcher.ratio(); sampled and scaled when larger."""
    pairs = [(i, j) for i in range(len(a)) for j in range(len(b))]
    sampled = len(pairs) > sample
    chosen = rng.sample(pairs, sample) if sampled else pairs
    t0 = time.perf_counter()
    for i, j in chosen:
        SequenceMatcher(None, a[i].text, b[j].text).ratio()
    spent = time.perf_counter() - t0
    return spent * len(pairs) / len(chosen), sampled


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--measures", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline-sample", type=int, default=3000)
    args = parser.parse_args()
    rng = random.Random(6)
    pool = seed_measures()
    a = document_a(pool, args.measures, rng)
    b, edits = document_b(a, pool, rng)
    chars = sum(len(m.text) for m in a + b)
    print(f"A: {len(a)} measures, B: {len(b)} measures, {chars / (len(a) + len(b)):.0f} characters a measure")
    print("edits made: " + ", ".join(f"{k} {v}" for k, v in sorted(edits.items())))
    align(a, b)  # warm-up: OpenCC and label caches
    median, result = time_align(a, b, args.runs)
    kinds = Counter(p.kind for p in result.pairs)
    print("alignment found: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    print(f"align: median of {args.runs} runs {median * 1000:.0f} ms (target <= 300 ms), caches emptied before each")
    warm, _ = time_align(a, b, args.runs, cold=False)
    print(f"  again with the folded texts cached (the compare window re-aligning after a pin): {warm * 1000:.0f} ms")
    every = [CompareMeasure(m.path, m.heading, m.text + "强化督促检查。", units=m.units) for m in b]
    worst, _ = time_align(a, every, args.runs)
    print(f"  worst case, every measure of B reworded (no body unchanged): {worst * 1000:.0f} ms")
    baseline, sampled = time_difflib_baseline(a, b, args.baseline_sample, rng)
    how = (f"{args.baseline_sample} random pairs timed, scaled to all {len(a) * len(b)}" if sampled
           else f"all {len(a) * len(b)} pairs timed")
    print(f"difflib baseline (SequenceMatcher.ratio on every pair): {baseline:.1f} s ({how})")
    print(f"align is {baseline / median:.0f}x faster than the baseline")


if __name__ == "__main__":
    main()
