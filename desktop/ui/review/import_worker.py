"""Import off the GUI thread: per-file progress, cancel between files, outcomes back by signal."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from desktop.store.store import Store


class ImportWorker(QThread):
    progress = Signal(int, int, str)     # files done, files in all, the file being read
    outcomes_ready = Signal(list)        # ImportOutcome rows

    def __init__(self, store: Store, paths: list[str], parent=None):
        super().__init__(parent)
        self.store, self.paths = store, paths

    def run(self):
        try:
            outcomes = self.store.import_paths(self.paths, progress=self.progress.emit,
                                               cancelled=self.isInterruptionRequested)
        except Exception as exc:  # the store reports per-file errors itself; this is the last line of defence
            from desktop.store.rows import ImportOutcome
            outcomes = [ImportOutcome(p, "failed", f"导入中断：{type(exc).__name__}: {exc}") for p in self.paths]
        self.outcomes_ready.emit(outcomes)
