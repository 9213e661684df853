"""Officer corrections of what the engine extracted: units, roles and deadlines, marked edited and audited."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from . import models as m
from .queries import resolve_unit
from .registry import Jurisdiction
from .services import _audit
from .unit_cache import UnitCache

SNAPSHOT_FIELDS = ("id", "measure_id", "unit_id", "role", "as_written", "start", "end", "state", "status",
                   "due_date", "owner", "progress")


def assignment_values(session: Session, ids: list[int], fields: tuple[str, ...]) -> dict[int, dict]:
    """The current values of ``fields`` for each assignment: what an undo puts back."""
    rows = session.execute(select(m.Assignment.id, *(getattr(m.Assignment, f) for f in fields))
                           .where(m.Assignment.id.in_(ids)))
    return {r[0]: dict(zip(fields, r[1:])) for r in rows}


def unit_for_name(session: Session, name: str, measure_id: int) -> int:
    """The registry's unit for a name an officer typed; a new name is qualified by the measure's document."""
    uid = resolve_unit(session, name)
    if uid is not None:
        return uid
    doc = session.scalar(select(m.Document).join(m.Node, m.Node.document_id == m.Document.id)
                         .where(m.Node.id == measure_id))
    from .registry import jurisdiction_of
    where = jurisdiction_of(doc.issuer, doc.title) if doc else Jurisdiction()
    return UnitCache(session).unit_id(name.strip(), where)


def restore_assignment(session: Session, snapshot: dict, actor: str = "officer") -> int:
    """Put back a removed assignment, same id and values, from the snapshot ``remove_assignment`` returned."""
    session.execute(insert(m.Assignment), [snapshot])
    _audit(session, actor, "restore", "assignment", snapshot["id"], "role", None, snapshot["role"])
    return snapshot["id"]


def add_assignment(session: Session, measure_id: int, unit_name: str, role: str, actor: str = "officer") -> int:
    """Name one more unit on a measure."""
    if role not in (m.LEAD, m.SUPPORT):
        raise ValueError(f"unknown role {role!r}")
    name = unit_name.strip()
    if not name:
        raise ValueError("单位名称不能为空")
    uid = unit_for_name(session, name, measure_id)
    if session.scalar(select(m.Assignment.id).where(m.Assignment.measure_id == measure_id,
                                                    m.Assignment.unit_id == uid)) is not None:
        raise ValueError(f"该措施已有单位“{name}”")
    a = m.Assignment(measure_id=measure_id, unit_id=uid, role=role, as_written=name, state=m.EDITED,
                     status="未启动", updated_at=dt.datetime.now())
    session.add(a)
    session.flush()
    _audit(session, actor, "create", "assignment", a.id, "unit", None, name)
    return a.id


def remove_assignment(session: Session, assignment_id: int, actor: str = "officer") -> dict:
    """Take a unit off a measure; returns the snapshot that ``add_assignment`` restores."""
    snap = assignment_values(session, [assignment_id], SNAPSHOT_FIELDS)[assignment_id]
    snap["updated_at"] = dt.datetime.now()
    session.execute(delete(m.Assignment).where(m.Assignment.id == assignment_id))
    _audit(session, actor, "delete", "assignment", assignment_id, "unit", snap["as_written"], None)
    record_unit_removed(session, snap["measure_id"], snap["unit_id"], actor)
    return snap


UNIT_REMOVED = "remove-unit"


def record_unit_removed(session: Session, measure_id: int, unit_id: int, actor: str = "officer") -> None:
    """Remember on the measure that the officer took this unit off, so a new version does not bring it back."""
    _audit(session, actor, UNIT_REMOVED, "measure", measure_id, "unit_id", str(unit_id), None)


def removed_units(session: Session, measure_id: int) -> set[int]:
    """Units the officer took off this measure (some may have been put back since: the caller checks)."""
    return {int(v) for v in session.scalars(select(m.AuditEntry.old).where(
        m.AuditEntry.action == UNIT_REMOVED, m.AuditEntry.entity == "measure", m.AuditEntry.entity_id == measure_id))}


def restore_assignment_values(session: Session, old: dict[int, dict], actor: str = "officer") -> None:
    """Undo: put back fields exactly as they were, the extraction state included."""
    for a in session.scalars(select(m.Assignment).where(m.Assignment.id.in_(list(old)))):
        for field, value in old[a.id].items():
            if getattr(a, field) != value:
                _audit(session, actor, "undo", "assignment", a.id, field, getattr(a, field), value)
                setattr(a, field, value)
        a.updated_at = dt.datetime.now()


def change_unit(session: Session, assignment_id: int, unit_name: str, actor: str = "officer",
                expected_version: int | None = None) -> dict:
    """Point an assignment at another unit (a misread name); returns what ``restore_assignment_values`` undoes.
    With ``expected_version``, a row someone changed since it was read raises EditConflict (field "unit", names)."""
    if not unit_name.strip():
        raise ValueError("单位名称不能为空")
    if expected_version is not None:
        _check_unit_version(session, assignment_id, unit_name.strip(), expected_version)
    a = session.get(m.Assignment, assignment_id)
    uid = unit_for_name(session, unit_name, a.measure_id)
    if uid != a.unit_id and session.scalar(select(m.Assignment.id).where(
            m.Assignment.measure_id == a.measure_id, m.Assignment.unit_id == uid)) is not None:
        raise ValueError(f"该措施已有单位“{unit_name.strip()}”")
    old = {a.id: {"unit_id": a.unit_id, "state": a.state}}
    _audit(session, actor, "update", "assignment", a.id, "unit_id", a.unit_id, uid)
    a.unit_id, a.state, a.updated_at = uid, m.EDITED, dt.datetime.now()
    return old


def _check_unit_version(session: Session, assignment_id: int, name: str, expected_version: int) -> None:
    from .team.versions import EditConflict, FieldConflict, locked_rows
    rows = locked_rows(session, m.Assignment, [assignment_id])
    if not rows:
        raise EditConflict([FieldConflict(assignment_id, "unit", name, None, 0)])
    a = rows[0]
    if a.version != expected_version:
        now = session.scalar(select(m.Unit.qualified_name).where(m.Unit.id == a.unit_id))
        if now != name:
            raise EditConflict([FieldConflict(a.id, "unit", name, now, a.version)])


def fix_deadline(session: Session, deadline_id: int, due: str | None, actor: str = "officer",
                 state: str = m.EDITED) -> tuple[str | None, str]:
    """Correct the due date read from a deadline; returns the old (due, state) for an undo to pass back."""
    if due:
        dt.date.fromisoformat(due)  # refuses anything but YYYY-MM-DD
    d = session.get(m.Deadline, deadline_id)
    old = (d.due, d.state)
    if old != (due, state):
        _audit(session, actor, "update", "deadline", d.id, "due", d.due, due)
        d.due, d.state = due, state
    return old
