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
        self._units = None
        for signal in (self.documents_changed, self.assignments_changed):
            signal.connect(self._forget_units)

    def unit_choices(self):
        """The registry's units for pickers, read once and again only after an import or a correction."""
        if self._units is None:
            self._units = self.store.unit_choices()
        return self._units

    def _forget_units(self, *_):
        self._units = None

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
