"""Issue 15, items 3 and 4 in the window: an edit that cannot be saved is shown as failed, and an undo never
overwrites a value another process (the command line's ``returns import``) changed since the step was made."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import openpyxl
import pytest
from PySide6.QtCore import Qt

from conftest import ROOT, SAMPLES, TODAY
from desktop.store.paths import STORE_FILE

UNIT = "广州市商务局"


@pytest.fixture()
def window_ctx(tmp_path, qtbot, monkeypatch):
    import desktop.store.db as db
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 400, raising=False)   # real: 30 s; the lock is held past this
    from desktop.store.store import Store
    from desktop.ui.context import AppContext
    store = Store.open(tmp_path / "store")
    store.import_paths([SAMPLES])
    ctx = AppContext(store, today=TODAY)
    yield ctx
    ctx.undo_stack.clear()
    store.close()


def unit_model(ctx):
    from desktop.ui.tasks.task_table_model import TaskTableModel
    model = TaskTableModel(ctx)
    model.set_unit(ctx.store.resolve_unit(UNIT))
    return model


def test_an_edit_the_store_cannot_take_is_shown_as_failed_not_dropped(window_ctx, qtbot, tmp_path):
    model = unit_model(window_ctx)
    column = model.column_of("owner")
    aid = model.row_at(0).assignment_ids[0]
    blocker = sqlite3.connect(tmp_path / "store" / STORE_FILE, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")          # another process writing for longer than the busy timeout
    try:
        with qtbot.waitSignal(model.edit_refused, timeout=5000) as said:
            ok = model.setData(model.index(0, column), "张处长", Qt.ItemDataRole.EditRole)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert ok is False
    assert "未能保存" in said.args[0]
    assert model.index(0, column).data() != "张处长"            # the cell shows what the store holds
    assert window_ctx.store.assignment_tracking([aid])[aid]["owner"] is None
    assert window_ctx.undo_stack.count() == 0                 # nothing to undo: nothing happened
    assert model.setData(model.index(0, column), "张处长", Qt.ItemDataRole.EditRole) is True   # free again: saved
    assert window_ctx.store.assignment_tracking([aid])[aid]["owner"] == "张处长"


def department_return(ctx, tmp_path, aid: int, status: str):
    """Export the unit's workbook, fill in ``status`` on the row of ``aid`` and return it through the command line."""
    from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, ID_HEADER, TASK_SHEET
    from desktop.export_jobs import export_unit_ledgers
    [path] = export_unit_ledgers(ctx.store, tmp_path / "out", [ctx.store.resolve_unit(UNIT)])
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    for row in range(FIRST_ROW, ws.max_row + 1):
        if ws.cell(row, header.index(ID_HEADER) + 1).value == f"A{aid}":
            ws.cell(row, header.index("状态") + 1, status)
    wb.save(path)
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(tmp_path / "store"), "returns",
                           "import", str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "已写入 1 处修改" in done.stdout, done.stdout + done.stderr


def test_undo_keeps_a_value_the_command_line_wrote_since_and_says_so(window_ctx, qtbot, tmp_path):
    from desktop.ui.common import undo_commands
    said = []
    qtbot_messages = undo_commands.conflict_messages
    qtbot_messages.connect(said.append)
    model = unit_model(window_ctx)
    status, owner = model.column_of("status"), model.column_of("owner")
    aid = model.row_at(0).assignment_ids[0]
    assert model.setData(model.index(0, status), "推进中", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, owner), "李科长", Qt.ItemDataRole.EditRole)
    department_return(window_ctx, tmp_path, aid, "已完成")
    assert window_ctx.store.assignment_tracking([aid])[aid]["status"] == "已完成"

    window_ctx.undo_stack.undo()       # the owner: nobody changed it since, so the undo puts it back
    assert window_ctx.store.assignment_tracking([aid])[aid]["owner"] is None
    window_ctx.undo_stack.undo()       # the status: the department's 已完成 stays
    assert window_ctx.store.assignment_tracking([aid])[aid]["status"] == "已完成"
    assert said and "已完成" in said[-1] and "未撤销" in said[-1]
    window_ctx.undo_stack.redo()       # nor can a redo put the window's 推进中 back over it
    assert window_ctx.store.assignment_tracking([aid])[aid]["status"] == "已完成"
    model.refresh()
    assert model.index(0, status).data(Qt.ItemDataRole.EditRole) == "已完成"
    qtbot_messages.disconnect(said.append)


def test_undo_of_an_untouched_step_still_restores_every_field(window_ctx):
    model = unit_model(window_ctx)
    ids = [aid for r in range(3) for aid in model.row_at(r).assignment_ids]
    assert model.apply([0, 1, 2], status="滞后", owner="王五")
    window_ctx.undo_stack.undo()
    tracking = window_ctx.store.assignment_tracking(ids)
    assert {(t["status"], t["owner"]) for t in tracking.values()} == {("未启动", None)}
    window_ctx.undo_stack.redo()
    tracking = window_ctx.store.assignment_tracking(ids)
    assert {(t["status"], t["owner"]) for t in tracking.values()} == {("滞后", "王五")}
