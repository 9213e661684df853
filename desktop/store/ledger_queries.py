"""Reads the Excel ledgers need beyond the review window's: measure texts and their written deadlines in bulk."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import models as m

CHUNK = 5000  # ids per statement, well under SQLite's bound-parameter limit


@dataclass(frozen=True)
class MeasureText:
    """A measure's text as the policy writes it, and the earliest deadline that text names (ISO date)."""
    body: str
    written_due: str | None


def measure_texts(session: Session, ids: list[int]) -> dict[int, MeasureText]:
    conn = session.connection()  # plain rows: no ORM loading for 10k+ ids
    out: dict[int, MeasureText] = {}
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        due = dict(conn.execute(select(m.Deadline.measure_id, func.min(m.Deadline.due))
                                .where(m.Deadline.measure_id.in_(part)).group_by(m.Deadline.measure_id)).all())
        for mid, body in conn.execute(select(m.Node.id, m.Node.body).where(m.Node.id.in_(part))):
            out[mid] = MeasureText(body, due.get(mid))
    return out
