"""The correction editor of one measure: its units (name, role; add, remove) and its deadlines, all undoable."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QStyledItemDelegate, QTableView,
                               QVBoxLayout, QWidget)

from desktop.core.vocabulary import EDITED, LEAD, SUPPORT
from desktop.store.rows import DeadlineRow

from desktop.ui.review.assignment_edit_model import AssignmentEditModel
from desktop.ui.context import AppContext
from desktop.core.path_format import format_path
from desktop.ui.tasks.task_delegates import ISO, NO_DATE, RoleDelegate, date_of, make_date_edit
from desktop.ui.common.undo_commands import AddAssignment, FixDeadline, RemoveAssignment


def _unit_completer(model: QStringListModel, parent) -> QCompleter:
    completer = QCompleter(model, parent)
    completer.setFilterMode(Qt.MatchContains)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    return completer


class UnitNameDelegate(QStyledItemDelegate):
    """A line edit that completes from the unit registry (any part of a name)."""

    def __init__(self, names: QStringListModel, parent=None):
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setCompleter(_unit_completer(self.names, editor))
        return editor


class LeadSupportDelegate(RoleDelegate):
    """● 牵头 / ○ 配合 only: taking a unit off the measure is the 移除 button."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = super().createEditor(parent, option, index)
        combo.removeItem(combo.findData(""))
        return combo


