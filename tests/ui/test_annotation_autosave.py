"""Typing in the note editor is saved 1.5 s after the last keystroke, on focus-out, on switching notes and on close;
each editing session is one undo step, and 取消 undoes what the session autosaved."""

import time

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from desktop.store.store import Store
from desktop.ui.notes.annotation_pane import AUTOSAVE_MS
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from ui.test_annotation_pane import _add_stored, _click_row, _document, _notes, _pane, _span
from ui.conftest import TODAY
from ui.typing_cjk import type_cjk


def _bodies_in_a_fresh_store(ctx, doc):
    """What another process would read: a new Store on the same file."""
    other = Store.open(ctx.store.directory)
    try:
        return [n.body for n in other.annotations(document_id=doc)]
    finally:
        other.close()


def test_typing_is_saved_after_the_debounce_and_a_fresh_store_reads_it(ctx, qtbot):
    pane, doc = _pane(ctx, qtbot)
    start, end = _span(ctx, doc, "全球溯源中心")
    pane.add_note(doc, start, end, "全球溯源中心")
    typed = time.monotonic()
    type_cjk(pane.ui.bodyEdit, "请商务局每月报送")
    qtbot.wait(AUTOSAVE_MS // 2)
    assert _bodies_in_a_fresh_store(ctx, doc) == []          # not before the debounce
    qtbot.waitUntil(lambda: _bodies_in_a_fresh_store(ctx, doc) == ["请商务局每月报送"], timeout=4000)
    assert time.monotonic() - typed >= 0.9 * AUTOSAVE_MS / 1000   # Qt's coarse timers may fire up to 5 % early
    assert pane.ui.messageLabel.text().startswith("已自动保存")
    assert pane.ui.deleteButton.isEnabled()                 # the editor now holds the stored note

    pane.ui.bodyEdit.moveCursor(pane.ui.bodyEdit.textCursor().MoveOperation.End)
    type_cjk(pane.ui.bodyEdit, "进展情况")
    assert pane.ui.bodyEdit.textCursor().position() == len("请商务局每月报送进展情况")   # the save kept the cursor
    qtbot.waitUntil(lambda: _bodies_in_a_fresh_store(ctx, doc) == ["请商务局每月报送进展情况"], timeout=4000)
    assert ctx.undo_stack.count() == 1                        # one session, one undo step
    ctx.undo_stack.undo()
    assert _bodies_in_a_fresh_store(ctx, doc) == []
    ctx.undo_stack.redo()
    assert _bodies_in_a_fresh_store(ctx, doc) == ["请商务局每月报送进展情况"]


def test_focus_out_saves_at_once_and_the_session_undoes_in_one_step(ctx, qtbot):
    doc = _document(ctx)
    _add_stored(ctx, doc, "全球溯源中心", "初稿")
    pane, _ = _pane(ctx, qtbot)
    other = QLineEdit(pane)
    other.show()
    _click_row(qtbot, pane.view, 0)
    pane.ui.bodyEdit.setFocus()
    qtbot.waitUntil(pane.ui.bodyEdit.hasFocus)
    pane.ui.bodyEdit.selectAll()
    type_cjk(pane.ui.bodyEdit, "第二稿")
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert _bodies_in_a_fresh_store(ctx, doc) == ["第二稿"]   # well before the debounce
    pane.ui.bodyEdit.setFocus()
    type_cjk(pane.ui.bodyEdit, "，已核")
    qtbot.waitUntil(lambda: _bodies_in_a_fresh_store(ctx, doc) == ["第二稿，已核"], timeout=4000)
    assert ctx.undo_stack.count() == 2                        # the add, and this one editing session
    ctx.undo_stack.undo()
    assert _notes(ctx, doc)[0][0] == "初稿" and pane.ui.bodyEdit.toPlainText() == "初稿"


def test_switching_notes_saves_the_pending_text_and_selects_the_clicked_note(ctx, qtbot):
    doc = _document(ctx)
    pane, _ = _pane(ctx, qtbot)
    qtbot.mouseClick(pane.document_button, Qt.LeftButton)
    _add_stored(ctx, doc, "全球溯源中心", "第一条")
    _add_stored(ctx, doc, "港澳仓", "第二条")
    first = [r.body for r in pane.model.rows].index("第一条")
    _click_row(qtbot, pane.view, first)
    pane.ui.bodyEdit.selectAll()
    type_cjk(pane.ui.bodyEdit, "第一条改")
    second = [r.body for r in pane.model.rows].index("第二条")
    _click_row(qtbot, pane.view, second)
    assert sorted(_bodies_in_a_fresh_store(ctx, doc)) == ["第一条改", "第二条"]
    assert pane.ui.bodyEdit.toPlainText() == "第二条"
    assert pane.model.rows[pane.view.currentIndex().row()].body == "第二条"


def test_cancel_undoes_what_the_session_autosaved(ctx, qtbot):
    doc = _document(ctx)
    _add_stored(ctx, doc, "全球溯源中心", "初稿")
    pane, _ = _pane(ctx, qtbot)
    _click_row(qtbot, pane.view, 0)
    pane.ui.bodyEdit.selectAll()
    type_cjk(pane.ui.bodyEdit, "写错了")
    qtbot.waitUntil(lambda: _bodies_in_a_fresh_store(ctx, doc) == ["写错了"], timeout=4000)
    qtbot.mouseClick(pane.ui.cancelButton, Qt.LeftButton)
    assert _bodies_in_a_fresh_store(ctx, doc) == ["初稿"] and pane.ui.bodyEdit.toPlainText() == "初稿"
    assert ctx.undo_stack.index() == 1


def test_closing_the_window_saves_what_was_just_typed(sample_store, qtbot, tmp_path):
    ctx = AppContext(sample_store, today=TODAY)
    window = MainWindow(ctx, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.review.reload()
    window.show()
    qtbot.waitExposed(window)
    doc = _document(ctx)
    start, end = _span(ctx, doc, "全球溯源中心")
    window.notes.add_note(doc, start, end, "全球溯源中心")
    type_cjk(window.notes.ui.bodyEdit, "关窗前最后一句")
    window.close()
    assert _bodies_in_a_fresh_store(ctx, doc) == ["关窗前最后一句"]
    ctx.undo_stack.clear()
