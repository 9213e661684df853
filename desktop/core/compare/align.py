"""Align two measure lists: 1:1 by best score, then splits/merges, moved, only_a/only_b."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.core.compare.model import Alignment, CompareMeasure, Path


def align(a: Sequence[CompareMeasure], b: Sequence[CompareMeasure],
          pins: Iterable[tuple[Path, Path]] = (), unpins: Iterable[tuple[Path, Path]] = ()) -> Alignment:
    raise NotImplementedError("alignment is being written (issue 6)")
