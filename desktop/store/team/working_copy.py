"""Working copies for trips: a scope of the team store (some documents, or one unit's tasks) taken out as a laptop's
SQLite store, edited offline, and merged back — changed fields applied, fields the server changed meanwhile shown as
conflicts with both sides, nothing outside the copy's own edits touched.

The copy keeps what it was taken at (store_info 'working_copy': each assignment's tracked values and version), so
the merge tells the officer's edits (copy ≠ taken) from the server's (server ≠ taken)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import and_, select, text

from .. import models as m
from .copy import BATCH
from .versions import FieldConflict

INFO_KEY = "working_copy"
FIELDS = ("status", "due_date", "owner", "progress", "issues", "next_steps", "remark")


@dataclass
class MergeReport:
    applied: list[tuple[int, str, object, object]] = field(default_factory=list)   # (id, field, server had, now)
    conflicts: list[FieldConflict] = field(default_factory=list)                  # mine = copy, theirs = server
    notes_added: int = 0


def _scope_documents(conn, document_ids, unit_id) -> list[int]:
    if unit_id is None:
        return sorted(set(document_ids or []))
    return sorted(conn.scalars(select(m.Node.document_id).join(m.Assignment, m.Assignment.measure_id == m.Node.id)
                               .where(m.Assignment.unit_id == unit_id).distinct()))


def _copy(src, dst, table, where=None, fix=None) -> None:
    query = select(table).order_by(*table.primary_key.columns)
    if where is not None:
        query = query.where(where)
    batch = []
    for row in src.execution_options(yield_per=BATCH).execute(query):
        values = row._asdict()
        batch.append(fix(values) if fix else values)
        if len(batch) == BATCH:
            dst.execute(table.insert(), batch)
            batch = []
    if batch:
        dst.execute(table.insert(), batch)


def take_out(server_engine, copy_engine, source: str, document_ids=None, unit_id: int | None = None) -> dict:
    """Copy the scope into the (new, empty) store at ``copy_engine``; returns the recorded scope."""
    t = m.Base.metadata.tables
    with server_engine.connect() as src, copy_engine.begin() as dst:
        docs = _scope_documents(src, document_ids, unit_id)
        if not docs:
            raise ValueError("所选范围内没有文件或任务 (nothing in the chosen scope)")
        measures = select(m.Node.id).where(m.Node.document_id.in_(docs)).scalar_subquery()
        notes = select(m.Annotation.id).where(m.Annotation.document_id.in_(docs)).scalar_subquery()
        kept = set(docs)
        for table, where, fix in (
                (t["units"], None, None), (t["unit_aliases"], None, None), (t["tags"], None, None),
                (t["documents"], t["documents"].c.id.in_(docs),
                 lambda v: {**v, "version_of_id": v["version_of_id"] if v["version_of_id"] in kept else None}),
                (t["originals"], t["originals"].c.document_id.in_(docs), None),
                (t["nodes"], t["nodes"].c.document_id.in_(docs), None),
                (t["assignments"], t["assignments"].c.measure_id.in_(measures), None),
                (t["deadlines"], t["deadlines"].c.measure_id.in_(measures), None),
                (t["quantities"], t["quantities"].c.measure_id.in_(measures), None),
                (t["annotations"], t["annotations"].c.document_id.in_(docs), None),
                (t["annotation_tags"], t["annotation_tags"].c.annotation_id.in_(notes), None),
                (t["orphans"], t["orphans"].c.document_id.in_(docs), None)):
            _copy(src, dst, table, where, fix)
        scoped = select(m.Assignment).where(m.Assignment.measure_id.in_(measures))
        if unit_id is not None:
            scoped = scoped.where(m.Assignment.unit_id == unit_id)
        taken = {str(r.id): {"version": r.version, **{f: getattr(r, f) for f in FIELDS}}
                 for r in src.execute(scoped)}
        note_ids = list(src.scalars(select(m.Annotation.id).where(m.Annotation.document_id.in_(docs))))
        scope = {"source": source, "documents": docs, "unit_id": unit_id, "taken_at": dt.datetime.now().isoformat(
            timespec="seconds"), "assignments": taken, "annotations": note_ids}
        dst.execute(text("DELETE FROM store_info WHERE key = :k"), {"k": INFO_KEY})
        dst.execute(text("INSERT INTO store_info (key, value) VALUES (:k, :v)"),
                    {"k": INFO_KEY, "v": json.dumps(scope, ensure_ascii=False)})
    return scope


def recorded_scope(copy_engine) -> dict:
    with copy_engine.connect() as conn:
        value = conn.execute(text("SELECT value FROM store_info WHERE key = :k"), {"k": INFO_KEY}).scalar()
    if not value:
        raise ValueError("这不是从团队数据库取出的工作副本 (not a working copy of a team store)")
    return json.loads(value)


def plan_merge(server_store, copy_store) -> MergeReport:
    """What merging would do, nothing written: the officer's edits that apply, and the conflicts."""
    scope = recorded_scope(copy_store.engine)
    taken = {int(k): v for k, v in scope["assignments"].items()}
    report = MergeReport()
    with copy_store.sessions() as c, server_store.sessions() as s:
        mine = {a.id: a for a in c.scalars(select(m.Assignment).where(m.Assignment.id.in_(list(taken))))}
        theirs = {a.id: a for a in s.scalars(select(m.Assignment).where(m.Assignment.id.in_(list(taken))))}
        for aid, before in sorted(taken.items()):
            local, server = mine.get(aid), theirs.get(aid)
            if local is None:
                continue                          # taken off the measure offline: not merged back (told nowhere)
            for f in FIELDS:
                new = getattr(local, f)
                if new == before[f]:
                    continue                      # the officer did not change it: the server's value stays
                now = None if server is None else getattr(server, f)
                if server is not None and (now == before[f] or now == new):
                    report.applied.append((aid, f, now, new))
                else:
                    report.conflicts.append(FieldConflict(aid, f, new, now, 0 if server is None else server.version))
    return report


