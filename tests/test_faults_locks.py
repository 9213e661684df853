"""Opening a second store on a file this process already has open keeps the first connection's locks.

Closing any descriptor of a SQLite file drops every POSIX lock the process holds on it. The start-up checks once read
the file's header with open(): a connection already open in the process (the window's, while a second Store was
opened for a check or a backup) silently lost its read lock, and another process could checkpoint the WAL under it
("disk I/O error" seen with a writer in another process)."""

import subprocess
import sys

from conftest import SAMPLES
from desktop.store.store import Store

VISIT = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM nodes').fetchone(); "
         "c.close()")


def test_a_second_store_opened_here_leaves_the_first_connections_locks_in_place(tmp_path):
    store = Store.open(tmp_path)
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    db = tmp_path / "policydesk.sqlite3"
    wal = tmp_path / "policydesk.sqlite3-wal"
    with store.engine.connect() as conn:                          # the window's connection stays open
        conn.exec_driver_sql("SELECT count(*) FROM nodes").fetchone()
        assert wal.exists()
        Store.open(tmp_path).close()                              # the checks of a second open, in this process
        # Another process that opens and closes the store must see ours still open: the last connection to close
        # checkpoints and deletes the WAL, which would pull it from under our open connection.
        subprocess.run([sys.executable, "-c", VISIT, str(db)], check=True, timeout=60)
        assert wal.exists(), "another process took itself for the last one: our connection had lost its lock"
        assert conn.exec_driver_sql("SELECT count(*) FROM nodes").fetchone()[0] > 0
    store.close()
