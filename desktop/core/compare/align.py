"""Align two measure lists: 1:1 by best score, then splits and merges, moved pairs, only_a / only_b."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from desktop.core.compare.deltas import delta_of, is_same
from desktop.core.compare.model import Alignment, CompareMeasure, Delta, Pair, Path
from desktop.core.compare.normalize import comparable, without_responsibility
from desktop.core.compare.order import out_of_order, reading_order
from desktop.core.compare.similarity import Similarity, bigrams, similarity

MATCH_THRESHOLD = 0.13   # below this two measures are not the same measure, even at best
HEADING_SHARE = 0.4      # a heading says what a measure is about: it weighs this much of the score
PIECE_INSIDE = 0.75      # a piece of a split (or merge) has this share of its text inside the whole
COVERED = 0.8            # the pieces together cover this share of the whole …
COVER_GAIN = 0.1         # … and this much more than its 1:1 partner alone


class _Scores:
    """Score of a candidate pair: body similarity, lifted by the headings' when both measures have one.

    Bodies identical on both sides (and found once on each) pair at 1.0 before any index is built: in a new
    version most measures are unchanged, and only the others need the bigram index.
    """

    def __init__(self, a: Sequence[CompareMeasure], b: Sequence[CompareMeasure], kept_apart: set[tuple[int, int]]):
        bodies_a, bodies_b = [_body(m) for m in a], [_body(m) for m in b]
        self.identical = _identical(bodies_a, bodies_b, kept_apart)
        paired_b = set(self.identical.values())
        self.sim: Similarity = similarity(["" if i in self.identical else t for i, t in enumerate(bodies_a)],
                                          ["" if j in paired_b else t for j, t in enumerate(bodies_b)])
        self._headings_a = [bigrams(comparable(m.heading)) for m in a]
        self._headings_b = [bigrams(comparable(m.heading)) for m in b]

    def __call__(self, i: int, j: int) -> float:
        if self.identical.get(i) == j:
            return 1.0
        return self.lifted(i, j, self.sim.score(i, j))

    def lifted(self, i: int, j: int, body: float) -> float:
        """The pair's score from its body similarity and its headings."""
        ha, hb = self._headings_a[i], self._headings_b[j]
        if not ha or not hb:
            return body
        heading = 2 * len(ha & hb) / (len(ha) + len(hb))
        return max(body, (1 - HEADING_SHARE) * body + HEADING_SHARE * heading)


def _identical(bodies_a: list[str], bodies_b: list[str], kept_apart: set[tuple[int, int]]) -> dict[int, int]:
    """A index → B index for non-empty bodies that occur exactly once in each document."""
    once_a, once_b = _once(bodies_a), _once(bodies_b)
    return {i: once_b[body] for body, i in once_a.items()
            if body in once_b and (i, once_b[body]) not in kept_apart}


def _once(bodies: list[str]) -> dict[str, int]:
    seen: dict[str, int] = {}
    twice = set()
    for k, body in enumerate(bodies):
        if body in seen:
            twice.add(body)
        seen[body] = k
    return {body: k for body, k in seen.items() if body and body not in twice}


def _body(measure: CompareMeasure) -> str:
    return without_responsibility(measure.text, [name for name, _ in measure.units])


def _indexes(pairs: Iterable[tuple[Path, Path]], a: Sequence[CompareMeasure], b: Sequence[CompareMeasure]):
    where_a, where_b = {}, {}
    for i, m in enumerate(a):
        where_a.setdefault(tuple(m.path), i)
    for j, m in enumerate(b):
        where_b.setdefault(tuple(m.path), j)
    for path_a, path_b in pairs:
        i, j = where_a.get(tuple(path_a)), where_b.get(tuple(path_b))
        if i is not None and j is not None:
            yield i, j


def _one_to_one(scores: _Scores, n: int, m: int, match_a: dict[int, int], match_b: dict[int, int],
                banned: set[tuple[int, int]]) -> None:
    """Best scores first, each measure once; ties go to the pair nearer the same place in both documents."""
    candidates = []
    for i, j, body in scores.sim.scored():  # none of them identical: those texts were left out of the index
        if i in match_a or j in match_b or (i, j) in banned:
            continue
        score = scores.lifted(i, j, body)
        if score >= MATCH_THRESHOLD:
            candidates.append((-score, abs(i / max(n, 1) - j / max(m, 1)), i, j))
    for _, _, i, j in sorted(candidates):
        if i not in match_a and j not in match_b:
            match_a[i], match_b[j] = j, i


def _pieces_of(whole: int, partners: list[int], match_part: dict[int, int], fixed: set[int],
               inside, banned_with) -> list[int]:
    return sorted(p for p in partners
                  if p not in fixed and match_part.get(p, whole) == whole and not banned_with(p)
                  and inside(p) >= PIECE_INSIDE)


