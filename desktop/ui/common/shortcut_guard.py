"""The window's shortcuts work while the cursor is in a text field: on Linux a line edit takes Ctrl+E (end of line),
Ctrl+D (delete) and Ctrl+U for itself, so Ctrl+E after typing a unit and Enter exported nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget

KEEP_IN_FIELD = (QKeySequence.Undo, QKeySequence.Redo, QKeySequence.SelectAll, QKeySequence.Copy,
                 QKeySequence.Cut, QKeySequence.Paste)   # the field's own, as everywhere


class ShortcutGuard(QObject):
    """Installed on a window's text fields: a key chord that is one of the window's shortcuts goes to the window."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.keys: set[str] = set()
        self.fields: list[QWidget] = []

    def refresh(self) -> None:
        """Read the window's shortcuts and guard every text field it holds now."""
        own = {QKeySequence(k).toString() for std in KEEP_IN_FIELD for k in QKeySequence.keyBindings(std)}
        self.keys = {s.toString() for a in self.window.findChildren(QObject) if hasattr(a, "shortcuts")
                     for s in a.shortcuts() if not s.isEmpty()} - own
        # an editable combo (the unit picker) has the focus and hands the key to its line edit itself, past any
        # filter on the line edit: it is guarded too
        combos = [c for c in self.window.findChildren(QComboBox) if c.isEditable()]
        for field in self.window.findChildren(QLineEdit) + self.window.findChildren(QAbstractSpinBox) + combos:
            if field not in self.fields:
                field.installEventFilter(self)
                self.fields.append(field)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.ShortcutOverride:
            chord = QKeySequence(event.keyCombination()).toString()
            if chord in self.keys:
                event.ignore()     # not the field's: the shortcut map offers it to the window's action
                return True
        return False
