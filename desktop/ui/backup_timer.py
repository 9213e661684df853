"""The daily backup while the app runs: every hour, back up when the newest backup is a day old or more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.store.backup import BackupFailed
from desktop.store.store import Store

HOUR_MS = 3600 * 1000


class DailyBackup(QObject):
    failed = Signal(str)   # the Chinese reason: the store failed its check or the disk refused the copy

    def __init__(self, store: Store, parent: QObject | None = None, interval_ms: int = HOUR_MS,
                 max_age: dt.timedelta = dt.timedelta(days=1), now: Callable[[], dt.datetime] = dt.datetime.now):
        super().__init__(parent)
        self.store, self.max_age, self.now = store, max_age, now
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> Path | None:
        """Take the daily backup if it is due; the path of the new backup, else None."""
        newest = self.store.backups()[:1]
        if newest and self.now() - newest[0].taken < self.max_age:
            return None
        try:
            return self.store.backup("daily")
        except BackupFailed as exc:
            self.timer.stop()   # said once; the next start checks the store again
            self.failed.emit(str(exc))
            return None
