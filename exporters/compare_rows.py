"""An alignment as the comparison exports read it: one row per pair, redline segments and the delta summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop.core.compare.model import Alignment, CharOp, CompareMeasure, Delta, Pair
from desktop.core.path_format import format_path
from desktop.core.vocabulary import ROLE_NAMES

KIND_LABELS = {"same": "相同", "reworded": "改写", "moved": "移动", "split": "拆分", "merged": "合并",
               "only_a": "仅A有", "only_b": "仅B有"}
TEXT_CHANGE_LABELS = {"none": "无", "whitespace": "仅空白", "punctuation": "仅标点", "wording": "措辞"}
ARROW = "→"
ABSENT = "（无）"


def measure_number(m: CompareMeasure) -> str:
    """二.（一）.3, the way the window and the ledger number a measure."""
    return format_path("/".join(m.path))


def side_text(measures: list[CompareMeasure], indexes: tuple[int, ...]) -> str:
    """One side's text as the delta's offsets count it (the texts of a merge or split, one after the other)."""
    return "".join(measures[i].text for i in indexes)


def side_number(measures: list[CompareMeasure], indexes: tuple[int, ...]) -> str:
    return "、".join(measure_number(measures[i]) for i in indexes)


def unit_changes(delta: Delta) -> tuple[str, str, str]:
    """(units added, units removed, role changes) as text."""
    roles = "；".join(f"{unit}：{ROLE_NAMES.get(old, old)}{ARROW}{ROLE_NAMES.get(new, new)}"
                      for unit, old, new in delta.role_changes)
    return "、".join(delta.units_added), "、".join(delta.units_removed), roles


def value_changes(changes: list[tuple[str | None, str | None]]) -> str:
    """3700万标箱→4000万标箱；（无）→2025年底前"""
    return "；".join(f"{before or ABSENT}{ARROW}{after or ABSENT}" for before, after in changes)


@dataclass(frozen=True)
class PairRow:
    kind: str
    label: str              # 相同 / 改写 / ... / 仅B有
    score: float
    pinned: bool
    a_number: str
    a_text: str
    b_number: str
    b_text: str
    units_added: str
    units_removed: str
    role_changes: str
    quantities: str
    deadlines: str
    text_change: str        # 无 / 仅空白 / 仅标点 / 措辞
    ops: tuple[CharOp, ...]


def pair_row(alignment: Alignment, pair: Pair) -> PairRow:
    added, removed, roles = unit_changes(pair.delta)
    text_change = "" if pair.kind in ("only_a", "only_b") else TEXT_CHANGE_LABELS.get(pair.delta.text_change,
                                                                                      pair.delta.text_change)
    return PairRow(pair.kind, KIND_LABELS.get(pair.kind, pair.kind), pair.score, pair.pinned,
                   side_number(alignment.a, pair.a), side_text(alignment.a, pair.a),
                   side_number(alignment.b, pair.b), side_text(alignment.b, pair.b),
                   added, removed, roles, value_changes(pair.delta.quantities), value_changes(pair.delta.deadlines),
                   text_change, tuple(pair.delta.ops))


def pair_rows(alignment: Alignment) -> list[PairRow]:
    return [pair_row(alignment, p) for p in alignment.pairs]


def changed_spans(ops, side: str) -> list[tuple[int, int]]:
    """[start, end) ranges of one side ("a" or "b") that the character diff marks: deleted/replaced in A,
    inserted/replaced in B."""
    tags = ("delete", "replace") if side == "a" else ("insert", "replace")
    spans = [getattr(op, side) for op in ops if op.tag in tags]
    return [(s, e) for s, e in spans if e > s]


def segments(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, changed) runs; characters outside every span are unchanged."""
    marked = [False] * len(text)
    for start, end in spans:
        for i in range(max(0, start), min(end, len(text))):
            marked[i] = True
    out: list[tuple[str, bool]] = []
    for ch, flag in zip(text, marked):
        if out and out[-1][1] == flag:
            out[-1] = (out[-1][0] + ch, flag)
        else:
            out.append((ch, flag))
    return out


def redline(row: PairRow) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Each side's text as (piece, changed) runs; a side of an unmatched pair is all of one piece, unmarked."""
    if row.kind in ("only_a", "only_b"):
        return segments(row.a_text, []), segments(row.b_text, [])
    return segments(row.a_text, changed_spans(row.ops, "a")), segments(row.b_text, changed_spans(row.ops, "b"))


def structured_changes(row: PairRow) -> list[str]:
    """The pair's structured deltas, one short line each (新增单位：…, 目标指标：…)."""
    lines = []
    for label, value in (("新增单位", row.units_added), ("减少单位", row.units_removed),
                         ("牵头/配合变化", row.role_changes), ("目标指标", row.quantities),
                         ("完成时限", row.deadlines)):
        if value:
            lines.append(f"{label}：{value}")
    return lines


@dataclass(frozen=True)
class Summary:
    counts: dict[str, int]                  # kind label → pairs, every kind present, in KINDS order
    units: list[tuple[str, list[str]]]      # (A number → B number, its unit lines)
    quantities: list[tuple[str, str]]       # (A number → B number, changes)
    deadlines: list[tuple[str, str]]


def where(row: PairRow) -> str:
    return f"{row.a_number or ABSENT}{ARROW}{row.b_number or ABSENT}"


def summarise(rows: list[PairRow]) -> Summary:
    kinds = Counter(r.kind for r in rows)
    counts = {label: kinds.get(kind, 0) for kind, label in KIND_LABELS.items()}
    units = []
    for r in rows:
        lines = [f"{label}：{v}" for label, v in (("新增", r.units_added), ("减少", r.units_removed),
                                                 ("角色", r.role_changes)) if v]
        if lines:
            units.append((where(r), lines))
    return Summary(counts, units, [(where(r), r.quantities) for r in rows if r.quantities],
                   [(where(r), r.deadlines) for r in rows if r.deadlines])


def counts_sentence(summary: Summary) -> str:
    total = sum(summary.counts.values())
    each = "、".join(f"{label}{n}组" for label, n in summary.counts.items() if n)
    return f"共对照{total}组" + (f"，其中{each}。" if each else "。")
