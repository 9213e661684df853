"""Run Alembic migrations from inside the package (any working directory, frozen or not)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision, so opening an up-to-date store needs no Alembic import (a quarter second of start-up);
# a test checks it against Alembic's own head.
HEAD = "0010"


def known_revisions() -> set[str]:
    """The revisions this PolicyDesk knows (from the migration files' names, so Alembic need not load)."""
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")}


def alembic_config(url):
    """Alembic's config for the store at ``url`` (a string or a SQLAlchemy URL)."""
    from alembic.config import Config
    from sqlalchemy.engine import make_url
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # Alembic keeps options in a configparser, which reads % as interpolation: SQLAlchemy percent-encodes a
    # Chinese or symbol path (C:\Users\张伟\…), so every % is doubled to come back out as written.
    text = make_url(url).render_as_string(hide_password=False)
    cfg.set_main_option("sqlalchemy.url", text.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _app_version(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("store_info"):
            return None
        return conn.execute(text("SELECT value FROM store_info WHERE key = 'app_version'")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade in one transaction: a failure leaves the store at its old revision. A store that already holds a
    schema is backed up first (reason "migration"); a new, empty store is not."""
    current = current_revision(engine)
    if revision == "head" and current == HEAD:
        return
    if current is not None and current not in known_revisions():   # refused before any backup or write
        from .backup import sqlite_file
        from .open_errors import too_new
        from .team.server import display
        raise too_new(sqlite_file(engine.url) or display(engine.url), current, _app_version(engine), HEAD)
    if current is not None and current != revision:
        from .backup import backup_engine_store
        backup_engine_store(engine.url, "migration")
    from alembic import command
    from .db import writer
    cfg = alembic_config(engine.url)
    # BEGIN IMMEDIATE: a second process creating the same store waits here, then finds it migrated (Alembic reads
    # the revision inside this transaction) instead of running the first migration again
    # (on PostgreSQL BEGIN takes no lock: an advisory lock makes a second client wait the same way)
    with writer(engine).begin() as conn:
        from .team.server import lock_migrations
        lock_migrations(conn)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if inspect(conn).has_table("store_info"):
            _record_app_version(conn)


def _record_app_version(conn) -> None:
    """Which PolicyDesk upgraded the store last: an older one that meets it names this version."""
    from desktop import __version__
    conn.execute(text("DELETE FROM store_info WHERE key = 'app_version'"))
    conn.execute(text("INSERT INTO store_info (key, value) VALUES ('app_version', :v)"), {"v": __version__})
