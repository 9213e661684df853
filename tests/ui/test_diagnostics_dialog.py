"""识别情况: what the engine saw in a document, reached from the library's context menu and the import list."""

from PySide6.QtGui import QGuiApplication

from conftest import DATA
from desktop.store.store import Store

UNPARSEABLE = DATA / "unparseable"


def _window(store, qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    window = MainWindow(AppContext(store), QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.review.reload()
    return window


def test_library_menu_shows_what_the_engine_saw_and_copies_it(tmp_path, qtbot):
    store = Store.open(tmp_path / "store")
    store.import_paths([UNPARSEABLE / "分工方案_无责任单位.txt", UNPARSEABLE / "会议纪要_无编号条目.txt"])
    window = _window(store, qtbot, tmp_path)
    review = window.review
    unitless = next(d for d in store.documents() if d.source_name == "分工方案_无责任单位.txt")
    menu = review.library_menu(review.library_model.index_of(unitless.id))
    actions = {a.text(): a for a in menu.actions()}
    assert actions["识别情况…"].isEnabled()
    actions["识别情况…"].trigger()
    dialog = review.diagnostics_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "识别情况"
    text = dialog.report.toPlainText()
    assert "识别情况：某区促进消费提质扩容工作方案" in text
    assert "识别结果：共 6 项措施" in text
    assert "正文开头：一、扩大商品消费" in text and "正文结尾：…" in text and "商业网点布局。" in text
    assert "编号层级：一、 → （一）" in text
    assert "编号不连续：无" in text
    assert "有责任单位的任务：0%；有牵头单位的任务：0%（共 6 项任务）" in text
    assert "警告：未识别责任单位" in text
    assert "（六）完善消费设施" in text      # the outline the engine found
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    assert dialog.copied.text() == "已复制到剪贴板"

    minutes = next(d for d in store.documents() if d.source_name == "会议纪要_无编号条目.txt")
    text = review.show_diagnostics(minutes.id).report.toPlainText()
    assert not dialog.isVisible()           # one at a time
    assert "识别结果：共 0 项措施" in text and "编号层级：未找到编号" in text and "警告：未识别措施" in text
    assert "有责任单位的任务：没有识别出任务" in text
    store.close()


def test_the_menu_on_a_group_row_offers_nothing(sample_store, qtbot, tmp_path):
    window = _window(sample_store, qtbot, tmp_path)
    review = window.review
    menu = review.library_menu(review.library_model.index(1, 0))    # an issuer group
    assert [a.isEnabled() for a in menu.actions()] == [False, False]


def test_the_import_list_opens_the_diagnostics_of_a_document_to_check(tmp_path, qtbot):
    store = Store.open(tmp_path / "store")
    window = _window(store, qtbot, tmp_path)
    window._on_imported(store.import_paths([UNPARSEABLE / "会议纪要_无编号条目.txt"]))
    result = window.result_dialog
    assert result.table.item(0, 1).text() == "需核对"
    result.details_button.click()
    assert "警告：未识别措施" in window.review.diagnostics_dialog.report.toPlainText()
    store.close()
