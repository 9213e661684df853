"""Live refresh on the team store: a committed change is announced with NOTIFY, carrying the changed ids, and every
other officer's listener hears it at once (no polling of whole tables)."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from .. import models as m

CHANNEL = "policydesk_changes"
CLIENT = uuid.uuid4().hex[:12]      # this process: its own announcements are not news to it
_MAX_IDS = 500                      # ids per NOTIFY: its payload must stay under 8,000 bytes
_KEY = "policydesk_changed"


def _changed(session: Session) -> dict[str, set]:
    return session.info.setdefault(_KEY, {"measures": set(), "documents": set()})


def _after_flush(session: Session, _context) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    changed = _changed(session)
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, (m.Assignment, m.Deadline)):
            changed["measures"].add(obj.measure_id)
        elif isinstance(obj, m.Annotation):
            changed["documents"].add(obj.document_id)
        elif isinstance(obj, m.Document):
            changed["documents"].add(obj.id)


def _before_commit(session: Session) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    session.flush()           # commit flushes after this event: the last changes are seen here first
    changed = session.info.pop(_KEY, None)
    if not changed or not any(changed.values()):
        return
    for kind, ids in changed.items():
        ids = sorted(i for i in ids if i is not None)
        for i in range(0, len(ids), _MAX_IDS):
            payload = json.dumps({"by": CLIENT, kind: ids[i:i + _MAX_IDS]})
            session.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})


def _after_rollback(session: Session) -> None:
    session.info.pop(_KEY, None)


def announce_changes() -> None:
    """Announce the changed ids of every committed write on a server store (idempotent)."""
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "before_commit", _before_commit)
        event.listen(Session, "after_soft_rollback", lambda s, _t: _after_rollback(s))


class ChangeListener:
    """Hears other clients' announcements on the store at ``url``: ``wait(seconds)`` returns their payloads
    ({"measures": [ids]} or {"documents": [ids]}) as soon as one arrives, [] after ``seconds`` of quiet."""

    def __init__(self, url):
        import psycopg
        from .server import server_engine
        engine = server_engine(url)    # the same URL, driver and remembered password as the store's own
        params = engine.url.translate_connect_args(username="user", database="dbname")
        engine.dispose()
        self.conn = psycopg.connect(**{k: v for k, v in params.items() if v is not None}, autocommit=True,
                                    connect_timeout=5)
        self.conn.execute(f"LISTEN {CHANNEL}")
        self.me = CLIENT

    def wait(self, seconds: float) -> list[dict]:
        out = []
        for note in self.conn.notifies(timeout=seconds, stop_after=1):
            out.append(note.payload)
        for note in self.conn.notifies(timeout=0):    # whatever else already arrived
            out.append(note.payload)
        payloads = [json.loads(p) for p in out]
        return [p for p in payloads if p.get("by") != self.me]

    def close(self) -> None:
        self.conn.close()
