"""Migration 0005: a store at 0004 holding data upgrades with it, gains compare_pins, and downgrades."""

import sqlite3

from sqlalchemy import inspect, text

from desktop.store.db import make_engine, make_sessionmaker
from desktop.store.migrate import alembic_config, current_revision, upgrade
from desktop.store.store import Store

from test_migrations import FIRST_REVISION_DATA


def test_0005_upgrades_a_store_with_data_and_downgrades(tmp_path):
    db = tmp_path / "s.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, "0004")
    assert not inspect(engine).has_table("compare_pins")
    con = sqlite3.connect(db)
    con.executescript(";\n".join(FIRST_REVISION_DATA) + ";")
    con.close()

    upgrade(engine, "0005")
    assert current_revision(engine) == "0005"
    assert inspect(engine).has_table("compare_pins")
    with make_sessionmaker(engine)() as s:
        # in SQL: the models have columns of later revisions
        assert s.scalar(text("SELECT owner FROM assignments WHERE id = 1")) == "李四"
        assert s.scalar(text("SELECT count(*) FROM nodes")) == 2
    store = Store(f"sqlite:///{db}")
    [measure] = store.compare_measures(1)
    assert (measure.path, measure.heading, measure.key, measure.units) == (("一", "一"), "推进试点", 2,
                                                                         (("市商务局", "lead"),))
    store.set_compare_pin(1, 1, ("一", "一"), ("一", "一"), True)
    store.close()

    from alembic import command
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    assert current_revision(engine) == "0004"
    assert not inspect(engine).has_table("compare_pins")
    con = sqlite3.connect(db)
    assert con.execute("SELECT owner FROM assignments WHERE id = 1").fetchone() == ("李四",)
    con.close()
    engine.dispose()
