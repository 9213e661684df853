"""Reads and the one write behind importing a returned per-unit ledger: tracking by assignment id, values per id,
and the rule that the returned file is kept before anything it says is written."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path
from typing import Callable, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.readers.workbook_stamp import nearest_moment

from . import models as m
from .correction_services import assignment_values
from .services import update_assignments

TRACKED = ("status", "owner", "progress", "issues", "next_steps")
IN_CHUNK = 500      # ids per IN (…): a returned file can name thousands, SQLite allows 999 variables on old builds
T = TypeVar("T")


def chunks(ids: list[int], size: int = IN_CHUNK):
    ids = list(ids)
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def assignment_tracking(session: Session, ids: list[int]) -> dict[int, dict]:
    """Assignment id → its unit id, measure id and the tracked fields (ids that do not exist are left out)."""
    out = {}
    for part in chunks(ids):
        rows = session.execute(select(m.Assignment.id, m.Assignment.unit_id, m.Assignment.measure_id,
                                      *(getattr(m.Assignment, f) for f in TRACKED)).where(m.Assignment.id.in_(part)))
        out.update({r[0]: {"unit_id": r[1], "measure_id": r[2], **dict(zip(TRACKED, r[3:]))} for r in rows})
    return out


def set_assignment_values(session: Session, values: dict[int, dict], actor: str = "returned-ledger") -> dict[int, dict]:
    """Set different fields on each assignment in this one session, audited; returns the old values for undo."""
    old: dict[int, dict] = {}
    for aid, fields in values.items():
        if fields:
            old.update(assignment_values(session, [aid], (*fields, "state")))
            update_assignments(session, [aid], actor=actor, **fields)
    return old


EXPORT_ACTION, EXPORT_FIELD = "export", "unit-ledger"


def record_export(session: Session, values: dict[int, dict], at: dt.datetime) -> None:
    """Keep what a per-unit workbook showed for each assignment, stamped with the workbook's creation time.

    The exported file carries no hidden copy of these values (issue 7: no hidden sheets); a returned file is compared
    with this record to tell the department's changes from changes made in the store since the export.
    """
    session.add_all(m.AuditEntry(at=at, actor="officer", action=EXPORT_ACTION, entity="assignment", entity_id=aid,
                                 field=EXPORT_FIELD, new=json.dumps(v, ensure_ascii=False))
                    for aid, v in values.items())


def _export_times_near(session: Session, ids: list[int], at: dt.datetime) -> list[dt.datetime]:
    window = dt.timedelta(hours=14)
    return list({t for part in chunks(ids) for t in session.scalars(
        select(m.AuditEntry.at).where(m.AuditEntry.action == EXPORT_ACTION, m.AuditEntry.field == EXPORT_FIELD,
                                      m.AuditEntry.entity_id.in_(part), m.AuditEntry.at.between(at - window, at + window)))})


def exported_values(session: Session, ids: list[int], at: dt.datetime | None = None
                    ) -> tuple[dict[int, dict], dt.datetime | None]:
    """Assignment id → the values the export stamped ``at`` wrote (the latest export when ``at`` is None or unknown),
    and that export's time."""
    def query(part, stamp):
        q = select(m.AuditEntry.id, m.AuditEntry.entity_id, m.AuditEntry.new, m.AuditEntry.at).where(
            m.AuditEntry.action == EXPORT_ACTION, m.AuditEntry.field == EXPORT_FIELD, m.AuditEntry.entity_id.in_(part))
        return session.execute(q if stamp is None else q.where(m.AuditEntry.at == stamp)).all()

    rows = [r for part in chunks(ids) for r in query(part, at)] if at is not None else []
    if not rows and at is not None:   # an .xls re-saved in another time zone carries the stamp shifted by that zone
        shifted = nearest_moment(_export_times_near(session, ids, at), at)
        rows = [r for part in chunks(ids) for r in query(part, shifted)] if shifted is not None else []
    if not rows:
        rows = [r for part in chunks(ids) for r in query(part, None)]
    rows.sort()                                              # by audit id: the latest export of an id wins
    out = {aid: json.loads(new) for _, aid, new, _ in rows}
    return out, max((stamp for *_, stamp in rows), default=None)


EVIDENCE_STEM_BYTES = 120   # the kept copy's name: a time stamp and at most this much of the file's own name


def evidence_name(path: Path, now: dt.datetime) -> str:
    """<time>_<name> bounded in bytes (a 248-byte name made the copy's name too long for the file system)."""
    stem = path.stem
    while len(stem.encode("utf-8")) > EVIDENCE_STEM_BYTES:
        stem = stem[:-1]
    return f"{now:%Y%m%d-%H%M%S-%f}_{stem}{path.suffix[:10]}"


def keep_evidence(directory: Path | None, path: Path) -> Path | None:
    """Copy the returned file into the store's folder (returns/<time>_<name>): whole under a temporary name, flushed,
    then renamed, so a full disk leaves no truncated copy under a real name. None for a store without a folder;
    OSError when the copy cannot be kept."""
    if directory is None:
        return None
    folder = Path(directory) / "returns"
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now()
    out = folder / evidence_name(Path(path), now)
    temp = folder / f".{now:%Y%m%d-%H%M%S-%f}.part"
    try:
        shutil.copyfile(path, temp)
        with open(temp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out


def with_evidence(directory: Path | None, path: Path, write: Callable[[], T]) -> tuple[T, Path | None]:
    """The one rule for writing a returned file, from the command line and the window alike: keep the file first (an
    OSError there stops everything: nothing written), then ``write``; a write that fails removes the copy, so no copy
    stands for a return that was never applied."""
    evidence = keep_evidence(directory, path)
    try:
        return write(), evidence
    except BaseException:
        if evidence is not None:
            evidence.unlink(missing_ok=True)
        raise
