"""Assignment ids are never handed out twice, even across a restore: the highest id the store has used is also kept
beside it, outside the file a restore replaces, and put back into sqlite_sequence when the store opens.

An id leaves the store in every per-unit workbook (系统编号 A123). Restoring a backup brings back the backup's own
sqlite_sequence, lower than ids already sent out; without this floor the next import reused them and a returned
workbook wrote onto unrelated tasks.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

FLOOR_FILE = "policydesk-ids.json"
TABLE = "assignments"


def floor_file(folder: Path) -> Path:
    return Path(folder) / FLOOR_FILE


def read_floor(folder: Path) -> int:
    try:
        return int(json.loads(floor_file(folder).read_text("utf-8")).get(TABLE, 0))
    except (OSError, ValueError, AttributeError):
        return 0


def raise_floor(folder: Path, high: int) -> None:
    """Keep ``high`` as the floor unless a higher one is kept already (written whole, then renamed)."""
    if high <= read_floor(folder):
        return
    target = floor_file(folder)
    temp = target.with_name(target.name + ".tmp")
    temp.write_text(json.dumps({TABLE: high}), encoding="utf-8")
    with open(temp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(temp, target)


def used_high(store_file: Path) -> int:
    """The highest assignment id the store file has used (its sqlite_sequence or its rows); 0 if unreadable."""
    try:
        con = sqlite3.connect(f"file:{Path(store_file).as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        high = con.execute(f"SELECT max(id) FROM {TABLE}").fetchone()[0] or 0
        try:
            seq = con.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (TABLE,)).fetchone()
        except sqlite3.Error:   # no AUTOINCREMENT table yet (a store before migration 0006)
            seq = None
        return max(high, seq[0] if seq else 0)
    except sqlite3.Error:
        return 0
    finally:
        con.close()


def remember_before_restore(store_file: Path) -> None:
    """Before a restore overwrites the store: keep its high-water mark beside it."""
    raise_floor(Path(store_file).parent, used_high(store_file))


def apply_floor(engine: Engine, folder: Path) -> None:
    """Raise sqlite_sequence to the kept floor (after a restore); nothing to do, and no write, otherwise."""
    floor = read_floor(folder)
    if not floor or engine.dialect.name != "sqlite":
        return
    from .db import writer
    with engine.connect() as conn:
        seq = conn.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": TABLE}).scalar()
    if seq is not None and seq >= floor:
        return
    with writer(engine).begin() as conn:
        conn.execute(text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": TABLE})
        conn.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :s)"),
                     {"t": TABLE, "s": max(floor, seq or 0)})
