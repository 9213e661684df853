"""Migrations: a store created at the first revision, filled with data, upgraded to head keeps its data."""

import sqlite3

from sqlalchemy import inspect

from desktop.store import models as m
from desktop.store.db import make_engine, make_sessionmaker
from desktop.store.migrate import current_revision, head_revision, upgrade
from desktop.store.store import Store

FIRST = "0001"

# Data written with the first revision's columns only, as an old store would hold it.
FIRST_REVISION_DATA = [
    "INSERT INTO documents (id, sha256, source_name, format, title, doc_number, text, version_no) VALUES "
    "(1, 'abc', 'plan.txt', 'txt', '某市行动方案', '某府〔2024〕1号', '一、任务\n（一）推进试点。（市商务局牵头）', 1)",
    "INSERT INTO originals (document_id, data) VALUES (1, x'e4b880')",
    "INSERT INTO nodes (id, document_id, parent_id, seq, label, path, depth, is_measure, heading, heading_state, body,"
    " start, \"end\") VALUES (1, 1, NULL, 0, '一', '一', 0, 0, '任务', 'extracted', '一、任务', 0, 4),"
    " (2, 1, 1, 1, '一', '一/一', 1, 1, '推进试点', 'extracted', '（一）推进试点。（市商务局牵头）', 5, 21)",
    "INSERT INTO units (id, name, qualified_name, key, jurisdiction) VALUES (1, '市商务局', '某市商务局', '某市商务局', '某市')",
    "INSERT INTO unit_aliases (id, unit_id, alias) VALUES (1, 1, '某市商务局')",
    "INSERT INTO assignments (id, measure_id, unit_id, role, as_written, state, status, owner, progress) VALUES "
    "(1, 2, 1, 'lead', '市商务局', 'edited', '推进中', '李四', '已完成方案起草')",
    "INSERT INTO annotations (id, document_id, measure_id, measure_path, quote, prefix, suffix, start, \"end\", body,"
    " visibility, orphan) VALUES (1, 1, 2, '一/一', '推进试点', '', '', 8, 12, '请于月底前报送', 'internal', 0)",
    "INSERT INTO audit_log (actor, action, entity, entity_id, field, old, new) VALUES "
    "('officer', 'update', 'assignment', 1, 'status', '未启动', '推进中')",
]


def test_first_revision_with_data_upgrades_to_head(tmp_path):
    db = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, FIRST)
    assert current_revision(engine) == FIRST
    con = sqlite3.connect(db)
    for statement in FIRST_REVISION_DATA:
        con.execute(statement)
    con.commit()
    con.close()

    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with make_sessionmaker(engine)() as s:
        a = s.get(m.Assignment, 1)
        assert (a.status, a.owner, a.progress, a.state) == ("推进中", "李四", "已完成方案起草", "edited")
        assert s.get(m.Annotation, 1).body == "请于月底前报送"
        assert s.get(m.Document, 1).title == "某市行动方案"
        assert [x.alias for x in s.get(m.Unit, 1).aliases] == ["某市商务局"]
    # the upgraded store works as a store: search finds the measure written before the upgrade
    store = Store(f"sqlite:///{db}")
    assert [h.path for h in store.search("推进试点")] == ["一/一"]
    store.close()
    engine.dispose()


def test_head_schema_matches_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert set(m.Base.metadata.tables) <= tables
    assert {"node_fts", "annotation_fts"} <= tables
    for name, table in m.Base.metadata.tables.items():
        cols = {c["name"] for c in inspect(engine).get_columns(name)}
        assert {c.name for c in table.columns} == cols, name
    engine.dispose()


def test_a_failed_migration_leaves_the_store_untouched(tmp_path, monkeypatch):
    db = tmp_path / "s.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    import alembic.command

    def broken(cfg, revision):
        conn = cfg.attributes["connection"]
        conn.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(alembic.command, "upgrade", broken)
    try:
        upgrade(engine)
    except RuntimeError:
        pass
    con = sqlite3.connect(db)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "half_done" not in tables  # DDL rolled back with the rest: one transaction
    engine.dispose()


def test_upgrade_adds_the_measure_order_index(tmp_path):
    db = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, FIRST)
    upgrade(engine)
    con = sqlite3.connect(db)
    indexes = {r[1] for r in con.execute("PRAGMA index_list('nodes')")}
    con.close()
    assert "ix_nodes_measure_order" in indexes and "ix_nodes_measure" not in indexes
    engine.dispose()


def test_0003_indexes_unit_status_and_packs_display_text_reversibly(tmp_path):
    from alembic import command

    from desktop.store.migrate import alembic_config
    db = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, "0002")
    long_text = "一、重点任务\n" + "".join(f"（{i}）推进服务贸易创新发展试点。（市商务局牵头）\n" for i in range(300))
    con = sqlite3.connect(db)
    con.execute(FIRST_REVISION_DATA[0])  # a short text: packing would make it longer, so it stays as written
    con.execute("INSERT INTO documents (id, sha256, source_name, format, text, version_no) "
                "VALUES (2, 'def', 'long.txt', 'txt', ?, 1)", (long_text,))
    con.commit()
    con.close()
    short_text = "一、任务\n（一）推进试点。（市商务局牵头）"

    def stored() -> tuple[dict, set]:
        con = sqlite3.connect(db)
        kinds = dict(con.execute("SELECT id, typeof(text) FROM documents"))
        indexes = {r[1] for r in con.execute("PRAGMA index_list('assignments')")}
        con.close()
        return kinds, indexes

    upgrade(engine)
    kinds, indexes = stored()
    assert kinds == {1: "text", 2: "blob"}
    assert "ix_assign_unit_status" in indexes and "ix_assignments_unit_id" not in indexes
    with make_sessionmaker(engine)() as s:
        assert (s.get(m.Document, 1).text, s.get(m.Document, 2).text) == (short_text, long_text)
        plan = " ".join(r[3] for r in s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT measure_id FROM assignments WHERE unit_id = 1 AND status = '未启动'"))
    assert "COVERING INDEX ix_assign_unit_status" in plan

    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    kinds, indexes = stored()
    assert kinds == {1: "text", 2: "text"}
    assert "ix_assignments_unit_id" in indexes and "ix_assign_unit_status" not in indexes
    con = sqlite3.connect(db)
    assert con.execute("SELECT text FROM documents WHERE id = 2").fetchone()[0] == long_text
    con.close()
    engine.dispose()


def filled_store(db, revision: str):
    """A store file at ``revision`` holding FIRST_REVISION_DATA, and its engine."""
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, revision)
    con = sqlite3.connect(db)
    con.executescript(";\n".join(FIRST_REVISION_DATA) + ";")
    con.close()
    return engine


def downgrade_to(engine, revision: str) -> None:
    from alembic import command
    from desktop.store.migrate import alembic_config
    cfg = alembic_config(engine.url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
