"""Reads the briefing pack needs beyond the review window's: the targets (quantities) of many measures at once."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import models as m


def quantities(session: Session, measure_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Measure id → its targets as the text writes them (e.g. 2000亿元), in text order; measures without any left out."""
    out: dict[int, list[str]] = {}
    for start in range(0, len(measure_ids), 900):   # SQLite's bound-parameter limit
        chunk = measure_ids[start:start + 900]
        rows = session.execute(select(m.Quantity.measure_id, m.Quantity.text)
                               .where(m.Quantity.measure_id.in_(chunk))
                               .order_by(m.Quantity.measure_id, m.Quantity.start, m.Quantity.id))
        for mid, text in rows:
            out.setdefault(mid, []).append(text)
    return {mid: tuple(texts) for mid, texts in out.items()}
