"""The same migrations on PostgreSQL: a store at the first revision with data upgrades to head keeping it, the head
schema matches the models, two clients starting at once migrate once, a newer schema is refused untouched."""

import threading

import pytest
from sqlalchemy import inspect, text

from desktop.store import models as m
from desktop.store.db import make_engine, make_sessionmaker
from desktop.store.migrate import HEAD, current_revision, head_revision, upgrade
from desktop.store.open_errors import StoreUnavailable
from desktop.store.team.server_errors import open_team_store

from test_migrations import FIRST, FIRST_REVISION_DATA

# The first revision's data as PostgreSQL takes it: booleans as booleans, bytes as bytea.
PG_SPELLING = [("x'e4b880'", "decode('e4b880', 'hex')"),
               ("0, '一', '一', 0, 0, '任务'", "0, '一', '一', 0, false, '任务'"),
               ("1, '一', '一/一', 1, 1, '推进试点'", "1, '一', '一/一', 1, true, '推进试点'"),
               ("'internal', 0)", "'internal', false)")]


def pg_first_revision_data() -> list[str]:
    out = []
    for statement in FIRST_REVISION_DATA:
        for sqlite_form, pg_form in PG_SPELLING:
            statement = statement.replace(sqlite_form, pg_form)
        out.append(statement)
    return out


def test_first_revision_with_data_upgrades_to_head_on_postgresql(pg_url):
    engine = make_engine(pg_url)
    upgrade(engine, FIRST)
    assert current_revision(engine) == FIRST
    with engine.begin() as conn:
        for statement in pg_first_revision_data():
            conn.execute(text(statement))
    upgrade(engine)
    assert current_revision(engine) == head_revision() == HEAD
    with make_sessionmaker(engine)() as s:
        a = s.get(m.Assignment, 1)
        assert (a.status, a.owner, a.progress, a.state) == ("推进中", "李四", "已完成方案起草", "edited")
        assert s.get(m.Annotation, 1).body == "请于月底前报送"
        assert s.get(m.Document, 1).text == "一、任务\n（一）推进试点。（市商务局牵头）"   # plain text on a server
        assert s.get(m.Original, 1).data == "一".encode()
        assert [x.alias for x in s.get(m.Unit, 1).aliases] == ["某市商务局"]
        assert s.get(m.Node, 2).kind == "task"
    engine.dispose()
    store = open_team_store(pg_url)
    assert [h.path for h in store.search("推进试点")] == ["一/一"]
    assert [h.path for h in store.search("试点")] == ["一/一"]
    store.close()


def test_head_schema_matches_the_models_on_postgresql(pg_url):
    engine = make_engine(pg_url)
    upgrade(engine)
    insp = inspect(engine)
    assert set(m.Base.metadata.tables) <= set(insp.get_table_names())
    for name, table in m.Base.metadata.tables.items():
        assert {c.name for c in table.columns} == {c["name"] for c in insp.get_columns(name)}, name
    engine.dispose()


def test_two_clients_starting_at_once_migrate_once(pg_url):
    stores, errors = [], []

    def start():
        try:
            stores.append(open_team_store(pg_url))
        except Exception as exc:     # noqa: BLE001 - the assertion below shows it
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(stores) == 3
    assert {s.schema_revision() for s in stores} == {HEAD}
    for s in stores:
        s.close()


def test_a_schema_newer_than_the_program_is_refused_untouched(pg_url):
    engine = make_engine(pg_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
        conn.execute(text("UPDATE store_info SET value = '9.0' WHERE key = 'app_version'"))
    with pytest.raises(StoreUnavailable) as refused:
        open_team_store(pg_url)
    assert refused.value.kind == "too-new"
    assert "更新版本的政策台账" in refused.value.zh and "9.0" in refused.value.zh and "postgresql://" in refused.value.zh
    assert current_revision(engine) == "0999"        # never downgraded
    engine.dispose()


def test_a_server_that_is_down_or_a_database_that_is_missing_is_named(pg_url):
    from sqlalchemy.engine import make_url
    down = make_url(pg_url).set(port=1).render_as_string(hide_password=False)
    missing = make_url(pg_url).set(database="no_such_ledger").render_as_string(hide_password=False)
    for url, kind, words in ((down, "server-down", "连接不上团队数据库服务器"), (missing, "no-database", "没有这个数据库")):
        with pytest.raises(StoreUnavailable) as refused:
            open_team_store(url)
        assert refused.value.kind == kind and words in refused.value.zh


def test_a_wrong_password_is_named():
    """This machine's server trusts local users, so the server's own words for a refused password are given here."""
    from desktop.store.team.server_errors import classify
    exc = Exception('connection failed: FATAL:  password authentication failed for user "officer"')
    assert classify(exc, "postgresql://officer:secret@server/ledger").kind == "wrong-password"
    assert "secret" not in classify(exc, "postgresql://officer:secret@server/ledger").zh
