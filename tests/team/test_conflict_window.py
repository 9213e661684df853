"""Two officers' windows on one team store: the second save of the same task shows both values and lets the
officer choose; nothing of theirs is overwritten without that choice."""

import pytest

from desktop.cli import main
from desktop.store.team.server_errors import open_team_store

from conftest import TODAY, copy_sample_store


@pytest.fixture()
def two_panes(sample_store_template, pg_url, tmp_path, qtbot):
    from desktop.ui.context import AppContext
    from desktop.ui.tasks.task_table_pane import TaskTablePane
    assert main(["store", "copy", str(copy_sample_store(sample_store_template, tmp_path / "laptop")), pg_url]) == 0
    panes = []
    for _ in range(2):
        ctx = AppContext(open_team_store(pg_url), today=TODAY)
        pane = TaskTablePane(ctx)
        qtbot.addWidget(pane)
        pane.set_document(1)
        panes.append(pane)
    yield panes
    for pane in panes:
        pane.model.ctx.undo_stack.clear()
        pane.model.ctx.store.close()


def status_cell(pane, row=0):
    model = pane.model
    column = next(i for i, (kind, _) in enumerate(model._columns) if kind == "status")
    return model.index(row, column)


def test_a_stale_status_save_shows_both_values_and_saves_the_choice(two_panes, qtbot):
    alice, bob = two_panes
    assert alice.model.setData(status_cell(alice), "推进中")
    assert not bob.model.setData(status_cell(bob), "已完成")      # based on what bob read: refused
    dialog = bob.conflict_dialog
    assert dialog.isVisible()
    cells = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert cells and all(row[1:] == ["状态", "推进中", "已完成"] for row in cells)
    assert "尚未保存" in bob.message.text()
    row = alice.model._table.rows[0]
    assert {t["status"] for t in bob.model.ctx.store.assignment_tracking(list(row.assignment_ids)).values()} \
        == {"推进中"}                                              # alice's save stands
    dialog.choose_all("mine")
    dialog.accept()
    assert {t["status"] for t in alice.model.ctx.store.assignment_tracking(list(row.assignment_ids)).values()} \
        == {"已完成"}
    assert "已完成" in str(bob.model.data(status_cell(bob)))     # bob's table shows what is saved now


def test_keeping_theirs_writes_nothing(two_panes):
    alice, bob = two_panes
    alice.model.setData(status_cell(alice), "推进中")
    bob.model.setData(status_cell(bob), "已完成")
    bob.conflict_dialog.choose_all("theirs")
    bob.conflict_dialog.accept()
    row = alice.model._table.rows[0]
    assert {t["status"] for t in alice.model.ctx.store.assignment_tracking(list(row.assignment_ids)).values()} \
        == {"推进中"}


def test_a_role_set_on_a_unit_someone_removed_is_a_conflict_not_a_write(two_panes):
    alice, bob = two_panes
    model = alice.model
    column = next(i for i, (kind, _) in enumerate(model._columns) if kind == "unit")
    uid = model._columns[column][1]
    row = next(r for r, t in enumerate(model._table.rows) if t.roles.get(uid) == "lead")
    measure = model._table.rows[row].measure_id
    assert model.setData(model.index(row, column), "")                  # alice takes the unit off the task
    assert uid not in {a.unit_id for a in alice.model.ctx.store.assignments([measure])}
    assert not bob.model.setData(bob.model.index(row, column), "support")   # bob still saw it as lead
    cells = [[bob.conflict_dialog.table.item(r, c).text() for c in range(1, 4)]
             for r in range(bob.conflict_dialog.table.rowCount())]
    assert cells == [["角色", "（空）", "配合"]]
    assert uid not in {a.unit_id for a in bob.model.ctx.store.assignments([measure])}
    bob.conflict_dialog.choose_all("mine")
    bob.conflict_dialog.accept()
    assert uid not in {a.unit_id for a in bob.model.ctx.store.assignments([measure])}
    assert "已被他人从任务中移除" in bob.message.text()
