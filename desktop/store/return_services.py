"""Reads and the one write behind importing a returned per-unit ledger: tracking by assignment id, values per id."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import models as m
from .correction_services import assignment_values
from .services import update_assignments

TRACKED = ("status", "owner", "progress", "issues", "next_steps")


def assignment_tracking(session: Session, ids: list[int]) -> dict[int, dict]:
    """Assignment id → its unit id, measure id and the tracked fields (ids that do not exist are left out)."""
    rows = session.execute(select(m.Assignment.id, m.Assignment.unit_id, m.Assignment.measure_id,
                                  *(getattr(m.Assignment, f) for f in TRACKED)).where(m.Assignment.id.in_(ids)))
    return {r[0]: {"unit_id": r[1], "measure_id": r[2], **dict(zip(TRACKED, r[3:]))} for r in rows}


def set_assignment_values(session: Session, values: dict[int, dict], actor: str = "returned-ledger") -> dict[int, dict]:
    """Set different fields on each assignment in this one session, audited; returns the old values for undo."""
    old: dict[int, dict] = {}
    for aid, fields in values.items():
        if fields:
            old.update(assignment_values(session, [aid], (*fields, "state")))
            update_assignments(session, [aid], actor=actor, **fields)
    return old
