"""Reads and writes for comparing two documents: their measures as CompareMeasure, and the officer's pins."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.compare.model import CompareMeasure, Path

from . import models as m


def _by_measure(session: Session, statement) -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {}
    for measure_id, *values in session.execute(statement):
        out.setdefault(measure_id, []).append(tuple(values))
    return out


def compare_measures(session: Session, document_id: int) -> list[CompareMeasure]:
    """The document's measures in document order; key = measure id, start = offset in the display text."""
    nodes = session.execute(select(m.Node.id, m.Node.path, m.Node.heading, m.Node.body, m.Node.start)
                            .where(m.Node.document_id == document_id, m.Node.is_measure)
                            .order_by(m.Node.seq)).all()
    in_document = select(m.Node.id).where(m.Node.document_id == document_id, m.Node.is_measure)
    units = _by_measure(session, select(m.Assignment.measure_id, m.Unit.name, m.Assignment.role)
                        .join(m.Unit, m.Unit.id == m.Assignment.unit_id)
                        .where(m.Assignment.measure_id.in_(in_document))
                        .order_by(m.Assignment.measure_id, m.Assignment.start.is_(None), m.Assignment.start,
                                  m.Assignment.id))
    quantities = _by_measure(session, select(m.Quantity.measure_id, m.Quantity.text)
                             .where(m.Quantity.measure_id.in_(in_document))
                             .order_by(m.Quantity.measure_id, m.Quantity.start, m.Quantity.id))
    deadlines = _by_measure(session, select(m.Deadline.measure_id, m.Deadline.text, m.Deadline.due)
                            .where(m.Deadline.measure_id.in_(in_document))
                            .order_by(m.Deadline.measure_id, m.Deadline.start, m.Deadline.id))
    return [CompareMeasure(path=tuple(path.split("/")), heading=heading or "", text=body, start=start,
                           units=tuple(units.get(nid, ())),
                           quantities=tuple(text for (text,) in quantities.get(nid, ())),
                           deadlines=tuple(deadlines.get(nid, ())), key=nid)
            for nid, path, heading, body, start in nodes]


def _pin_row(doc_a: int, doc_b: int, a_path: Path, b_path: Path):
    return (m.ComparePin.doc_a == doc_a, m.ComparePin.doc_b == doc_b,
            m.ComparePin.a_path == "/".join(a_path), m.ComparePin.b_path == "/".join(b_path))


def compare_pins(session: Session, doc_a: int, doc_b: int) -> tuple[list[tuple[Path, Path]], list[tuple[Path, Path]]]:
    """(pins, unpins) the officer set between the two documents, as (a_path, b_path), oldest first."""
    pins, unpins = [], []
    for a_path, b_path, pinned in session.execute(
            select(m.ComparePin.a_path, m.ComparePin.b_path, m.ComparePin.pinned)
            .where(m.ComparePin.doc_a == doc_a, m.ComparePin.doc_b == doc_b).order_by(m.ComparePin.id)):
        (pins if pinned else unpins).append((tuple(a_path.split("/")), tuple(b_path.split("/"))))
    return pins, unpins


def set_compare_pin(session: Session, doc_a: int, doc_b: int, a_path: Path, b_path: Path, pinned: bool) -> None:
    row = session.execute(select(m.ComparePin).where(*_pin_row(doc_a, doc_b, a_path, b_path))).scalar_one_or_none()
    if row is None:
        session.add(m.ComparePin(doc_a=doc_a, doc_b=doc_b, a_path="/".join(a_path), b_path="/".join(b_path),
                                 pinned=pinned))
    else:
        row.pinned = pinned


def clear_compare_pin(session: Session, doc_a: int, doc_b: int, a_path: Path, b_path: Path) -> None:
    session.execute(delete(m.ComparePin).where(*_pin_row(doc_a, doc_b, a_path, b_path)))
