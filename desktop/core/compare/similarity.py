"""Weighted character-bigram similarity between two lists of texts, through packed integer counters."""
from __future__ import annotations

import math
import re
import sys
from array import array
from collections import Counter
from dataclasses import dataclass
from itertools import chain, compress
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
    """Weighted bigram overlap of the likely pairs: score = 2·shared / (weight_a + weight_b), a weighted Dice.

    grams_a and grams_b hold only the weighted bigrams of each text (the others weigh nothing).
    """
    shared: dict[tuple[int, int], int]
    weight_a: list[int]
    weight_b: list[int]
    grams_a: list[set[str]]
    grams_b: list[set[str]]
    weights: dict[str, int]

    def score(self, i: int, j: int) -> float:
        total = self.weight_a[i] + self.weight_b[j]
        return 2 * self.shared.get((i, j), 0) / total if total else 0.0

    def scored(self):
        """(i, j, score) for every likely pair."""
        weight_a, weight_b = self.weight_a, self.weight_b
        for (i, j), shared in self.shared.items():
            total = weight_a[i] + weight_b[j]
            yield i, j, 2 * shared / total if total else 0.0

    def b_inside_a(self, i: int, j: int) -> float:
        """Share of B[j]'s weight also found in A[i]."""
        return self.shared.get((i, j), 0) / self.weight_b[j] if self.weight_b[j] else 0.0

    def a_inside_b(self, i: int, j: int) -> float:
        return self.shared.get((i, j), 0) / self.weight_a[i] if self.weight_a[i] else 0.0

    def weight_of(self, grams: set[str]) -> int:
        return sum(map(self.weights.__getitem__, grams))


def _weights(grams_a: list[set[str]], grams_b: list[set[str]]) -> dict[str, int]:
    """Bigram → 1..MAX_WEIGHT by rarity (half its log inverse document frequency); the common ones left out."""
    frequency = Counter(chain.from_iterable(grams_a + grams_b))
    total = sum(1 for grams in grams_a + grams_b if grams)
    common = max(4, COMMON_SHARE * total)
    if not total:
        return {}
    by_df = [0] + [min(MAX_WEIGHT, max(1, round(math.log(total / df) / 2))) for df in range(1, int(common) + 1)]
    return {g: by_df[df] for g, df in frequency.items() if df <= common}


def _shared_rows(queries: list[set[str]], texts: list[set[str]], weights: dict[str, int]) -> list[array]:
    """Each query's shared weight with every text (none of them empty), one array a query.

    Each bigram's postings are one big integer with a counter of ``step`` bytes per text, so summing a
    query's bigrams adds all its counters at once in C. A counter never exceeds its text's weight: no carries.
    """
    step, code = next((s, c) for s, c in ((2, "H"), (4, "I"), (8, "Q"))
                      if max(map(len, texts), default=0) * MAX_WEIGHT < 1 << 8 * s)
    size = len(texts) * step
    counters: dict[str, bytearray] = {}
    for j, grams in enumerate(texts):
        at = j * step
        for g in grams:
            if g not in counters:
                counters[g] = bytearray(size)
            counters[g][at] = weights[g]
    packed = {g: int.from_bytes(c, "little") for g, c in counters.items()}
    rows = []
    for grams in queries:
        row = array(code)
        row.frombytes(sum(map(packed.__getitem__, grams & packed.keys())).to_bytes(size, "little"))
        if sys.byteorder == "big":
            row.byteswap()
        rows.append(row)
    return rows


def _top(values, k: int) -> list[int]:
    """Positions of the k largest positive values; among equal values at the cut, the first ones."""
    floor = max(sorted(values)[-k] if len(values) >= k else 0, 1)
    kept = list(compress(range(len(values)), map(floor.__le__, values)))
    if len(kept) > k:
        above = [p for p in kept if values[p] > floor]
        kept = above + [p for p in kept if values[p] == floor][:k - len(above)]
    return kept


def similarity(texts_a: list[str], texts_b: list[str], top_k: int = TOP_K) -> Similarity:
    """Scores for the likely pairs: each text's top_k partners by shared weight, from either side.

    An empty text (one already paired elsewhere) takes no part and counts for none.
    """
    grams_a = [bigrams(t) for t in texts_a]
    grams_b = [bigrams(t) for t in texts_b]
    weights = _weights(grams_a, grams_b)
    grams_a = [weights.keys() & grams for grams in grams_a]
    grams_b = [weights.keys() & grams for grams in grams_b]
    live_a = [i for i, grams in enumerate(grams_a) if grams]
    live_b = [j for j, grams in enumerate(grams_b) if grams]
    rows = _shared_rows([grams_a[i] for i in live_a], [grams_b[j] for j in live_b], weights)
    shared: dict[tuple[int, int], int] = {}
    for i, row in zip(live_a, rows):
        for pos in _top(row, top_k):
            shared[i, live_b[pos]] = row[pos]
    for j, column in zip(live_b, zip(*rows)):
        for pos in _top(column, top_k):
            shared[live_a[pos], j] = column[pos]
    weigh = weights.__getitem__
    return Similarity(shared, [sum(map(weigh, g)) for g in grams_a], [sum(map(weigh, g)) for g in grams_b],
                      grams_a, grams_b, weights)
