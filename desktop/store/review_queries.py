"""Reads for the review window: a document's outline and marked text, a measure's detail, notes and task tables."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.labels import match_label
from desktop.core.textnorm import fold

from . import models as m
from .rows import (AnnotationRow, AssignmentRow, DeadlineRow, DocumentText, Mark, MeasureDetail, OrphanRow,
                   OutlineRow, TaskRow, TaskTable, TaskTableRow, UnitChoice)


def outline(session: Session, document_id: int) -> list[OutlineRow]:
    """The tree in document order; each label as the document writes it (（一）, 1., ①)."""
    return outlines(session, [document_id]).get(document_id, [])


def outlines(session: Session, document_ids: list[int]) -> dict[int, list[OutlineRow]]:
    """``outline`` of many documents in two statements (the exports read hundreds of them)."""
    out: dict[int, list[OutlineRow]] = {d: [] for d in document_ids}
    for part in (document_ids[i:i + 500] for i in range(0, len(document_ids), 500)):
        texts = dict(session.execute(select(m.Document.id, m.Document.text).where(m.Document.id.in_(part))).all())
        rows = session.execute(select(m.Node.document_id, m.Node.id, m.Node.parent_id, m.Node.label, m.Node.path,
                                      m.Node.heading, m.Node.is_measure, m.Node.depth, m.Node.start, m.Node.end)
                               .where(m.Node.document_id.in_(part)).order_by(m.Node.document_id, m.Node.seq))
        for r in rows:
            head = (texts.get(r.document_id) or "")[r.start:r.start + 16]
            folded = fold(head)  # same length as head, so offsets found in it index the original
            written = match_label(folded)
            at = folded.find(written.text) if written else -1
            label = head[at:at + len(written.text)].strip() if at >= 0 else r.label
            out[r.document_id].append(OutlineRow(r.id, r.parent_id, label, *r[4:]))
    return out


def document_text(session: Session, document_id: int) -> DocumentText | None:
    doc = session.get(m.Document, document_id)
    if doc is None:
        return None
    measures = tuple(session.execute(select(m.Node.id, m.Node.start, m.Node.end).where(
        m.Node.document_id == document_id, m.Node.is_measure).order_by(m.Node.seq)).all())
    in_doc = select(m.Node.id).where(m.Node.document_id == document_id)
    marks = [Mark(role, s, e, w, mid, aid, uid) for aid, mid, uid, role, s, e, w in session.execute(
        select(m.Assignment.id, m.Assignment.measure_id, m.Assignment.unit_id, m.Assignment.role,
               m.Assignment.start, m.Assignment.end, m.Assignment.as_written)
        .where(m.Assignment.measure_id.in_(in_doc), m.Assignment.start.is_not(None)))]
    for kind, model in (("quantity", m.Quantity), ("deadline", m.Deadline)):
        marks += [Mark(kind, s, e, t, mid, rid) for rid, mid, s, e, t in session.execute(
            select(model.id, model.measure_id, model.start, model.end, model.text)
            .where(model.measure_id.in_(in_doc)))]
    marks.sort(key=lambda k: (k.start, k.end))
    return DocumentText(doc.id, doc.title, doc.text, measures, tuple(marks))


def _assignment_row(a: m.Assignment, unit_name: str) -> AssignmentRow:
    return AssignmentRow(a.id, a.measure_id, a.unit_id, unit_name, a.role, a.state, a.status, a.due_date,
                         a.owner, a.progress, a.version)


def assignments(session: Session, measure_ids: list[int]) -> list[AssignmentRow]:
    rows = session.execute(select(m.Assignment, m.Unit.qualified_name).join(m.Unit, m.Unit.id == m.Assignment.unit_id)
                           .where(m.Assignment.measure_id.in_(measure_ids))
                           .order_by(m.Assignment.measure_id, m.Assignment.role, m.Assignment.id))
    return [_assignment_row(a, name) for a, name in rows]


def measure_detail(session: Session, measure_id: int) -> MeasureDetail | None:
    return measure_details(session, [measure_id]).get(measure_id)


def measure_details(session: Session, measure_ids: list[int]) -> dict[int, MeasureDetail]:
    """``measure_detail`` of many measures in three statements a chunk (the briefing reads hundreds)."""
    out: dict[int, MeasureDetail] = {}
    for part in (measure_ids[i:i + 500] for i in range(0, len(measure_ids), 500)):
        deadlines: dict[int, list[DeadlineRow]] = {}
        for d in session.scalars(select(m.Deadline).where(m.Deadline.measure_id.in_(part))
                                 .order_by(m.Deadline.measure_id, m.Deadline.start)):
            deadlines.setdefault(d.measure_id, []).append(DeadlineRow(d.id, d.measure_id, d.text, d.due, d.state))
        tracked: dict[int, list[AssignmentRow]] = {}
        for a in assignments(session, part):
            tracked.setdefault(a.measure_id, []).append(a)
        for n in session.execute(select(m.Node.id, m.Node.document_id, m.Node.path, m.Node.heading, m.Node.body,
                                        m.Node.start, m.Node.end).where(m.Node.id.in_(part))):
            out[n.id] = MeasureDetail(*n, tuple(tracked.get(n.id, ())), tuple(deadlines.get(n.id, ())))
    return out


def annotations(session: Session, document_id: int | None = None, measure_id: int | None = None,
                orphans_only: bool = False) -> list[AnnotationRow]:
    q = select(m.Annotation).order_by(m.Annotation.start, m.Annotation.id)
    if document_id is not None:
        q = q.where(m.Annotation.document_id == document_id)
    if measure_id is not None:
        q = q.where(m.Annotation.measure_id == measure_id)
    if orphans_only:
        q = q.where(m.Annotation.orphan)
    notes = session.scalars(q).all()
    tags: dict[int, list[str]] = {}
    for aid, name in session.execute(select(m.AnnotationTag.annotation_id, m.Tag.name)
                                     .join(m.Tag, m.Tag.id == m.AnnotationTag.tag_id)
                                     .where(m.AnnotationTag.annotation_id.in_([n.id for n in notes]))
                                     .order_by(m.Tag.name)):
        tags.setdefault(aid, []).append(name)
    return [AnnotationRow(n.id, n.document_id, n.measure_id, n.measure_path, n.quote, n.start, n.end, n.body,
                          n.visibility, tuple(tags.get(n.id, ())), n.orphan) for n in notes]


def unit_choices(session: Session) -> list[UnitChoice]:
    aliases: dict[int, list[str]] = {}
    for uid, alias in session.execute(select(m.UnitAlias.unit_id, m.UnitAlias.alias).order_by(m.UnitAlias.id)):
        aliases.setdefault(uid, []).append(alias)
    rows = session.execute(select(m.Unit.id, m.Unit.name, m.Unit.qualified_name).order_by(m.Unit.qualified_name))
    return [UnitChoice(uid, name, qualified, tuple(aliases.get(uid, ()))) for uid, name, qualified in rows]


def tag_names(session: Session) -> list[str]:
    return list(session.scalars(select(m.Tag.name).order_by(m.Tag.name)))


def orphans(session: Session, document_id: int | None = None) -> list[OrphanRow]:
    q = select(m.Orphan).order_by(m.Orphan.id)
    if document_id is not None:
        q = q.where(m.Orphan.document_id == document_id)
    return [OrphanRow(o.id, o.document_id, o.kind, o.old_path, o.summary) for o in session.scalars(q)]


def task_table(session: Session, document_id: int | None = None, unit_id: int | None = None) -> TaskTable:
    """Measures × units for one document (tracking of every assignment) or one unit (its own assignments)."""
    q = (select(m.Assignment, m.Node.document_id, m.Document.title, m.Node.path, m.Node.heading)
         .join(m.Node, m.Node.id == m.Assignment.measure_id).join(m.Document, m.Document.id == m.Node.document_id))
    if document_id is not None:
        q = q.where(m.Node.document_id == document_id)
    if unit_id is not None:
        q = q.where(m.Node.id.in_(select(m.Assignment.measure_id).where(m.Assignment.unit_id == unit_id)))
    q = q.order_by(m.Node.document_id, m.Node.seq, m.Assignment.role, m.Assignment.id)
    grouped: dict[int, list] = {}
    for a, doc_id, title, path, heading in session.execute(q):
        grouped.setdefault(a.measure_id, [doc_id, title, path, heading, []])[4].append(a)
    unit_ids = list(dict.fromkeys(a.unit_id for *_, assigned in grouped.values() for a in assigned))
    names = dict(session.execute(select(m.Unit.id, m.Unit.qualified_name).where(m.Unit.id.in_(unit_ids))).all())
    if unit_id is not None:
        unit_ids = [unit_id] + [u for u in unit_ids if u != unit_id]
    rows = []
    for mid, (doc_id, title, path, heading, assigned) in grouped.items():
        scope = [a for a in assigned if unit_id is None or a.unit_id == unit_id]
        first = scope[0]
        rows.append(TaskTableRow(mid, doc_id, title, path, heading, {a.unit_id: a.role for a in assigned},
                                 tuple(a.id for a in scope), first.status, first.due_date, first.owner,
                                 first.progress, tuple(a.version for a in scope)))
    return TaskTable(tuple((u, names[u]) for u in unit_ids), tuple(rows))


def due_tasks(session: Session, today: dt.date, within_days: int) -> tuple[list[TaskRow], list[TaskRow]]:
    """Assignments not done: (overdue, due within ``within_days``), earliest first."""
    from .queries import _task_query
    soon = (today + dt.timedelta(days=within_days)).isoformat()
    base = _task_query().where(m.Assignment.status != "已完成", m.Assignment.due_date.is_not(None))
    overdue = session.execute(base.where(m.Assignment.due_date < today.isoformat())
                              .order_by(m.Assignment.due_date, m.Assignment.id)).all()
    upcoming = session.execute(base.where(m.Assignment.due_date >= today.isoformat(), m.Assignment.due_date <= soon)
                               .order_by(m.Assignment.due_date, m.Assignment.id)).all()
    return [TaskRow(*r) for r in overdue], [TaskRow(*r) for r in upcoming]


def snippets(session: Session, measure_ids: list[int], query: str) -> dict[int, str]:
    """Where the search terms occur in each measure, 【marked】, for the table's tooltip."""
    from .search import _snippet, _terms
    terms = _terms(query)
    rows = session.execute(select(m.Node.id, m.Node.body).where(m.Node.id.in_(measure_ids)))
    return {mid: _snippet(body, terms) for mid, body in rows if any(t in body for t in terms)}
