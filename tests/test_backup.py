"""Backups: verified copies under <store>/backups, the rotation rule, and a restore that brings the data back exactly."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from conftest import SAMPLES
from desktop.store import backup as b
from desktop.store.db import make_engine
from desktop.store.migrate import current_revision, head_revision, upgrade
from desktop.store.paths import STORE_FILE
from desktop.store.store import Store
from desktop.store.unit_services import merge_units


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows (FTS shadow tables included), sorted, read with plain sqlite3."""
    con = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def reasons(store: Store) -> list[str]:
    return [x.reason for x in store.backups()]


def test_a_backup_is_a_checked_single_file_named_by_time_and_reason(sample_store):
    made = sample_store.backup("manual")
    assert made.parent == sample_store.directory / "backups"
    assert made.name.startswith("policydesk-") and made.name.endswith("-manual.sqlite3")
    assert b.quick_check(made) == ["ok"]
    assert not list(made.parent.glob("*.tmp"))
    assert not Path(str(made) + "-wal").exists()
    assert open(made, "rb").read(20)[18:20] == b"\x01\x01"   # rollback journal: the file alone is the whole copy
    assert dump(made) == dump(sample_store.file)
    [info] = sample_store.backups()
    assert (info.path, info.reason, info.size) == (made, "manual", made.stat().st_size)


def test_restore_brings_every_table_back_exactly_after_later_changes(sample_store):
    store = sample_store
    doc = store.documents()[0]
    store.add_annotation(doc.id, 0, 6, "恢复前的批注", tags=["核对"])
    before = dump(store.file)
    chosen = store.backup("manual")

    ids = [a.id for a in store.assignments(store.measure_ids()[:20])]
    store.update_assignments(ids, status="已完成", owner="王五")
    [note] = store.annotations(doc.id)
    store.update_annotation(note.id, body="改过的批注", tags=["改"])
    store.add_annotation(doc.id, 10, 20, "之后加的批注")
    store.import_paths([SAMPLES / "001_ede65df8d48175dc.txt"])  # a duplicate: only an audit line, if anything
    changed = dump(store.file)
    assert changed != before

    safety = store.restore(chosen)
    assert dump(store.file) == before
    assert [a.body for a in store.annotations(doc.id)] == ["恢复前的批注"]   # the reopened store reads the old data
    assert {a.status for a in store.assignments(store.measure_ids()[:20])} != {"已完成"}
    assert safety.name.endswith("-before-restore.sqlite3") and dump(safety) == changed   # nothing is lost by a restore
    store.add_annotation(doc.id, 0, 6, "恢复后还能写")
    assert [r[0] for r in sqlite3.connect(store.file).execute("PRAGMA integrity_check")] == ["ok"]


