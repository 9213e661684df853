"""Migration 0007: a store at 0006 holding data upgrades (every measure a task, no warnings), the importer then
records kinds and warnings, and it downgrades again."""

import sqlite3

from sqlalchemy import inspect

from desktop.store.db import make_engine
from desktop.store.migrate import HEAD, alembic_config, current_revision, head_revision, upgrade
from desktop.store.store import Store

from conftest import SAMPLES
from test_migrations import FIRST_REVISION_DATA


def test_0007_upgrades_a_store_with_data_and_downgrades(tmp_path):
    db = tmp_path / "s.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, "0006")
    con = sqlite3.connect(db)
    con.executescript(";\n".join(FIRST_REVISION_DATA) + ";")
    nodes_before = con.execute("SELECT id, path, heading, body FROM nodes ORDER BY id").fetchall()
    con.close()

    upgrade(engine)
    assert current_revision(engine) == HEAD == head_revision()   # 0007 and every later revision
    con = sqlite3.connect(db)
    assert con.execute("SELECT id, path, heading, body FROM nodes ORDER BY id").fetchall() == nodes_before
    assert {k for (k,) in con.execute("SELECT kind FROM nodes")} == {"task"}
    assert {w for (w,) in con.execute("SELECT warnings FROM documents")} == {""}
    con.close()

    store = Store(f"sqlite:///{db}")
    [outcome] = store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    doc = next(d for d in store.documents() if d.id == outcome.document_id)
    assert doc.warnings == () and 0.8 < doc.units_share <= 1   # 22 of its 23 tasks name their units
    assert store.diagnostics(doc.id)["levels"][:2] == ["一、", "（一）"]
    store.close()

    from alembic import command
    cfg = alembic_config(engine.url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    assert current_revision(engine) == "0006"
    assert "kind" not in {c["name"] for c in inspect(engine).get_columns("nodes")}
    assert "warnings" not in {c["name"] for c in inspect(engine).get_columns("documents")}
    con = sqlite3.connect(db)
    assert con.execute("SELECT id, path, heading, body FROM nodes WHERE id IN (%s) ORDER BY id"
                       % ",".join(str(n[0]) for n in nodes_before)).fetchall() == nodes_before
    con.close()
    engine.dispose()
