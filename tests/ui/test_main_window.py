"""The real window over a real store: drag-import the seeds, filter by unit, select, annotate, reopen, undo/redo."""

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton

from conftest import GOLD, SAMPLES
from desktop.store.store import Store
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from ui.conftest import TODAY
from ui.typing_cjk import type_cjk


def _open(qtbot, store, settings_path):
    window = MainWindow(AppContext(store, today=TODAY), QSettings(str(settings_path), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.review.reload()
    window.show()
    qtbot.waitExposed(window)
    return window


def _drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(200, 200), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


def _gold_measures_with(name):
    """(source file stem, path) of every gold measure naming ``name`` as lead or support."""
    out = set()
    for path in GOLD.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for measure in gold["measures"]:
            if name in measure["lead"] + measure["support"]:
                out.add((path.stem, "/".join(measure["path"])))
    return out


@pytest.fixture()
def empty_store(tmp_path):
    store = Store.open(tmp_path / "store")
    yield store
    store.close()


def test_drag_import_filter_select_annotate_reopen_undo(qtbot, empty_store, tmp_path):
    window = _open(qtbot, empty_store, tmp_path / "settings.ini")
    review = window.review
    assert review.model.rowCount() == 0
    assert window.windowTitle() == str(empty_store.directory)   # Qt adds “ — 政策台账”: the title must not say it

    _drop(window, [SAMPLES])   # a folder dropped on the window
    qtbot.waitUntil(lambda: window.worker is None and len(window.last_outcomes) == 5, timeout=60000)
    assert [o.status for o in window.last_outcomes] == ["imported"] * 5
    assert window.result_dialog.table.rowCount() == 5
    qtbot.waitUntil(lambda: review.model.rowCount() == 132, timeout=10000)
    assert review.count_label.text() == "共 132 项措施"

    # the unit picker: type the short name as the documents write it, through an input method
    picker = review.filter_bar.unit
    picker.lineEdit().clear()
    type_cjk(picker.lineEdit(), "省商务厅")
    with qtbot.waitSignal(review.model.ids_loaded, timeout=10000):
        picker.lineEdit().editingFinished.emit()
    assert picker.currentText() == "广东省商务厅"
    sources = {d.id: d.source_name.rsplit(".", 1)[0] for d in empty_store.documents()}
    shown = {(sources[r.document_id], r.path) for r in map(review.model.row_for, range(review.model.rowCount()))}
    assert shown == _gold_measures_with("省商务厅")

    # select one: the source view highlights exactly its text
    review.table.selectRow(1)
    row = review.model.row_for(1)
    assert review.source.measure_id == row.id
    doc = empty_store.document_text(row.document_id)
    start, end = next((s, e) for mid, s, e in doc.measures if mid == row.id)
    assert review.source.highlighted_text() == doc.text[start:end]
    assert review.source.toPlainText() == doc.text

    # select some text and add a note with a Chinese body
    cursor = review.source.textCursor()
    cursor.setPosition(start + 2)
    cursor.setPosition(start + 12, QTextCursor.KeepAnchor)
    review.source.setTextCursor(cursor)
    assert window.ui.actionAddNote.isEnabled()
    window.ui.actionAddNote.trigger()
    type_cjk(window.notes.ui.bodyEdit, "请核实进展")
    qtbot.mouseClick(window.notes.ui.saveButton, Qt.LeftButton)
    [note] = empty_store.annotations(row.document_id)
    assert (note.body, note.quote, note.start) == ("请核实进展", doc.text[start + 2:start + 12], start + 2)
    window.close()

    # a new window on the same store still shows the note
    again = _open(qtbot, empty_store, tmp_path / "settings.ini")
    again.review.select_measure(row.id)
    assert again.notes.model.rowCount() == 1
    assert again.notes.model.index(0, 1).data() == "请核实进展"

    # change a status through the task table, undo, redo — the store each time
    again.tasks.set_document(row.document_id)
    model = again.tasks.model
    r = model.row_of_measure(row.id)
    column = model.column_of("status")
    assignment_ids = model.row_at(r).assignment_ids

    def statuses():
        return {a.status for a in empty_store.measure_detail(row.id).assignments if a.id in assignment_ids}

    assert statuses() == {"未启动"}
    assert model.setData(model.index(r, column), "推进中", Qt.EditRole)
    assert statuses() == {"推进中"}
    assert not again.isWindowModified()   # committed at once: nothing unsaved to flag
    again.ctx.undo_stack.undo()
    assert statuses() == {"未启动"}
    again.ctx.undo_stack.redo()
    assert statuses() == {"推进中"}
    assert model.index(r, column).data() == "推进中"
    again.close()


def test_layout_persists_between_launches(qtbot, sample_store, tmp_path):
    window = _open(qtbot, sample_store, tmp_path / "s.ini")
    window.notes_dock.hide()
    window.resize(1300, 800)
    window.review.splitter.setSizes([111, 800, 300])
    _drag_column_edge(qtbot, window.review.table, 2, 222)   # by hand, as the officer does: the width then persists
    sizes = window.review.splitter.sizes()
    assert sizes[0] < 180   # not the first-launch proportions
    window.close()
    again = _open(qtbot, sample_store, tmp_path / "s.ini")
    assert again.notes_dock.isHidden()
    restored = again.review.splitter.sizes()   # the offscreen screen (800 px) gives the window another width
    assert all(abs(a / sum(restored) - b / sum(sizes)) < 0.05 for a, b in zip(restored, sizes))
    assert again.review.table.columnWidth(2) == 222
    assert not again.review.columns.auto


def _drag_column_edge(qtbot, table, column: int, width: int) -> None:
    """Drag the right edge of a header section with the mouse until the column is ``width`` wide."""
    from PySide6.QtCore import QPoint
    header = table.horizontalHeader()
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + (width - header.sectionSize(column)), y))
    qtbot.mouseRelease(header.viewport(), Qt.LeftButton, pos=QPoint(edge + (width - header.sectionSize(column)), y))
    assert header.sectionSize(column) == width