def corrupt(db: Path) -> None:
    """Overwrite pages in the middle of the file (after a checkpoint, so the damage is in the main file)."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        for at in range(size // 4, 3 * size // 4, 4096 * 7):
            fh.seek(at)
            fh.write(b"\xa5" * 1500)


def test_a_damaged_store_gives_no_backup_and_its_restore_keeps_the_damaged_bytes(sample_store):
    good = sample_store.backup("manual")
    before = dump(good)
    sample_store.close()
    corrupt(sample_store.file)
    assert b.quick_check(sample_store.file) != ["ok"]
    with pytest.raises(b.BackupFailed, match="检查未通过"):
        b.take_backup(sample_store.file, "daily")
    assert [x.path for x in b.list_backups(good.parent)] == [good] and not list(good.parent.glob("*.tmp"))

    damaged_bytes = sample_store.file.read_bytes()
    kept = sample_store.restore(good)
    assert kept.name.startswith("damaged-") and kept.read_bytes() == damaged_bytes
    assert b.quick_check(sample_store.file) == ["ok"] and dump(sample_store.file) == before


def info(taken: dt.datetime, reason: str) -> b.BackupInfo:
    return b.BackupInfo(Path(f"{taken:%Y%m%d-%H%M}-{reason}"), taken, reason, 1)


def test_rotation_keeps_7_days_4_weeks_the_newest_events_and_the_newest_three():
    today = dt.datetime(2026, 3, 20, 17, 0)   # a Friday
    backups = []
    for days_ago in range(120):
        day = today - dt.timedelta(days=days_ago)
        if day.weekday() == 6:   # nobody works on Sundays: no backup that day
            continue
        backups += [info(day.replace(hour=9), "start"), info(day.replace(hour=15), "daily")]
    migration = info(today - dt.timedelta(days=50, hours=3), "migration")
    returns = [info(today - dt.timedelta(days=d, hours=4), "return-import") for d in (1, 2, 30, 40, 60)]
    backups += [migration, *returns]

    kept = b.keep(backups)
    by_path = {x.path: x for x in backups}
    kept_times = sorted((by_path[p].taken, by_path[p].reason) for p in kept)

    work_days = [(today - dt.timedelta(days=d)).date() for d in range(9) if (today - dt.timedelta(days=d)).weekday() != 6]
    daily = {(dt.datetime.combine(d, dt.time(15)), "daily") for d in work_days[:7]}           # 7 days with a backup
    newest3 = {(today.replace(hour=15), "daily"), (today.replace(hour=9), "start"),
               (today.replace(hour=15) - dt.timedelta(days=1), "daily")}
    oldest_daily = work_days[6]
    saturdays = [oldest_daily - dt.timedelta(days=(oldest_daily.weekday() - 5) % 7 or 7)]
    for _ in range(3):
        saturdays.append(saturdays[-1] - dt.timedelta(days=7))
    weekly = {(dt.datetime.combine(s, dt.time(15)), "daily") for s in saturdays}             # newest of 4 weeks
    events = {(migration.taken, "migration")} | {(r.taken, "return-import") for r in returns[:3]}
    assert kept_times == sorted(daily | newest3 | weekly | events)
    assert max(backups, key=lambda x: x.taken).path in kept


def test_prune_deletes_what_the_rotation_drops_and_leftover_temporary_files(tmp_path):
    store = Store.open(tmp_path / "store")
    start = dt.datetime(2026, 1, 1, 10, 0)
    made = [b.take_backup(store.file, "daily", now=start + dt.timedelta(days=d)) for d in range(40)]
    leftover = made[0].parent / "policydesk-20260101-000000-000000-daily.sqlite3.tmp"
    leftover.write_bytes(b"half a backup")
    gone = b.prune(made[0].parent)
    left = b.list_backups(made[0].parent)
    assert leftover in gone and not leftover.exists()
    assert {x.path for x in left} == b.keep([b.BackupInfo(p, start + dt.timedelta(days=d), "daily", 0)
                                             for d, p in enumerate(made)])
    assert len(left) == 7 + 4 and left[0].path == made[-1]
    assert all(b.quick_check(x.path) == ["ok"] for x in left)
    store.close()


def test_backups_are_taken_before_a_return_import_and_a_unit_merge(sample_store):
    store = sample_store
    a = store.assignments(store.measure_ids()[:20])[0]
    before = dump(store.file)
    store.set_assignment_values({a.id: {"progress": "回收台账写入"}})
    assert reasons(store) == ["return-import"]
    assert dump(store.backups()[0].path) == before

    with store.sessions.begin() as s:
        from desktop.store.queries import resolve_unit
        keep, other = resolve_unit(s, "广州海关"), resolve_unit(s, "黄埔海关")
        before = dump(store.file)
        merge_units(s, keep, [other])
    assert reasons(store) == ["unit-merge", "return-import"]
    assert dump(store.backups()[0].path) == before


def test_a_migration_is_preceded_by_a_backup_of_the_old_revision_but_a_new_store_gets_none(tmp_path):
    db = tmp_path / "old" / STORE_FILE
    db.parent.mkdir()
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, "0004")
    engine.dispose()
    store = Store.open(db.parent)
    [taken] = store.backups()
    assert taken.reason == "migration"
    assert current_revision(make_engine(f"sqlite:///{taken.path}")) == "0004"
    assert current_revision(store.engine) == head_revision()
    store.close()

    fresh = Store.open(tmp_path / "new")
    assert fresh.backups() == []
    fresh.close()