def _groups(scores: _Scores, count: int, partners: dict[int, list[int]], match_whole: dict[int, int],
            match_part: dict[int, int], fixed_whole: set[int], fixed_part: set[int], flip: bool,
            banned: set[tuple[int, int]]) -> dict[int, list[int]]:
    """Wholes whose text several parts cover together: A's splits (flip False) or B's merges (flip True)."""
    sim = scores.sim
    grams_whole, grams_part = (sim.grams_b, sim.grams_a) if flip else (sim.grams_a, sim.grams_b)
    weight_whole = sim.weight_b if flip else sim.weight_a
    pair = (lambda w, p: (p, w)) if flip else (lambda w, p: (w, p))
    inside_whole = sim.a_inside_b if flip else sim.b_inside_a
    found = {}
    # a group needs a part not yet paired; parts only get paired as this goes on
    open_wholes = {whole for whole, parts in partners.items() if any(p not in match_part for p in parts)}
    for whole in sorted(open_wholes):
        if whole in fixed_whole or not weight_whole[whole]:
            continue
        pieces = _pieces_of(whole, partners.get(whole, []), match_part, fixed_part,
                            lambda p: inside_whole(*pair(whole, p)), lambda p: pair(whole, p) in banned)
        if len(pieces) < 2 or all(p in match_part for p in pieces):
            continue
        together = set().union(*(grams_part[p] for p in pieces))
        cover = sim.weight_of(grams_whole[whole] & together) / weight_whole[whole]
        alone = match_whole.get(whole)
        before = sim.weight_of(grams_whole[whole] & grams_part[alone]) / weight_whole[whole] if alone is not None else 0
        if cover >= COVERED and cover - before >= COVER_GAIN:
            found[whole] = pieces
            for p in pieces:
                match_part[p] = whole
            match_whole[whole] = pieces[0]
    return found


def _group_score(sim: Similarity, grams_a: list[set[str]], grams_b: list[set[str]]) -> float:
    side_a, side_b = set().union(*grams_a), set().union(*grams_b)
    total = sim.weight_of(side_a) + sim.weight_of(side_b)
    return 2 * sim.weight_of(side_a & side_b) / total if total else 0.0


def _matched_pair(a, b, ia: tuple[int, ...], ib: tuple[int, ...], kind: str, score: float, pinned=False) -> Pair:
    delta = delta_of([a[i] for i in ia], [b[j] for j in ib])
    if kind == "1:1":
        same_text = delta.text_change in ("none", "whitespace")
        kind = "same" if is_same(delta) else "reworded"
        score = 1.0 if same_text else score
    return Pair(ia, ib, kind, round(min(max(score, 0.0), 1.0), 4), delta, pinned)


def align(a: Sequence[CompareMeasure], b: Sequence[CompareMeasure],
          pins: Iterable[tuple[Path, Path]] = (), unpins: Iterable[tuple[Path, Path]] = ()) -> Alignment:
    a, b = list(a), list(b)
    pinned = dict(_indexes(pins, a, b))
    pinned = {i: j for i, j in pinned.items() if list(pinned.values()).count(j) == 1}
    banned = set(_indexes(unpins, a, b)) - set(pinned.items())
    scores = _Scores(a, b, banned)
    match_a = dict(pinned)
    match_b = {j: i for i, j in pinned.items()}
    for i, j in scores.identical.items():
        if i not in match_a and j not in match_b:
            match_a[i], match_b[j] = j, i
    _one_to_one(scores, len(a), len(b), match_a, match_b, banned)

    by_a, by_b = defaultdict(list), defaultdict(list)
    for i, j in scores.sim.shared:
        by_a[i].append(j)
        by_b[j].append(i)
    fixed_a, fixed_b = set(pinned), set(pinned.values())
    splits = _groups(scores, len(a), by_a, match_a, match_b, fixed_a, fixed_b, False, banned)
    merges = _groups(scores, len(b), by_b, match_b, match_a, fixed_b | set(_flat(splits)), fixed_a | set(splits),
                     True, banned)

    pairs: list[Pair] = []
    grouped_a = set(splits) | set(_flat(merges))
    grouped_b = set(merges) | set(_flat(splits))
    for i, pieces in splits.items():
        pairs.append(_matched_pair(a, b, (i,), tuple(pieces), "split",
                                   _group_score(scores.sim, [scores.sim.grams_a[i]],
                                                [scores.sim.grams_b[j] for j in pieces])))
    for j, pieces in merges.items():
        pairs.append(_matched_pair(a, b, tuple(pieces), (j,), "merged",
                                   _group_score(scores.sim, [scores.sim.grams_a[i] for i in pieces],
                                                [scores.sim.grams_b[j]])))
    for i, j in match_a.items():
        if i not in grouped_a and j not in grouped_b:
            pairs.append(_matched_pair(a, b, (i,), (j,), "1:1", scores(i, j), pinned=pinned.get(i) == j))
    for pair in out_of_order(pairs):
        if pair.kind in ("same", "reworded"):
            pair.kind = "moved"
    paired_a = {i for p in pairs for i in p.a}
    paired_b = {j for p in pairs for j in p.b}
    pairs += [Pair((i,), (), "only_a", 0.0, Delta()) for i in range(len(a)) if i not in paired_a]
    pairs += [Pair((), (j,), "only_b", 0.0, Delta()) for j in range(len(b)) if j not in paired_b]
    return Alignment(a, b, reading_order(pairs))


def _flat(groups: dict[int, list[int]]) -> list[int]:
    return [p for pieces in groups.values() for p in pieces]
