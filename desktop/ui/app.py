"""Starting the GUI: one instance per store, the demo store, the language, and the headless self-test."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.resources_path import samples_dir, translations_dir
from desktop.store.paths import data_dir
from desktop.store.store import Store

from .context import AppContext


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PolicyDesk")
    app.setOrganizationName("PolicyDesk")
    app.setApplicationDisplayName("政策台账")
    return app


def user_settings() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, "PolicyDesk", "PolicyDesk")


def install_translation(app: QApplication, language: str) -> list[QTranslator]:
    """English from our .qm (Chinese is the source language); Qt's own dialogs follow the same language."""
    installed = []
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / "policydesk_en.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    else:
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    return installed


def tell_error(message: str) -> None:
    """Print the message, and show it when there is a screen to show it on (an offscreen box would never close)."""
    print(message, file=sys.stderr)
    if QApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, "政策台账", message)


class StoreLocked(RuntimeError):
    """Another running PolicyDesk has this store open."""


def lock_store(folder: Path) -> QLockFile:
    """One writer per store: a second instance would fight the first over the same notes."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / "policydesk.lock"))
    lock.setStaleLockTime(0)  # a lock left by a crashed instance is detected by its dead pid, not by age
    if not lock.tryLock(200):
        info = lock.getLockInfo()   # PySide6 returns (pid, host, application) or a leading ok flag
        pid, host = (info[1], info[2]) if len(info) == 4 else (info[0], info[1])
        who = f"（进程 {pid}，{host}）" if pid else ""
        raise StoreLocked(f"数据库“{folder}”已被另一个正在运行的政策台账打开{who}。请先关闭那个窗口再打开。"
                          f" (The store is open in another PolicyDesk instance.)")
    return lock


def demo_store() -> tuple[Store, Path]:
    """A throwaway store with the bundled sample documents imported."""
    folder = Path(tempfile.mkdtemp(prefix="policydesk-demo-"))
    store = Store.open(folder)
    store.import_paths([samples_dir()])
    return store, folder


def open_window(store: Store, settings: QSettings, title_suffix: str = ""):
    from .main_window import MainWindow
    ctx = AppContext(store)
    window = MainWindow(ctx, settings, title_suffix)
    window.review.reload()
    return window


def run(data: str | None = None, demo: bool = False, self_test: bool = False) -> int:
    app = application()
    settings = user_settings()
    install_translation(app, str(settings.value("language", "zh_CN")))
    if self_test:
        from .self_test import run_self_test
        return run_self_test(app)
    if demo:
        store, folder = demo_store()
        suffix = " — 演示"
    else:
        folder = data_dir(data)
        suffix = ""
    try:
        lock = lock_store(folder)
    except StoreLocked as exc:
        tell_error(str(exc))
        return 1
    if not demo:
        try:
            store = Store.open(folder)
        except Exception as exc:  # a damaged file or a store from a newer PolicyDesk: say so, never a traceback
            message = (f"无法打开数据库“{folder}”：{type(exc).__name__}: {exc}\n"
                       f"数据未被改动。 (Cannot open the store; nothing was changed.)")
            tell_error(message)
            lock.unlock()
            return 1
    window = open_window(store, settings, suffix)
    window.show()
    code = app.exec()
    store.close()
    lock.unlock()
    return code
