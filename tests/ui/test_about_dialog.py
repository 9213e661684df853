"""关于 dialog: what an officer reads there and what 复制 puts on the clipboard."""

import platform

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QLabel

from desktop import __version__
from desktop.store.migrate import HEAD
from desktop.ui.about_dialog import show_about


def _shown_text(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_version_data_location_schema_and_runtime(sample_store, qtbot):
    dialog = show_about(None, sample_store)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "关于政策台账"
    shown = _shown_text(dialog)
    for expected in (__version__, str(sample_store.directory), HEAD, qVersion(), platform.python_version()):
        assert expected in shown
    assert "数据库结构版本：" in shown and "数据位置：" in shown


def test_copy_puts_every_line_on_the_clipboard(sample_store, qtbot):
    dialog = show_about(None, sample_store)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == f"版本：{__version__}"
    assert f"数据位置：{sample_store.directory}" in copied
    assert f"数据库结构版本：{HEAD}" in copied
    assert any(line.startswith("Qt / PySide6：") and qVersion() in line for line in copied)
    assert dialog.copy_button.text() == "已复制"


def test_version_matches_the_installed_package_metadata():
    from importlib.metadata import version
    assert __version__ == version("policydesk")


def test_schema_revision_of_a_fresh_store_is_the_head(tmp_path):
    from desktop.store.store import Store
    store = Store.open(tmp_path / "s")
    try:
        assert store.schema_revision() == HEAD
    finally:
        store.close()


def test_the_help_menu_opens_it_on_the_window_s_store(ctx, qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from desktop.ui.main_window import MainWindow
    window = MainWindow(ctx, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.ui.actionAbout.trigger()
    assert window.about_dialog.isVisible() and str(ctx.store.directory) in window.about_dialog.text()
