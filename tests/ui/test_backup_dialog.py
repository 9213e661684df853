"""文件 → 备份与恢复, the daily backup timer, and the offer of the newest good backup when the store is damaged."""

import datetime as dt

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from conftest import SAMPLES
from desktop.store.backup import list_backups, quick_check
from desktop.store.paths import STORE_FILE
from desktop.store.store import Store
from desktop.ui import app as app_module
from desktop.ui.backup_timer import AutoBackup
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from test_backup import corrupt, dump
from ui.conftest import TODAY


def _window(qtbot, store, tmp_path):
    window = MainWindow(AppContext(store, today=TODAY), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.review.reload()
    window.show()
    return window


def _answer_next_box(button) -> None:
    """Click ``button`` on the message box that is about to open (it runs its own event loop)."""
    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)
    QTimer.singleShot(0, click)


def test_dialog_lists_backups_and_restores_the_chosen_one_after_confirmation(qtbot, tmp_path):
    store = Store.open(tmp_path / "store")
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    window = _window(qtbot, store, tmp_path)
    window.ui.actionBackups.trigger()
    dialog = window.backup_dialog
    assert dialog.list.topLevelItemCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.backup_button.click()
    assert dialog.list.topLevelItemCount() == 1
    item = dialog.list.topLevelItem(0)
    assert item.text(1) == "手动" and item.text(2).endswith("KB")
    assert item.text(0) == f"{store.backups()[0].taken:%Y-%m-%d %H:%M:%S}"
    kept = dump(store.file)

    store.import_paths([SAMPLES / "001_ede65df8d48175dc.txt"])   # work done after the backup
    window.ctx.documents_changed.emit()
    assert len(window.review.library_model.document_ids()) == 2
    dialog.reload()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))

    _answer_next_box(QMessageBox.No)
    dialog.ask_restore()
    assert len(store.documents()) == 2                           # "No" changes nothing

    _answer_next_box(QMessageBox.Yes)
    dialog.ask_restore()
    assert dump(store.file) == kept
    assert len(window.review.library_model.document_ids()) == 1  # the window shows the restored data
    assert window.ctx.undo_stack.count() == 0
    assert [dialog.list.topLevelItem(i).text(1) for i in range(2)] == ["恢复前", "手动"]
    assert dialog.message.text().startswith("已恢复到")
    assert window.statusBar().currentMessage().startswith("已恢复到")
    dialog.close()
    store.close()


def _finished(qtbot, auto, task):
    assert task is not None
    qtbot.waitUntil(lambda: auto.task is None, timeout=10000)   # the thread is done and let go


def test_start_backup_then_the_daily_one_when_the_newest_is_a_day_old(qtbot, tmp_path):
    store = Store.open(tmp_path / "store")
    clock = [dt.datetime.now()]
    auto = AutoBackup(store, now=lambda: clock[0])
    assert auto.timer.isActive() and auto.timer.interval() == 3600 * 1000
    _finished(qtbot, auto, auto.take("start"))
    assert [b.reason for b in store.backups()] == ["start"]
    clock[0] += dt.timedelta(hours=23)
    assert auto.check() is None
    clock[0] += dt.timedelta(hours=2)
    _finished(qtbot, auto, auto.check())
    assert [b.reason for b in store.backups()] == ["daily", "start"]
    store.close()


def test_a_damaged_store_at_start_offers_the_newest_good_backup(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "store"
    store = Store.open(folder)
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    good = store.backup("manual")
    store.close()
    corrupt(folder / STORE_FILE)
    damaged = (folder / STORE_FILE).read_bytes()
    monkeypatch.setattr(app_module, "has_screen", lambda: True)   # offscreen: let the box open, a timer answers it

    def quit_box():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return QTimer.singleShot(20, quit_box)
        assert "数据文件已损坏" in box.text() and "最近一份完好的备份" in box.text()
        [quit_button] = [b for b in box.buttons() if b.text() == "退出"]
        quit_button.click()
    QTimer.singleShot(0, quit_box)
    assert app_module.ensure_sound(folder) == (False, "")
    assert (folder / STORE_FILE).read_bytes() == damaged

    def restore_box():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return QTimer.singleShot(20, restore_box)
        [restore] = [b for b in box.buttons() if b.text() == "恢复最近的备份"]
        restore.click()
    QTimer.singleShot(0, restore_box)
    ok, note = app_module.ensure_sound(folder)
    assert ok and note.startswith("已恢复到") and "损坏的文件另存为" in note
    assert quick_check(folder / STORE_FILE) == ["ok"] and dump(folder / STORE_FILE) == dump(good)
    [kept] = list((folder / "backups").glob("damaged-*.sqlite3"))
    assert kept.read_bytes() == damaged
    assert [b.path for b in list_backups(folder / "backups")] == [good]


def test_the_start_backup_comes_after_the_window_has_filled(qtbot, tmp_path):
    from PySide6.QtWidgets import QMainWindow
    store = Store.open(tmp_path / "s")
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    window = QMainWindow()
    qtbot.addWidget(window)
    auto = app_module.start_backups(store, window, delay_ms=300)
    assert store.backups() == [] and auto.task is None          # nothing read from the disk at once
    qtbot.waitUntil(lambda: [b.reason for b in store.backups()] == ["start"], timeout=20000)
    auto.wait()
    store.close()


def test_the_start_path_never_shows_a_damaged_store(qtbot, tmp_path, capsys):
    """open_sound_store builds the window while the check runs; on damage it is thrown away, never returned."""
    folder = tmp_path / "store"
    store = Store.open(folder)
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    store.close()
    corrupt(folder / STORE_FILE)
    damaged = (folder / STORE_FILE).read_bytes()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    assert app_module.open_sound_store(folder, settings) == (None, None, "")   # headless: said, not asked
    assert "数据文件已损坏" in capsys.readouterr().err
    assert (folder / STORE_FILE).read_bytes() == damaged
