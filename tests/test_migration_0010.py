"""Migration 0010: a store at 0007 holding data upgrades to the round tables, a round is kept in them, and it
downgrades again with the data it had before."""

import datetime as dt
import sqlite3

from sqlalchemy import inspect

from desktop.store.migrate import HEAD, current_revision, head_revision, upgrade
from desktop.store.rounds.book import RoundBook
from desktop.store.store import Store

from test_migrations import downgrade_to, filled_store

ROUND_TABLES = {"rounds", "round_units", "round_progress"}


def test_0010_upgrades_a_store_with_data_keeps_a_round_and_downgrades(tmp_path):
    db = tmp_path / "s.sqlite3"
    engine = filled_store(db, "0007")
    con = sqlite3.connect(db)
    before = con.execute("SELECT id, status, owner, progress FROM assignments").fetchall()
    con.close()
    assert not ROUND_TABLES & set(inspect(engine).get_table_names())

    upgrade(engine)
    assert current_revision(engine) == HEAD == head_revision() == "0010"
    assert ROUND_TABLES <= set(inspect(engine).get_table_names())
    con = sqlite3.connect(db)
    assert con.execute("SELECT id, status, owner, progress FROM assignments").fetchall() == before
    assert con.execute("SELECT count(*) FROM rounds").fetchone() == (0,)
    con.close()

    store = Store(f"sqlite:///{db}")
    book = RoundBook(store)
    assert book.scope_units() == [1]
    shown = {1: {"number": "一.（一）", "task": "推进试点", "due": "", "status": "推进中"}}
    r = book.create("2026年第1期", dt.date(2026, 5, 10), dt.date(2026, 5, 1), None, None,
                    [(1, "某市商务局_重点任务推进台账.xlsx", dt.datetime(2026, 5, 1, 8), shown)])
    store.update_assignments([1], status="已完成", progress="试点已启动")
    book.record_return(r.id, 1, dt.date(2026, 5, 12), "returned.xlsx")
    [unit] = book.units(r.id)
    assert (unit.unit_name, unit.received, unit.tasks) == ("某市商务局", dt.date(2026, 5, 12), 1)
    assert [(h.round_name, h.status, h.progress) for h in book.history(2)] == [("2026年第1期", "已完成", "试点已启动")]
    assert book.changes(r.id).sentence() == "本期新完成 1 项，新增滞后 0 项"
    store.close()

    downgrade_to(engine, "0007")
    assert current_revision(engine) == "0007"
    assert not ROUND_TABLES & set(inspect(engine).get_table_names())
    con = sqlite3.connect(db)
    assert con.execute("SELECT id, owner FROM assignments").fetchall() == [(1, "李四")]
    assert con.execute("SELECT status, progress FROM assignments").fetchall() == [("已完成", "试点已启动")]
    con.close()
    engine.dispose()
