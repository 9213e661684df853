"""Smaller things an officer saw: Qt's own file chooser half in English, a title saying 政策台账 twice, 已保存 in the
red of an error, a 状态 column that was not the task's status, the measure table's columns on a narrow pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from desktop.ui.app import install_translation
from ui.typing_cjk import type_cjk


@pytest.fixture()
def window(shown_window):
    return shown_window


def test_qt_file_chooser_speaks_chinese_with_the_app(qtbot):
    """PySide6's qtbase_zh_CN.qm lacks the labels Qt 6.10 gave a mnemonic (“&Look in:”); they were English."""
    app = QApplication.instance()
    translators = install_translation(app, "zh_CN")
    try:
        dialog = QFileDialog(None, "导入", "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "查找范围(&L)："
        assert labels["fileTypeLabel"] == "文件类型(&T)："
        assert labels["fileNameLabel"] == "文件名称(&N)："
        assert QCoreApplication.translate("ReviewTab", "全部文件") == "全部文件"   # ours untouched, never blank
        assert QCoreApplication.translate("QFileDialog", "&Nowhere") == "&Nowhere"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_the_title_names_the_store_once_and_not_the_app(window, ctx):
    assert window.windowTitle() == str(ctx.store.directory)       # Qt appends “ — 政策台账” itself
    assert "政策台账" not in window.windowTitle()


def test_the_unit_list_says_where_a_unit_came_from_not_a_status(window):
    model = window.review.editor.model
    assert [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())] == ["单位", "角色", "来源"]


def test_saved_is_said_in_green_and_an_empty_note_in_red(window, ctx, qtbot):
    review, notes = window.review, window.notes
    review.table.selectRow(2)
    start = ctx.store.measure_detail(review.measure_id).start
    notes.add_note(review.document_id, start, start + 6, "引文")
    notes.save()
    assert notes.ui.messageLabel.text() == "批注内容不能为空" and "#b91c1c" in notes.ui.messageLabel.styleSheet()
    type_cjk(notes.ui.bodyEdit, "请核实")
    qtbot.mouseClick(notes.ui.saveButton, Qt.LeftButton)
    assert notes.ui.messageLabel.text().startswith("已保存")
    assert "#15803d" in notes.ui.messageLabel.styleSheet() and "#b91c1c" not in notes.ui.messageLabel.styleSheet()
    notes.flush()
    qtbot.mouseClick(notes.ui.saveButton, Qt.LeftButton)       # already autosaved: 保存 still says 已保存
    assert notes.ui.messageLabel.text().startswith("已保存")


def test_a_narrow_table_keeps_the_measure_the_lead_unit_the_deadline_and_the_status(window, qtbot):
    review = window.review
    window.notes_dock.hide()
    review.splitter.setSizes([200, 560, 600])
    qtbot.waitUntil(lambda: abs(review.table.width() - 560) < 40)
    shown = review.columns.visible()
    assert {"heading", "lead", "due", "status"} <= set(shown) and "support" not in shown
    header = review.table.horizontalHeader()
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c)
                for c in range(review.model.columnCount()) if not review.table.isColumnHidden(c))
    assert right <= review.table.viewport().width()            # no horizontal scrolling to reach 状态
    review.splitter.setSizes([150, 1100, 200])
    qtbot.waitUntil(lambda: "support" in review.columns.visible())   # room again: 配合单位 comes back


def test_a_column_sized_by_hand_stays_as_the_officer_left_it(window, qtbot):
    review = window.review
    header = review.table.horizontalHeader()
    edge = header.sectionViewportPosition(2) + header.sectionSize(2) - 1
    qtbot.mousePress(header.viewport(), Qt.LeftButton, pos=QPoint(edge, 5))
    qtbot.mouseMove(header.viewport(), QPoint(edge - 40, 5))
    qtbot.mouseRelease(header.viewport(), Qt.LeftButton, pos=QPoint(edge - 40, 5))
    assert not review.columns.auto
    width = header.sectionSize(2)
    review.splitter.setSizes([150, 900, 300])
    assert header.sectionSize(2) == width


def test_the_screenshot_script_needs_only_the_app():
    """packaging/screenshots.py imported the tests' conftest (and so pytest): it runs from the app's own modules."""
    import ast
    from conftest import ROOT
    tree = ast.parse((ROOT / "packaging" / "screenshots.py").read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not imported & {"pytest", "conftest", "ui", "tests", "pytestqt"}, imported


def test_the_editor_shows_three_units_at_least_and_scrolls_instead(window):
    editor = window.review.editor
    rows = editor.table.verticalHeader().defaultSectionSize()
    assert editor.table.minimumHeight() >= editor.table.horizontalHeader().sizeHint().height() + 3 * rows
    assert window.review.editor_scroll.widget() is editor and window.review.editor_scroll.widgetResizable()
