"""Mutations: each runs in one transaction, writes the audit log and returns the ids it changed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import models as m

_ASSIGNMENT_FIELDS = ("role", "status", "due_date", "owner", "progress", "issues", "next_steps", "remark")


def _audit(session: Session, actor: str, action: str, entity: str, entity_id: int, field: str | None = None,
           old: object = None, new: object = None) -> None:
    session.add(m.AuditEntry(actor=actor, action=action, entity=entity, entity_id=entity_id, field=field,
                             old=None if old is None else str(old), new=None if new is None else str(new)))


def update_assignments(session: Session, ids: list[int], actor: str = "officer", **values) -> list[int]:
    """Set fields on assignments (bulk edit); a changed role marks the assignment as edited by the officer."""
    unknown = set(values) - set(_ASSIGNMENT_FIELDS)
    if unknown:
        raise ValueError(f"unknown fields: {sorted(unknown)}")
    if "status" in values and values["status"] not in m.STATUSES:
        raise ValueError(f"unknown status {values['status']!r}")
    changed = []
    for a in session.scalars(select(m.Assignment).where(m.Assignment.id.in_(ids))):
        touched = False
        for field, value in values.items():
            old = getattr(a, field)
            if old != value:
                setattr(a, field, value)
                _audit(session, actor, "update", "assignment", a.id, field, old, value)
                touched = True
        if touched:
            if "role" in values:
                a.state = m.EDITED
            a.updated_at = dt.datetime.now()
            changed.append(a.id)
    return changed


def add_annotation(session: Session, document_id: int, start: int, end: int, body: str,
                   visibility: str = "internal", actor: str = "officer") -> int:
    """Anchor a note to text[start:end] of a document: quote, 32 characters of context each side, measure."""
    doc = session.get(m.Document, document_id)
    text = doc.text
    measure = session.scalars(select(m.Node).where(m.Node.document_id == document_id, m.Node.is_measure,
                                                   m.Node.start <= start, m.Node.end > start)).first()
    note = m.Annotation(document_id=document_id, measure_id=measure.id if measure else None,
                        measure_path=measure.path if measure else None, quote=text[start:end],
                        prefix=text[max(0, start - 32):start], suffix=text[end:end + 32], start=start, end=end,
                        body=body, visibility=visibility)
    session.add(note)
    session.flush()
    _audit(session, actor, "create", "annotation", note.id, "body", None, body)
    return note.id
