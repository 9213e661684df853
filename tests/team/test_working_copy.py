"""A working copy for a trip: one document's tasks taken out as a SQLite store, edited offline while the server is
changed meanwhile, merged back — the officer's edits applied, the clash shown with both sides, nothing else touched."""

from desktop.cli import main
from desktop.store.store import Store
from desktop.store.team.server_errors import open_team_store

from conftest import copy_sample_store


def tracking(store, ids):
    return store.assignment_tracking(ids)


def test_out_offline_changed_meanwhile_and_back(sample_store_template, pg_url, tmp_path, capsys):
    assert main(["store", "copy", str(copy_sample_store(sample_store_template, tmp_path / "laptop")), pg_url]) == 0
    server = open_team_store(pg_url)
    rows = server.task_table(document_id=1).rows
    a, b, c = rows[0].assignment_ids[0], rows[1].assignment_ids[0], rows[2].assignment_ids[0]
    elsewhere = server.task_table(document_id=2).rows[0].assignment_ids[0]
    before_elsewhere = tracking(server, [elsewhere])[elsewhere]
    capsys.readouterr()

    trip = tmp_path / "trip"
    assert main(["--store", pg_url, "store", "checkout", str(trip), "--document", "1"]) == 0
    assert "已取出工作副本" in capsys.readouterr().out
    offline = Store.open(trip)
    assert [d.id for d in offline.documents()] == [1]
    offline.update_assignments([a], status="推进中", progress="离线：已召开协调会")
    offline.update_assignments([b], owner="王五")
    offline.add_annotation(1, 0, 4, "出差途中补充的批注")
    offline.close()

    server.update_assignments([b], owner="赵六")          # meanwhile, on the server: the same field → a conflict
    server.update_assignments([c], status="滞后")         # a task the officer did not touch offline
    server.update_assignments([elsewhere], owner="钱七")   # outside the copy

    assert main(["--store", pg_url, "store", "merge", str(trip), "--preview"]) == 0
    out = capsys.readouterr().out
    assert f"冲突  A{b} owner：服务器 赵六 / 本机 王五" in out and "将合并：修改 2 处，冲突 1 处" in out
    assert tracking(server, [a])[a]["status"] != "推进中"            # a preview writes nothing

    assert main(["--store", pg_url, "store", "merge", str(trip), "--keep", "mine"]) == 0   # the officer chooses
    assert "已合并：修改 2 处，冲突 1 处，新批注 1 条" in capsys.readouterr().out
    now = tracking(server, [a, b, c, elsewhere])
    assert (now[a]["status"], now[a]["progress"]) == ("推进中", "离线：已召开协调会")
    assert now[b]["owner"] == "王五"                      # the conflict, resolved as chosen
    assert now[c]["status"] == "滞后"                     # untouched offline: the server's change stands
    assert now[elsewhere] == {**before_elsewhere, "owner": "钱七"}
    assert [n.body for n in server.annotations(document_id=1)].count("出差途中补充的批注") == 1

    assert main(["--store", pg_url, "store", "merge", str(trip)]) == 0   # merged already: nothing twice
    assert "已合并：修改 0 处，冲突 0 处，新批注 0 条" in capsys.readouterr().out
    assert [n.body for n in server.annotations(document_id=1)].count("出差途中补充的批注") == 1
    server.close()


def test_a_folder_that_is_no_working_copy_is_refused(sample_store_template, pg_url, tmp_path, capsys):
    laptop = copy_sample_store(sample_store_template, tmp_path / "laptop")
    assert main(["store", "copy", str(laptop), pg_url]) == 0
    assert main(["--store", pg_url, "store", "merge", str(laptop)]) == 2
    assert "这不是从团队数据库取出的工作副本" in capsys.readouterr().out


def test_one_units_tasks_go_out(sample_store_template, pg_url, tmp_path, capsys):
    assert main(["store", "copy", str(copy_sample_store(sample_store_template, tmp_path / "laptop")), pg_url]) == 0
    capsys.readouterr()
    assert main(["--store", pg_url, "store", "checkout", str(tmp_path / "trip"), "--unit", "市商务局"]) == 0
    server = open_team_store(pg_url)
    expected = len(server.unit_tasks("市商务局"))
    server.close()
    assert "项任务" in capsys.readouterr().out
    copy = Store.open(tmp_path / "trip")
    assert len(copy.unit_tasks("市商务局")) == expected
    copy.close()
