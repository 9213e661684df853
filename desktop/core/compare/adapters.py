"""Turn a desktop.core.engine ParseResult into CompareMeasure rows."""
from __future__ import annotations

from desktop.core.compare.model import CompareMeasure


def measures_from_parse(result) -> list[CompareMeasure]:
    return [CompareMeasure(
        path=tuple(m.path), heading=m.heading or "", text=m.text, start=m.span[0],
        units=tuple((u.name, u.role) for u in m.units),
        quantities=tuple(q.text for q in m.quantities),
        deadlines=tuple((d.text, d.due) for d in m.deadlines),
    ) for m in result.measures]
