"""The measure editor: correct units, roles and deadlines in place, each edit undoable; refusals shown, not raised."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from conftest import SAMPLES
from desktop.ui.review.assignment_edit_model import AssignmentEditModel
from desktop.ui.review.measure_editor import MeasureEditor
from ui.typing_cjk import type_cjk

SOURCE = "002_5422648186973203.txt"
PATH = "二/四/11"   # 探索建设全球报关系统: 南沙区政府 ●, 广州市商务局 ○, 广州海关 ○; 至2021年底


def _measure(ctx, path=PATH):
    doc = next(d.id for d in ctx.store.documents() if d.source_name == SOURCE)
    return next(o.id for o in ctx.store.outline(doc) if o.path == path)


def _editor(ctx, qtbot):
    editor = MeasureEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(460, 420)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    mid = _measure(ctx)
    editor.set_measure(mid)
    return editor, mid


def _cells(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _stored(ctx, mid):
    """(unit, role, state) of the measure's assignments, by unit name."""
    return {a.unit: (a.role, a.state) for a in ctx.store.measure_detail(mid).assignments}


def _row(editor, unit):
    return next(i for i, r in enumerate(editor.model.rows) if r.unit == unit)


def _open_cell_editor(editor, row, column, kind):
    index = editor.model.index(row, column)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    widget = editor.table.indexWidget(index)   # the open editor
    assert isinstance(widget, kind)
    return widget


def _wait_committed(qtbot, editor):
    """The delegate commits Return through a queued call: wait until the view has left editing."""
    qtbot.waitUntil(lambda: editor.table.state() != QAbstractItemView.EditingState)


def _rename(qtbot, editor, unit, new_name):
    line = _open_cell_editor(editor, _row(editor, unit), AssignmentEditModel.UNIT, QLineEdit)
    line.selectAll()
    type_cjk(line, new_name)
    line.completer().popup().hide()
    qtbot.keyClick(line, Qt.Key_Return)
    _wait_committed(qtbot, editor)


def _set_role(qtbot, editor, unit, role):
    combo = _open_cell_editor(editor, _row(editor, unit), AssignmentEditModel.ROLE, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == ["lead", "support"]
    combo.setCurrentIndex(combo.findData(role))
    qtbot.keyClick(combo, Qt.Key_Return)
    _wait_committed(qtbot, editor)


def _add(qtbot, editor, name, role):
    editor.new_unit.setFocus()
    type_cjk(editor.new_unit, name)
    editor.new_unit.completer().popup().hide()
    editor.new_role.setCurrentIndex(editor.new_role.findData(role))
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)


def _select(qtbot, editor, unit):
    rect = editor.table.visualRect(editor.model.index(_row(editor, unit), AssignmentEditModel.STATE))
    qtbot.mouseClick(editor.table.viewport(), Qt.LeftButton, pos=rect.center())


def test_shows_the_measure_units_and_deadline(ctx, qtbot, qtmodeltester):
    editor, mid = _editor(ctx, qtbot)
    assert editor.title.text() == "<b>二.（四）.11</b>　探索建设全球报关系统"
    assert _cells(editor.model) == [["南沙区政府", "● 牵头", "提取"], ["广州市商务局", "○ 配合", "提取"],
                                    ["广州海关", "○ 配合", "提取"]]
    qtmodeltester.check(editor.model)
    [date_edit] = editor.date_edits
    assert date_edit.date() == QDate(2021, 12, 31)
    assert editor.deadline_grid.itemAtPosition(0, 0).widget().text() == "原文：至2021年底"
    editor.set_measure(None)
    assert editor.model.rowCount() == 0 and editor.date_edits == [] and not editor.add_button.isEnabled()


