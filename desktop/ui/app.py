"""Starting the GUI: one instance per store, the demo store, the language, and the headless self-test."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.resources_path import samples_dir
from desktop.store.backup import keep_damaged, restore_into
from desktop.store.integrity import check_in_background, check_store_file, damage_message, newest_good_backup
from desktop.store.netshare import network_share, warning as network_warning
from desktop.store.paths import STORE_FILE
from desktop.store.open_errors import StoreUnavailable, diagnose
from desktop.store.store import Store, usable_folder

from desktop.ui.context import AppContext
from desktop.ui.translations import install_translation  # noqa: F401  (the start path and tests use it from here)


# Messages Qt prints that tell an officer nothing: the offscreen platform (self-test) says this of every window.
_QUIET = ("This plugin does not support propagateSizeHints()",)


def _qt_messages(mode, context, message: str) -> None:
    if message not in _QUIET:
        print(message, file=sys.stderr)


def application() -> QApplication:
    qInstallMessageHandler(_qt_messages)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PolicyDesk")
    app.setOrganizationName("PolicyDesk")
    app.setApplicationDisplayName("政策台账")
    return app


def user_settings() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, "PolicyDesk", "PolicyDesk")


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def has_screen() -> bool:
    return QApplication.platformName() not in ("offscreen", "minimal")


def tell_error(message: str) -> None:
    """Print the message, and show it when there is a screen to show it on (an offscreen box would never close)."""
    print(message, file=sys.stderr)
    if has_screen():
        QMessageBox.critical(None, "政策台账", message)


class StoreLocked(RuntimeError):
    """Another running PolicyDesk has this store open."""


def lock_store(folder: Path) -> QLockFile:
    """One writer per store: a second instance would fight the first over the same notes."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / "policydesk.lock"))
    lock.setStaleLockTime(0)  # a lock left by a crashed instance is detected by its dead pid, not by age
    if not lock.tryLock(200):
        if lock.error() != QLockFile.LockError.LockFailedError:   # not held: the lock file cannot be written
            raise diagnose(folder, folder / STORE_FILE, OSError(f"cannot write {folder / 'policydesk.lock'}"))
        info = lock.getLockInfo()   # PySide6 returns (pid, host, application) or a leading ok flag
        pid, host, program = info[1:4] if len(info) == 4 else info[:3]
        who = f"（计算机“{host}”上的进程 {pid}，程序 {program or '政策台账'}）" if pid else ""
        raise StoreLocked(f"数据库“{folder}”已被另一个正在运行的政策台账打开{who}。请先关闭那个窗口再打开；"
                          f"如果那台计算机上的程序已经关闭，请稍候再试。数据未被改动。"
                          f" (The store is open in another PolicyDesk instance: pid {pid} on {host}.)")
    return lock


