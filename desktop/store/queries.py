"""Read-only queries: ids first, then frozen rows for the ids asked for."""

from __future__ import annotations

import json

from dataclasses import dataclass

from sqlalchemy import and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from . import models as m
from .registry import alias_key
from .rows import DocumentRow, MeasureRow, TaskRow, UnitRow
from .search import text_ids, unindexed_conditions


def documents(session: Session) -> list[DocumentRow]:
    counts = (select(m.Node.document_id, func.count().label("n")).where(m.Node.is_measure)
              .group_by(m.Node.document_id).subquery())
    d = m.Document  # the columns only: loading the entities would unpack every document's text
    rows = session.execute(select(d.id, d.title, d.doc_number, d.issuer, d.date, func.coalesce(counts.c.n, 0),
                                  d.version_of_id, d.version_no, d.source_name, d.warnings, d.diagnostics)
                           .outerjoin(counts, counts.c.document_id == d.id).order_by(d.id)).all()
    return [DocumentRow(*r[:9], tuple(w for w in (r[9] or "").split(",") if w), _units_share(r[10])) for r in rows]


def _units_share(diagnostics: str | None) -> float | None:
    """The share of a document's tasks that hold a unit, from its stored diagnostics (None before 0007)."""
    if not diagnostics:
        return None
    confidence = json.loads(diagnostics).get("confidence", {})
    return confidence.get("tasks_with_units") if confidence.get("tasks") else None


def diagnostics(session: Session, document_id: int) -> dict | None:
    """What the engine saw in a document (body range, label levels, irregular labels, warnings, confidence)."""
    text = session.scalar(select(m.Document.diagnostics).where(m.Document.id == document_id))
    return json.loads(text) if text else None


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
    kind: str | None = None         # "task" or "context" (vocabulary.TASK/CONTEXT); None: both


def _assignment_conditions(f: MeasureFilter) -> list:
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
    return conds


# Below this many candidate ids a filter's set drives the query (one lookup per id, then a sort); above it the
# measures are scanned in display order and checked against the set. At 100k measures the two cost the same at
# about 12k ids: a typical unit (1.5k) takes 3.5 ms instead of 15, the commonest (27k) keeps the scan's 35 ms.
_FEW = 10_000


def _narrowed(session: Session, q, f: MeasureFilter):
    """``q`` restricted to the measures the assignment filters and the indexed text terms allow."""
    conds = _assignment_conditions(f)
    assigned = select(m.Assignment.measure_id).where(*conds) if conds else None
    indexed = text_ids(session, f.text) if f.text else None
    if assigned is not None and indexed is not None:
        # Both sets intersected inside SQLite before any node is read, then one lookup per measure in both. In id
        # order SQLite merges the two sorted inputs (the index range and the FTS doclist) instead of building temp
        # B-trees: 25 ms instead of 36 for the commonest unit. Only SQLite gets here (``indexed`` is FTS5); LIMIT -1
        # is its "no limit", there to keep the ORDER BY, which SQLite drops from a FROM subquery without one.
        both = assigned.intersect(indexed)
        both = both.order_by(both.selected_columns[0]).limit(-1).subquery()
        return q.join(both, both.c.measure_id == m.Node.id)
    one = assigned if assigned is not None else indexed
    if one is None:
        return q
    probe = select(func.count()).select_from(one.limit(_FEW).subquery())
    if session.connection().execute(probe).scalar() < _FEW:
        few = one.distinct().subquery()  # DISTINCT also keeps SQLite from flattening it into a scan of nodes
        return q.join(few, few.c[0] == m.Node.id)
    return q.where(m.Node.id.in_(one))


