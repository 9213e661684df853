"""Migration 0004: a store at 0003 holding assignments upgrades with its data and gains the return fields."""

import sqlite3

from sqlalchemy import inspect, text

from desktop.store import models as m
from desktop.store.db import make_engine, make_sessionmaker
from desktop.store.migrate import current_revision, upgrade
from desktop.store.store import Store

from test_migrations import FIRST_REVISION_DATA

NEW = {"issues", "next_steps", "remark"}


def test_0004_upgrades_a_store_with_data_and_downgrades(tmp_path):
    db = tmp_path / "s.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, "0003")
    assert not NEW & {c["name"] for c in inspect(engine).get_columns("assignments")}
    con = sqlite3.connect(db)
    con.executescript(";\n".join(FIRST_REVISION_DATA) + ";")   # the old store's rows, written before 0004
    con.close()

    upgrade(engine, "0004")
    assert current_revision(engine) == "0004"
    assert NEW <= {c["name"] for c in inspect(engine).get_columns("assignments")}
    with make_sessionmaker(engine)() as s:   # read in SQL: the models have columns of later revisions
        a = s.execute(text("SELECT status, owner, progress, state, issues, next_steps, remark FROM assignments "
                           "WHERE id = 1")).one()
        assert (a.status, a.owner, a.progress, a.state) == ("推进中", "李四", "已完成方案起草", "edited")
        assert (a.issues, a.next_steps, a.remark) == (None, None, None)
        assert s.scalar(text("SELECT body FROM annotations WHERE id = 1")) == "请于月底前报送"
        assert s.scalar(text("SELECT count(*) FROM nodes")) == 2
    store = Store(f"sqlite:///{db}")
    store.update_assignments([1], issues="资金未到位", next_steps="协调财政", remark="见附件")
    assert [h.path for h in store.search("推进试点")] == ["一/一"]
    store.close()
    with make_sessionmaker(engine)() as s:
        a = s.get(m.Assignment, 1)
        assert (a.issues, a.next_steps, a.remark, a.progress) == ("资金未到位", "协调财政", "见附件", "已完成方案起草")

    from alembic import command
    from desktop.store.migrate import alembic_config
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    assert current_revision(engine) == "0003"
    assert not NEW & {c["name"] for c in inspect(engine).get_columns("assignments")}
    con = sqlite3.connect(db)
    assert con.execute("SELECT owner, progress FROM assignments WHERE id = 1").fetchone() == ("李四", "已完成方案起草")
    con.close()
    engine.dispose()
