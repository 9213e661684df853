"""The review tab: library and outline on the left, the filtered measure table, the source text and corrections."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QTreeView, QVBoxLayout,
                               QWidget)

from desktop.ui.context import AppContext
from desktop.ui.review.filter_bar import FilterBar
from desktop.ui.review.library_model import DOCUMENT_ID, LibraryModel
from desktop.ui.review.measure_editor import MeasureEditor
from desktop.ui.review.measure_table_model import MeasureTableModel
from desktop.ui.review.outline_model import IS_MEASURE, NODE_ID, OutlineModel
from desktop.ui.review.source_view import SourceView


class ReviewTab(QWidget):
    document_changed = Signal(int)      # the document shown in the source view
    measure_changed = Signal(int)       # the measure selected

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.document_id: int | None = None
        self.measure_id: int | None = None

        self.library_model = LibraryModel(self)
        self.library = QTreeView(objectName="library")
        self.library.setModel(self.library_model)
        self.library.setUniformRowHeights(True)
        self.library.setSelectionMode(QAbstractItemView.ExtendedSelection)   # Ctrl-click two documents to compare
        self.library.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.library.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.library.header().setStretchLastSection(False)
        self.outline_model = OutlineModel(self)
        self.outline = QTreeView(objectName="outline")
        self.outline.setModel(self.outline_model)
        self.outline.setHeaderHidden(True)

        self.filter_bar = FilterBar(ctx.today, ctx.store.resolve_unit, self)
        self.model = MeasureTableModel(ctx, self)
        self.table = QTableView(objectName="measureTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(1, Qt.AscendingOrder)   # before sorting is on: no re-query
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().hide()   # the path column numbers the rows; 100k row labels cost every reset
        self.table.setWordWrap(False)
        for column, width in enumerate((120, 80, 240, 130, 180, 90, 64, 70)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel(objectName="measureCount")

        self.source = SourceView(self)
        self.editor = MeasureEditor(ctx, self)

        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.filter_bar)
        center_layout.addWidget(self.table)
        center_layout.addWidget(self.count_label)
        self.left = QSplitter(Qt.Vertical, objectName="leftSplitter")
        self.left.addWidget(self.library)
        self.left.addWidget(self.outline)
        self.right = QSplitter(Qt.Vertical, objectName="rightSplitter")
        self.right.addWidget(self.source)
        self.right.addWidget(self.editor)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Horizontal, objectName="reviewSplitter")
        for w, stretch in ((self.left, 1), (center, 3), (self.right, 2)):
            self.splitter.addWidget(w)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([280, 760, 520])   # first launch; later launches restore the officer's own
        self.left.setSizes([320, 480])
        self.right.setSizes([560, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.library.selectionModel().currentChanged.connect(self._on_library)
        self.outline.clicked.connect(self._on_outline)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row)
        self.filter_bar.changed.connect(self.model.set_filter)
        self.model.ids_loaded.connect(self._on_ids_loaded)
        self.source.unit_clicked.connect(self.filter_bar.filter_by_unit)
        self.source.measure_clicked.connect(self.select_measure)
        ctx.documents_changed.connect(self.reload)
        ctx.measure_selected.connect(self.select_measure)
        ctx.assignments_changed.connect(self._on_assignments)
        ctx.deadlines_changed.connect(self._on_assignments)

    # loading
    def reload(self) -> None:
        """Re-read documents, units and tags (after an import) and re-run the filter."""
        documents = self.ctx.store.documents()
        self.library_model.set_documents(documents)
        self.library.expandToDepth(1)
        self.filter_bar.set_choices(self.ctx.unit_choices(), documents, self.ctx.store.tag_names())
        self.model.set_filter(self.filter_bar.current(), background=False)

    def _on_ids_loaded(self, n: int) -> None:
        self.count_label.setText(self.tr("共 {n} 项措施").format(n=n))
        if self.measure_id in self.model.position:
            self._select_row(self.model.position[self.measure_id])

    # selection
    def show_document(self, document_id: int | None) -> None:
        if document_id == self.document_id:
            return
        self.document_id = document_id
        self.source.show_document(self.ctx.store.document_text(document_id) if document_id else None)
        self.outline_model.set_outline(self.ctx.store.outline(document_id) if document_id else [])
        self.outline.expandAll()
        self.document_changed.emit(document_id or 0)

    def select_measure(self, measure_id: int) -> None:
        """Show a measure everywhere: its document, highlighted text, outline item, table row and editor."""
        if not measure_id:
            return
        detail = self.ctx.store.measure_detail(measure_id)
        if detail is None:
            return
        self.measure_id = measure_id
        self.show_document(detail.document_id)
        self.source.select_measure(measure_id)
        index = self.outline_model.index_of(measure_id)
        if index is not None:
            self.outline.setCurrentIndex(index)
        if measure_id in self.model.position:
            self._select_row(self.model.position[measure_id])
        self.editor.set_measure(measure_id)
        self.measure_changed.emit(measure_id)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if self.table.currentIndex().row() != row:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)

    def _on_table_row(self, current, _previous) -> None:
        r = self.model.row_for(current)
        if r is not None and r.id != self.measure_id:
            self.select_measure(r.id)

    def selected_documents(self) -> list[int]:
        """Document ids selected in the library, in the order shown, each once."""
        rows = sorted(self.library.selectionModel().selectedRows(0), key=lambda i: self.library.visualRect(i).top())
        return list(dict.fromkeys(i.data(DOCUMENT_ID) for i in rows if i.data(DOCUMENT_ID) is not None))

    def _on_library(self, current, _previous) -> None:
        document_id = current.siblingAtColumn(0).data(DOCUMENT_ID)
        if document_id is not None:
            self.show_document(document_id)

    def _on_outline(self, index) -> None:
        if index.data(IS_MEASURE):
            self.select_measure(index.data(NODE_ID))

    def _on_assignments(self, measure_ids: list[int]) -> None:
        """Corrections change the marks in the source text: re-read them for the document shown."""
        if self.document_id is not None:
            scroll = self.source.verticalScrollBar().value()
            doc = self.ctx.store.document_text(self.document_id)
            self.source.set_marks(doc.marks)
            self.source.verticalScrollBar().setValue(scroll)
