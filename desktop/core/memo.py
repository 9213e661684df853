"""Bounded caches for the engine's pure functions of short strings (unit names, unit lists), clearable at once."""

from __future__ import annotations

import functools

_CACHED = []


def cached(fn):
    """``functools.lru_cache`` with a bound, registered so that ``clear_caches`` can empty it."""
    wrapped = functools.lru_cache(maxsize=4096)(fn)
    _CACHED.append(wrapped)
    return wrapped


def clear_caches() -> None:
    """Forget every cached result (benchmarks use it to measure a cold engine)."""
    for fn in _CACHED:
        fn.cache_clear()