class MeasureEditor(QWidget):
    """Call ``set_measure`` when the review window's current measure changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.measure_id: int | None = None
        self.deadlines: list[DeadlineRow] = []
        self.date_edits = []

        self.title = QLabel(objectName="measureTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.model = AssignmentEditModel(ctx, self)
        self.model.edit_refused.connect(self._show_message)
        self.model.conflicted.connect(self.resolve_conflict)
        self.model.modelReset.connect(self._update_buttons)
        self.unit_names = QStringListModel(self)
        self.table = QTableView(objectName="measureUnits")
        self.table.setAccessibleName(self.tr("责任单位"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(AssignmentEditModel.UNIT, UnitNameDelegate(self.unit_names, self.table))
        self.table.setItemDelegateForColumn(AssignmentEditModel.ROLE, LeadSupportDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.SelectedClicked)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # three units always in view (a laptop once showed one and a half): the editor scrolls, not the list shrinks
        self.table.setMinimumHeight(header.sizeHint().height() + 3 * self.table.verticalHeader().defaultSectionSize()
                                    + 2 * self.table.frameWidth())
        header.setSectionResizeMode(AssignmentEditModel.UNIT, QHeaderView.Stretch)
        header.setSectionResizeMode(AssignmentEditModel.ROLE, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(AssignmentEditModel.STATE, QHeaderView.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.remove_button = QPushButton(self.tr("移除"), objectName="removeUnit")
        self.remove_button.setToolTip(self.tr("将选中的单位从本措施中移除"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.new_unit = QLineEdit(objectName="newUnitName")
        self.new_unit.setPlaceholderText(self.tr("单位名称"))
        self.new_unit.setAccessibleName(self.tr("要添加的单位"))
        self.new_unit.setCompleter(_unit_completer(self.unit_names, self.new_unit))
        self.new_unit.returnPressed.connect(self.add_unit)
        self.new_role = QComboBox(objectName="newUnitRole")
        self.new_role.setAccessibleName(self.tr("要添加的单位的角色"))
        self.new_role.addItem(self.model.role_text(LEAD), LEAD)
        self.new_role.addItem(self.model.role_text(SUPPORT), SUPPORT)
        self.new_role.setCurrentIndex(1)
        self.add_button = QPushButton(self.tr("添加单位"), objectName="addUnit")
        self.add_button.clicked.connect(self.add_unit)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_unit, 1)
        add_row.addWidget(self.new_role)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)

        self.deadline_box = QGroupBox(self.tr("完成时限"), objectName="deadlineBox")
        self.deadline_grid = QGridLayout(self.deadline_box)
        self.deadline_grid.setColumnStretch(0, 1)
        self.no_deadline = QLabel(self.tr("原文未写明完成时限"))
        self.no_deadline.setStyleSheet("color: palette(mid);")

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b91c1c;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("责任单位")))
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.deadline_box)
        layout.addWidget(self.message)

        ctx.assignments_changed.connect(self._on_assignments_changed)
        ctx.deadlines_changed.connect(self._on_deadlines_changed)
        self.set_measure(None)

    # public API
    def set_measure(self, measure_id: int | None) -> None:
        self.measure_id = measure_id
        self.message.clear()
        self.new_unit.clear()
        detail = self.ctx.store.measure_detail(measure_id) if measure_id is not None else None
        if detail is None:
            self.measure_id = None
            self.title.setText(self.tr("未选择措施"))
        else:
            self.title.setText(f"<b>{format_path(detail.path)}</b>　{detail.heading}")
            self.unit_names.setStringList(self._unit_names())
        self.model.set_measure(self.measure_id)
        self._show_deadlines(detail.deadlines if detail else ())
        for w in (self.new_unit, self.new_role, self.add_button):
            w.setEnabled(self.measure_id is not None)

    def add_unit(self) -> None:
        if self.measure_id is None:
            return
        name = self.new_unit.text().strip()
        if self._run(AddAssignment(self.ctx, self.measure_id, name, self.new_role.currentData())):
            self.new_unit.clear()
            self.unit_names.setStringList(self._unit_names())   # a new name is now in the registry

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0]) if rows else None
        if row is not None:
            self._run(RemoveAssignment(self.ctx, row.id, row.measure_id, row.unit))

    # units
    def _unit_names(self) -> list[str]:
        return [u.qualified_name for u in self.ctx.store.units()]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _on_assignments_changed(self, measure_ids: list) -> None:
        if self.measure_id in measure_ids:
            self.message.clear()

    # deadlines
    def _on_deadlines_changed(self, measure_ids: list) -> None:
        if self.measure_id in measure_ids:
            detail = self.ctx.store.measure_detail(self.measure_id)
            self._show_deadlines(detail.deadlines if detail else ())

    def _show_deadlines(self, deadlines) -> None:
        self.deadlines = list(deadlines)
        while self.deadline_grid.count():
            item = self.deadline_grid.takeAt(0)
            if item.widget() and item.widget() is not self.no_deadline:
                item.widget().hide()   # gone now, deleted once its own signal (a fix) has returned
                item.widget().deleteLater()
        self.date_edits = []
        if not self.deadlines:
            self.deadline_grid.addWidget(self.no_deadline, 0, 0)
        self.no_deadline.setVisible(not self.deadlines)
        for i, d in enumerate(self.deadlines):
            text = QLabel(self.tr("原文：{text}").format(text=d.text))
            text.setWordWrap(True)
            edit = make_date_edit()
            edit.setAccessibleName(self.tr("完成时限：{text}").format(text=d.text))
            edit.setDate(QDate.fromString(d.due, ISO) if d.due else NO_DATE)
            edit.setToolTip(self.tr("按原文推算的截止日期；更正后重新导入不会覆盖"))
            edit.editingFinished.connect(lambda d=d, e=edit: self._fix_deadline(d, e))
            edit.calendarWidget().clicked.connect(lambda _date, d=d, e=edit: self._fix_deadline(d, e))
            state = QLabel(self.model.state_text(d.state))
            if d.state == EDITED:
                state.setStyleSheet("color: #1d4ed8;")
            self.deadline_grid.addWidget(text, i, 0)
            self.deadline_grid.addWidget(edit, i, 1)
            self.deadline_grid.addWidget(state, i, 2)
            self.date_edits.append(edit)

    def _fix_deadline(self, deadline: DeadlineRow, editor) -> None:
        due = date_of(editor)
        if due != deadline.due:
            self._run(FixDeadline(self.ctx, deadline.id, deadline.measure_id, due))

    def _run(self, command) -> bool:
        message = self.ctx.execute(command)
        self._show_message(message or "")
        return message is None

    def resolve_conflict(self, conflict) -> None:
        """Someone saved this unit's row since it was read: both values side by side, the officer's choice saved."""
        from desktop.ui.team.edit_conflict_dialog import EditConflictDialog
        self.conflict_dialog = EditConflictDialog(conflict, self)
        self.conflict_dialog.accepted.connect(
            lambda: self.model.apply_chosen(conflict, self.conflict_dialog.keep_mine()))
        self._show_message(self.tr("您的修改与他人刚保存的内容冲突，尚未保存"))
        self.conflict_dialog.open()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
