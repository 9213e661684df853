"""`policydesk store copy`: a laptop's store to the team server and back, every table with the same rows (counts
and checksums printed and compared), and a copy onto a store that already holds documents refused."""

import sqlite3

from desktop.cli import main
from desktop.store.team.copy import tables
from desktop.store.team.locations import open_location

from conftest import copy_sample_store


def test_sqlite_to_postgresql_and_back_is_exact(sample_store_template, pg_url, tmp_path, capsys):
    laptop = copy_sample_store(sample_store_template, tmp_path / "laptop")
    store = open_location(str(laptop))
    store.add_annotation(1, 0, 4, "请于月底前报送", tags=["督办"])
    first = store.task_table(document_id=1).rows[0]
    aid = first.assignment_ids[0]
    store.update_assignments([aid], status="推进中", progress="已起草")
    store.close()

    assert main(["store", "copy", str(laptop), pg_url]) == 0
    there = capsys.readouterr().out
    assert "全部 18 个表条数与校验和一致" in there and "不一致" not in there
    back = tmp_path / "back"
    assert main(["store", "copy", pg_url, str(back)]) == 0
    assert "全部 18 个表条数与校验和一致" in capsys.readouterr().out

    nodes = next(line.split() for line in there.splitlines() if line.startswith("nodes "))
    assert nodes[1] == nodes[2] and nodes[3] == nodes[4]      # count and checksum, source = destination
    server = open_location(pg_url)
    assert server.assignment_tracking([aid])[aid]["progress"] == "已起草"
    assert [a.body for a in server.annotations(document_id=1)] == ["请于月底前报送"]
    # ids continue after the copied ones on the server: a new assignment gets an id never used before
    highest = max(i for r in server.task_table().rows for i in r.assignment_ids)
    assert server.add_assignment(first.measure_id, "某新设单位", "support") > highest
    server.close()
    con = sqlite3.connect(back / "policydesk.sqlite3")
    assert con.execute("SELECT COUNT(*) FROM node_fts WHERE node_fts MATCH '\"营商环境\"'").fetchone()[0] > 0
    con.close()


def test_a_destination_holding_documents_is_refused(sample_store_template, tmp_path, capsys):
    a = copy_sample_store(sample_store_template, tmp_path / "a")
    b = copy_sample_store(sample_store_template, tmp_path / "b")
    assert main(["store", "copy", str(a), str(b)]) == 2
    assert "目标数据库中已有文件，不能覆盖" in capsys.readouterr().out


def test_every_table_is_copied():
    assert {t.name for t in tables()} >= {"documents", "originals", "nodes", "assignments", "annotations",
                                          "audit_log", "compare_pins", "store_info", "unit_aliases"}
