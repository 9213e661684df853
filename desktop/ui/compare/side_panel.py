"""One side's selected measure in the compare view: its units and deadlines, and its notes, both editable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.ui.notes.annotation_pane import AnnotationPane
from desktop.ui.context import AppContext
from desktop.ui.review.measure_editor import MeasureEditor


class CompareSidePanel(QWidget):
    """The review window's MeasureEditor and AnnotationPane, side by side, following one pane's picked measure."""

    def __init__(self, ctx: AppContext, document_id: int, parent=None):
        super().__init__(parent)
        self.document_id = document_id
        self.editor = MeasureEditor(ctx, self)
        self.notes = AnnotationPane(ctx, self)
        self.notes.set_document(document_id)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_measure(self, measure_id: int | None) -> None:
        self.editor.set_measure(measure_id)
        self.notes.set_measure(measure_id)

    def add_note(self, start: int, end: int, quote: str) -> None:
        self.notes.add_note(self.document_id, start, end, quote)
