"""A synthetic corpus for benchmarks: new documents recombined from the sample documents' measures."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from desktop.core.engine import parse_file

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
CN = "一二三四五六七八九十"


def cn_number(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    tens, ones = divmod(n, 10)
    return CN[tens - 1] + "十" + (CN[ones - 1] if ones else "")


def measure_pool() -> list[str]:
    """The body text of every measure of the samples, label removed."""
    pool = []
    for path in sorted(SAMPLES.glob("*.txt")):
        result = parse_file(path)
        for node_measure in result.measures:
            text = node_measure.text
            first, _, rest = text.partition("\n")
            label_free = first.split(maxsplit=0)[0]
            # drop the label as written, e.g. "（一）" or "12."
            for end in range(1, 8):
                if label_free[:end].rstrip("*# ").endswith(("、", "）", ")", ".", "．")):
                    label_free = label_free[end:].lstrip("* ")
                    break
            pool.append((label_free + ("\n" + rest if rest else "")).strip())
    return pool


@dataclass(frozen=True)
class Shape:
    """How many parts, groups per part and measures per group a document has (inclusive ranges)."""
    parts: tuple[int, int] = (3, 6)
    groups: tuple[int, int] = (2, 4)
    measures: tuple[int, int] = (2, 5)


DEFAULT = Shape()                                            # about 47 measures per document
SPEC = Shape(parts=(3, 5), groups=(2, 3), measures=(1, 3))  # about 20: 5,000 documents ≈ 100k measures


def make_document(rng: random.Random, pool: list[str], idx: int, shape: Shape = DEFAULT) -> str:
    lines = [f"第{idx}号综合试点行动方案", "",
             "为贯彻落实有关工作部署，推动高水平对外开放，结合实际，制定本方案。", ""]
    number = 1
    for s in range(1, rng.randint(*shape.parts) + 1):
        lines += [f"{cn_number(s)}、重点任务第{s}部分", ""]
        for g in range(1, rng.randint(*shape.groups) + 1):
            lines += [f"（{cn_number(g)}）聚焦重点领域，推进第{g}组任务。", ""]
            for _ in range(rng.randint(*shape.measures)):
                lines += [f"{number}. {rng.choice(pool)}", ""]
                number += 1
    lines += ["公开方式：主动公开", ""]
    return "\n".join(lines)


def build_corpus(dest: Path, count: int = 1000, seed: int = 20261122, encodings=("utf-8", "gb18030"),
                 shape: Shape = DEFAULT) -> list[Path]:
    """Write ``count`` documents into ``dest`` (alternating encodings) and return their paths."""
    rng = random.Random(seed)
    pool = measure_pool()
    dest.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        enc = encodings[i % len(encodings)]
        path = dest / f"doc{i:05d}.txt"
        path.write_bytes(make_document(rng, pool, i + 1, shape).encode(enc))
        paths.append(path)
    return paths
