"""The store's health at start: PRAGMA quick_check of the live file, and the newest backup that is still sound."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

from .backup import BackupInfo, backup_dir, list_backups, quick_check


def check_store_file(store_file: Path) -> list[str]:
    """['ok'] for a sound (or not yet created) store, else SQLite's complaints."""
    return quick_check(store_file, read_only=False) if Path(store_file).exists() else ["ok"]


def check_in_background(store_file: Path) -> Future:
    """``check_store_file`` in a thread: sqlite3 lets go of the GIL while it reads, so the check of a large store
    runs beside the window being built instead of before it."""
    result: Future = Future()

    def run() -> None:
        try:
            result.set_result(check_store_file(store_file))
        except Exception as exc:   # the caller decides; a check that cannot run is a failed check
            result.set_exception(exc)
    threading.Thread(target=run, name="quick_check", daemon=True).start()
    return result


def newest_good_backup(store_file: Path) -> BackupInfo | None:
    """The newest backup that passes its own quick_check (a backup damaged on disk since is skipped)."""
    return next((b for b in list_backups(backup_dir(store_file)) if quick_check(b.path) == ["ok"]), None)


def damage_message(store_file: Path, problems: list[str], good: BackupInfo | None) -> str:
    detail = "；".join(problems[:3])
    offer = (f"可以恢复到最近一份完好的备份（{good.taken:%Y-%m-%d %H:%M}）。恢复前会把损坏的文件另存一份，"
             f"备份之后所做的修改将需要重新录入。" if good else "没有可用的备份。请联系信息化部门，不要继续使用这个文件。")
    return (f"数据文件已损坏，不能继续使用：{store_file}\n"
            f"（检查结果：{detail}）\n"
            f"可能的原因：断电、磁盘故障，或在程序运行时复制、同步了数据文件。\n{offer}")
