"""The words a full-text search takes: distinct, in order, at most MAX_TERMS (a longer query is pasted text)."""

from __future__ import annotations

import re

MAX_TERMS = 2000


def _distinct_words(query: str) -> list[str]:
    return list(dict.fromkeys(t for t in re.split(r"\s+", query.strip()) if t))


def search_terms(query: str) -> list[str]:
    """The query's distinct words, in order (a word pasted twice is one condition), capped at MAX_TERMS."""
    return _distinct_words(query)[:MAX_TERMS]


def unused_terms(query: str) -> int:
    """How many distinct words of the query the cap leaves out (0 for any query a person types)."""
    return max(0, len(_distinct_words(query)) - MAX_TERMS)
