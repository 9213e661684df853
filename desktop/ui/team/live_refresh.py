"""Other officers' saves reach this window within a second: a listener thread hears the server's announcements
and the panes reload only the rows whose ids they carry (the same signals a local edit sends)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from desktop.ui.context import AppContext


class _Listening(QThread):
    heard = Signal(list)

    def __init__(self, listener, parent=None):
        super().__init__(parent)
        self.listener = listener

    def run(self) -> None:
        while not self.isInterruptionRequested():
            try:
                payloads = self.listener.wait(0.5)
            except Exception:   # noqa: BLE001 - the server went away: the window keeps working, without live news
                return
            if payloads:
                self.heard.emit(payloads)


class LiveRefresh(QObject):
    """While it runs, changes announced on the context's team store are passed to the panes."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent or ctx)
        from desktop.store.team.notify import ChangeListener
        self.ctx = ctx
        self.listener = ChangeListener(ctx.store.engine.url)
        self.thread = _Listening(self.listener, self)
        self.thread.heard.connect(self._apply)
        self.thread.start()

    def _apply(self, payloads: list) -> None:
        measures = sorted({i for p in payloads for i in p.get("measures", ())})
        documents = sorted({i for p in payloads for i in p.get("documents", ())})
        if measures:
            self.ctx.assignments_changed.emit(measures)
            self.ctx.deadlines_changed.emit(measures)
        for document_id in documents:
            self.ctx.annotations_changed.emit(document_id)

    def stop(self) -> None:
        self.thread.requestInterruption()
        self.thread.wait(2000)
        self.listener.close()


def start_live_refresh(ctx: AppContext) -> LiveRefresh | None:
    """Live refresh for a store on a server; None for a laptop's SQLite store (one officer, nothing to hear)."""
    if ctx.store.engine.dialect.name != "postgresql":
        return None
    return LiveRefresh(ctx)