def ensure_sound(folder: Path, problems: list[str] | None = None) -> tuple[bool, str]:
    """PRAGMA quick_check of the store (or its findings, when already run). On damage: explain; with a screen, offer
    the newest good backup (the damaged file is set aside first). Returns (go on, a note for the status bar)."""
    store_file = folder / STORE_FILE
    if problems is None:
        problems = check_store_file(store_file)
    if problems == ["ok"]:
        return True, ""
    good = newest_good_backup(store_file)
    message = damage_message(store_file, problems, good) + "\n(The data file is damaged.)"
    print(message, file=sys.stderr)
    if not has_screen():
        return False, ""
    box = QMessageBox(QMessageBox.Critical, _tr("数据文件已损坏"), message)
    restore = box.addButton(_tr("恢复最近的备份"), QMessageBox.AcceptRole) if good else None
    box.addButton(_tr("退出"), QMessageBox.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False, ""
    damaged = keep_damaged(store_file)
    restore_into(good.path, store_file)
    return True, _tr("已恢复到 {time} 的备份；损坏的文件另存为 {path}").format(
        time=f"{good.taken:%Y-%m-%d %H:%M}", path=damaged)


def warn_network_share(window, folder: Path, settings: QSettings) -> str | None:
    """A store on a network share: a permanent status bar note, and a message box the first time for that folder."""
    kind = network_share(folder)
    if kind is None:
        return None
    text = network_warning(str(folder), kind)
    label = QLabel(_tr("⚠ 数据目录在网络共享上"), toolTip=text)
    label.setStyleSheet("color: #b45309; font-weight: bold;")
    window.statusBar().addPermanentWidget(label)
    key = "networkShareWarned/" + str(folder).replace("/", "|").replace("\\", "|")
    if not settings.value(key, False, bool):
        settings.setValue(key, True)
        if has_screen():
            QMessageBox.warning(window, _tr("数据目录在网络共享上"), text)
        else:
            print(text, file=sys.stderr)
    return text


START_BACKUP_DELAY_MS = 5000   # the start backup reads the whole file: after the window has filled, not during


def start_backups(store: Store, window, delay_ms: int = START_BACKUP_DELAY_MS):
    """The start backup a few seconds after the window shows, and the daily one while running, in threads; a
    failure is said, never silent."""
    from desktop.ui.backup_timer import AutoBackup

    def failed(reason: str) -> None:
        window.statusBar().showMessage(_tr("自动备份失败：{reason}").format(reason=reason))
        tell_error(_tr("自动备份失败：{reason}").format(reason=reason))

    auto = window.auto_backup = AutoBackup(store, window)
    auto.failed.connect(failed)
    QTimer.singleShot(delay_ms, auto, lambda: auto.take("start"))
    return auto


def demo_store() -> tuple[Store, Path]:
    """A throwaway store with the bundled sample documents imported."""
    folder = Path(tempfile.mkdtemp(prefix="policydesk-demo-"))
    store = Store.open(folder)
    store.import_paths([samples_dir()])
    return store, folder


def open_window(store: Store, settings: QSettings, title_suffix: str = ""):
    from desktop.ui.main_window import MainWindow
    ctx = AppContext(store)
    window = MainWindow(ctx, settings, title_suffix)
    window.review.reload()
    return window


def open_sound_store(folder: Path, settings: QSettings):
    """(store, window, status note) for a sound store; (None, None, "") when it is damaged and not restored.

    The store is opened and its window built while the quick_check runs in a thread; the window is shown only
    after the check has passed, so a damaged store is never shown as if it were fine, nor written to."""
    check = check_in_background(folder / STORE_FILE)
    store = window = failure = None
    try:
        store = Store.open(folder)
        window = open_window(store, settings)
    except Exception as exc:   # a damaged file may fail to read before the check says why
        failure = exc
    try:
        problems = check.result()
    except Exception as exc:
        problems = [f"{type(exc).__name__}: {exc}"]
    if problems == ["ok"]:
        if failure is not None:
            raise failure
        return store, window, ""
    if window is not None:
        window.deleteLater()
    if store is not None:
        store.close()
    sound, note = ensure_sound(folder, problems)
    if not sound:
        return None, None, ""
    store = Store.open(folder)
    return store, open_window(store, settings), note


def run(data: str | None = None, demo: bool = False, self_test: bool = False) -> int:
    app = application()
    settings = user_settings()
    install_translation(app, str(settings.value("language", "zh_CN")))
    if self_test:
        from desktop.ui.self_test import run_self_test
        return run_self_test(app)
    try:
        if demo:
            store, folder = demo_store()
        else:
            folder = usable_folder(data, write=True)   # read-only, not a store file, newer store: said here
        lock = lock_store(folder)
    except (StoreLocked, StoreUnavailable) as exc:
        tell_error(str(exc))
        return 1
    note = ""
    if demo:
        window = open_window(store, settings, " — 演示")
    else:
        try:
            store, window, note = open_sound_store(folder, settings)
        except Exception as exc:  # a full disk, a file SQLite cannot open: say which, never a traceback
            tell_error(str(diagnose(folder, folder / STORE_FILE, exc)))
            lock.unlock()
            return 1
        if window is None:
            lock.unlock()
            return 2
    window.show_fitted()
    if not demo:
        start_backups(store, window)
        warn_network_share(window, folder, settings)
        if note:
            window.statusBar().showMessage(note, 30000)
    code = app.exec()
    if not demo:
        window.auto_backup.wait()
    store.close()
    lock.unlock()
    return code