def test_change_a_unit_name_and_undo(ctx, qtbot):
    editor, mid = _editor(ctx, qtbot)
    before = {a.unit: a for a in ctx.store.measure_detail(mid).assignments}["广州市商务局"]
    _rename(qtbot, editor, "广州市商务局", "广东省财政厅")
    after = next(a for a in ctx.store.measure_detail(mid).assignments if a.id == before.id)
    assert (after.unit, after.unit_id, after.role, after.state) == (
        "广东省财政厅", ctx.store.resolve_unit("广东省财政厅"), "support", "edited")
    assert _cells(editor.model)[_row(editor, "广东省财政厅")] == ["广东省财政厅", "○ 配合", "已更正"]
    assert ctx.undo_stack.count() == 1 and editor.message.text() == ""

    ctx.undo_stack.undo()
    back = next(a for a in ctx.store.measure_detail(mid).assignments if a.id == before.id)
    assert (back.unit, back.unit_id) == ("广州市商务局", before.unit_id)
    assert "广州市商务局" in [r[0] for r in _cells(editor.model)]
    ctx.undo_stack.redo()
    assert _stored(ctx, mid)["广东省财政厅"] == ("support", "edited")


def test_change_a_role_and_undo(ctx, qtbot):
    editor, mid = _editor(ctx, qtbot)
    _set_role(qtbot, editor, "广州海关", "lead")
    assert _stored(ctx, mid)["广州海关"] == ("lead", "edited")
    assert _cells(editor.model)[2] == ["广州海关", "● 牵头", "已更正"]   # updated in place, not moved
    ctx.undo_stack.undo()
    assert _stored(ctx, mid)["广州海关"][0] == "support"
    assert _cells(editor.model)[_row(editor, "广州海关")][1] == "○ 配合"
    ctx.undo_stack.redo()
    assert _stored(ctx, mid)["广州海关"] == ("lead", "edited")


def test_undo_of_a_correction_restores_the_extracted_state(ctx, qtbot):
    editor, mid = _editor(ctx, qtbot)
    _set_role(qtbot, editor, "广州海关", "lead")
    _rename(qtbot, editor, "广州市商务局", "广东省财政厅")
    editor.date_edits[0].setDate(QDate(2022, 6, 30))
    editor.date_edits[0].editingFinished.emit()
    assert ctx.undo_stack.count() == 3
    for _ in range(3):
        ctx.undo_stack.undo()
    assert ctx.store.measure_detail(mid).deadlines[0].state == "extracted"
    assert _stored(ctx, mid) == {"南沙区政府": ("lead", "extracted"), "广州市商务局": ("support", "extracted"),
                                 "广州海关": ("support", "extracted")}


def test_add_a_unit_undo_and_redo_restores_the_same_row(ctx, qtbot):
    editor, mid = _editor(ctx, qtbot)
    _add(qtbot, editor, "广州市发展改革委", "lead")
    assert _stored(ctx, mid)["广州市发展改革委"] == ("lead", "edited")
    [added] = [a for a in ctx.store.measure_detail(mid).assignments if a.unit == "广州市发展改革委"]
    assert _cells(editor.model)[_row(editor, "广州市发展改革委")] == ["广州市发展改革委", "● 牵头", "已更正"]
    assert editor.new_unit.text() == "" and editor.model.rowCount() == 4

    ctx.undo_stack.undo()
    assert "广州市发展改革委" not in _stored(ctx, mid) and editor.model.rowCount() == 3
    ctx.undo_stack.redo()
    [again] = [a for a in ctx.store.measure_detail(mid).assignments if a.unit == "广州市发展改革委"]
    assert again == added and editor.model.rowCount() == 4


def test_remove_a_unit_and_undo(ctx, qtbot):
    editor, mid = _editor(ctx, qtbot)
    assert not editor.remove_button.isEnabled()
    [gone] = [a for a in ctx.store.measure_detail(mid).assignments if a.unit == "广州海关"]
    _select(qtbot, editor, "广州海关")
    qtbot.mouseClick(editor.remove_button, Qt.LeftButton)
    assert "广州海关" not in _stored(ctx, mid)
    assert [r[0] for r in _cells(editor.model)] == ["南沙区政府", "广州市商务局"]
    ctx.undo_stack.undo()
    assert [a for a in ctx.store.measure_detail(mid).assignments if a.unit == "广州海关"] == [gone]
    assert editor.model.rowCount() == 3


