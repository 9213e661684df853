"""A PostgreSQL engine for the team store, the advisory lock migrations run under, and where a store is chosen."""

from __future__ import annotations

import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url

ENV = "POLICYDESK_STORE"          # a server URL (postgresql://officer@server/ledger) or a data folder
CONNECT_TIMEOUT_S = 5             # a server that is down is reported in seconds, not after TCP's minutes
# pg_advisory_xact_lock key for migrations: two clients starting at once take turns, the second finds the schema
# migrated (Alembic reads the revision after the lock). 0x706f6c6963796465 = "policyde".
MIGRATION_LOCK = 0x706F6C6963796465 & 0x7FFFFFFFFFFFFFFF


def is_server_url(value: str | None) -> bool:
    return bool(value) and str(value).split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def server_url(value: str | URL) -> URL:
    """The URL with psycopg 3 as its driver (postgres:// and postgresql:// as people write them)."""
    url = make_url(str(value).replace("postgres://", "postgresql://", 1) if isinstance(value, str) else value)
    return url.set(drivername="postgresql+psycopg")


def chosen_store(cli_store: str | None, cli_data_dir: str | None = None) -> str | None:
    """The server URL to open: --store, else POLICYDESK_STORE unless --data-dir names a folder; None = SQLite."""
    if cli_store:
        return cli_store
    env = os.environ.get(ENV, "").strip()
    if env and not cli_data_dir and is_server_url(env):
        return env
    return None


def server_engine(url: str | URL) -> Engine:
    url = server_url(url)
    if url.password is None:   # a password the officer chose to remember (credentials: keyring or .pgpass)
        from .credentials import recalled
        password = recalled(url)
        if password:
            url = url.set(password=password)
    from .notify import announce_changes
    announce_changes()
    return create_engine(url, future=True, pool_pre_ping=True,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "PolicyDesk"})


def lock_migrations(conn) -> None:
    """Hold the migration lock until this transaction ends (PostgreSQL only)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})


def display(url: str | URL) -> str:
    """The URL as an officer may see it: the password masked."""
    return server_url(url).set(drivername="postgresql").render_as_string(hide_password=True)


# A transaction the server chose to abort (deadlock_detected, serialization_failure) is run again: the officer
# never sees a deadlock. A version conflict is no such error: it is the officer's to resolve.
RETRIED_CODES = {"40P01", "40001"}
ATTEMPTS = 5


def retried(begin, fn, *args, **kwargs):
    """``fn(session, …)`` in one write transaction from ``begin()``, again when the server aborted it."""
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm.exc import StaleDataError
    for attempt in range(ATTEMPTS):
        try:
            with begin() as session:
                return fn(session, *args, **kwargs)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) not in RETRIED_CODES or attempt == ATTEMPTS - 1:
                raise
        except StaleDataError as exc:   # a row changed between this transaction's read and its write
            from .versions import EditConflict
            raise EditConflict([]) from exc
