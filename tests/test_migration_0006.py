"""Migration 0006: a store at 0005 holding data upgrades (assignments rebuilt with AUTOINCREMENT, rows and ids
kept, store_info names the version), never hands a removed assignment's id out again, and downgrades."""

import sqlite3

from sqlalchemy import inspect

from desktop import __version__
from desktop.store.db import make_engine
from desktop.store.migrate import alembic_config, current_revision, upgrade
from desktop.store.store import Store

from test_migrations import FIRST_REVISION_DATA


def rows(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT id, measure_id, unit_id, role, status, owner, progress FROM assignments").fetchall()
    finally:
        con.close()


def test_0006_upgrades_a_store_with_data_and_downgrades(tmp_path):
    db = tmp_path / "s.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, "0005")
    con = sqlite3.connect(db)
    con.executescript(";\n".join(FIRST_REVISION_DATA) + ";")
    con.close()
    before = rows(db)

    upgrade(engine, "0006")
    assert current_revision(engine) == "0006"
    assert rows(db) == before
    con = sqlite3.connect(db)
    assert "AUTOINCREMENT" in con.execute("SELECT sql FROM sqlite_master WHERE name = 'assignments'").fetchone()[0]
    assert con.execute("SELECT value FROM store_info WHERE key = 'app_version'").fetchone() == (__version__,)
    assert {r[1] for r in con.execute("PRAGMA index_list(assignments)")} >= {"ix_assign_status", "ix_assign_unit_status"}
    con.close()

    store = Store(f"sqlite:///{db}")
    [a] = store.assignments([2])
    store.remove_assignment(a.id)
    again = store.add_assignment(2, "市商务局", "lead")
    assert again > a.id                        # the removed row's id is not handed out again
    store.close()

    from alembic import command
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    assert current_revision(engine) == "0005" and not inspect(engine).has_table("store_info")
    con = sqlite3.connect(db)
    assert "AUTOINCREMENT" not in con.execute("SELECT sql FROM sqlite_master WHERE name = 'assignments'").fetchone()[0]
    assert [r[0] for r in con.execute("SELECT id FROM assignments")] == [again]
    con.close()
    engine.dispose()
