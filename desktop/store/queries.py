"""Read-only queries: ids first, then frozen rows for the ids asked for."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from . import models as m
from .registry import alias_key
from .rows import DocumentRow, MeasureRow, TaskRow, UnitRow


def documents(session: Session) -> list[DocumentRow]:
    counts = (select(m.Node.document_id, func.count().label("n")).where(m.Node.is_measure)
              .group_by(m.Node.document_id).subquery())
    rows = session.execute(select(m.Document, func.coalesce(counts.c.n, 0))
                           .outerjoin(counts, counts.c.document_id == m.Document.id).order_by(m.Document.id)).all()
    return [DocumentRow(d.id, d.title, d.doc_number, d.issuer, d.date, n, d.version_of_id, d.version_no,
                        d.source_name) for d, n in rows]


def units(session: Session) -> list[UnitRow]:
    lead = func.sum(case((m.Assignment.role == m.LEAD, 1), else_=0))
    support = func.sum(case((m.Assignment.role == m.SUPPORT, 1), else_=0))
    counts = dict((uid, (lc or 0, sc or 0)) for uid, lc, sc in session.execute(
        select(m.Assignment.unit_id, lead, support).group_by(m.Assignment.unit_id)))
    aliases: dict[int, list[str]] = {}
    for uid, alias in session.execute(select(m.UnitAlias.unit_id, m.UnitAlias.alias).order_by(m.UnitAlias.id)):
        aliases.setdefault(uid, []).append(alias)
    return [UnitRow(u.id, u.name, u.qualified_name, tuple(aliases.get(u.id, ())), *counts.get(u.id, (0, 0)))
            for u in session.scalars(select(m.Unit).order_by(m.Unit.qualified_name))]


def resolve_unit(session: Session, name: str) -> int | None:
    """A unit id for any alias, qualified name or unambiguous short name."""
    name = name.strip()
    hit = session.scalar(select(m.UnitAlias.unit_id).where(m.UnitAlias.alias.in_([name, alias_key(name)])))
    if hit is not None:
        return hit
    hit = session.scalar(select(m.Unit.id).where(or_(m.Unit.qualified_name == name, m.Unit.key == alias_key(name))))
    if hit is not None:
        return hit
    ids = session.scalars(select(m.Unit.id).where(m.Unit.name == name)).all()
    return ids[0] if len(ids) == 1 else None


def _task_query():
    return (select(m.Assignment.id, m.Node.id, m.Document.id, m.Document.title, m.Node.path, m.Node.heading,
                   m.Unit.qualified_name, m.Assignment.role, m.Assignment.status, m.Assignment.due_date,
                   m.Assignment.owner)
            .join(m.Node, m.Node.id == m.Assignment.measure_id)
            .join(m.Document, m.Document.id == m.Node.document_id)
            .join(m.Unit, m.Unit.id == m.Assignment.unit_id))


def unit_tasks(session: Session, unit_id: int) -> list[TaskRow]:
    rows = session.execute(_task_query().where(m.Assignment.unit_id == unit_id)
                           .order_by(m.Document.id, m.Node.seq)).all()
    return [TaskRow(*r) for r in rows]


@dataclass(frozen=True)
class MeasureFilter:
    document_id: int | None = None
    unit_id: int | None = None
    role: str | None = None
    status: str | None = None
    due_before: str | None = None
    overdue_on: str | None = None   # ISO date: due before it and not 已完成
    text: str | None = None
    due_after: str | None = None    # ISO date: due on or after it (with due_before: due within N days)
    tag: str | None = None          # measures with a note carrying this tag


def measure_ids(session: Session, f: MeasureFilter = MeasureFilter(), order: str = "document") -> list[int]:
    """Ordered ids of the measures matching ``f`` (one indexed query)."""
    q = select(m.Node.id).where(m.Node.is_measure)
    if f.document_id is not None:
        q = q.where(m.Node.document_id == f.document_id)
    conds = []
    if f.unit_id is not None:
        conds.append(m.Assignment.unit_id == f.unit_id)
    if f.role:
        conds.append(m.Assignment.role == f.role)
    if f.status:
        conds.append(m.Assignment.status == f.status)
    if f.due_before:
        conds.append(m.Assignment.due_date <= f.due_before)
    if f.overdue_on:
        conds.append(and_(m.Assignment.due_date < f.overdue_on, m.Assignment.status != "已完成"))
    if f.due_after:
        conds.append(and_(m.Assignment.due_date >= f.due_after, m.Assignment.status != "已完成"))
    if conds:
        q = q.where(m.Node.id.in_(select(m.Assignment.measure_id).where(*conds)))
    if f.tag:
        q = q.where(m.Node.id.in_(select(m.Annotation.measure_id).join(
            m.AnnotationTag, m.AnnotationTag.annotation_id == m.Annotation.id).join(
            m.Tag, m.Tag.id == m.AnnotationTag.tag_id).where(m.Tag.name == f.tag)))
    if f.text:
        from .search import text_condition
        q = q.where(text_condition(session, f.text))
    if order == "due":
        due = _due_expression()
        q = q.order_by(due.is_(None), due, m.Node.document_id, m.Node.seq)
    else:
        q = q.order_by(m.Node.document_id, m.Node.seq)
    return list(session.scalars(q))


def _due_expression():
    """A measure's due date: the officer's (assignments) first, else the earliest deadline in its text."""
    tracked = select(func.min(m.Assignment.due_date)).where(m.Assignment.measure_id == m.Node.id).scalar_subquery()
    written = select(func.min(m.Deadline.due)).where(m.Deadline.measure_id == m.Node.id).scalar_subquery()
    return func.coalesce(tracked, written)


def measure_rows(session: Session, ids: list[int]) -> list[MeasureRow]:
    """Display rows for a page of measure ids, in the order of ``ids`` (two indexed queries)."""
    if not ids:
        return []
    base = {r[0]: r for r in session.execute(
        select(m.Node.id, m.Node.document_id, m.Document.title, m.Node.path, m.Node.heading, _due_expression())
        .join(m.Document, m.Document.id == m.Node.document_id).where(m.Node.id.in_(ids)))}
    units: dict[int, list] = {}
    for mid, role, name, due, status, owner in session.execute(
            select(m.Assignment.measure_id, m.Assignment.role, m.Unit.qualified_name, m.Assignment.due_date,
                   m.Assignment.status, m.Assignment.owner)
            .join(m.Unit, m.Unit.id == m.Assignment.unit_id).where(m.Assignment.measure_id.in_(ids))
            .order_by(m.Assignment.id)):
        units.setdefault(mid, []).append((role, name, due, status, owner))
    out = []
    for i in ids:
        if i not in base:
            continue
        _, doc_id, title, path, heading, due = base[i]
        us = units.get(i, [])
        lead = tuple(n for r, n, *_ in us if r == m.LEAD)
        support = tuple(n for r, n, *_ in us if r == m.SUPPORT)
        first = next((u for u in us if u[0] == m.LEAD), us[0] if us else None)
        out.append(MeasureRow(i, doc_id, title, path, heading, lead, support, due,
                              first[3] if first else None, first[4] if first else None))
    return out


def status_counts(session: Session) -> dict[tuple[str, str], int]:
    """(unit qualified name, status) → number of assignments."""
    rows = session.execute(select(m.Unit.qualified_name, m.Assignment.status, func.count())
                           .join(m.Unit, m.Unit.id == m.Assignment.unit_id)
                           .group_by(m.Unit.qualified_name, m.Assignment.status))
    return {(u, s): n for u, s, n in rows}

