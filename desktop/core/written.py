"""Reported text in the document's own script: unit names are simplified (registry keys), all else as written.

The engine reads the analysis form (textnorm.fold: simplified, half-width). A traditional-character document's
title, 文号, issuer, headings, targets and deadlines are reported as the document writes them; units stay
simplified (eval README: "verbatim, simplified characters") and outline labels stay analysis keys (paths).
"""

from __future__ import annotations

from collections import Counter

from .textnorm import convertible_chars


class WrittenForm:
    """Maps analysis-form text back to the characters the document wrote, one character at a time."""

    def __init__(self, pieces: list[tuple[str, str]]):
        """``pieces``: (text, analysis form) pairs, e.g. every paragraph's text and fold."""
        counts: dict[str, Counter] = {}
        convertible = convertible_chars()
        for text, folded in pieces:
            if text == folded:  # most paragraphs: nothing folded at all
                continue
            for m in convertible.finditer(text):  # only these may 繁→简 fold (a full-width fold is kept)
                t, f = m.group(), folded[m.start()]
                if t != f:
                    counts.setdefault(f, Counter())[t] += 1
        # A simplified character the document writes more often as it is (a simplified plan quoting a traditional
        # page) stays; else the written form the document uses most (發/髮 → 发).
        whole = "\n".join(text for text, _ in pieces) if counts else ""
        self._map = {f: t for f, c in counts.items() for t, n in c.most_common(1) if n > whole.count(f)}
        self._table = str.maketrans(self._map) if self._map else None

    def __bool__(self) -> bool:
        return self._table is not None

    def __call__(self, value: str | None) -> str | None:
        return value.translate(self._table) if value and self._table else value
