"""Task assignment table pane: choose a document or a unit, edit tasks in the table or in bulk for the selection."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QTableView, QVBoxLayout, QWidget)

from desktop.core.vocabulary import STATUSES

from desktop.ui.context import AppContext
from desktop.ui.forms.ui_bulk_edit_bar import Ui_BulkEditBar
from desktop.ui.tasks.task_delegates import TaskTableDelegate, date_of, setup_date_edit
from desktop.ui.tasks.task_table_model import EDITABLE, MEASURE_ROLE, TaskTableModel
from desktop.ui.common.status_labels import status_label
from desktop.ui.review.unit_picker import UnitPicker

UNIT_COLUMN_WIDTH = 26
_WIDTHS = {"document": 130, "heading": 260, "status": 64, "due_date": 96, "owner": 80}


class BulkEditBar(QWidget):
    """Status, due date and owner for every selected row at once (one undo step)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BulkEditBar()
        self.ui.setupUi(self)
        self.ui.statusCombo.addItem(self.tr("（不改）"), None)
        for status in STATUSES:
            self.ui.statusCombo.addItem(status_label(status), status)
        setup_date_edit(self.ui.dueEdit)
        self.ui.statusCombo.setAccessibleName(self.tr("所选任务改为的状态"))
        self.ui.dueEdit.setAccessibleName(self.tr("所选任务改为的完成时限"))
        self.ui.ownerEdit.setAccessibleName(self.tr("所选任务改为的责任人"))

    def values(self) -> dict:
        """Only the fields the officer chose to change."""
        out = {}
        if self.ui.statusCombo.currentData():
            out["status"] = self.ui.statusCombo.currentData()
        if self.ui.dueCheck.isChecked():
            out["due_date"] = date_of(self.ui.dueEdit)
        if self.ui.ownerEdit.text().strip():
            out["owner"] = self.ui.ownerEdit.text().strip()
        return out

    def set_selected(self, count: int) -> None:
        self.ui.selectionLabel.setText(self.tr("已选 {n} 项").format(n=count))
        self.ui.applyButton.setEnabled(count > 0)


