"""Turn a desktop.core.engine ParseResult into CompareMeasure rows."""
from __future__ import annotations

from desktop.core.compare.model import CompareMeasure


def measures_from_parse(result) -> list[CompareMeasure]:
    raise NotImplementedError("adapter is being written (issue 6)")
