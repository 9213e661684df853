"""A reporting round end to end (issue 16, must show 3), through the command line on a real store: a round after a
closed one → every unit's workbook → two returned (one late, one with a conflict) → one unit outstanding → a 提醒函
for it → the changes since the previous round. The store is checked at each step."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from desktop.cli import main
from desktop.export_jobs import export_briefing
from desktop.store.rounds.book import RoundBook
from desktop.store.store import Store
from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, TASK_SHEET
from exporters.unit_ledger import unit_file_name

PLAN = """临江市促进外贸高质量发展实施方案

为推动外贸高质量发展，制定本方案。

一、重点任务
（一）推进跨境电商试点。建设跨境电商产业园，培育海外仓。（市商务局牵头，市财政局配合，2026年6月底前完成）
（二）优化口岸营商环境。压缩整体通关时间，推广提前申报。（市口岸办牵头，2026年9月底前完成）
（三）加强金融支持。扩大出口信用保险覆盖面。（市财政局牵头，市商务局配合，2026年12月底前完成）
"""
COMMERCE, FINANCE, PORT = "市商务局", "市财政局", "市口岸办"


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    store = Store.open(tmp_path / "store")
    [outcome] = store.import_paths([tmp_path / "plan.txt"])
    assert outcome.status == "imported"
    store.close()
    return tmp_path


def run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder / "store"), *args])


def fill(path: Path, rows: dict[str, dict[str, str]]) -> None:
    """The department's copy: 序号 → column header → value."""
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    for r in range(FIRST_ROW, ws.max_row + 1):
        for name, value in rows.get(ws.cell(r, 1).value, {}).items():
            ws.cell(r, header.index(name) + 1, value)
    wb.save(path)


