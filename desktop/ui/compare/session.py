"""Two stored documents read for comparison: display texts, measures, pins and the alignment, with lookups."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.compare.align import align
from desktop.core.compare.model import Alignment, CompareMeasure, Pair
from exporters.compare_rows import changed_spans

from desktop.ui.compare.commands import stored_pins


def measure_spans(measures: list[CompareMeasure], stored: tuple[tuple[int, int, int], ...]) -> list[tuple[int, int]]:
    """Each measure's [start, end) in its display text: the store's span when it knows the measure, else its text's."""
    by_id = {mid: (s, e) for mid, s, e in stored}
    return [by_id.get(m.key, (m.start, m.start + len(m.text))) for m in measures]


def char_positions(body: str, shown: str, start: int) -> list[int]:
    """Display-text offset of each character of a measure's text. The stored text joins the paragraphs a page break
    cut (no blank lines between), so it is the shown span less some whitespace; any other difference falls back to
    counting from the start."""
    out, k = [], 0
    for ch in body:
        while k < len(shown) and shown[k] != ch and shown[k].isspace():
            k += 1
        if k >= len(shown) or shown[k] != ch:
            return [start + i for i in range(len(body))]
        out.append(start + k)
        k += 1
    return out


def to_document(positions: list[list[int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Map [start, end) offsets in a side's concatenated text to display-text spans. ``positions`` holds each
    measure's character positions (char_positions), in the side's order; a span crossing a paragraph break is cut
    there, so the blank lines between stay unmarked."""
    flat = [p for measure in positions for p in measure]
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for i in range(max(0, s), min(e, len(flat))):
            if out and out[-1][1] == flat[i]:
                out[-1] = (out[-1][0], flat[i] + 1)
            else:
                out.append((flat[i], flat[i] + 1))
    return out


@dataclass
class CompareSession:
    doc_a: int
    doc_b: int
    titles: tuple[str, str]
    texts: tuple[str, str]
    notes: tuple[list[tuple[int, int]], list[tuple[int, int]]]
    alignment: Alignment
    spans: tuple[list[tuple[int, int]], list[tuple[int, int]]]
    pair_of: tuple[dict[int, int], dict[int, int]] = field(default_factory=lambda: ({}, {}))
    _positions: dict[tuple[int, int], list[int]] = field(default_factory=dict)

    def __post_init__(self):
        for p, pair in enumerate(self.alignment.pairs):
            for i in pair.a:
                self.pair_of[0][i] = p
            for j in pair.b:
                self.pair_of[1][j] = p

    def measures(self, side: int) -> list[CompareMeasure]:
        return self.alignment.a if side == 0 else self.alignment.b

    def indexes(self, pair: Pair, side: int) -> tuple[int, ...]:
        return pair.a if side == 0 else pair.b

    def pair_span(self, pair: Pair, side: int) -> tuple[int, int] | None:
        """The display-text range a pair covers on one side (first start to last end), None when it has no side."""
        idx = self.indexes(pair, side)
        if not idx:
            return None
        spans = [self.spans[side][i] for i in idx]
        return min(s for s, _ in spans), max(e for _, e in spans)

    def char_changes(self, pair: Pair, side: int) -> list[tuple[int, int]]:
        """Display-text spans of the characters the pair's diff marks on one side (deleted in A, inserted in B)."""
        if pair.kind in ("only_a", "only_b"):
            return []
        positions = [self.positions(side, i) for i in self.indexes(pair, side)]
        return to_document(positions, changed_spans(pair.delta.ops, "ab"[side]))

    def positions(self, side: int, index: int) -> list[int]:
        key = side, index
        if key not in self._positions:
            m, (start, end) = self.measures(side)[index], self.spans[side][index]
            self._positions[key] = char_positions(m.text, self.texts[side][start:end], start)
        return self._positions[key]

    def measure_at(self, side: int, offset: int) -> int | None:
        return next((i for i, (s, e) in enumerate(self.spans[side]) if s <= offset < e), None)


def load_session(store, doc_a: int, doc_b: int) -> CompareSession:
    """Read both documents through the store facade and align their measures, the officer's pins applied."""
    a, b = store.compare_measures(doc_a), store.compare_measures(doc_b)
    pins, unpins = stored_pins(store, doc_a, doc_b)
    alignment = align(a, b, pins=pins, unpins=unpins)
    texts = store.document_text(doc_a), store.document_text(doc_b)
    notes = tuple([(n.start, n.end) for n in store.annotations(document_id=d) if not n.orphan] for d in (doc_a, doc_b))
    names = {d.id: d.title or d.source_name for d in store.documents()}
    spans = measure_spans(a, texts[0].measures), measure_spans(b, texts[1].measures)
    return CompareSession(doc_a, doc_b, (names.get(doc_a, ""), names.get(doc_b, "")), tuple(t.text for t in texts),
                          notes, alignment, spans)
