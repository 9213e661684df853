"""Show a stored outline path ("二/一/3/1") the way the document writes it: 二.（一）.3.（1）."""

from __future__ import annotations

from desktop.core.labels import CN_DIGITS


def format_path(path: str | None) -> str:
    """The first level of Chinese numerals and of digits is written bare, deeper levels of the same kind in （）.

    Stored paths keep only each label's value (see desktop/core/outline.py), so the kind is inferred: a document
    numbers 一、 before （一） and 1. before （1）. Chapter/article labels (第一章) and circled numbers stay as stored.
    """
    out: list[str] = []
    seen: set[str] = set()
    for part in (path or "").split("/"):
        if not part:
            continue
        kind = "num" if part.isdecimal() else "cn" if all(c in CN_DIGITS for c in part) else None
        out.append(f"（{part}）" if kind in seen else part)
        if kind:
            seen.add(kind)
    return ".".join(out)
