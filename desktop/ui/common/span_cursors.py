"""Cursors and highlight selections over Python-string spans, for the text views that hold an OffsetMap."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit


class SpanCursors:
    """Mixed into a QPlainTextEdit/QTextEdit that keeps ``self.offsets`` (text_offsets.OffsetMap) for its text."""

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        c = QTextCursor(self.document())
        size = self.document().characterCount() - 1
        c.setPosition(min(self.offsets.to_qt(start), size))
        c.setPosition(min(self.offsets.to_qt(end), size), QTextCursor.KeepAnchor)
        return c

    def span_selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        s = QTextEdit.ExtraSelection()
        s.cursor, s.format = self.cursor_for(start, end), fmt
        return s