def test_fix_a_deadline_and_undo(ctx, qtbot):
    editor, mid = _editor(ctx, qtbot)
    [date_edit] = editor.date_edits
    date_edit.setFocus()
    date_edit.setDate(QDate(2022, 6, 30))
    qtbot.keyClick(date_edit, Qt.Key_Return)
    [d] = ctx.store.measure_detail(mid).deadlines
    assert (d.text, d.due, d.state) == ("至2021年底", "2022-06-30", "edited")
    assert editor.deadline_grid.itemAtPosition(0, 2).widget().text() == "已更正"
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert ctx.store.measure_detail(mid).deadlines[0].due == "2021-12-31"
    assert editor.date_edits[0].date() == QDate(2021, 12, 31)
    ctx.undo_stack.redo()
    assert ctx.store.measure_detail(mid).deadlines[0].due == "2022-06-30"


def test_refused_edits_show_the_message_and_push_nothing(ctx, qtbot):
    editor, mid = _editor(ctx, qtbot)
    before = _stored(ctx, mid)
    _add(qtbot, editor, "广州海关", "support")
    assert editor.message.text() == "该措施已有单位“广州海关”"
    _rename(qtbot, editor, "广州市商务局", "广州海关")
    assert editor.message.text() == "该措施已有单位“广州海关”"
    assert _cells(editor.model)[1][0] == "广州市商务局"
    editor.new_unit.clear()
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    assert editor.message.text() == "单位名称不能为空"
    _rename(qtbot, editor, "广州市商务局", " ")
    assert editor.message.text() == "单位名称不能为空"
    assert ctx.undo_stack.count() == 0 and _stored(ctx, mid) == before


def test_a_reimport_keeps_the_officers_corrections(ctx, qtbot, tmp_path):
    editor, mid = _editor(ctx, qtbot)
    _rename(qtbot, editor, "广州市商务局", "广东省财政厅")
    _set_role(qtbot, editor, "广州海关", "lead")
    edited = _stored(ctx, mid)
    [same] = ctx.store.import_paths([SAMPLES / SOURCE])
    assert same.status == "duplicate" and _stored(ctx, mid) == edited

    revised = tmp_path / "002_revised.txt"   # one word changed elsewhere: a new version of the document
    revised.write_text((SAMPLES / SOURCE).read_text(encoding="utf-8").replace("全球溯源中心", "全球溯源服务中心", 1),
                       encoding="utf-8")
    [new] = ctx.store.import_paths([revised])
    assert new.status == "new_version"
    new_mid = next(o.id for o in ctx.store.outline(new.document_id) if o.path == PATH)
    carried = _stored(ctx, new_mid)
    assert carried["广东省财政厅"] == ("support", "edited") and carried["广州海关"] == ("lead", "edited")
    editor.set_measure(new_mid)
    assert _cells(editor.model)[_row(editor, "广东省财政厅")] == ["广东省财政厅", "○ 配合", "已更正"]


def test_a_new_version_does_not_bring_back_a_replaced_unit(ctx, qtbot, tmp_path):
    editor, mid = _editor(ctx, qtbot)
    _rename(qtbot, editor, "广州市商务局", "广东省财政厅")
    revised = tmp_path / "002_revised.txt"
    revised.write_text((SAMPLES / SOURCE).read_text(encoding="utf-8").replace("全球溯源中心", "全球溯源服务中心", 1),
                       encoding="utf-8")
    [new] = ctx.store.import_paths([revised])
    new_mid = next(o.id for o in ctx.store.outline(new.document_id) if o.path == PATH)
    assert "广州市商务局" not in _stored(ctx, new_mid)
