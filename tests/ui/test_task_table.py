"""Task assignment table: ●/○ by document and by unit, tracking edits, role edits and bulk edits, each undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit

from desktop.ui.tasks.task_table_model import OVERDUE_BG, SOON_BG, TaskTableModel
from desktop.ui.tasks.task_table_pane import TaskTablePane
from ui.typing_cjk import type_cjk

BG = Qt.ItemDataRole.BackgroundRole


def doc_id(ctx, prefix: str) -> int:
    return next(d.id for d in ctx.store.documents() if d.source_name.startswith(prefix))


def roles_in_store(ctx, measure_id: int) -> dict[int, str]:
    return {a.unit_id: a.role for a in ctx.store.assignments([measure_id])}


def text(model, row: int, col: int) -> str:
    return model.index(row, col).data()


@pytest.fixture()
def doc_model(ctx):
    model = TaskTableModel(ctx)
    model.set_document(doc_id(ctx, "000"))
    return model


@pytest.fixture()
def pane(ctx, qtbot):
    widget = TaskTablePane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.set_document(doc_id(ctx, "000"))
    return widget


def test_models_pass_the_model_tester(ctx, qtmodeltester):
    model = TaskTableModel(ctx)
    qtmodeltester.check(model)
    model.set_document(doc_id(ctx, "000"))
    qtmodeltester.check(model)
    model.set_unit(ctx.store.resolve_unit("省商务厅"))
    qtmodeltester.check(model)


def test_document_scope_marks_lead_and_support_as_the_store_has_them(ctx, doc_model):
    measures = ctx.store.measure_ids(_filter(doc_id(ctx, "000")))
    assert doc_model.rowCount() == 20 and {doc_model.row_at(r).measure_id for r in range(20)} <= set(measures)
    assert text(doc_model, 0, doc_model.column_of("path")) == "二.（一）.1"
    assert text(doc_model, 0, doc_model.column_of("heading")) == "率先对接国际高标准推进制度型开放"
    leads = supports = 0
    for row in range(doc_model.rowCount()):
        stored = roles_in_store(ctx, doc_model.row_at(row).measure_id)
        for col in range(doc_model.columnCount()):
            if doc_model.column_kind(col) != "unit":
                continue
            expected = {"lead": "●", "support": "○"}.get(stored.get(doc_model.unit_at(col)), "")
            assert text(doc_model, row, col) == expected
            leads += expected == "●"
            supports += expected == "○"
    assert leads >= 20 and supports > leads
    first_unit = doc_model.column_of("unit", ctx.store.resolve_unit("省商务厅"))
    assert doc_model.headerData(first_unit, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "广东省商务厅"
    assert doc_model.headerData(first_unit, Qt.Orientation.Horizontal).replace("\n", "") == "省商务厅"


def test_unit_scope_lists_the_units_tasks_across_documents(ctx):
    model = TaskTableModel(ctx)
    unit = ctx.store.resolve_unit("广州市商务局")
    model.set_unit(unit)
    expected = [t.measure_id for t in ctx.store.unit_tasks("广州市商务局")]
    shown = [model.row_at(r).measure_id for r in range(model.rowCount())]
    assert shown == expected and len(shown) == 36
    docs = {text(model, r, model.column_of("document")) for r in range(model.rowCount())}
    assert docs == {d.title for d in ctx.store.documents() if d.source_name[:3] in ("002", "004")}
    own = model.column_of("unit", unit)
    assert own == model.column_of("heading") + 1
    assert all(text(model, r, own) in ("●", "○") for r in range(model.rowCount()))

    # 广东省商务厅 (省商务厅): the samples name it on measures of document 000 only (003 names no units per measure)
    model.set_unit(ctx.store.resolve_unit("省商务厅"))
    assert model.rowCount() == len(ctx.store.unit_tasks("广东省商务厅")) == 11
    assert {model.row_at(r).document_id for r in range(model.rowCount())} == {doc_id(ctx, "000")}


def test_status_edit_applies_to_the_whole_task_in_document_scope_and_undoes(ctx, doc_model):
    col = doc_model.column_of("status")
    mid = doc_model.row_at(0).measure_id

    def statuses():
        return {a.status for a in ctx.store.assignments([mid])}

    assert statuses() == {"未启动"} and len(ctx.store.assignments([mid])) == 15
    assert doc_model.setData(doc_model.index(0, col), "推进中")
    assert statuses() == {"推进中"} and text(doc_model, 0, col) == "推进中"
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert statuses() == {"未启动"} and text(doc_model, 0, col) == "未启动"
    ctx.undo_stack.redo()
    assert statuses() == {"推进中"} and text(doc_model, 0, col) == "推进中"


def test_tracking_edit_in_unit_scope_touches_only_that_units_assignment(ctx):
    unit = ctx.store.resolve_unit("省商务厅")
    model = TaskTableModel(ctx)
    model.set_unit(unit)
    mid = model.row_at(0).measure_id
    assert model.setData(model.index(0, model.column_of("owner")), "张三")
    owners = {a.unit_id: a.owner for a in ctx.store.assignments([mid])}
    assert owners.pop(unit) == "张三" and set(owners.values()) == {None}
    ctx.undo_stack.undo()
    assert {a.owner for a in ctx.store.assignments([mid])} == {None}


def test_status_and_date_delegates_edit_through_their_editors(ctx, pane, qtbot):
    model, view = pane.model, pane.view
    mid = model.row_at(1).measure_id
    before = {a.due_date for a in ctx.store.assignments([mid])}
    index = model.index(1, model.column_of("status"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and [editor.itemText(i) for i in range(editor.count())] == [
        "未启动", "推进中", "已完成", "滞后", "暂缓"]
    editor.setCurrentIndex(3)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)   # the delegate commits on a queued call
    assert {a.status for a in ctx.store.assignments([mid])} == {"滞后"}
    assert text(model, 1, model.column_of("status")) == "滞后"

    index = model.index(1, model.column_of("due_date"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    while not isinstance(editor, QDateEdit):
        editor = editor.parent()
    editor.setDate(QDate(2021, 9, 30))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert {a.due_date for a in ctx.store.assignments([mid])} == {"2021-09-30"}
    assert text(model, 1, model.column_of("due_date")) == "2021-09-30"
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    assert {a.due_date for a in ctx.store.assignments([mid])} == before


def test_bulk_edit_of_three_selected_rows_is_one_undo_step(ctx, pane, qtbot):
    model, view = pane.model, pane.view
    for row in (0, 2, 4):    # the 措施 column lies in the frozen part, on top of the scrolling table
        rect = view.frozen.visualRect(model.index(row, model.column_of("heading")))
        qtbot.mouseClick(view.frozen.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         rect.center())
    assert pane.selected_rows() == [0, 2, 4]
    assert pane.bulk.ui.selectionLabel.text() == "已选 3 项" and pane.bulk.ui.applyButton.isEnabled()
    bar = pane.bulk.ui
    bar.statusCombo.setCurrentIndex(bar.statusCombo.findText("推进中"))
    bar.dueCheck.setChecked(True)
    bar.dueEdit.setDate(QDate(2021, 12, 31))
    bar.ownerEdit.setFocus()
    type_cjk(bar.ownerEdit, "李四")
    mids = [model.row_at(r).measure_id for r in (0, 2, 4)]
    untouched = model.row_at(1).measure_id

    def tracking(mid):
        return {(a.status, a.due_date, a.owner) for a in ctx.store.assignments([mid])}

    before = {m: tracking(m) for m in mids + [untouched]}
    assert any(due for m in mids for _, due, _ in before[m])    # measure 5 has a due date from its text

    qtbot.mouseClick(bar.applyButton, Qt.MouseButton.LeftButton)
    assert ctx.undo_stack.count() == 1
    assert all(tracking(m) == {("推进中", "2021-12-31", "李四")} for m in mids)
    assert tracking(untouched) == before[untouched]
    assert [text(model, r, model.column_of("owner")) for r in range(5)] == ["李四", "", "李四", "", "李四"]
    assert pane.selected_rows() == [0, 2, 4]    # the rows were repainted, not reset
    ctx.undo_stack.undo()
    assert all(tracking(m) == before[m] for m in mids)
    ctx.undo_stack.redo()
    assert all(tracking(m) == {("推进中", "2021-12-31", "李四")} for m in mids)


def test_bulk_edit_with_nothing_chosen_says_so(ctx, pane, qtbot):
    pane.view.selectRow(0)
    qtbot.mouseClick(pane.bulk.ui.applyButton, Qt.MouseButton.LeftButton)
    assert "至少" in pane.message.text() and ctx.undo_stack.count() == 0


def test_role_cell_changes_adds_and_removes_units_with_undo(ctx, doc_model):
    model = doc_model
    mid = model.row_at(0).measure_id
    support_unit = next(u for u, r in roles_in_store(ctx, mid).items() if r == "support")
    col = model.column_of("unit", support_unit)
    assert text(model, 0, col) == "○"
    assert model.setData(model.index(0, col), "●")
    assert roles_in_store(ctx, mid)[support_unit] == "lead" and text(model, 0, col) == "●"
    ctx.undo_stack.undo()
    assert roles_in_store(ctx, mid)[support_unit] == "support" and text(model, 0, col) == "○"

    # a unit of the table that is not on measure 2 yet
    row = 1
    mid2 = model.row_at(row).measure_id
    new_unit = next(u for u, _ in model._table.units if u not in roles_in_store(ctx, mid2))
    col = model.column_of("unit", new_unit)
    assert text(model, row, col) == ""
    assert model.setData(model.index(row, col), "support")
    assert roles_in_store(ctx, mid2).get(new_unit) == "support" and text(model, row, col) == "○"
    ctx.undo_stack.undo()
    assert new_unit not in roles_in_store(ctx, mid2) and text(model, row, col) == ""
    ctx.undo_stack.redo()
    assert roles_in_store(ctx, mid2).get(new_unit) == "support" and text(model, row, col) == "○"

    assert model.setData(model.index(row, col), "")
    assert new_unit not in roles_in_store(ctx, mid2) and text(model, row, col) == ""
    ctx.undo_stack.undo()
    assert roles_in_store(ctx, mid2).get(new_unit) == "support" and text(model, row, col) == "○"


def test_overdue_rows_are_red_and_rows_due_soon_amber(ctx, doc_model):
    model = doc_model
    due = model.column_of("due_date")
    assert model.setData(model.index(0, due), "2020-12-31")
    assert model.setData(model.index(1, due), "2021-06-10")
    assert model.setData(model.index(2, due), "2021-08-01")
    assert model.index(0, model.column_of("heading")).data(BG) == OVERDUE_BG
    assert model.index(1, 0).data(BG) == SOON_BG
    assert model.index(2, 0).data(BG) is None and model.index(3, 0).data(BG) is None
    assert OVERDUE_BG.red() > 230 and OVERDUE_BG.green() < 225 and SOON_BG.red() > 240 and SOON_BG.blue() < 210
    assert model.setData(model.index(0, model.column_of("status")), "已完成")
    assert model.index(0, 0).data(BG) is None


def test_edits_elsewhere_repaint_only_the_changed_row(ctx, doc_model, qtbot):
    from desktop.ui.common.undo_commands import UpdateAssignments
    row = doc_model.row_at(5)
    seen = []
    doc_model.dataChanged.connect(lambda a, b: seen.append((a.row(), b.row())))
    with qtbot.assertNotEmitted(doc_model.modelReset):
        assert ctx.execute(UpdateAssignments(ctx, list(row.assignment_ids), [row.measure_id], owner="王五")) is None
    assert seen == [(5, 5)] and text(doc_model, 5, doc_model.column_of("owner")) == "王五"


def test_double_click_on_a_measure_activates_it(ctx, pane, qtbot):
    model, view = pane.model, pane.view
    rect = view.frozen.visualRect(model.index(3, model.column_of("heading")))
    assert view.frozen.isVisible() and view.frozen.geometry().contains(view.frozen.mapToParent(rect.center()))
    qtbot.mouseClick(view.frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(pane.measure_activated) as signal:
        qtbot.mouseDClick(view.frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [model.row_at(3).measure_id]


def test_identity_columns_stay_in_view_when_scrolling_right(ctx, pane, qtbot):
    view, model = pane.view, pane.model
    heading = model.column_of("heading")
    assert view.frozen_count == heading + 1
    assert [view.frozen.isColumnHidden(c) for c in range(heading + 2)] == [False] * (heading + 1) + [True]
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert view.horizontalScrollBar().value() > 0
    frozen_rect = view.frozen.visualRect(model.index(0, heading))
    assert frozen_rect.isValid() and frozen_rect.left() >= 0
    assert view.frozen.horizontalHeader().height() == view.horizontalHeader().height()
    pane.set_unit(ctx.store.resolve_unit("广州市商务局"))    # a unit's own ●/○ column is frozen too
    assert view.frozen_count == model.column_of("unit", ctx.store.resolve_unit("广州市商务局")) + 1
    assert view.horizontalScrollBar().value() == 0


def test_unit_picker_matches_anywhere_in_the_name(ctx, pane, qtbot):
    picker = pane.unit_picker
    pane.scope_combo.setCurrentIndex(1)
    assert picker.isVisible() and not pane.document_combo.isVisible()
    picker.lineEdit().setFocus()
    type_cjk(picker.lineEdit(), "商务")
    completions = picker.completer().completionModel()
    names = {completions.index(i, 0).data() for i in range(completions.rowCount())}
    assert {"广东省商务厅", "广州市商务局"} <= names and all("商务" in n for n in names)
    picker.completer().activated[str].emit("广州市商务局")
    assert pane.model.scope() == ("unit", ctx.store.resolve_unit("广州市商务局"))
    assert pane.model.rowCount() == 36 and picker.currentText() == "广州市商务局"


def _filter(document_id):
    from desktop.store.queries import MeasureFilter
    return MeasureFilter(document_id=document_id)