def test_clicking_a_unit_in_the_source_filters_by_it(qtbot, sample_store, tmp_path):
    window = _open(qtbot, sample_store, tmp_path / "s.ini")
    review = window.review
    review.table.selectRow(5)
    mark = next(k for k in review.source.marks if k.unit_id is not None and k.measure_id == review.measure_id)
    with qtbot.waitSignal(review.model.ids_loaded, timeout=10000):
        review.source.unit_clicked.emit(mark.unit_id)
    assert review.filter_bar.unit.unit_id() == mark.unit_id
    rows = [review.model.row_for(r) for r in range(review.model.rowCount())]
    name = next(u.qualified_name for u in sample_store.units() if u.id == mark.unit_id)
    assert rows and all(name in r.lead + r.support for r in rows)


def test_every_main_action_has_a_shortcut(qtbot, sample_store, tmp_path):
    window = _open(qtbot, sample_store, tmp_path / "s.ini")
    ui = window.ui
    for action in (ui.actionImportFiles, ui.actionImportFolder, ui.actionAddNote, ui.actionFind,
                   ui.actionClearFilter, ui.actionShowReview, ui.actionShowTasks, ui.actionShowOverview,
                   ui.actionUnitTasks, window.undo_action, window.redo_action):
        assert not action.shortcut().isEmpty(), action.text()
    assert window.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"
    ui.actionFind.trigger()
    assert window.focusWidget() is window.review.filter_bar.search


def test_cancel_stops_the_import_between_files_and_keeps_whole_documents(qtbot, empty_store, tmp_path):
    window = _open(qtbot, empty_store, tmp_path / "s.ini")
    assert window.import_paths([SAMPLES])
    worker = window.worker
    # Cancel as the second file starts. The button's signal reaches the worker through the GUI thread, which
    # five small files outrun, so ask the worker directly in its own thread at that moment, as the button does.
    worker.progress.connect(lambda done, total, name: done == 1 and worker.requestInterruption(),
                            Qt.DirectConnection)
    qtbot.waitUntil(lambda: window.worker is None and bool(window.last_outcomes), timeout=60000)
    statuses = [o.status for o in window.last_outcomes]
    assert statuses.count("cancelled") >= 1 and statuses.count("imported") >= 1
    assert len(statuses) == 5
    documents = empty_store.documents()
    assert len(documents) == statuses.count("imported")
    assert all(d.measure_count > 0 for d in documents)
    assert any("已取消" in window.result_dialog.table.item(r, 2).text() for r in range(5))


def test_the_cancel_button_interrupts_the_worker(qtbot, empty_store, tmp_path):
    import threading
    window = _open(qtbot, empty_store, tmp_path / "s.ini")
    assert window.import_paths([SAMPLES])
    worker, reached, release = window.worker, threading.Event(), threading.Event()

    def hold(done, _total, _name):   # runs in the worker: hold it before its second file until Cancel is pressed
        if done == 1:
            reached.set()
            release.wait(30)
    worker.progress.connect(hold, Qt.DirectConnection)
    qtbot.waitUntil(reached.is_set, timeout=30000)
    window.progress.show()
    [cancel] = window.progress.findChildren(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.LeftButton)
    assert worker.isInterruptionRequested()
    release.set()
    qtbot.waitUntil(lambda: window.worker is None and bool(window.last_outcomes), timeout=60000)
    statuses = [o.status for o in window.last_outcomes]
    assert statuses.count("imported") == 1 and statuses.count("cancelled") == 4
    assert len(empty_store.documents()) == 1
