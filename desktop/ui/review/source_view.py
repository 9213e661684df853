"""The document's own text: the selected measure highlighted and scrolled into view, extracted fields marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit

from desktop.ui.common.span_cursors import SpanCursors
from desktop.ui.common.text_offsets import OffsetMap

MARK_STYLES = {   # kind → (background, foreground, bold)
    "lead": ("#cfe3ff", "#0b3d91", True),
    "support": ("#e3efff", "#1c5bb8", False),
    "quantity": ("#d9f2d9", "#1e6b1e", False),
    "deadline": ("#ffe2c2", "#8a4600", True),
}
MEASURE_BACKGROUND = "#fff6bf"
NOTE_UNDERLINE = "#c2185b"


def _format(background: str, foreground: str | None = None, bold: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setBackground(QColor(background))
    if foreground:
        f.setForeground(QColor(foreground))
    if bold:
        f.setFontWeight(QFont.Bold)
    return f


class SourceView(SpanCursors, QPlainTextEdit):
    unit_clicked = Signal(int)             # unit id of a marked unit the officer clicked
    measure_clicked = Signal(int)          # measure under the click
    selection_made = Signal(bool)          # whether there is a selection to annotate

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setObjectName("sourceView")
        self.document_id: int | None = None
        self.measures: tuple = ()
        self.marks: tuple = ()
        self.notes: list[tuple[int, int]] = []
        self.measure_id: int | None = None
        self.offsets = OffsetMap("")
        self.selectionChanged.connect(lambda: self.selection_made.emit(self.textCursor().hasSelection()))

    def show_document(self, doc) -> None:
        """``doc``: a DocumentText row, or None to empty the view."""
        self.document_id = doc.id if doc else None
        self.measures = doc.measures if doc else ()
        self.marks = doc.marks if doc else ()
        self.measure_id = None
        self.offsets = OffsetMap(doc.text if doc else "")
        self.setPlainText(doc.text if doc else "")
        self._paint()

    def set_marks(self, marks) -> None:
        self.marks = marks
        self._paint()

    def set_notes(self, spans: list[tuple[int, int]]) -> None:
        self.notes = spans
        self._paint()

    def _paint(self) -> None:
        sels = []
        span = self.measure_span()
        if span:
            fmt = _format(MEASURE_BACKGROUND)
            fmt.setProperty(QTextFormat.FullWidthSelection, False)
            sels.append(self.span_selection(*span, fmt))
        for k in self.marks:
            sels.append(self.span_selection(k.start, k.end, _format(*MARK_STYLES[k.kind])))
        for start, end in self.notes:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.WaveUnderline)
            fmt.setUnderlineColor(QColor(NOTE_UNDERLINE))
            sels.append(self.span_selection(start, end, fmt))
        self.setExtraSelections(sels)

    def measure_span(self) -> tuple[int, int] | None:
        return next(((s, e) for mid, s, e in self.measures if mid == self.measure_id), None)

    def select_measure(self, measure_id: int | None) -> None:
        """Highlight a measure and scroll it into view."""
        self.measure_id = measure_id
        self._paint()
        span = self.measure_span()
        if span:
            self.jump_to(span[0], span[0])

    def jump_to(self, start: int, end: int) -> None:
        """Select a span (a note's anchor) and bring it to the middle of the view."""
        self.setTextCursor(self.cursor_for(start, end))
        self.centerCursor()

    def selected_span(self) -> tuple[int, int, str] | None:
        c = self.textCursor()
        if not c.hasSelection():
            return None
        start, end = self.offsets.from_qt(c.selectionStart()), self.offsets.from_qt(c.selectionEnd())
        return start, end, self.toPlainText()[start:end] if not self.offsets.astral else c.selectedText()

    def highlighted_text(self) -> str:
        """The highlighted measure's text as shown (what a test or the self-test checks)."""
        span = self.measure_span()
        if not span:
            return ""
        return self.cursor_for(*span).selectedText().replace("\u2029", "\n")

    def mark_at(self, offset: int):
        return next((k for k in self.marks if k.start <= offset < k.end), None)

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        if event.button() != Qt.LeftButton or self.textCursor().hasSelection():
            return
        offset = self.offsets.from_qt(self.cursorForPosition(event.position().toPoint()).position())
        mark = self.mark_at(offset)
        if mark is not None and mark.unit_id is not None:
            self.unit_clicked.emit(mark.unit_id)
            return
        mid = next((mid for mid, s, e in self.measures if s <= offset < e), None)
        if mid is not None:
            self.measure_clicked.emit(mid)