def db(folder: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(folder / "store" / "policydesk.sqlite3")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_round_end_to_end(folder, tmp_path, capsys):
    # a first round, closed with nothing returned: the previous round the second is compared with
    assert run(folder, "round", "new", "2026年第1期", "--due", "2026-04-10", "--out", str(tmp_path / "r1"),
               "--today", "2026-04-01") == 0
    assert run(folder, "round", "close", "--today", "2026-04-20") == 0
    time.sleep(1.1)          # the workbooks' creation stamps have whole seconds: the rounds' differ

    # new round: one workbook per unit, what each showed recorded
    assert run(folder, "round", "new", "2026年第2期", "--due", "2026-05-10", "--out", str(tmp_path / "r2"),
               "--today", "2026-05-01") == 0
    out = capsys.readouterr().out
    assert "已新建“2026年第2期”：3 个单位的任务台账，报送截止 2026-05-10" in out
    files = {u: tmp_path / "r2" / unit_file_name(u) for u in (COMMERCE, FINANCE, PORT)}
    assert all(p.exists() for p in files.values())
    assert db(folder, "SELECT r.name, count(u.id), sum(u.received IS NULL) FROM rounds r JOIN round_units u ON "
                      "u.round_id = r.id GROUP BY r.id ORDER BY r.id") == [("2026年第1期", 3, 3), ("2026年第2期", 3, 3)]
    shown = dict(db(folder, "SELECT un.name, ru.shown FROM round_units ru JOIN units un ON un.id = ru.unit_id "
                            "WHERE ru.round_id = 2"))
    assert {u: len(json.loads(v)) for u, v in shown.items()} == {COMMERCE: 2, FINANCE: 2, PORT: 1}
    assert db(folder, "SELECT count(*), count(DISTINCT measure_id) FROM round_progress WHERE round_id = 2") == [(5, 3)]

    # 市商务局 returns on time, with a conflict: the office changed 一.（一）'s progress in the store meanwhile
    store = Store.open(folder / "store")
    [aid] = [a for a, v in json.loads(shown[COMMERCE]).items() if v["number"].endswith("（一）")]
    store.update_assignments([int(aid)], progress="办公室核实：园区已选址")
    store.close()
    fill(files[COMMERCE], {"一.（一）": {"状态": "已完成", "进展情况": "园区已建成"}})
    assert run(folder, "returns", "import", str(files[COMMERCE]), "--received", "2026-05-08") == 0
    out = capsys.readouterr().out
    assert "1 处冲突未处理" in out and "已计入“2026年第2期”：市商务局 2026-05-08 报送" in out
    assert db(folder, f"SELECT status, progress FROM assignments WHERE id = {aid}") == [("已完成", "办公室核实：园区已选址")]
    assert db(folder, f"SELECT status FROM round_progress WHERE round_id = 2 AND assignment_id = {aid}") == [("已完成",)]

    # the same workbook named for the closed first round is refused, and nothing changes
    assert run(folder, "returns", "import", str(files[COMMERCE]), "--round", "2026年第1期") == 1
    assert "该台账是“2026年第2期”发出的，不属于“2026年第1期”，回收的台账未导入" in capsys.readouterr().err

    # 市财政局 returns two days late: 一.（一） done, 一.（三） lagging
    fill(files[FINANCE], {"一.（一）": {"状态": "已完成"}, "一.（三）": {"状态": "滞后", "存在问题": "保费补贴资金未到位"}})
    assert run(folder, "returns", "import", str(files[FINANCE]), "--received", "2026-05-12") == 0
    capsys.readouterr()
    received = dict(db(folder, "SELECT un.name, ru.received FROM round_units ru JOIN units un ON un.id = ru.unit_id "
                               "WHERE ru.round_id = 2"))
    assert received == {COMMERCE: "2026-05-08", FINANCE: "2026-05-12", PORT: None}

    # status: one unit outstanding, overdue; the late return shown as such
    assert run(folder, "round", "status", "--today", "2026-05-13") == 0
    out = capsys.readouterr().out
    assert f"{COMMERCE}  2 项  已报送（5月8日）" in out
    assert f"{FINANCE}  2 项  已报送（5月12日，逾期2天）" in out
    assert f"{PORT}  1 项  逾期3天" in out
    assert "共 3 个单位：已报送 2，未报送 1" in out

    # 催办: one 提醒函, for 市口岸办, its outstanding task in the table
    assert run(folder, "round", "remind", "--today", "2026-05-13", "--reply-by", "2026-05-16",
               "--issuer", "临江市人民政府办公室", "--out", str(tmp_path / "remind")) == 0
    assert "共 1 份提醒函" in capsys.readouterr().out
    [letter] = (tmp_path / "remind").glob("*.docx")
    assert letter.name == "市口岸办_2026年第2期提醒函.docx"
    doc = Document(str(letter))
    [table] = doc.tables
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["序号", "重点任务", "完成时限", "状态"]
    assert len(rows) == 2 and rows[1][:2] == ["一.（二）", "优化口岸营商环境。压缩整体通关时间，推广提前申报。"]
    assert rows[1][2:] == ["2026-09-30", "未启动"]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "市口岸办：" in text and "已逾期3天" in text and "请于2026年5月16日前" in text
    assert "临江市人民政府办公室\n2026年5月13日" in text and "〔2026〕" in text

    # the changes since the previous round: 一.（一） newly done by both its units, 一.（三） newly lagging
    assert "本期新完成 1 项，新增滞后 1 项" in (run(folder, "round", "status", "--today", "2026-05-13") == 0
                                          and capsys.readouterr().out)
    store = Store.open(folder / "store")
    change = RoundBook(store).changes(RoundBook(store).current().id)
    assert (change.newly_done, change.newly_lagging, change.measures) == (1, 1, 3)
    # the briefing for the round says the same, against the round before it
    briefing = export_briefing(store, folder / "汇报材料.docx", today=dt.date(2026, 5, 13))
    said = "\n".join(p.text for p in Document(str(briefing)).paragraphs)
    assert "与2026年第1期相比，本期新完成1项，新增滞后1项。" in said
    [history] = [RoundBook(store).history(m) for m in {r.measure_id for r in store.task_table().rows}
                 if any(h.issues for h in RoundBook(store).history(m))]
    assert [(h.round_name, h.unit_name, h.status) for h in history] == [
        ("2026年第1期", FINANCE, "未启动"), ("2026年第1期", COMMERCE, "未启动"),
        ("2026年第2期", FINANCE, "滞后"), ("2026年第2期", COMMERCE, "未启动")]
    store.close()

    # closing the round: the outstanding unit's late return is then refused, not merged into anything
    assert run(folder, "round", "close", "--today", "2026-05-20") == 0
    fill(files[PORT], {"一.（二）": {"状态": "推进中"}})
    before = db(folder, "SELECT id, status FROM assignments ORDER BY id")
    assert run(folder, "returns", "import", str(files[PORT])) == 1
    assert "“2026年第2期”已于2026-05-20关闭，不再接收报送，回收的台账未导入" in capsys.readouterr().err
    assert db(folder, "SELECT id, status FROM assignments ORDER BY id") == before
    assert db(folder, "SELECT received FROM round_units WHERE round_id = 2 AND received IS NULL") == [(None,)]


def test_a_round_over_one_document_sends_only_its_tasks(folder, tmp_path, capsys):
    (tmp_path / "other.txt").write_text(PLAN.replace("临江市促进外贸高质量发展实施方案", "临江市扩大有效投资工作方案")
                                        .replace("推进跨境电商试点", "推进重大项目建设"), encoding="utf-8")
    assert run(folder, "import", "--quiet", str(tmp_path / "other.txt")) == 0
    assert run(folder, "round", "new", "2026年第1期", "--due", "2026-05-10", "--document", "1",
               "--out", str(tmp_path / "r")) == 0
    capsys.readouterr()
    ws = openpyxl.load_workbook(tmp_path / "r" / unit_file_name(COMMERCE))[TASK_SHEET]
    documents = {ws.cell(r, 2).value for r in range(FIRST_ROW, ws.max_row + 1)}
    assert documents == {"临江市促进外贸高质量发展实施方案"}
    assert ws.max_row - FIRST_ROW + 1 == 2            # its two tasks in document 1, none of document 2's
    assert db(folder, "SELECT count(*) FROM round_progress") == [(5,)]
    shown = db(folder, "SELECT shown FROM round_units")
    assert sum(len(json.loads(v)) for (v,) in shown) == 5
