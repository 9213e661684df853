"""Issue 15, item 4: writers wait for each other instead of failing with ``database is locked``.

Real processes on one real store: two command-line imports at once, the window's kind of edit (read the old values,
then write) while a command-line import runs, and several processes creating a new store at the same moment.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import ROOT, SAMPLES
from desktop.store.migrate import HEAD
from desktop.store.paths import STORE_FILE
from desktop.store.store import Store

SEEDS = sorted(SAMPLES.glob("*.txt"))


def copies(folder: Path, n: int, tag: str) -> Path:
    """``n`` distinct documents (a seed plus a line of its own), so none is a duplicate of another."""
    folder.mkdir(parents=True)
    for k in range(n):
        seed = SEEDS[k % len(SEEDS)]
        (folder / f"{tag}{k:03d}_{seed.name}").write_bytes(seed.read_bytes() + f"\n（{tag}第{k}份）\n".encode())
    return folder


def cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")


def test_two_command_line_imports_at_once_queue_instead_of_failing(tmp_path):
    store_dir = tmp_path / "store"
    Store.open(store_dir).close()
    a, b = copies(tmp_path / "a", 15, "甲"), copies(tmp_path / "b", 15, "乙")
    procs = [cli("--data-dir", str(store_dir), "import", "--quiet", str(folder)) for folder in (a, b)]
    outs = [p.communicate(timeout=600) for p in procs]
    failed = [line for out, _ in outs for line in out.splitlines() if line.startswith("失败")]
    assert not failed, f"{len(failed)} of 30 files failed: {failed[:3]}"
    # 3: imported, with sample 003 flagged (it names no unit); 1 would be a file that failed
    assert [p.returncode for p in procs] == [3, 3], [err[-2000:] for _, err in outs]
    con = sqlite3.connect(store_dir / STORE_FILE)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (30,)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_window_edits_during_a_command_line_import_are_all_written(tmp_path):
    """The window's edit reads the old values (for its undo) and then writes; while another process imports, every
    one of those edits must be written (before: 104–119 of ~160 raised ``database is locked``)."""
    store_dir = tmp_path / "store"
    store = Store.open(store_dir)
    store.import_paths([SEEDS[0]])
    ids = sorted(a.id for a in store.assignments(store.measure_ids()))[:40]
    importer = cli("--data-dir", str(store_dir), "import", "--quiet", str(copies(tmp_path / "a", 20, "甲")))
    errors, written = [], 0
    try:
        deadline = time.monotonic() + 600
        while importer.poll() is None and time.monotonic() < deadline:
            aid = ids[written % len(ids)]
            try:
                store.update_assignments([aid], owner=f"处长{written}")
                written += 1
            except Exception as exc:      # what setData met: OperationalError: database is locked
                errors.append(f"{type(exc).__name__}: {exc}"[:200])
                written += 1
    finally:
        out, err = importer.communicate(timeout=600)
    assert written > 20, "the import ended before the edits could overlap it"
    assert not errors, f"{len(errors)} of {written} edits failed: {errors[:3]}"
    assert importer.returncode in (0, 3), (out[-2000:], err[-2000:])   # 3: a copy of sample 003 flagged
    owners = {aid: o for aid, o in sqlite3.connect(store_dir / STORE_FILE).execute(
        f"SELECT id, owner FROM assignments WHERE id IN ({','.join(map(str, ids))})")}
    last = {ids[k % len(ids)]: f"处长{k}" for k in range(written)}
    assert owners == {aid: last.get(aid) for aid in ids}
    store.close()


CREATE = "import sys; from desktop.store.store import Store; Store.open(sys.argv[1]).close(); print('OK')"


def test_processes_creating_a_new_store_at_once_all_open_it(tmp_path):
    for attempt in range(3):
        store_dir = tmp_path / f"new{attempt}"
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        go = tmp_path / f"go{attempt}"
        # each child waits for the same file so that all of them reach the first migration together
        starter = ("import os, sys, time\nwhile not os.path.exists(sys.argv[2]): time.sleep(0.005)\n" + CREATE)
        procs = [subprocess.Popen([sys.executable, "-c", starter, str(store_dir), str(go)], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
        time.sleep(3)   # the interpreters have imported SQLAlchemy and wait
        go.touch()
        results = [p.communicate(timeout=120) for p in procs]
        assert [out.strip() for out, _ in results] == ["OK"] * 4, [err[-1500:] for _, err in results]
        con = sqlite3.connect(store_dir / STORE_FILE)
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
        con.close()


def test_connections_opening_a_new_store_file_at_once_all_switch_it_to_wal(tmp_path):
    """Several first connections to one new file switch it to WAL together: SQLite refuses all but one at once, without
    calling the busy handler (the cause of a rare ``database is locked`` in the test above). One engine per thread, as
    in separate processes; threads race tighter than processes, so 150 rounds of 6 meet the race several times."""
    from sqlalchemy import text
    from desktop.store.db import make_engine
    failures, modes = [], []
    for attempt in range(150):
        url = f"sqlite:///{tmp_path / f'race{attempt}.sqlite3'}"
        engines = [make_engine(url) for _ in range(6)]
        start = threading.Barrier(len(engines))

        def first_connection(engine):
            start.wait()
            try:
                with engine.connect() as conn:
                    modes.append(conn.execute(text("PRAGMA journal_mode")).scalar())
            except Exception as exc:
                failures.append(f"{type(exc).__name__}: {exc}"[:200])

        threads = [threading.Thread(target=first_connection, args=(e,)) for e in engines]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for engine in engines:
            engine.dispose()
    assert failures == []
    assert modes == ["wal"] * 900


def test_a_read_then_write_waits_for_another_writer_instead_of_failing(tmp_path):
    """SQLITE_BUSY_SNAPSHOT: a transaction that read before another process committed cannot upgrade to a writer, and
    SQLite returns at once without waiting. Write transactions therefore begin IMMEDIATE."""
    store = Store.open(tmp_path / "store")
    store.import_paths([SEEDS[0]])
    [aid, *_] = sorted(a.id for a in store.assignments(store.measure_ids()))
    other = sqlite3.connect(tmp_path / "store" / STORE_FILE, isolation_level=None, timeout=10,
                            check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE assignments SET remark = 'other' WHERE id = ?", (aid,))
    release = threading.Timer(1.0, lambda: other.execute("COMMIT"))
    release.start()
    try:
        store.update_assignments([aid], owner="王五")
    finally:
        release.join()
        other.close()
    row = sqlite3.connect(tmp_path / "store" / STORE_FILE).execute(
        "SELECT owner, remark FROM assignments WHERE id = ?", (aid,)).fetchone()
    assert row == ("王五", "other")
    store.close()
