"""The annotation pane: add, edit and delete notes in place (undoable), jump to their text, list orphans."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from conftest import SAMPLES
from desktop.ui.notes.annotation_model import AnnotationListModel
from desktop.ui.notes.annotation_pane import AnnotationPane, split_tags
from desktop.ui.common.undo_commands import AddAnnotation, UpdateAssignments
from ui.typing_cjk import type_cjk

SOURCE = "002_5422648186973203.txt"
DELETED_MEASURE = "8.探索建立大湾区检验检测技术联盟"


def _document(ctx, source=SOURCE):
    return next(d.id for d in ctx.store.documents() if d.source_name == source)


def _measure(ctx, doc, path):
    return next(o.id for o in ctx.store.outline(doc) if o.path == path)


def _span(ctx, doc, quote):
    start = ctx.store.document_text(doc).text.index(quote)
    return start, start + len(quote)


def _cells(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _notes(ctx, doc):
    return [(n.body, n.tags, n.visibility) for n in ctx.store.annotations(document_id=doc)]


def _pane(ctx, qtbot, measure_path="二/七/22"):
    pane = AnnotationPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(420, 640)
    pane.show()
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    doc = _document(ctx)
    pane.set_document(doc)
    pane.set_measure(_measure(ctx, doc, measure_path))
    return pane, doc


def _add_through_pane(pane, qtbot, doc, quote, body, tags, shareable):
    start, end = _span(pane.ctx, doc, quote)
    pane.add_note(doc, start, end, quote)
    type_cjk(pane.ui.bodyEdit, body)
    type_cjk(pane.ui.tagsEdit, tags)
    if shareable:
        _toggle(qtbot, pane.ui.shareableCheck)
    qtbot.mouseClick(pane.ui.saveButton, Qt.LeftButton)


def _toggle(qtbot, check):
    qtbot.mouseClick(check, Qt.LeftButton, pos=QPoint(8, check.height() // 2))   # on the box, not past the text


def _click_row(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, AnnotationListModel.BODY))
    qtbot.waitUntil(lambda: view.viewport().rect().contains(rect.center()))   # laid out once shown
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())


def _add_stored(ctx, doc, quote, body, tags=("重点",), visibility="internal"):
    start, end = _span(ctx, doc, quote)
    assert ctx.execute(AddAnnotation(ctx, doc, start, end, body, visibility, list(tags))) is None


def test_tags_split_on_enumeration_comma_commas_and_spaces():
    assert split_tags("重点、督办,跟踪， 协调  重点") == ["重点", "督办", "跟踪", "协调"]


def test_model_passes_modeltester(ctx, qtmodeltester):
    doc = _document(ctx)
    _add_stored(ctx, doc, "全球溯源中心", "重点跟踪", tags=("重点", "督办"))
    model = AnnotationListModel(ctx)
    model.set_scope(doc)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_add_note_with_chinese_body_tags_and_visibility(ctx, qtbot):
    pane, doc = _pane(ctx, qtbot)
    assert pane.model.rowCount() == 0 and pane.count_label.text() == "0 条"
    start, end = _span(ctx, doc, "全球溯源中心")
    pane.add_note(doc, start, end, "全球溯源中心")
    assert QApplication.focusWidget() is pane.ui.bodyEdit
    assert "全球溯源中心" in pane.ui.quoteLabel.text() and not pane.ui.deleteButton.isEnabled()
    type_cjk(pane.ui.bodyEdit, "请商务局每月报送进展")
    type_cjk(pane.ui.tagsEdit, "重点、督办 跟踪")
    _toggle(qtbot, pane.ui.shareableCheck)
    qtbot.mouseClick(pane.ui.saveButton, Qt.LeftButton)

    [note] = ctx.store.annotations(document_id=doc)
    assert (note.body, set(note.tags), note.visibility, note.quote) == (
        "请商务局每月报送进展", {"重点", "督办", "跟踪"}, "shareable", "全球溯源中心")
    assert (note.start, note.end, note.measure_id) == (start, end, _measure(ctx, doc, "二/七/22"))
    assert _cells(pane.model) == [["「全球溯源中心」", "请商务局每月报送进展", "、".join(note.tags), "可共享"]]
    assert pane.count_label.text() == "1 条"
    assert pane.ui.deleteButton.isEnabled()   # the editor now holds the stored note

    ctx.undo_stack.undo()
    assert ctx.store.annotations(document_id=doc) == [] and pane.model.rowCount() == 0
    ctx.undo_stack.redo()
    assert _notes(ctx, doc) == [("请商务局每月报送进展", note.tags, "shareable")]
    assert pane.model.rowCount() == 1


def test_empty_body_is_refused_without_an_undo_step(ctx, qtbot):
    pane, doc = _pane(ctx, qtbot)
    start, end = _span(ctx, doc, "全球溯源中心")
    pane.add_note(doc, start, end, "全球溯源中心")
    qtbot.mouseClick(pane.ui.saveButton, Qt.LeftButton)
    assert pane.ui.messageLabel.text() == "批注内容不能为空"
    assert ctx.undo_stack.count() == 0 and ctx.store.annotations(document_id=doc) == []


def test_tag_completer_offers_stored_tags_for_the_last_tag(ctx, qtbot):
    doc = _document(ctx)
    _add_stored(ctx, doc, "全球溯源中心", "已有标签", tags=("重点督办", "跨境"))
    pane, _ = _pane(ctx, qtbot)
    completer = pane.ui.tagsEdit.completer()
    assert completer.splitPath("跨境、重点") == ["重点"]
    type_cjk(pane.ui.tagsEdit, "跨境、重点")
    completer.setCompletionPrefix(pane.ui.tagsEdit.text())
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "跨境、重点督办"   # the tags typed before stay


def test_edit_in_place_and_undo(ctx, qtbot):
    pane, doc = _pane(ctx, qtbot)
    _add_through_pane(pane, qtbot, doc, "全球溯源中心", "初稿", "重点、督办", shareable=True)
    pane.set_document(None)          # leave and come back: the editor starts empty
    pane.set_document(doc)
    pane.set_measure(_measure(ctx, doc, "二/七/22"))
    assert pane.ui.bodyEdit.toPlainText() == ""

    _click_row(qtbot, pane.view, 0)
    assert pane.ui.bodyEdit.toPlainText() == "初稿"
    assert pane.ui.shareableCheck.isChecked()
    pane.ui.bodyEdit.selectAll()
    type_cjk(pane.ui.bodyEdit, "已完成平台选址")
    pane.ui.tagsEdit.selectAll()
    type_cjk(pane.ui.tagsEdit, "已办结")
    _toggle(qtbot, pane.ui.shareableCheck)
    qtbot.mouseClick(pane.ui.saveButton, Qt.LeftButton)

    assert _notes(ctx, doc) == [("已完成平台选址", ("已办结",), "internal")]
    assert _cells(pane.model)[0][1:] == ["已完成平台选址", "已办结", "内部"]
    ctx.undo_stack.undo()
    [(body, tags, visibility)] = _notes(ctx, doc)
    assert (body, set(tags), visibility) == ("初稿", {"重点", "督办"}, "shareable")
    assert pane.ui.bodyEdit.toPlainText() == "初稿" and pane.ui.shareableCheck.isChecked()
    assert _cells(pane.model)[0][3] == "可共享"
    ctx.undo_stack.redo()
    assert _notes(ctx, doc) == [("已完成平台选址", ("已办结",), "internal")]


def test_saving_an_unchanged_note_adds_no_undo_step(ctx, qtbot):
    pane, doc = _pane(ctx, qtbot)
    _add_through_pane(pane, qtbot, doc, "全球溯源中心", "初稿", "重点", shareable=False)
    steps = ctx.undo_stack.count()
    _click_row(qtbot, pane.view, 0)
    qtbot.mouseClick(pane.ui.saveButton, Qt.LeftButton)
    assert ctx.undo_stack.count() == steps == 1


def test_delete_in_place_and_undo_brings_it_back_with_its_tags(ctx, qtbot):
    pane, doc = _pane(ctx, qtbot)
    _add_through_pane(pane, qtbot, doc, "全球溯源中心", "重点跟踪", "重点、督办", shareable=False)
    [before] = ctx.store.annotations(document_id=doc)
    _click_row(qtbot, pane.view, 0)
    qtbot.mouseClick(pane.ui.deleteButton, Qt.LeftButton)
    assert ctx.store.annotations(document_id=doc) == []
    assert pane.model.rowCount() == 0 and pane.ui.bodyEdit.toPlainText() == ""
    ctx.undo_stack.undo()
    assert ctx.store.annotations(document_id=doc) == [before]
    assert set(before.tags) == {"重点", "督办"}
    assert _cells(pane.model)[0][1:3] == ["重点跟踪", "、".join(before.tags)]


def test_clicking_a_note_requests_a_jump_to_its_text(ctx, qtbot):
    pane, doc = _pane(ctx, qtbot)
    qtbot.mouseClick(pane.document_button, Qt.LeftButton)
    _add_stored(ctx, doc, "全球溯源中心", "第一条")
    _add_stored(ctx, doc, "港澳仓", "第二条")
    rows = {r.body: r for r in pane.model.rows}
    assert set(rows) == {"第一条", "第二条"}
    for row_index, row in enumerate(pane.model.rows):
        with qtbot.waitSignal(pane.jump_requested) as jump:
            _click_row(qtbot, pane.view, row_index)
        assert jump.args == [row.start, row.end]
        assert pane.ui.bodyEdit.toPlainText() == row.body
    assert _span(ctx, doc, "港澳仓") == (rows["第二条"].start, rows["第二条"].end)


def test_scope_switch_between_measure_and_whole_document(ctx, qtbot):
    pane, doc = _pane(ctx, qtbot, measure_path="二/七/22")
    _add_stored(ctx, doc, "全球溯源中心", "本措施的批注")
    _add_stored(ctx, doc, "港澳仓", "别的措施的批注")
    assert [r[1] for r in _cells(pane.model)] == ["本措施的批注"]
    qtbot.mouseClick(pane.document_button, Qt.LeftButton)
    assert sorted(r[1] for r in _cells(pane.model)) == ["别的措施的批注", "本措施的批注"]
    qtbot.mouseClick(pane.measure_button, Qt.LeftButton)
    assert pane.model.rowCount() == 1
    pane.set_measure(None)
    assert not pane.measure_button.isEnabled() and pane.model.rowCount() == 2


def _revised_without_measure_8(tmp_path):
    text = (SAMPLES / SOURCE).read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n") if not ln.startswith(DELETED_MEASURE)]
    path = tmp_path / "002_revised.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_orphans_hidden_when_none_and_listed_after_a_reimport(ctx, qtbot, tmp_path):
    doc = _document(ctx)
    _add_stored(ctx, doc, "建立大湾区检验检测技术联盟", "联盟进展？", tags=("督办",))
    _add_stored(ctx, doc, "全球溯源中心", "重点跟踪")
    measure_8 = _measure(ctx, doc, "二/三/8")
    [a] = [a for a in ctx.store.measure_detail(measure_8).assignments if a.unit == "广州海关"]
    assert ctx.execute(UpdateAssignments(ctx, [a.id], [measure_8], status="已完成")) is None
    pane, _ = _pane(ctx, qtbot)
    assert not pane.orphan_box.isVisibleTo(pane)

    [outcome] = ctx.store.import_paths([_revised_without_measure_8(tmp_path)])
    assert outcome.status == "new_version"
    pane.set_document(outcome.document_id)
    assert pane.orphan_box.isVisibleTo(pane) and pane.orphan_box.title() == "未能重新定位的批注"
    assert [r[:2] for r in _cells(pane.orphan_model)] == [["（孤立）「建立大湾区检验检测技术联盟」", "联盟进展？"]]
    assert pane.tracking_text.text() == (
        "• 措施 二/三/8「探索建立大湾区检验检测技术联盟和公共技术服务平台」在新版本中未找到，其跟踪信息未能延续")
    qtbot.mouseClick(pane.document_button, Qt.LeftButton)
    assert [r[1] for r in _cells(pane.model)] == ["重点跟踪"]   # the re-anchored note, not the orphan

    with qtbot.assertNotEmitted(pane.jump_requested):
        _click_row(qtbot, pane.orphan_view, 0)
    assert pane.ui.bodyEdit.toPlainText() == "联盟进展？" and "（孤立）" in pane.ui.quoteLabel.text()
    qtbot.mouseClick(pane.ui.deleteButton, Qt.LeftButton)
    assert ctx.store.annotations(document_id=outcome.document_id, orphans_only=True) == []
    assert pane.orphan_model.rowCount() == 0 and pane.orphan_box.isVisibleTo(pane)   # the lost tracking remains
    ctx.undo_stack.undo()
    [orphan] = ctx.store.annotations(document_id=outcome.document_id, orphans_only=True)
    assert orphan.body == "联盟进展？" and pane.orphan_model.rowCount() == 1


def test_a_note_carried_to_a_new_version_keeps_its_tags(ctx, qtbot, tmp_path):
    doc = _document(ctx)
    _add_stored(ctx, doc, "全球溯源中心", "重点跟踪", tags=("重点", "督办"))
    [outcome] = ctx.store.import_paths([_revised_without_measure_8(tmp_path)])
    pane, _ = _pane(ctx, qtbot)
    pane.set_document(outcome.document_id)
    qtbot.mouseClick(pane.document_button, Qt.LeftButton)
    assert [r[1:3] for r in _cells(pane.model)] == [["重点跟踪", "督办、重点"]]
