"""Engine and session set-up: SQLite in WAL mode with real BEGIN/COMMIT, foreign keys and a busy timeout."""

from __future__ import annotations

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

# How long a writer waits for another one (the window behind a command-line import, two imports at once) before
# SQLite gives up with "database is locked". One import's transaction takes well under a second.
BUSY_TIMEOUT_MS = 30_000

# busy_timeout first: switching a new file to WAL needs a lock another process creating the same store may hold.
# synchronous=FULL: in WAL mode a commit is durable once it returns, even on power loss. Officers' notes and
# statuses are written a few at a time, so the extra fsync per commit costs nothing they would notice.
_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
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
        for pragma in _PRAGMAS:
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # A write takes the write lock at BEGIN, waiting up to busy_timeout. A deferred transaction that has read
        # cannot become a writer once another process has committed (SQLITE_BUSY_SNAPSHOT): SQLite then fails at
        # once, without waiting. Reads stay deferred, so they never wait for a writer (WAL).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


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
