"""What every window and pane shares: the store, the undo stack, today's date and change signals (the event bus)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.store.store import Store


class AppContext(QObject):
    """Panes get this instead of globals; store services report changed ids and panes refresh only those."""

    assignments_changed = Signal(list)    # measure ids whose units, roles or tracking changed
    annotations_changed = Signal(int)     # document id
    deadlines_changed = Signal(list)      # measure ids
    documents_changed = Signal()          # an import added documents
    measure_selected = Signal(int)        # measure id chosen anywhere (table, outline, task table)
    unit_filter_requested = Signal(int)   # unit id clicked in the source view

    def __init__(self, store: Store, today: dt.date | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._today = today

    def execute(self, command) -> str | None:
        """Run an undoable edit and push it; a refusal (bad input, name clash) comes back as a message."""
        try:
            command.do()
        except ValueError as exc:
            return str(exc)
        command.done_before_push = True
        self.undo_stack.push(command)
        return None

    def today(self) -> dt.date:
        return self._today or dt.date.today()
