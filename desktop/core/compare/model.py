"""Plain data the comparison produces and consumes: measures, pairs, deltas, the alignment."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

Path = tuple[str, ...]          # outline labels as in the parse JSON: ("二", "一", "1")


@dataclass(frozen=True)
class CompareMeasure:
    """One measure as the comparison sees it (from a ParseResult or from the store)."""
    path: Path
    heading: str                # may be ""
    text: str                   # the measure's full text
    start: int = 0              # offset of text in its document's display text (for the views to highlight)
    units: tuple[tuple[str, str], ...] = ()        # (name, "lead"|"support") in text order
    quantities: tuple[str, ...] = ()               # as written, "3700万标箱"
    deadlines: tuple[tuple[str, str | None], ...] = ()   # (as written, due ISO date or None)
    key: int | None = None      # store measure id when it comes from the store; None from files


@dataclass(frozen=True)
class CharOp:
    tag: str                    # "equal" | "insert" | "delete" | "replace"
    a: tuple[int, int]          # [start, end) in the A side's text (concatenated A texts for merges)
    b: tuple[int, int]          # [start, end) in the B side's text


@dataclass
class Delta:
    units_added: list[str] = field(default_factory=list)
    units_removed: list[str] = field(default_factory=list)
    role_changes: list[tuple[str, str, str]] = field(default_factory=list)   # (unit, "lead", "support")
    quantities: list[tuple[str | None, str | None]] = field(default_factory=list)  # (before, after); None = absent
    deadlines: list[tuple[str | None, str | None]] = field(default_factory=list)
    text_change: str = "none"   # "none" | "whitespace" | "punctuation" | "wording"
    ops: list[CharOp] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data["role_changes"] = [list(change) for change in self.role_changes]
        data["quantities"] = [list(change) for change in self.quantities]
        data["deadlines"] = [list(change) for change in self.deadlines]
        data["ops"] = [{"tag": op.tag, "a": list(op.a), "b": list(op.b)} for op in self.ops]
        return data

    def is_empty(self) -> bool:
        """True when nothing changed but (at most) identical text: no field deltas, text_change "none"."""
        return (not self.units_added and not self.units_removed and not self.role_changes
                and not self.quantities and not self.deadlines and self.text_change == "none")


KINDS = ("same", "reworded", "moved", "split", "merged", "only_a", "only_b")


@dataclass
class Pair:
    a: tuple[int, ...]          # indexes into the A measure list (empty for only_b); 2+ for "merged"
    b: tuple[int, ...]          # indexes into the B list (empty for only_a); 2+ for "split"
    kind: str
    score: float                # 0..1 similarity; 1.0 for identical after normalisation; 0 for only_*
    delta: Delta
    pinned: bool = False


def _paths_json(measures: list[CompareMeasure], indexes: tuple[int, ...]):
    if not indexes:
        return None
    if len(indexes) == 1:
        return list(measures[indexes[0]].path)
    return [list(measures[i].path) for i in indexes]


@dataclass
class Alignment:
    a: list[CompareMeasure]
    b: list[CompareMeasure]
    pairs: list[Pair]           # display order: follows B's order, with only_a pairs placed after the
                                # pair holding their A predecessor (so reading down = reading both documents)

    def to_json(self) -> list[dict]:
        """The CLI format; for 1:n pairs "a"/"b" hold a list of path lists."""
        return [{"a": _paths_json(self.a, pair.a), "b": _paths_json(self.b, pair.b),
                 "kind": pair.kind, "score": round(pair.score, 4), "deltas": pair.delta.to_json(),
                 **({"pinned": True} if pair.pinned else {})}
                for pair in self.pairs]
