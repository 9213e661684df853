"""Automatic backups while the app runs: one at start, then hourly checks that take the daily one when the newest
backup is a day old. Each runs in a thread (a large store takes a second or more to copy and check)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.store.store import Store

from desktop.ui.common.background_task import BackgroundTask

HOUR_MS = 3600 * 1000


class AutoBackup(QObject):
    failed = Signal(str)   # the Chinese reason: the store failed its check or the disk refused the copy

    def __init__(self, store: Store, parent: QObject | None = None, interval_ms: int = HOUR_MS,
                 max_age: dt.timedelta = dt.timedelta(days=1), now: Callable[[], dt.datetime] = dt.datetime.now):
        super().__init__(parent)
        self.store, self.max_age, self.now = store, max_age, now
        self.task: BackgroundTask | None = None
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def take(self, reason: str) -> BackgroundTask | None:
        """Start a backup in a thread; None while one is still running."""
        if self.task is not None:
            return None
        self.task = BackgroundTask(lambda _progress, _cancelled: self.store.backup(reason), self)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        self.task.start()
        return self.task

    def check(self) -> BackgroundTask | None:
        """The daily backup, if it is due."""
        newest = self.store.backups()[:1]
        if newest and self.now() - newest[0].taken < self.max_age:
            return None
        return self.take("daily")

    def wait(self) -> None:
        """Let a running backup finish (before the store closes)."""
        if self.task is not None:
            self.task.wait()

    def _finished(self) -> None:
        self.task.deleteLater()
        self.task = None

    def _failed(self, reason: str) -> None:
        self.timer.stop()   # said once; the next start checks the store again
        self.failed.emit(reason)
