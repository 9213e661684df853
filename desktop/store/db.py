"""Engine and session set-up: SQLite in WAL mode with real BEGIN/COMMIT, foreign keys and a busy timeout."""

from __future__ import annotations

import sqlite3
import time

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

# How long a writer waits for another one (the window behind a command-line import, two imports at once) before
# SQLite gives up with "database is locked". One import's transaction takes well under a second.
BUSY_TIMEOUT_MS = 30_000

# synchronous=FULL: in WAL mode a commit is durable once it returns, even on power loss. Officers' notes and
# statuses are written a few at a time, so the extra fsync per commit costs nothing they would notice.
_PRAGMAS = (
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    # 64 MiB of page cache (the default is 2 MiB): a unit + status + text filter over 100k measures reads its
    # indexes from memory after the first time, 45 → 22 ms for the commonest unit.
    "PRAGMA cache_size=-65536",
)
WRITE = "policydesk_write"   # execution option marking a connection whose transactions write


def make_engine(url: str | URL) -> Engine:
    url = make_url(url)
    if url.get_backend_name() == "postgresql":   # the team store (desktop.store.team): psycopg 3, never psycopg2
        from .team.server import server_engine
        return server_engine(url)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        _sqlite_transactions(engine)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, its transactions marked as writes (BEGIN IMMEDIATE on SQLite)."""
    return engine.execution_options(**{WRITE: True})


def _sqlite_transactions(engine: Engine) -> None:
    """Python's sqlite3 driver autocommits DDL and delays BEGIN; take over so every transaction is atomic."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # the driver emits no BEGIN of its own
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _enter_wal(cur)
        for pragma in _PRAGMAS:
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # A write takes the write lock at BEGIN, waiting up to busy_timeout. A deferred transaction that has read
        # cannot become a writer once another process has committed (SQLITE_BUSY_SNAPSHOT): SQLite then fails at
        # once, without waiting. Reads stay deferred, so they never wait for a writer (WAL).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def _enter_wal(cur) -> None:
    """Switch to WAL, waiting like busy_timeout for others doing the same. Two processes creating one new store both
    read its header and then try to rewrite it; SQLite refuses the second at once ("database is locked") rather than
    let both wait on each other, and does not call the busy handler for it, so the switch is retried here."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.002
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


class Sessions:
    """``sessions()`` for reads, ``sessions.begin()`` for one write transaction (committed on success)."""

    def __init__(self, engine: Engine):
        self._read = sessionmaker(engine, expire_on_commit=False, future=True)
        self._write = sessionmaker(writer(engine), expire_on_commit=False, future=True)

    def __call__(self) -> Session:
        return self._read()

    def begin(self):
        return self._write.begin()


def make_sessionmaker(engine: Engine) -> Sessions:
    return Sessions(engine)