def measure_ids(session: Session, f: MeasureFilter = MeasureFilter(), order: str = "document") -> list[int]:
    """Ordered ids of the measures matching ``f`` (one indexed query, after a bounded count of a single filter set)."""
    q = select(m.Node.id).where(m.Node.is_measure)
    if f.document_id is not None:
        q = q.where(m.Node.document_id == f.document_id)
    if f.kind is not None:
        q = q.where(m.Node.kind == f.kind)
    q = _narrowed(session, q, f)
    if f.text:
        q = q.where(*unindexed_conditions(session, f.text))
    if f.tag:
        q = q.where(m.Node.id.in_(select(m.Annotation.measure_id).join(
            m.AnnotationTag, m.AnnotationTag.annotation_id == m.Annotation.id).join(
            m.Tag, m.Tag.id == m.AnnotationTag.tag_id).where(m.Tag.name == f.tag)))
    if order == "due":
        due = _due_expression()
        q = q.order_by(due.is_(None), due, m.Node.document_id, m.Node.seq)
    else:
        q = q.order_by(m.Node.document_id, m.Node.seq)
    return session.connection().execute(q).scalars().all()  # plain rows: no ORM loading for 10k+ ids


def _written_due():
    """The earliest deadline written in a measure's text."""
    return select(func.min(m.Deadline.due)).where(m.Deadline.measure_id == m.Node.id).scalar_subquery()


def _due_expression():
    """A measure's due date: the officer's (assignments) first, else the earliest deadline in its text."""
    tracked = select(func.min(m.Assignment.due_date)).where(m.Assignment.measure_id == m.Node.id).scalar_subquery()
    return func.coalesce(tracked, _written_due())


def _page_statements():
    """The two statements of ``measure_rows``, built once: a page is asked for on every scroll."""
    ids = bindparam("ids", expanding=True)
    nodes = (select(m.Node.id, m.Node.document_id, m.Document.title, m.Node.path, m.Node.heading, _written_due(),
                    m.Node.kind)
             .join(m.Document, m.Document.id == m.Node.document_id).where(m.Node.id.in_(ids)))
    units = (select(m.Assignment.measure_id, m.Assignment.role, m.Unit.qualified_name, m.Assignment.due_date,
                    m.Assignment.status, m.Assignment.owner)
             .join(m.Unit, m.Unit.id == m.Assignment.unit_id).where(m.Assignment.measure_id.in_(ids))
             .order_by(m.Assignment.id))
    return nodes, units


_PAGE_NODES, _PAGE_UNITS = _page_statements()


def measure_rows(session: Session, ids: list[int]) -> list[MeasureRow]:
    """Display rows for a page of measure ids, in the order of ``ids`` (two indexed queries)."""
    if not ids:
        return []
    conn = session.connection()  # plain rows: no ORM loading
    base = {r[0]: r for r in conn.execute(_PAGE_NODES, {"ids": ids})}
    units: dict[int, list] = {}
    for mid, role, name, due, status, owner in conn.execute(_PAGE_UNITS, {"ids": ids}):
        units.setdefault(mid, []).append((role, name, due, status, owner))
    out = []
    for i in ids:
        if i not in base:
            continue
        _, doc_id, title, path, heading, written, kind = base[i]
        us = units.get(i, [])
        lead = tuple(u[1] for u in us if u[0] == m.LEAD)
        support = tuple(u[1] for u in us if u[0] == m.SUPPORT)
        first = next((u for u in us if u[0] == m.LEAD), us[0] if us else None)
        tracked = min((u[2] for u in us if u[2] is not None), default=None)  # _due_expression from rows at hand
        due = written if tracked is None else tracked
        out.append(MeasureRow(i, doc_id, title, path, heading, lead, support, due,
                              first[3] if first else None, first[4] if first else None, kind))
    return out


def status_counts(session: Session) -> dict[tuple[str, str], int]:
    """(unit qualified name, status) → number of assignments."""
    rows = session.execute(select(m.Unit.qualified_name, m.Assignment.status, func.count())
                           .join(m.Unit, m.Unit.id == m.Assignment.unit_id)
                           .group_by(m.Unit.qualified_name, m.Assignment.status))
    return {(u, s): n for u, s, n in rows}

