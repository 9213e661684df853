"""Reads and the one write behind importing a returned per-unit ledger: tracking by assignment id, values per id."""

from __future__ import annotations

import datetime as dt
import json

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


EXPORT_ACTION, EXPORT_FIELD = "export", "unit-ledger"


def record_export(session: Session, values: dict[int, dict], at: dt.datetime) -> None:
    """Keep what a per-unit workbook showed for each assignment, stamped with the workbook's creation time.

    The exported file carries no hidden copy of these values (issue 7: no hidden sheets); a returned file is compared
    with this record to tell the department's changes from changes made in the store since the export.
    """
    session.add_all(m.AuditEntry(at=at, actor="officer", action=EXPORT_ACTION, entity="assignment", entity_id=aid,
                                 field=EXPORT_FIELD, new=json.dumps(v, ensure_ascii=False))
                    for aid, v in values.items())


def exported_values(session: Session, ids: list[int], at: dt.datetime | None = None
                    ) -> tuple[dict[int, dict], dt.datetime | None]:
    """Assignment id → the values the export stamped ``at`` wrote (the latest export when ``at`` is None or unknown),
    and that export's time."""
    base = select(m.AuditEntry.entity_id, m.AuditEntry.new, m.AuditEntry.at).where(
        m.AuditEntry.action == EXPORT_ACTION, m.AuditEntry.field == EXPORT_FIELD,
        m.AuditEntry.entity_id.in_(ids)).order_by(m.AuditEntry.id)
    rows = session.execute(base.where(m.AuditEntry.at == at)).all() if at is not None else []
    if not rows:
        rows = session.execute(base).all()
    out = {aid: json.loads(new) for aid, new, _ in rows}    # ordered by id: the latest export of an id wins
    return out, max((stamp for *_, stamp in rows), default=None)
