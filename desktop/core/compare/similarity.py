"""Weighted character-bigram similarity between two lists of texts, through an inverted index."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import chain
from operator import add

MAX_WEIGHT = 3          # weights 1..3 by rarity: finer steps cost more index entries than they change scores
COMMON_SHARE = 0.25     # bigrams in more than this share of all texts are left out: they say nothing
TOP_K = 24              # partners kept per text, by shared weight, before scores are worked out
_WORD_RUNS = re.compile(r"[^\W_]+")   # letters, digits and CJK: punctuation, symbols and spaces cut the runs


def bigrams(text: str) -> set[str]:
    """The character bigrams of ``text`` that hold neither punctuation nor spaces."""
    grams: set[str] = set()
    for run in _WORD_RUNS.findall(text):
        grams.update(map(add, run, run[1:]))
    return grams


@dataclass
class Similarity:
    """Weighted bigram overlap of the likely pairs: score = 2·shared / (weight_a + weight_b), a weighted Dice."""
    shared: dict[tuple[int, int], int]
    weight_a: list[int]
    weight_b: list[int]
    grams_a: list[set[str]]
    grams_b: list[set[str]]
    weights: dict[str, int]

    def score(self, i: int, j: int) -> float:
        total = self.weight_a[i] + self.weight_b[j]
        return 2 * self.shared.get((i, j), 0) / total if total else 0.0

    def b_inside_a(self, i: int, j: int) -> float:
        """Share of B[j]'s weight also found in A[i]."""
        return self.shared.get((i, j), 0) / self.weight_b[j] if self.weight_b[j] else 0.0

    def a_inside_b(self, i: int, j: int) -> float:
        return self.shared.get((i, j), 0) / self.weight_a[i] if self.weight_a[i] else 0.0

    def weight_of(self, grams: set[str]) -> int:
        return sum(self.weights.get(g, 0) for g in grams)


def _shared_weights(queries: list[set[str]], postings: dict[str, list[int]], top_k: int):
    """For each query, its top_k partners by shared weight (postings repeat an index once per unit of weight)."""
    for qi, grams in enumerate(queries):
        counts = Counter(chain.from_iterable([postings[g] for g in grams if g in postings]))
        for partner, shared in counts.most_common(top_k):
            yield qi, partner, shared


def similarity(texts_a: list[str], texts_b: list[str], top_k: int = TOP_K) -> Similarity:
    """Scores for the likely pairs; an empty text (one already paired elsewhere) takes no part and counts for none."""
    grams_a = [bigrams(t) for t in texts_a]
    grams_b = [bigrams(t) for t in texts_b]
    frequency = Counter(chain.from_iterable(grams_a + grams_b))
    total = sum(1 for grams in grams_a + grams_b if grams)
    common = max(4, COMMON_SHARE * total)
    weights = {g: min(MAX_WEIGHT, max(1, round(math.log(total / df) / 2)))
               for g, df in frequency.items() if df <= common}

    def postings(side: list[set[str]]) -> dict[str, list[int]]:
        index: dict[str, list[int]] = defaultdict(list)
        for k, grams in enumerate(side):
            for g in grams:
                if g in weights:
                    index[g].extend([k] * weights[g])
        return index

    shared: dict[tuple[int, int], int] = {}
    for i, j, s in _shared_weights(grams_a, postings(grams_b), top_k):
        shared[i, j] = s
    for j, i, s in _shared_weights(grams_b, postings(grams_a), top_k):
        shared[i, j] = s
    weigh = lambda grams: sum(weights.get(g, 0) for g in grams)  # noqa: E731
    return Similarity(shared, [weigh(g) for g in grams_a], [weigh(g) for g in grams_b], grams_a, grams_b, weights)