class FrozenColumnsView(QTableView):
    """A table whose leading columns (file, 序号, 措施) stay put while the ●/○ and tracking columns scroll under.

    Qt's frozen-column recipe: a second view over the same model and selection lies on top of the left edge.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.frozen_count = 0
        self.frozen = QTableView(self)
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setStyleSheet("QTableView { border: none; border-right: 1px solid palette(mid); }")
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _, size: self.frozen.setRowHeight(row, size))
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.setSelectionBehavior(self.selectionBehavior())
        self.frozen.setSelectionMode(self.selectionMode())
        self.frozen.setWordWrap(self.wordWrap())
        self.frozen.setTextElideMode(self.textElideMode())

    def freeze(self, count: int) -> None:
        """Keep the first ``count`` columns in view."""
        self.frozen_count = count
        for col in range(self.model().columnCount()):
            self.frozen.setColumnHidden(col, col >= count)
            if col < count:
                self.frozen.setColumnWidth(col, self.columnWidth(col))
        self.frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self.frozen.setVisible(count > 0)
        self._place_frozen()

    def _column_resized(self, col: int, _old: int, size: int) -> None:
        if col < self.frozen_count:
            self.frozen.setColumnWidth(col, size)
            self._place_frozen()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._place_frozen()

    def _place_frozen(self) -> None:
        width = sum(self.columnWidth(c) for c in range(self.frozen_count))
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(self.verticalHeader().width() + self.frameWidth(), self.frameWidth(), width,
                                self.viewport().height() + self.horizontalHeader().height())

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        # a frozen column is always visible: only scroll vertically for it
        if index.column() >= self.frozen_count:
            super().scrollTo(index, hint)
        else:
            super().scrollTo(index.siblingAtColumn(self.frozen_count) if self.frozen_count < self.model().columnCount()
                             else index, hint)

    def moveCursor(self, action, modifiers):
        current = super().moveCursor(action, modifiers)
        left = sum(self.columnWidth(c) for c in range(self.frozen_count))
        if (action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= self.frozen_count
                and self.visualRect(current).left() < left):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).left() - left)
        return current


class TaskTablePane(QWidget):
    """Public: ``set_document(id)``, ``set_unit(id)``; ``measure_activated(measure id)`` on a double-click."""

    measure_activated = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = TaskTableModel(ctx, self)

        self.scope_combo = QComboBox(objectName="taskScope")
        self.scope_combo.setAccessibleName(self.tr("任务分工表查看方式"))
        self.scope_combo.addItem(self.tr("按文件"), "document")
        self.scope_combo.addItem(self.tr("按单位"), "unit")
        self.document_combo = QComboBox(objectName="taskDocument")
        self.document_combo.setAccessibleName(self.tr("任务分工表的文件"))
        self.document_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document_combo.setMinimumContentsLength(24)
        self.unit_picker = UnitPicker(ctx.store.resolve_unit, self)
        self.unit_picker.setObjectName("taskUnit")
        self.unit_picker.setAccessibleName(self.tr("任务分工表的单位"))
        self.legend = QLabel(self.tr("● 牵头　○ 配合　<span style='background:#f9d6d5'>&nbsp;已逾期&nbsp;</span>"
                                     "　<span style='background:#fdebc4'>&nbsp;14 天内到期&nbsp;</span>"))
        top = QHBoxLayout()
        for w in (QLabel(self.tr("查看")), self.scope_combo, self.document_combo, self.unit_picker):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.legend)

        self.view = FrozenColumnsView()
        self.view.setObjectName("taskTable")
        self.view.setAccessibleName(self.tr("任务分工表"))
        self.view.frozen.setObjectName("taskTableFrozen")
        self.view.frozen.setAccessibleName(self.tr("任务分工表（固定列）"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setModel(self.model)
        self.view.setItemDelegate(TaskTableDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        header.setStretchLastSection(True)

        self.bulk = BulkEditBar()
        self.bulk.ui.dueEdit.setDate(QDate(ctx.today()))
        self.message = QLabel(objectName="taskMessage")
        self.message.setStyleSheet("color: #b00020")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.bulk)
        layout.addWidget(self.message)

        self.scope_combo.currentIndexChanged.connect(self._scope_switched)
        self.document_combo.activated.connect(lambda i: self.set_document(self.document_combo.itemData(i)))
        self.unit_picker.unit_chosen.connect(self.set_unit)
        self.model.modelReset.connect(self._size_columns)
        self.model.edit_refused.connect(self.message.setText)
        self.model.conflicted.connect(self.resolve_conflict)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.frozen.doubleClicked.connect(self._double_clicked)
        self.bulk.ui.applyButton.clicked.connect(self.apply_bulk)
        ctx.documents_changed.connect(self._on_documents_changed)
        self._choices_loaded = False   # read from the store when first needed, not at start-up
        self._selection_changed()

    def showEvent(self, event):
        super().showEvent(event)
        if not self._choices_loaded:
            self._ensure_choices()
            if self.model.scope() is None:
                self._scope_switched()

    def _ensure_choices(self) -> None:
        if not self._choices_loaded:
            self._choices_loaded = True
            self._reload_choices()

    def _on_documents_changed(self) -> None:
        if self.isVisible():
            self._reload_choices()
        else:
            self._choices_loaded = False

    # public
    def set_document(self, document_id: int) -> None:
        self._ensure_choices()
        self._show_scope("document")
        self.document_combo.setCurrentIndex(self.document_combo.findData(document_id))
        self.message.clear()
        self.model.set_document(document_id)

    def show_document_scope(self, document_id: int | None = None) -> None:
        """Back to one document's table: ``document_id``, else the document the 按文件 view showed last."""
        self._ensure_choices()
        chosen = document_id or self.document_combo.currentData() or self.document_combo.itemData(0)
        if chosen is not None:
            self.set_document(chosen)

    def set_unit(self, unit_id: int) -> None:
        self._ensure_choices()
        self._show_scope("unit")
        self.unit_picker.set_unit(unit_id)
        self.message.clear()
        self.model.set_unit(unit_id)

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.view.selectionModel().selectedRows())

    def resolve_conflict(self, conflict, _rows) -> None:
        """Someone saved these rows since they were read: show both values, save the fields the officer keeps."""
        from desktop.ui.team.edit_conflict_dialog import EditConflictDialog
        self.conflict_dialog = EditConflictDialog(conflict, self)
        self.conflict_dialog.accepted.connect(
            lambda: self.model.apply_chosen(conflict, self.conflict_dialog.keep_mine()))
        self.message.setText(self.tr("有 {n} 处修改与他人刚保存的内容冲突，尚未保存").format(n=len(conflict.conflicts)))
        self.conflict_dialog.open()

    def apply_bulk(self) -> None:
        """One UpdateAssignments over every assignment of the selected rows."""
        rows, values = self.selected_rows(), self.bulk.values()
        if not rows:
            self.message.setText(self.tr("请先在表中选择要修改的行"))
            return
        if not values:
            self.message.setText(self.tr("请至少选择一项要修改的内容（状态、完成时限或责任人）"))
            return
        if self.model.apply(rows, **values):
            self.message.clear()

    # internals
    def _reload_choices(self) -> None:
        current = self.document_combo.currentData()
        self.document_combo.clear()
        for d in self.ctx.store.documents():
            self.document_combo.addItem(d.title or d.source_name, d.id)
            self.document_combo.setItemData(self.document_combo.count() - 1, d.doc_number or d.source_name,
                                            Qt.ItemDataRole.ToolTipRole)
        self.document_combo.setCurrentIndex(max(0, self.document_combo.findData(current)))
        self.unit_picker.set_units(self.ctx.unit_choices())
        if self.model.scope() and self.model.scope()[0] == "unit":
            self.unit_picker.set_unit(self.model.scope()[1])

    def _show_scope(self, kind: str) -> None:
        self.scope_combo.blockSignals(True)
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(kind))
        self.scope_combo.blockSignals(False)
        self.document_combo.setVisible(kind == "document")
        self.unit_picker.setVisible(kind == "unit")

    def _scope_switched(self) -> None:
        kind = self.scope_combo.currentData()
        self._show_scope(kind)
        if kind == "document" and self.document_combo.currentData() is not None:
            self.set_document(self.document_combo.currentData())
        elif kind == "unit" and self.unit_picker.currentData() is not None:
            self.set_unit(self.unit_picker.currentData())
        elif kind == "unit":
            self.unit_picker.setFocus()

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            kind = self.model.column_kind(col)
            if kind == "unit":
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(col, UNIT_COLUMN_WIDTH)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                if kind == "path":
                    self.view.resizeColumnToContents(col)
                elif kind in _WIDTHS:
                    header.resizeSection(col, _WIDTHS[kind])
        # the identity columns stay in view, and in a unit's table also that unit's own ●/○ column
        scope = self.model.scope()
        frozen = self.model.column_of("heading") + 1 + (scope is not None and scope[0] == "unit"
                                                        and self.model.rowCount() > 0)
        self.view.freeze(frozen if self.model.columnCount() else 0)
        self.view.horizontalScrollBar().setValue(0)

    def _selection_changed(self, *_) -> None:
        self.bulk.set_selected(len(self.selected_rows()))

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.column_kind(index.column()) not in EDITABLE:
            self.measure_activated.emit(index.data(MEASURE_ROLE))
