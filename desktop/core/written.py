"""Reported text in the document's own script: unit names are simplified (registry keys), all else as written.

The engine reads the analysis form (textnorm.fold: simplified, half-width). A traditional-character document's
title, 文号, issuer, headings, targets and deadlines are reported as the document writes them; units stay
simplified (eval README: "verbatim, simplified characters") and outline labels stay analysis keys (paths).
"""

from __future__ import annotations

from collections import Counter


def _full_width(ch: str) -> bool:
    """A character that textnorm.fold makes half-width (Ａ, １, the ideographic space)."""
    return "\uff01" <= ch <= "\uff5e" or ch == "\u3000"


class WrittenForm:
    """Maps analysis-form text back to the characters the document wrote, one character at a time."""

    def __init__(self, pieces: list[tuple[str, str]]):
        """``pieces``: (text, analysis form) pairs, e.g. every paragraph's text and fold."""
        pairs: Counter = Counter()
        for text, folded in pieces:
            if text != folded:  # most paragraphs of a simplified document: nothing folded at all
                pairs.update(zip(text, folded))  # counted in C
        counts: dict[str, Counter] = {}
        for (t, f), n in pairs.items():
            if t != f and not _full_width(t):  # 繁→简 changed it (a full-width fold is kept)
                counts.setdefault(f, Counter())[t] = n
        # A simplified character the document writes more often as it is (a simplified plan quoting a traditional
        # page) stays; else the written form the document uses most (發/髮 → 发).
        whole = "\n".join(text for text, _ in pieces) if counts else ""
        self._map = {f: t for f, c in counts.items() for t, n in c.most_common(1) if n > whole.count(f)}
        self._table = str.maketrans(self._map) if self._map else None

    def __bool__(self) -> bool:
        return self._table is not None

    def __call__(self, value: str | None) -> str | None:
        return value.translate(self._table) if value and self._table else value
