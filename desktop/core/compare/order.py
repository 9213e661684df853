"""Order questions of an alignment: which pairs moved, and the reading order of the pairs."""
from __future__ import annotations

from bisect import bisect_left

from desktop.core.compare.model import Pair


def longest_increasing(values: list[int]) -> set[int]:
    """Positions in ``values`` of one longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []          # tails[k] = position of the smallest tail of an increasing run of length k+1
    tail_values: list[int] = []
    previous = [-1] * len(values)
    for pos, value in enumerate(values):
        k = bisect_left(tail_values, value)
        if k > 0:
            previous[pos] = tails[k - 1]
        if k == len(tails):
            tails.append(pos)
            tail_values.append(value)
        else:
            tails[k] = pos
            tail_values[k] = value
    kept, pos = set(), tails[-1] if tails else -1
    while pos >= 0:
        kept.add(pos)
        pos = previous[pos]
    return kept


def out_of_order(pairs: list[Pair]) -> list[Pair]:
    """The matched pairs outside the longest run that keeps both documents' order: those moved."""
    matched = sorted((p for p in pairs if p.a and p.b), key=lambda p: min(p.a))
    in_order = longest_increasing([min(p.b) for p in matched])
    return [p for pos, p in enumerate(matched) if pos not in in_order]


def reading_order(pairs: list[Pair]) -> list[Pair]:
    """Pairs in B's order; each only_a pair right after the pair that holds its A predecessor."""
    with_b = sorted((p for p in pairs if p.b), key=lambda p: min(p.b))
    only_a = sorted((p for p in pairs if not p.b), key=lambda p: p.a[0])
    after: dict[int, list[Pair]] = {}            # id of the pair an only_a pair follows → those pairs
    leading: list[Pair] = []
    holder = {i: p for p in with_b for i in p.a}
    for pair in only_a:
        predecessor = pair.a[0] - 1
        while predecessor >= 0 and predecessor not in holder:
            predecessor -= 1
        if predecessor < 0:
            leading.append(pair)
        else:
            after.setdefault(id(holder[predecessor]), []).append(pair)
        holder[pair.a[0]] = pair
    ordered: list[Pair] = []
    stack = list(reversed(leading + with_b))
    while stack:
        pair = stack.pop()
        ordered.append(pair)
        stack.extend(reversed(after.get(id(pair), [])))
    return ordered
