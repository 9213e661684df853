"""Reads the Excel ledgers need in bulk: each measure's text, its written deadline and its units' tracking."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import models as m

CHUNK = 5000  # ids per statement, well under SQLite's bound-parameter limit


@dataclass(frozen=True)
class LedgerAssignment:
    id: int
    unit_id: int
    unit: str              # qualified name
    role: str
    status: str
    due_date: str | None
    owner: str | None
    progress: str | None
    issues: str | None = None       # 存在问题
    next_steps: str | None = None   # 下一步措施
    remark: str | None = None       # 备注


@dataclass(frozen=True)
class LedgerDetail:
    """A measure's text as the policy writes it, the earliest deadline that text names (ISO date), and its units'
    assignments (lead first)."""
    body: str
    written_due: str | None
    assignments: tuple[LedgerAssignment, ...]


def ledger_details(session: Session, ids: list[int]) -> dict[int, LedgerDetail]:
    conn = session.connection()  # plain rows: no ORM loading for 10k+ ids
    out: dict[int, LedgerDetail] = {}
    a = m.Assignment
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        due = dict(conn.execute(select(m.Deadline.measure_id, func.min(m.Deadline.due))
                                .where(m.Deadline.measure_id.in_(part)).group_by(m.Deadline.measure_id)).all())
        assigned: dict[int, list[LedgerAssignment]] = {}
        for mid, *row in conn.execute(
                select(a.measure_id, a.id, a.unit_id, m.Unit.qualified_name, a.role, a.status, a.due_date, a.owner,
                       a.progress, a.issues, a.next_steps, a.remark).join(m.Unit, m.Unit.id == a.unit_id).where(a.measure_id.in_(part))
                .order_by(a.measure_id, a.role, a.id)):
            assigned.setdefault(mid, []).append(LedgerAssignment(*row))
        for mid, body in conn.execute(select(m.Node.id, m.Node.body).where(m.Node.id.in_(part))):
            out[mid] = LedgerDetail(body, due.get(mid), tuple(assigned.get(mid, ())))
    return out
