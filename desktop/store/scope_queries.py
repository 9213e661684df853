"""What an export would hold before it is written: documents, measures and units of a selection (read-only)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.vocabulary import TASK

from . import models as m


@dataclass(frozen=True)
class ScopeDocument:
    id: int
    title: str
    measures: int           # measures of this document in the selection


@dataclass(frozen=True)
class ExportScope:
    documents: tuple[ScopeDocument, ...]
    units: tuple[tuple[str, int], ...]   # (qualified name, assignments in the selection), most first

    @property
    def measures(self) -> int:
        return sum(d.measures for d in self.documents)

    @property
    def assignments(self) -> int:
        return sum(n for _, n in self.units)

    @property
    def empty(self) -> bool:
        return not self.documents


def export_scope(session: Session, document_id: int | None = None, unit_id: int | None = None,
                 status: str | None = None, include_context: bool = False) -> ExportScope:
    """The measures an export of (document, unit, status) takes — those of the document (all when None) that have an
    assignment of the unit in the status, as the ledger and the briefing select them — counted per document, and
    their assignments counted per unit (only the unit's and the status's when given). Context items (指导思想,
    发展目标) count only with ``include_context``, as the exports take them. Two grouped statements."""
    selected = select(m.Node.id).where(m.Node.is_measure)
    if not include_context:
        selected = selected.where(m.Node.kind == TASK)
    if document_id is not None:
        selected = selected.where(m.Node.document_id == document_id)
    conditions = []
    if unit_id is not None:
        conditions.append(m.Assignment.unit_id == unit_id)
    if status is not None:
        conditions.append(m.Assignment.status == status)
    if conditions:
        selected = selected.where(m.Node.id.in_(select(m.Assignment.measure_id).where(*conditions)))
    chosen = selected.subquery()
    per_document = session.execute(
        select(m.Document.id, func.coalesce(m.Document.title, m.Document.source_name), func.count())
        .join(m.Node, m.Node.document_id == m.Document.id).join(chosen, chosen.c.id == m.Node.id)
        .group_by(m.Document.id).order_by(m.Document.id)).all()
    per_unit = session.execute(
        select(m.Unit.qualified_name, func.count()).join(m.Assignment, m.Assignment.unit_id == m.Unit.id)
        .join(chosen, chosen.c.id == m.Assignment.measure_id).where(*conditions)
        .group_by(m.Unit.qualified_name)).all()
    return ExportScope(tuple(ScopeDocument(d, title or "", n) for d, title, n in per_document),
                       tuple(sorted(((u, n) for u, n in per_unit), key=lambda u: (-u[1], u[0]))))
