"""Verified, rotating copies of the store taken with SQLite's online backup API, and restoring one of them.

Each backup is ``<store folder>/backups/policydesk-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite3``: written under a
``.tmp`` name, switched out of WAL mode (one self-contained file), checked with ``PRAGMA quick_check``, flushed to
disk and only then renamed. A store that fails the check therefore never yields a backup, and a crash during a
backup leaves a ``.tmp`` file (removed at the next rotation), never a half backup under a real name.

Rotation (``prune``) keeps:
  * the newest backup of each of the last 7 days that have one (daily);
  * the newest backup of each of the 4 ISO weeks with a backup before the week of the oldest of those days
    (weekly);
  * the newest 3 backups of each event reason (migration, return-import, unit-merge, before-restore, manual);
  * the newest 3 backups of any reason, so restarting twice today does not leave only the latest copy of today.
Everything else is deleted.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

BACKUP_DIR = "backups"
SCHEDULED = ("start", "daily")
EVENTS = ("migration", "return-import", "unit-merge", "before-restore", "manual")
REASONS = SCHEDULED + EVENTS
DAILY, WEEKLY, PER_EVENT, NEWEST = 7, 4, 3, 3
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^policydesk-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.sqlite3$")


class BackupFailed(ValueError):
    """No backup was kept: the copy failed its check (the store itself is likely damaged) or could not be written.
    A ValueError, so an undoable edit that needs a backup first is refused with this message (AppContext.execute)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: dt.datetime
    reason: str
    size: int


def backup_dir(store_file: Path) -> Path:
    return Path(store_file).parent / BACKUP_DIR


def quick_check(path: Path, read_only: bool = True) -> list[str]:
    """``PRAGMA quick_check`` of a database file: ['ok'] when sound, else SQLite's complaints. ``read_only=False``
    for a live store, so that a WAL left by a crash is replayed and checked as well."""
    try:
        con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode={'ro' if read_only else 'rw'}", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return [row[0] for row in con.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # directories cannot be fsynced on Windows
        pass
    finally:
        os.close(fd)


def take_backup(store_file: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Copy the store (a consistent snapshot, even while it is being written) into its backups folder."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = backup_dir(store_file)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"policydesk-{(now or dt.datetime.now()).strftime(_STAMP)}-{reason}.sqlite3"
    tmp = final.with_name(final.name + ".tmp")
    try:
        tmp.unlink(missing_ok=True)
        verdict = _copy_checked(store_file, tmp)
        if verdict != ["ok"]:
            raise BackupFailed(f"数据文件检查未通过（{'；'.join(verdict[:3])}），未能备份，操作已取消")
        _fsync(tmp)
        os.replace(tmp, final)
        _fsync(folder)
    except OSError as exc:
        raise BackupFailed(f"无法写入备份（{exc.strerror or exc}），操作已取消") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return final


def _copy_checked(store_file: Path, tmp: Path) -> list[str]:
    src = sqlite3.connect(store_file)
    try:
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            return [row[0] for row in dst.execute("PRAGMA quick_check")]
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        src.close()


def list_backups(folder: Path) -> list[BackupInfo]:
    """The finished backups in ``folder``, newest first."""
    out = []
    for path in Path(folder).glob("policydesk-*.sqlite3") if Path(folder).is_dir() else ():
        match = _NAME.match(path.name)
        try:
            size = path.stat().st_size
        except FileNotFoundError:   # rotated away by a backup running in another thread
            continue
        if match:
            out.append(BackupInfo(path, dt.datetime.strptime(match[1], _STAMP), match[2], size))
    return sorted(out, key=lambda b: b.taken, reverse=True)


def keep(backups: list[BackupInfo]) -> set[Path]:
    """The backups the rotation keeps (see the module docstring); ``backups`` in any order."""
    newest_first = sorted(backups, key=lambda b: b.taken, reverse=True)
    kept = {b.path for b in newest_first[:NEWEST]}
    days: dict[dt.date, BackupInfo] = {}
    for b in newest_first:
        if b.taken.date() not in days and len(days) < DAILY:
            days[b.taken.date()] = b
    kept |= {b.path for b in days.values()}
    daily_weeks = {tuple(d.isocalendar()[:2]) for d in days}
    first_daily_week = min(daily_weeks, default=None)
    weeks: dict[tuple[int, int], BackupInfo] = {}
    for b in newest_first:
        week = tuple(b.taken.isocalendar()[:2])
        if first_daily_week is not None and week < first_daily_week and week not in weeks and len(weeks) < WEEKLY:
            weeks[week] = b
    kept |= {b.path for b in weeks.values()}
    for reason in EVENTS:
        kept |= {b.path for b in [b for b in newest_first if b.reason == reason][:PER_EVENT]}
    return kept


def prune(folder: Path) -> list[Path]:
    """Delete the backups the rotation does not keep, and temporary files left by an interrupted backup."""
    backups = list_backups(folder)
    kept = keep(backups)
    gone = [b.path for b in backups if b.path not in kept] + list(Path(folder).glob("*.tmp"))
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def restore_into(chosen: Path, store_file: Path) -> None:
    """Copy a backup over the live store page by page through SQLite (no connection may be open on the store).
    A live file too damaged for SQLite to write into is replaced whole instead (copy, then rename)."""
    if quick_check(chosen) != ["ok"]:
        raise BackupFailed(f"备份文件“{Path(chosen).name}”已损坏，不能用于恢复")
    from .id_floor import remember_before_restore
    remember_before_restore(store_file)   # ids the store used stay used after the restore (id_floor)
    src = sqlite3.connect(f"file:{Path(chosen).as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(store_file, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return
        except sqlite3.DatabaseError:
            pass
        finally:
            dst.close()
    finally:
        src.close()
    store_file = Path(store_file)
    tmp = store_file.with_name(store_file.name + ".restore.tmp")
    tmp.write_bytes(Path(chosen).read_bytes())
    _fsync(tmp)
    for stale in (store_file.with_name(store_file.name + s) for s in ("-wal", "-shm", "-journal")):
        stale.unlink(missing_ok=True)
    os.replace(tmp, store_file)
    _fsync(store_file.parent)


def keep_damaged(store_file: Path, now: dt.datetime | None = None) -> Path:
    """Set aside a copy of a damaged store (and its -wal) in the backups folder before anything overwrites it."""
    folder = backup_dir(store_file)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"damaged-{(now or dt.datetime.now()).strftime(_STAMP)}.sqlite3"
    for suffix in ("", "-wal"):
        source = Path(str(store_file) + suffix)
        if source.exists():
            Path(str(out) + suffix).write_bytes(source.read_bytes())
    return out


def sqlite_file(url) -> Path | None:
    """The database file behind a SQLAlchemy URL; None for an in-memory or non-SQLite store."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") \
            or url.database.startswith("file::memory:"):
        return None
    return Path(url.database)


def backup_engine_store(url, reason: str) -> Path | None:
    """Back up and rotate the store a SQLAlchemy URL points at, if it is a SQLite file that exists."""
    path = sqlite_file(url)
    if path is None or not path.exists():
        return None
    made = take_backup(path, reason)
    prune(made.parent)
    return made