def merge_back(server_store, copy_store, keep_mine: set[tuple[int, str]] = frozenset()) -> MergeReport:
    """Apply the officer's edits (and the conflicts chosen in ``keep_mine``) and the notes added offline, in one
    transaction on the server; a server change landing between the plan and the write is a conflict (versions)."""
    report = plan_merge(server_store, copy_store)
    writes: dict[int, dict] = {}
    for aid, f, _old, new in report.applied:
        writes.setdefault(aid, {})[f] = new
    for c in report.conflicts:
        if (c.entity_id, c.field) in keep_mine and c.version:
            writes.setdefault(c.entity_id, {})[c.field] = c.mine
    scope = recorded_scope(copy_store.engine)
    new_notes = []
    with copy_store.sessions() as c:
        for note in c.scalars(select(m.Annotation).where(and_(m.Annotation.document_id.in_(scope["documents"]),
                                                              m.Annotation.id.notin_(scope["annotations"] or [0])))):
            new_notes.append((note.document_id, note.start, note.end, note.body, note.visibility))

    def run(s):
        from ..services import _audit, add_annotation
        from .versions import locked_rows
        for a in locked_rows(s, m.Assignment, writes):
            for f, value in writes[a.id].items():
                if getattr(a, f) != value:
                    _audit(s, "working-copy", "update", "assignment", a.id, f, getattr(a, f), value)
                    setattr(a, f, value)
            a.updated_at = dt.datetime.now()
        for document_id, start, end, body, visibility in new_notes:
            add_annotation(s, document_id, start, end, body, visibility, actor="working-copy")
    server_store._write(run)
    report.notes_added = len(new_notes)
    _mark_merged(copy_store, scope)
    return report


def _mark_merged(copy_store, scope: dict) -> None:
    """The copy's edits are consumed: what it holds now becomes what it was taken at, so merging it again writes
    nothing twice (no second copy of a note, no conflict raised again)."""
    with copy_store.sessions() as c:
        ids = [int(k) for k in scope["assignments"]]
        scope["assignments"] = {str(a.id): {"version": a.version, **{f: getattr(a, f) for f in FIELDS}}
                                for a in c.scalars(select(m.Assignment).where(m.Assignment.id.in_(ids)))}
        scope["annotations"] = list(c.scalars(select(m.Annotation.id)))
    scope["merged_at"] = dt.datetime.now().isoformat(timespec="seconds")

    def run(s):
        s.execute(text("UPDATE store_info SET value = :v WHERE key = :k"),
                  {"k": INFO_KEY, "v": json.dumps(scope, ensure_ascii=False)})
    copy_store._write(run)
