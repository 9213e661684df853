"""What changed inside one pair: units and roles, quantities, deadlines, and a character diff of the text."""
from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import zip_longest

from desktop.core.compare.model import CharOp, CompareMeasure, Delta
from desktop.core.compare.normalize import fold_for_diff, is_punctuation, label_end

_TEXT_CHANGE_RANK = {"none": 0, "whitespace": 1, "punctuation": 2, "wording": 3}
_LEADING_NUMBER = re.compile(r"^[\d.,，]+")


def merged_units(measures: Sequence[CompareMeasure]) -> dict[str, tuple[str, str]]:
    """Folded name → (name as written, role) over several measures; a unit that leads anywhere leads."""
    units: dict[str, tuple[str, str]] = {}
    for measure in measures:
        for name, role in measure.units:
            key = fold_for_diff(name)
            if key not in units or role == "lead":
                units[key] = (units.get(key, (name, role))[0], role)
    return units


def unit_changes(a: Sequence[CompareMeasure], b: Sequence[CompareMeasure], delta: Delta) -> None:
    units_a, units_b = merged_units(a), merged_units(b)
    delta.units_added = [name for key, (name, _) in units_b.items() if key not in units_a]
    delta.units_removed = [name for key, (name, _) in units_a.items() if key not in units_b]
    delta.role_changes = [(units_b[key][0], role, units_b[key][1])
                          for key, (_, role) in units_a.items() if key in units_b and units_b[key][1] != role]


def _suffix(value: str) -> str:
    return _LEADING_NUMBER.sub("", fold_for_diff(value).replace(" ", ""))


def paired_changes(before: list[str], after: list[str]) -> list[tuple[str | None, str | None]]:
    """(before, after) for the values that differ; a value changes into one with the same unit word when there is one."""
    key = lambda value: fold_for_diff(value).replace(" ", "")  # noqa: E731
    remaining_after = list(after)
    removed = []
    for value in before:
        match = next((other for other in remaining_after if key(other) == key(value)), None)
        if match is None:
            removed.append(value)
        else:
            remaining_after.remove(match)
    changes: list[tuple[str | None, str | None]] = []
    for value in list(removed):
        same_unit = next((other for other in remaining_after if _suffix(other) == _suffix(value)), None)
        if same_unit is not None:
            changes.append((value, same_unit))
            removed.remove(value)
            remaining_after.remove(same_unit)
    changes += list(zip_longest(removed, remaining_after))
    return changes


def _diffable(measures: Sequence[CompareMeasure]) -> tuple[str, list[int]]:
    """The folded texts joined, without their leading labels, and each character's offset in the joined texts."""
    chars: list[str] = []
    offsets: list[int] = []
    base = 0
    for measure in measures:
        folded = fold_for_diff(measure.text)
        start = label_end(folded)
        chars.append(folded[start:])
        offsets.extend(range(base + start, base + len(folded)))
        base += len(folded)
    return "".join(chars), offsets + [base]


def _change_of(a_part: str, b_part: str) -> str:
    changed = a_part + b_part
    if all(c.isspace() for c in changed):
        return "whitespace"
    if all(c.isspace() or is_punctuation(c) for c in changed):
        return "punctuation"
    return "wording"


def _common_prefix(x: str, y: str) -> int:
    """Length of the common head of two strings, by halving (slice comparisons run in C)."""
    low, high = 0, min(len(x), len(y))
    while low < high:
        mid = (low + high + 1) // 2
        if x[:mid] == y[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _opcodes(text_a: str, text_b: str) -> list[tuple[str, int, int, int, int]]:
    """SequenceMatcher's opcodes, with the common head and tail set aside first: most pairs differ in a few places."""
    if text_a == text_b:
        return [("equal", 0, len(text_a), 0, len(text_b))] if text_a else []
    head = _common_prefix(text_a, text_b)
    tail = _common_prefix(text_a[head:][::-1], text_b[head:][::-1])
    middle_a, middle_b = text_a[head:len(text_a) - tail], text_b[head:len(text_b) - tail]
    ops = [("equal", 0, head, 0, head)] if head else []
    if not (middle_a and middle_b):  # what SequenceMatcher says, without building one
        ops.append(("insert" if middle_b else "delete", head, len(text_a) - tail, head, len(text_b) - tail))
    else:
        matcher = SequenceMatcher(None, middle_a, middle_b, autojunk=False)
        ops += [(tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    if tail:
        ops.append(("equal", len(text_a) - tail, len(text_a), len(text_b) - tail, len(text_b)))
    return ops


def text_changes(a: Sequence[CompareMeasure], b: Sequence[CompareMeasure], delta: Delta) -> None:
    """Character ops in the texts as written (joined for splits and merges); the labels （三） / 3. are left out."""
    text_a, offsets_a = _diffable(a)
    text_b, offsets_b = _diffable(b)
    change = "none"
    for tag, i1, i2, j1, j2 in _opcodes(text_a, text_b):
        delta.ops.append(CharOp(tag, (offsets_a[i1], offsets_a[i2 - 1] + 1 if i2 > i1 else offsets_a[i1]),
                                (offsets_b[j1], offsets_b[j2 - 1] + 1 if j2 > j1 else offsets_b[j1])))
        if tag != "equal":
            this = _change_of(text_a[i1:i2], text_b[j1:j2])
            change = max(change, this, key=_TEXT_CHANGE_RANK.__getitem__)
    delta.text_change = change


def delta_of(a: Sequence[CompareMeasure], b: Sequence[CompareMeasure]) -> Delta:
    delta = Delta()
    unit_changes(a, b, delta)
    delta.quantities = paired_changes([q for m in a for q in m.quantities], [q for m in b for q in m.quantities])
    delta.deadlines = paired_changes([d for m in a for d, _ in m.deadlines], [d for m in b for d, _ in m.deadlines])
    text_changes(a, b, delta)
    return delta


def is_same(delta: Delta) -> bool:
    """Identical after normalisation (spaces aside) and no unit, quantity or deadline change."""
    return delta.text_change in ("none", "whitespace") and not (
        delta.units_added or delta.units_removed or delta.role_changes or delta.quantities or delta.deadlines)
