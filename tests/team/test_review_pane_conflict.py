"""The review pane's unit corrections on a shared store: a role or unit saved by one officer is never overwritten by
another officer's edit based on what they read before, nor by an undo; the second officer sees both values."""

import pytest

from desktop.cli import main
from desktop.core.vocabulary import LEAD, SUPPORT
from desktop.store.team.server_errors import open_team_store

from conftest import TODAY, copy_sample_store


@pytest.fixture()
def two_editors(sample_store_template, pg_url, tmp_path, qtbot):
    from desktop.ui.context import AppContext
    from desktop.ui.review.measure_editor import MeasureEditor
    assert main(["store", "copy", str(copy_sample_store(sample_store_template, tmp_path / "laptop")), pg_url]) == 0
    editors = []
    for _ in range(2):
        ctx = AppContext(open_team_store(pg_url), today=TODAY)
        editor = MeasureEditor(ctx)
        qtbot.addWidget(editor)
        editors.append(editor)
    # a measure with at least two units, shown in both editors
    store = editors[0].ctx.store
    measure = next(mid for mid in store.measure_ids() if len(store.assignments([mid])) >= 2)
    for editor in editors:
        editor.set_measure(measure)
    yield editors
    for editor in editors:
        editor.ctx.undo_stack.clear()
        editor.ctx.store.close()


def cell(editor, row, column):
    return editor.model.index(row, column)


def saved(editor, row):
    """The assignment shown in ``row`` as the store holds it now."""
    aid = editor.model.rows[row].id
    return next(a for a in editor.ctx.store.assignments([editor.measure_id]) if a.id == aid)


def dialog_cells(editor):
    table = editor.conflict_dialog.table
    return [[table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())]


def test_the_same_role_saved_by_both_is_no_conflict(two_editors):
    alice, bob = two_editors
    row = 0
    other = SUPPORT if alice.model.rows[row].role == LEAD else LEAD
    assert alice.model.setData(cell(alice, row, alice.model.ROLE), other)
    assert bob.model.setData(cell(bob, row, bob.model.ROLE), other)      # stale version, same value: saved
    assert not hasattr(bob, "conflict_dialog")
    assert saved(bob, row).role == other


def test_a_role_edit_on_a_unit_someone_removed_is_a_conflict_not_a_write(two_editors):
    alice, bob = two_editors
    gone = alice.model.rows[0]
    alice.table.selectRow(0)
    alice.remove_selected()
    assert gone.id not in {a.id for a in alice.ctx.store.assignments([alice.measure_id])}
    other = SUPPORT if gone.role == LEAD else LEAD
    assert not bob.model.setData(cell(bob, 0, bob.model.ROLE), other)
    names = {LEAD: "牵头", SUPPORT: "配合"}
    assert dialog_cells(bob) == [["角色", "（空）", names[other]]]
    assert gone.id not in {r.id for r in bob.model.rows}                # bob's pane now shows the unit gone
    bob.conflict_dialog.choose_all("mine")
    bob.conflict_dialog.accept()                                         # nothing to write onto: still gone
    assert gone.id not in {a.id for a in bob.ctx.store.assignments([bob.measure_id])}
    assert "已被他人移除" in bob.message.text()


def test_a_stale_unit_correction_is_a_conflict_and_keeping_theirs_writes_nothing(two_editors):
    alice, bob = two_editors
    row = 0
    assert alice.model.setData(cell(alice, row, alice.model.UNIT), "省审计厅")
    now = saved(alice, row).unit
    assert "审计厅" in now
    assert not bob.model.setData(cell(bob, row, bob.model.UNIT), "省统计局")
    assert dialog_cells(bob) == [["单位", now, "省统计局"]]
    bob.conflict_dialog.choose_all("theirs")
    bob.conflict_dialog.accept()
    assert saved(bob, row).unit == now


def test_undoing_a_unit_correction_keeps_a_unit_someone_set_since(two_editors):
    alice, bob = two_editors
    row = 0
    before = saved(alice, row).unit
    assert alice.model.setData(cell(alice, row, alice.model.UNIT), "省审计厅")
    bob.set_measure(bob.measure_id)                                      # bob sees alice's unit, then corrects it
    assert bob.model.setData(cell(bob, row, bob.model.UNIT), "省统计局")
    bobs = saved(bob, row).unit
    alice.ctx.undo_stack.undo()                                          # alice's undo must not put back `before`
    assert saved(alice, row).unit == bobs != before
    # with nobody in between, an undo does put the old unit back
    bob.ctx.undo_stack.undo()
    assert "审计厅" in saved(bob, row).unit
