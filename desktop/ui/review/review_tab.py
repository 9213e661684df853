"""The review tab: library and outline on the left, the filtered measure table, the source text and corrections."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton,
                               QScrollArea, QSplitter, QTableView, QTreeView, QVBoxLayout, QWidget)

from desktop.ui.context import AppContext
from desktop.ui.review.diagnostics_dialog import DiagnosticsDialog
from desktop.ui.review.filter_bar import FilterBar
from desktop.ui.review.library_model import ALL_DOCUMENTS, DOCUMENT_ID, LibraryModel
from desktop.ui.review.measure_columns import MeasureColumns
from desktop.ui.review.measure_editor import MeasureEditor
from desktop.ui.review.measure_table_model import MeasureTableModel
from desktop.ui.review.outline_model import IS_MEASURE, NODE_ID, OutlineModel
from desktop.ui.review.source_view import SourceView

# first-launch proportions of the three panes (later launches restore the officer's own)
PANE_SHARES = (18, 47, 35)


class ReviewTab(QWidget):
    """One document at a time in the source, the outline and the editor; the table shows the filtered measures.

    A click on a document in the library filters the table to it (the filter bar's 文件 follows); 全部文件 at the
    top of the library, the 显示全部文件 button under the table, the filter bar or Ctrl+Shift+L go back to all. The
    editor only ever shows a measure of the document in the source view (issue 14).
    """

    document_changed = Signal(int)      # the document shown in the source view
    measure_changed = Signal(int)       # the measure selected (0: none)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.document_id: int | None = None
        self.measure_id: int | None = None
        self._measure_document: int | None = None
        self._picked: list[int] = []    # library selection in the order the officer picked (A, then B)
        self._titles: dict[int, str] = {}

        self.library_model = LibraryModel(self)
        self.library = QTreeView(objectName="library")
        self.library.setAccessibleName(self.tr("文件库"))
        self.library.setModel(self.library_model)
        self.library.setUniformRowHeights(True)
        self.library.setSelectionMode(QAbstractItemView.ExtendedSelection)   # Ctrl-click two documents to compare
        self.library.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.library.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.library.header().setStretchLastSection(False)
        self.library.setContextMenuPolicy(Qt.CustomContextMenu)
        self.library.customContextMenuRequested.connect(
            lambda pos: self.library_menu(self.library.indexAt(pos)).popup(self.library.viewport().mapToGlobal(pos)))
        self.diagnostics_dialog: DiagnosticsDialog | None = None
        self.outline_model = OutlineModel(self)
        self.outline = QTreeView(objectName="outline")
        self.outline.setAccessibleName(self.tr("提纲"))
        self.outline.setModel(self.outline_model)
        self.outline.setHeaderHidden(True)

        self.filter_bar = FilterBar(ctx.today, ctx.store.resolve_unit, self)
        self.model = MeasureTableModel(ctx, self)
        self.table = QTableView(objectName="measureTable")
        self.table.setAccessibleName(self.tr("措施表"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(1, Qt.AscendingOrder)   # before sorting is on: no re-query
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().hide()   # the path column numbers the rows; 100k row labels cost every reset
        self.table.setWordWrap(False)
        self.columns = MeasureColumns(self.table)
        self.count_label = QLabel(objectName="measureCount")
        self.scope_label = QLabel(objectName="measureScope")
        self.scope_label.setTextFormat(Qt.PlainText)
        self.all_button = QPushButton(self.tr("显示全部文件"), objectName="showAllDocuments")
        self.all_button.setToolTip(self.tr("取消“只看本文件”，显示全部文件的措施"))
        self.all_button.setFlat(True)
        self.all_button.setCursor(Qt.PointingHandCursor)
        self.all_button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; }")

        self.source = SourceView(self)
        self.source.setAccessibleName(self.tr("原文"))
        self.editor = MeasureEditor(ctx, self)
        self.editor_scroll = QScrollArea(objectName="editorScroll")
        self.editor_scroll.setWidget(self.editor)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        count_row = QHBoxLayout()
        count_row.setContentsMargins(0, 0, 0, 0)
        count_row.addWidget(self.count_label)
        count_row.addWidget(self.scope_label, 1)
        count_row.addWidget(self.all_button)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.filter_bar)
        center_layout.addWidget(self.table, 1)
        center_layout.addLayout(count_row)
        self.left = QSplitter(Qt.Vertical, objectName="leftSplitter")
        self.left.addWidget(self.library)
        self.left.addWidget(self.outline)
        self.right = QSplitter(Qt.Vertical, objectName="rightSplitter")
        self.right.addWidget(self.source)
        self.right.addWidget(self.editor_scroll)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Horizontal, objectName="reviewSplitter")
        for w, stretch in zip((self.left, center, self.right), (1, 3, 2)):
            self.splitter.addWidget(w)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([s * 20 for s in PANE_SHARES])   # proportions; the window's width decides the rest
        self.left.setSizes([320, 480])
        self.right.setSizes([540, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.library.selectionModel().currentChanged.connect(self._on_library)
        self.library.selectionModel().selectionChanged.connect(self._on_library_selection)
        self.outline.clicked.connect(self._on_outline)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row)
        self.filter_bar.changed.connect(self._on_filter)
        self.all_button.clicked.connect(lambda: self.filter_bar.set_document(None))
        self.model.ids_loaded.connect(self._on_ids_loaded)
        self.source.unit_clicked.connect(self.filter_bar.filter_by_unit)
        self.source.measure_clicked.connect(self.select_measure)
        ctx.documents_changed.connect(self.reload)
        ctx.measure_selected.connect(self.select_measure)
        ctx.assignments_changed.connect(self._on_assignments)
        ctx.deadlines_changed.connect(self._on_assignments)
        self._show_scope(None)

    # loading
    def reload(self) -> None:
        """Re-read documents, units and tags (after an import) and re-run the filter."""
        documents = self.ctx.store.documents()
        self._titles = {d.id: d.title or d.source_name for d in documents}
        self.library_model.set_documents(documents)
        self.library.expandToDepth(1)
        self.filter_bar.set_choices(self.ctx.unit_choices(), documents, self.ctx.store.tag_names())
        f = self.filter_bar.current()
        self._show_scope(f.document_id)
        self.model.set_filter(f, background=False)

    def _on_filter(self, f) -> None:
        """Every filter change: the table re-queries; a document filter also shows that document."""
        self.model.set_filter(f)
        self._show_scope(f.document_id)
        if f.document_id is not None:
            self.show_document(f.document_id)

    def _show_scope(self, document_id: int | None) -> None:
        """The library row, the 文件 column and the line under the table follow the document filter."""
        self.columns.set_single_document(document_id is not None)
        self.all_button.setVisible(document_id is not None)
        self.scope_label.setText(self.tr("只看《{title}》").format(title=self._titles.get(document_id, ""))
                                 if document_id is not None else "")
        index = (self.library_model.index_of(document_id) if document_id is not None
                 else self.library_model.all_documents_index())
        selection = self.library.selectionModel()
        if index is not None and index.isValid() and selection.currentIndex().siblingAtColumn(0) != index:
            selection.blockSignals(True)
            selection.setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            selection.blockSignals(False)
            self._picked = [document_id] if document_id is not None else []
            self.library.scrollTo(index)
            self.library.viewport().update()

    def _on_ids_loaded(self, n: int) -> None:
        self.count_label.setText(self.tr("共 {n} 项措施").format(n=n))
        if self.measure_id in self.model.position:
            self._select_row(self.model.position[self.measure_id])

    # selection
    def show_document(self, document_id: int | None) -> None:
        """Show a document in the source and the outline; a measure of another document leaves the editor."""
        if document_id == self.document_id:
            return
        self.document_id = document_id
        self.source.show_document(self.ctx.store.document_text(document_id) if document_id else None)
        self.outline_model.set_outline(self.ctx.store.outline(document_id) if document_id else [])
        self.outline.expandAll()
        if self._measure_document != document_id:
            self._forget_measure()
        self.document_changed.emit(document_id or 0)

    def _forget_measure(self) -> None:
        if self.measure_id is None:
            return
        self.measure_id = self._measure_document = None
        self.editor.set_measure(None)
        self.table.selectionModel().clearSelection()
        self.measure_changed.emit(0)

    def select_measure(self, measure_id: int) -> None:
        """Show a measure everywhere: its document, highlighted text, outline item, table row and editor."""
        if not measure_id:
            return
        detail = self.ctx.store.measure_detail(measure_id)
        if detail is None:
            return
        self.measure_id, self._measure_document = measure_id, detail.document_id
        shown = self.filter_bar.document.currentData()
        if shown is not None and shown != detail.document_id:
            self.filter_bar.set_document(detail.document_id)    # the table must be able to show the measure
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
        """Document ids selected in the library, in the order the officer selected them, each once."""
        rows = self.library.selectionModel().selectedRows(0)
        chosen = {i.data(DOCUMENT_ID) for i in rows if i.data(DOCUMENT_ID) is not None}
        return [d for d in self._picked if d in chosen] + sorted(chosen - set(self._picked))

    def _on_library_selection(self, selected, deselected) -> None:
        gone = {i.data(DOCUMENT_ID) for i in deselected.indexes()}
        self._picked = [d for d in self._picked if d not in gone]
        for index in selected.indexes():
            d = index.data(DOCUMENT_ID)
            if d is not None and d not in self._picked:
                self._picked.append(d)

    def _on_library(self, current, _previous) -> None:
        first = current.siblingAtColumn(0)
        if first.data(ALL_DOCUMENTS):
            self.filter_bar.set_document(None)
            return
        document_id = first.data(DOCUMENT_ID)
        if document_id is not None:
            self.filter_bar.set_document(document_id)

    def library_menu(self, index) -> QMenu:
        """The library's context menu for the row at ``index``: 只看本文件 and 识别情况… for a document."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WA_DeleteOnClose)
        document_id = index.siblingAtColumn(0).data(DOCUMENT_ID) if index.isValid() else None
        only = menu.addAction(self.tr("只看本文件"), lambda: self.filter_bar.set_document(document_id))
        details = menu.addAction(self.tr("识别情况…"), lambda: self.show_diagnostics(document_id))
        details.setToolTip(self.tr("引擎在本文件中识别到的正文范围、编号层级和警告，可复制发给技术支持"))
        for action in (only, details):
            action.setEnabled(document_id is not None)
        return menu

    def show_diagnostics(self, document_id: int) -> DiagnosticsDialog:
        """What the engine saw in a document, in its own window (one at a time)."""
        if self.diagnostics_dialog is not None:
            self.diagnostics_dialog.close()
        dialog = self.diagnostics_dialog = DiagnosticsDialog(self.ctx.store, document_id, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self._forget_diagnostics(dialog))
        dialog.show()
        return dialog

    def _forget_diagnostics(self, dialog) -> None:
        if self.diagnostics_dialog is dialog:
            self.diagnostics_dialog = None

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
