"""Carry an officer's work (tracking, edits, notes) from one version of a document to the next; list the rest."""

from __future__ import annotations

import json

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from . import models as m
from .correction_services import record_unit_removed, removed_units
from .registry import alias_key, qualify

SAME_PATH_MIN = 60.0   # similarity (0-100) for a measure kept at its path
MOVED_MIN = 75.0       # similarity for a measure found at another path
_TRACKED = ("status", "due_date", "owner", "progress")


def match_measures(old: list[m.Node], new: list[m.Node]) -> dict[int, int]:
    """old node id → new node id, by path and text similarity; reworded and moved measures still match."""
    pairs: dict[int, int] = {}
    free_new = {n.id: n for n in new}
    by_path = {n.path: n for n in new}
    for o in old:
        n = by_path.get(o.path)
        if n is not None and n.id in free_new and fuzz.ratio(o.body, n.body) >= SAME_PATH_MIN:
            pairs[o.id] = n.id
            del free_new[n.id]
    for o in old:
        if o.id in pairs or not free_new:
            continue
        best = max(free_new.values(), key=lambda n: fuzz.ratio(o.body, n.body))
        if fuzz.ratio(o.body, best.body) >= MOVED_MIN:
            pairs[o.id] = best.id
            del free_new[best.id]
    return pairs


def _measures(session: Session, doc_id: int) -> list[m.Node]:
    return list(session.scalars(select(m.Node).where(m.Node.document_id == doc_id, m.Node.is_measure)
                                .order_by(m.Node.seq)))


def _orphan(session: Session, doc: m.Document, kind: str, path: str | None, summary: str, payload: dict) -> None:
    session.add(m.Orphan(document_id=doc.id, kind=kind, old_path=path, summary=summary,
                         payload=json.dumps(payload, ensure_ascii=False, default=str)))


def _untouched(a: m.Assignment) -> bool:
    return a.state == m.EXTRACTED and a.status == m.NOT_STARTED and not a.owner and not a.progress


def _replaced_units(session: Session, olds: list[m.Assignment], old_doc: m.Document) -> set[int]:
    """Units the engine read on a measure but the officer pointed elsewhere (change_unit keeps as_written)."""
    from .registry import jurisdiction_of
    where = jurisdiction_of(old_doc.issuer, old_doc.title)
    present = {a.unit_id for a in olds}
    out = set()
    for a in olds:
        if a.state == m.EDITED and a.start is not None:  # extracted once (it has a span), corrected since
            original = session.scalar(select(m.Unit.id).where(m.Unit.key == alias_key(qualify(a.as_written, where))))
            if original is not None and original not in present:
                out.add(original)
    return out


def carry_over(session: Session, old_doc: m.Document, new_doc: m.Document) -> None:
    old, new = _measures(session, old_doc.id), _measures(session, new_doc.id)
    pairs = match_measures(old, new)
    for o in old:
        olds = list(session.scalars(select(m.Assignment).where(m.Assignment.measure_id == o.id)))
        new_id = pairs.get(o.id)
        if new_id is None:
            worked = [a for a in olds if not _untouched(a)]
            if worked:
                _orphan(session, new_doc, "measure", o.path, f"措施 {o.path}「{o.heading}」在新版本中未找到，其跟踪信息未能延续",
                        {"heading": o.heading, "assignments": [{f: getattr(a, f) for f in
                                                                ("unit_id", "role", *_TRACKED)} for a in worked]})
            continue
        current = {a.unit_id: a for a in session.scalars(select(m.Assignment)
                                                         .where(m.Assignment.measure_id == new_id))}
        present = {a.unit_id for a in olds}
        removed = removed_units(session, o.id) - present     # taken off by the officer and not put back
        for uid in removed:
            record_unit_removed(session, new_id, uid, actor="carry-over")   # and stays off in later versions
        for replaced in _replaced_units(session, olds, old_doc) | removed:
            extracted = current.get(replaced)
            if extracted is not None and extracted.state == m.EXTRACTED:
                session.delete(extracted)
                del current[replaced]
        for a in olds:
            target = current.get(a.unit_id)
            if target is None:
                if a.state == m.EDITED:  # the officer added or changed this unit: keep their version
                    session.add(m.Assignment(measure_id=new_id, unit_id=a.unit_id, role=a.role,
                                             as_written=a.as_written, state=a.state,
                                             **{f: getattr(a, f) for f in _TRACKED}))
                elif not _untouched(a):
                    _orphan(session, new_doc, "assignment", o.path,
                            f"措施 {o.path} 的责任单位（{a.as_written}）在新版本中已不在，其跟踪信息未能延续",
                            {"unit_id": a.unit_id, "role": a.role, **{f: getattr(a, f) for f in _TRACKED}})
                continue
            for f in _TRACKED:
                setattr(target, f, getattr(a, f))
            if a.state == m.EDITED:
                target.role, target.state = a.role, m.EDITED
            elif a.state == m.CONFIRMED and target.role == a.role:
                target.state = m.CONFIRMED
    for note in session.scalars(select(m.Annotation).where(m.Annotation.document_id == old_doc.id)):
        _carry_annotation(session, note, new_doc, new)


def _carry_annotation(session: Session, note: m.Annotation, new_doc: m.Document, new: list[m.Node]) -> None:
    """Re-anchor a note by its quote (context decides between repeats); otherwise keep it as an orphan."""
    text = new_doc.text
    hits = []
    start = text.find(note.quote) if note.quote else -1
    while start >= 0:
        hits.append(start)
        start = text.find(note.quote, start + 1)
    if len(hits) > 1:  # prefer the hit whose context matches
        hits.sort(key=lambda s: -(text[max(0, s - len(note.prefix)):s].endswith(note.prefix) +
                                  text[s + len(note.quote):].startswith(note.suffix)))
    if not hits:
        _add_note_with_tags(session, note, m.Annotation(
            document_id=new_doc.id, measure_id=None, measure_path=note.measure_path, quote=note.quote,
            prefix=note.prefix, suffix=note.suffix, start=note.start, end=note.end, body=note.body,
            visibility=note.visibility, orphan=True))
        _orphan(session, new_doc, "annotation", note.measure_path,
                f"批注「{note.body[:30]}」所标注的原文「{note.quote[:30]}」在新版本中未找到", {"annotation_body": note.body})
        return
    s = hits[0]
    measure = next((n for n in new if n.start <= s < n.end), None)
    _add_note_with_tags(session, note, m.Annotation(
        document_id=new_doc.id, measure_id=measure.id if measure else None,
        measure_path=measure.path if measure else note.measure_path, quote=note.quote,
        prefix=text[max(0, s - 32):s], suffix=text[s + len(note.quote):s + len(note.quote) + 32],
        start=s, end=s + len(note.quote), body=note.body, visibility=note.visibility))


def _add_note_with_tags(session: Session, old: m.Annotation, new: m.Annotation) -> None:
    session.add(new)
    session.flush()
    for tag_id in session.scalars(select(m.AnnotationTag.tag_id).where(m.AnnotationTag.annotation_id == old.id)):
        session.add(m.AnnotationTag(annotation_id=new.id, tag_id=tag_id))
