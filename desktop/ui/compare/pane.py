"""One side of the compare view: a document's text, pairs tinted, changed characters marked, notes underlined."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QFrame, QTextEdit

from desktop.ui.compare.labels import (CURRENT_BACKGROUND, DELETED_BACKGROUND, INSERTED_BACKGROUND, NOTE_UNDERLINE, colors,
                             is_difference)
from desktop.ui.compare.session import CompareSession
from desktop.ui.common.span_cursors import SpanCursors
from desktop.ui.common.text_offsets import OffsetMap


# below this similarity nearly every character differs (two plans on one topic): marks only on the current pair
CHAR_MARKS_FROM = 0.5


def _background(color) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setBackground(QColor(color))
    return f


class ComparePane(SpanCursors, QTextEdit):
    """``side`` 0 shows document A, 1 document B. Scrolls by pixels, so the connector and scroll sync line up."""

    measure_clicked = Signal(int, int)   # side, measure index in that side's list

    def __init__(self, side: int, parent=None):
        super().__init__(parent)
        self.side = side
        self.setObjectName("comparePaneA" if side == 0 else "comparePaneB")
        self.setAccessibleName(self.tr("A侧原文") if side == 0 else self.tr("B侧原文"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.NoFrame)
        self.session: CompareSession | None = None
        self.current_pair: int | None = None
        self.offsets = OffsetMap("")
        self._pair_y: dict[int, tuple[int, int] | None] = {}

    def show_session(self, session: CompareSession) -> None:
        self.session = session
        text = session.texts[self.side]
        self.offsets = OffsetMap(text)
        if self.toPlainText() != text:
            self.setPlainText(text)
        self._pair_y.clear()   # new pairs, or a new text
        self.paint()

    def set_current_pair(self, pair_index: int | None) -> None:
        self.current_pair = pair_index
        self.paint()

    def paint(self) -> None:
        """Pair tints first, the current pair over them, then changed characters and note underlines on top."""
        session = self.session
        if session is None:
            self.setExtraSelections([])
            return
        tints, marks = [], []
        changed = _background(DELETED_BACKGROUND if self.side == 0 else INSERTED_BACKGROUND)
        if self.side == 0:
            changed.setFontStrikeOut(True)
        for p, pair in enumerate(session.alignment.pairs):
            span = session.pair_span(pair, self.side)
            if span is None:
                continue
            if p == self.current_pair:
                tints.append(self.span_selection(*span, _background(CURRENT_BACKGROUND)))
            elif is_difference(pair):
                tints.append(self.span_selection(*span, _background(colors(pair)[0])))
            if pair.score >= CHAR_MARKS_FROM or p == self.current_pair:
                marks += [self.span_selection(s, e, changed) for s, e in session.char_changes(pair, self.side)]
        note = QTextCharFormat()
        note.setUnderlineStyle(QTextCharFormat.WaveUnderline)
        note.setUnderlineColor(QColor(NOTE_UNDERLINE))
        marks += [self.span_selection(s, e, note) for s, e in session.notes[self.side]]
        self.setExtraSelections(tints + marks)

    # geometry for the connector, the overview and scroll sync
    def span_y(self, start: int, end: int) -> tuple[int, int]:
        """Top and bottom of a text span in the document's own coordinates (independent of scrolling)."""
        scroll = self.verticalScrollBar().value()
        top = self.cursorRect(self.cursor_for(start, start)).top() + scroll
        last = max(start, end - 1)
        bottom = self.cursorRect(self.cursor_for(last, last)).bottom() + scroll
        return top, max(bottom, top + 1)

    def pair_y(self, pair_index: int) -> tuple[int, int] | None:
        """A pair's top and bottom on this side in document coordinates (cached until the layout changes)."""
        if self.session is None:
            return None
        if pair_index not in self._pair_y:
            span = self.session.pair_span(self.session.alignment.pairs[pair_index], self.side)
            self._pair_y[pair_index] = self.span_y(*span) if span else None
        return self._pair_y[pair_index]

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._pair_y.clear()   # lines re-wrap

    def scroll_to_y(self, y: int) -> None:
        """Put document y at a third of the view's height (where the eye starts reading)."""
        self.verticalScrollBar().setValue(int(y - self.viewport().height() / 3))

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        if event.button() != Qt.LeftButton or self.textCursor().hasSelection() or self.session is None:
            return
        offset = self.offsets.from_qt(self.cursorForPosition(event.position().toPoint()).position())
        index = self.session.measure_at(self.side, offset)
        if index is not None:
            self.measure_clicked.emit(self.side, index)

    def selected_span(self) -> tuple[int, int, str] | None:
        c = self.textCursor()
        if not c.hasSelection():
            return None
        start, end = self.offsets.from_qt(c.selectionStart()), self.offsets.from_qt(c.selectionEnd())
        return start, end, c.selectedText().replace("\u2029", "\n")
