"""No lost update on a team store: a save based on a stale row is a conflict with both values, a bulk edit is all
or nothing, and 20 clients × 200 edits on the same assignments lose none and show no deadlock."""

import json
import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import inspect, text

from desktop.cli import main
from desktop.store.db import make_engine
from desktop.store.migrate import upgrade
from desktop.store.team.server_errors import open_team_store
from desktop.store.team.versions import EditConflict

from conftest import ROOT, copy_sample_store

WRITERS = int(os.environ.get("POLICYDESK_TEST_WRITERS", "20"))
EDITS = int(os.environ.get("POLICYDESK_TEST_EDITS", "200"))


@pytest.fixture()
def team_store(sample_store_template, pg_url, tmp_path):
    assert main(["store", "copy", str(copy_sample_store(sample_store_template, tmp_path / "laptop")), pg_url]) == 0
    return pg_url


def first_assignments(store, n):
    return sorted(i for r in store.task_table().rows for i in r.assignment_ids)[:n]


def test_the_second_of_two_clients_on_one_assignment_gets_the_conflict(team_store):
    alice, bob = open_team_store(team_store), open_team_store(team_store)
    [aid] = first_assignments(alice, 1)
    seen_by_alice, seen_by_bob = alice.assignment_versions([aid]), bob.assignment_versions([aid])
    alice.update_assignments([aid], expected=seen_by_alice, status="推进中", progress="甲：已召开推进会")
    with pytest.raises(EditConflict) as conflict:
        bob.update_assignments([aid], expected=seen_by_bob, status="已完成", progress="乙：已完成")
    by_field = {c.field: (c.mine, c.theirs) for c in conflict.value.conflicts}
    assert by_field == {"status": ("已完成", "推进中"), "progress": ("乙：已完成", "甲：已召开推进会")}
    assert bob.assignment_tracking([aid])[aid]["progress"] == "甲：已召开推进会"   # nothing of bob's written
    # bob chooses his own value, based on the version he has now seen: it is saved
    bob.update_assignments([aid], expected={aid: conflict.value.conflicts[0].version}, progress="乙：已完成")
    assert alice.assignment_tracking([aid])[aid]["progress"] == "乙：已完成"
    alice.close()
    bob.close()


def test_a_bulk_edit_with_one_stale_row_writes_nothing(team_store):
    store, other = open_team_store(team_store), open_team_store(team_store)
    ids = first_assignments(store, 3)
    seen = store.assignment_versions(ids)
    other.update_assignments([ids[1]], owner="王五")
    with pytest.raises(EditConflict):
        store.update_assignments(ids, expected=seen, owner="张三")
    assert [store.assignment_tracking(ids)[i]["owner"] for i in ids] == [None, "王五", None]
    store.close()
    other.close()


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_migration_0008_gives_existing_rows_version_1_and_downgrades(engine_name, request, tmp_path):
    url = f"sqlite:///{tmp_path / 's.sqlite3'}" if engine_name == "sqlite" else request.getfixturevalue("pg_url")
    engine = make_engine(url)
    upgrade(engine, "0007")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO units (id, name, qualified_name, key) VALUES (1, 'a', 'a', 'a')"))
        conn.execute(text("INSERT INTO documents (id, sha256, source_name, format, text, version_no) "
                          "VALUES (1, 'x', 'x.txt', 'txt', '（一）试点', 1)"))   # short: stored as text on SQLite
        conn.execute(text("INSERT INTO nodes (id, document_id, seq, label, path, depth, is_measure, heading, "
                          "heading_state, body, start, \"end\") VALUES (1, 1, 0, '一', '一', 0, true, '试点', "
                          "'extracted', '（一）试点', 0, 5)"))
        conn.execute(text("INSERT INTO assignments (id, measure_id, unit_id, role, as_written, state, status, "
                          "progress) VALUES (1, 1, 1, 'lead', 'a', 'edited', '推进中', '已起草')"))
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version, progress FROM assignments")).all() == [(1, "已起草")]
    from alembic import command
    from desktop.store.migrate import alembic_config
    cfg = alembic_config(engine.url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT id, progress FROM assignments")).all() == [(1, "已起草")]
        assert "version" not in {c["name"] for c in inspect(conn).get_columns("assignments")}
    engine.dispose()


def test_twenty_writers_lose_no_acknowledged_edit(team_store, record_property):
    store = open_team_store(team_store)
    ids = first_assignments(store, 40)
    store.close()
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, str(ROOT / "tests" / "team" / "concurrent_writer.py"), team_store,
                               str(w), str(EDITS), ",".join(map(str, ids))], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
             for w in range(WRITERS)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=900)
        assert p.returncode == 0, err[-2000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    seconds = time.perf_counter() - t0
    acked = [tuple(a) for r in results for a in r["acked"]]
    store = open_team_store(team_store)
    final = store.assignment_tracking(ids)
    store.close()
    present = {(aid, tok + ";") for aid in ids for tok in (final[aid]["progress"] or "").split(";") if tok}
    conflicts = sum(r["conflicts"] for r in results)
    errors = [e for r in results for e in r["errors"]]
    print(f"{WRITERS} writers × {EDITS} edits: {len(acked)} acknowledged, {conflicts} conflicts retried, "
          f"{len(set(acked) - present)} lost, {len(errors)} errors, {seconds:.1f} s")
    record_property("seconds", seconds)
    assert errors == []                       # no deadlock (nor anything else) reached an officer
    assert len(acked) == WRITERS * EDITS
    assert present == set(acked)              # the final state is exactly the acknowledged edits: 0 lost
