"""Officer notes: edit, tag, delete and restore (undo), each audited."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from . import models as m
from .services import _audit

VISIBILITIES = ("internal", "shareable")
_FIELDS = ("id", "document_id", "measure_id", "measure_path", "quote", "prefix", "suffix", "start", "end", "body",
           "visibility", "orphan", "created_at")


def _tag_ids(session: Session, names: list[str]) -> list[int]:
    ids = []
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        tid = session.scalar(select(m.Tag.id).where(m.Tag.name == name))
        if tid is None:
            tag = m.Tag(name=name)
            session.add(tag)
            session.flush()
            tid = tag.id
        ids.append(tid)
    return ids


def set_tags(session: Session, annotation_id: int, names: list[str]) -> None:
    session.execute(delete(m.AnnotationTag).where(m.AnnotationTag.annotation_id == annotation_id))
    rows = [dict(annotation_id=annotation_id, tag_id=t) for t in _tag_ids(session, names)]
    if rows:
        session.execute(insert(m.AnnotationTag), rows)


def update_annotation(session: Session, annotation_id: int, body: str | None = None, visibility: str | None = None,
                      tags: list[str] | None = None, actor: str = "officer") -> None:
    note = session.get(m.Annotation, annotation_id)
    if visibility is not None and visibility not in VISIBILITIES:
        raise ValueError(f"unknown visibility {visibility!r}")
    for field, value in (("body", body), ("visibility", visibility)):
        if value is not None and getattr(note, field) != value:
            _audit(session, actor, "update", "annotation", note.id, field, getattr(note, field), value)
            setattr(note, field, value)
    if tags is not None:
        _audit(session, actor, "update", "annotation", note.id, "tags", None, "、".join(tags))
        set_tags(session, note.id, tags)
    note.updated_at = dt.datetime.now()


def delete_annotation(session: Session, annotation_id: int, actor: str = "officer") -> dict:
    """Delete a note; returns the snapshot ``restore_annotation`` puts back (undo)."""
    note = session.get(m.Annotation, annotation_id)
    snap = {f: getattr(note, f) for f in _FIELDS}
    snap["tags"] = list(session.scalars(select(m.Tag.name).join(m.AnnotationTag, m.AnnotationTag.tag_id == m.Tag.id)
                                        .where(m.AnnotationTag.annotation_id == annotation_id)))
    _audit(session, actor, "delete", "annotation", note.id, "body", note.body, None)
    session.delete(note)
    return snap


def restore_annotation(session: Session, snap: dict, actor: str = "officer") -> int:
    values = {k: v for k, v in snap.items() if k != "tags"}
    session.execute(insert(m.Annotation), [dict(values, updated_at=dt.datetime.now())])
    set_tags(session, snap["id"], snap["tags"])
    _audit(session, actor, "restore", "annotation", snap["id"], "body", None, snap["body"])
    return snap["id"]
