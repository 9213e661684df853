"""No lost update: a save names the row versions it was based on; a row changed since is a conflict (both values
kept for the officer to choose), never overwritten. The rows are locked in id order first, so two bulk edits
over the same rows wait for each other instead of deadlocking."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m


@dataclass(frozen=True)
class FieldConflict:
    """One field of one row that someone else changed after this officer read it."""
    entity_id: int
    field: str
    mine: object          # what this officer tried to save
    theirs: object        # what the store holds now
    version: int          # the row's version now: a save chosen "mine" is based on it


class EditConflict(Exception):
    """A save based on stale rows: nothing was written (the whole bulk edit rolled back)."""

    def __init__(self, conflicts: list[FieldConflict]):
        super().__init__(f"{len({c.entity_id for c in conflicts})} 条记录已被他人修改，本次修改未保存 "
                         f"(changed by someone else since read; not saved)")
        self.conflicts = conflicts


def locked_rows(session: Session, model, ids) -> list:
    """The rows, locked until the transaction ends (FOR UPDATE on a server; SQLite's writer already holds the
    whole store), always in id order."""
    return list(session.scalars(select(model).where(model.id.in_(list(ids))).order_by(model.id)
                                .with_for_update()))


def check_versions(session: Session, model, expected: dict[int, int], values: dict) -> None:
    """Raise EditConflict when a row is no longer at the version the save was based on. A field that already holds
    the value being saved is no conflict; a row that is gone is one (theirs = None)."""
    rows = {r.id: r for r in locked_rows(session, model, expected)}
    conflicts = []
    for rid, version in sorted(expected.items()):
        row = rows.get(rid)
        if row is None:
            conflicts += [FieldConflict(rid, f, v, None, 0) for f, v in values.items()]
        elif row.version != version:
            conflicts += [FieldConflict(rid, f, v, getattr(row, f), row.version) for f, v in values.items()
                          if getattr(row, f) != v]
    if conflicts:
        raise EditConflict(conflicts)


def assignment_versions(session: Session, ids: list[int]) -> dict[int, int]:
    return dict(session.execute(select(m.Assignment.id, m.Assignment.version).where(m.Assignment.id.in_(ids))).all())
