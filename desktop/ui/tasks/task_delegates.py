"""Editors of the task table: a status combo, a date editor (yyyy-MM-dd) and a ●/○ role combo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QWidget

from desktop.core.vocabulary import LEAD, STATUSES, SUPPORT

from desktop.ui.common.status_labels import status_label

from desktop.ui.tasks.task_table_model import KIND_ROLE

ISO = "yyyy-MM-dd"
NO_DATE = QDate(2000, 1, 1)     # the date editor's minimum, shown as "—": no due date


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskDelegates", text)


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    return setup_date_edit(QDateEdit(parent))


def setup_date_edit(editor: QDateEdit) -> QDateEdit:
    """A calendar-popup yyyy-MM-dd editor whose minimum date stands for "no date"."""
    editor.setCalendarPopup(True)
    editor.setDisplayFormat(ISO)
    editor.setMinimumDate(NO_DATE)
    editor.setSpecialValueText("—")
    return editor


def date_of(editor: QDateEdit) -> str | None:
    date = editor.date()
    return None if date == NO_DATE else date.toString(ISO)


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for status in STATUSES:
            combo.addItem(status_label(status), status)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        return make_date_edit(parent)

    def setEditorData(self, editor: QDateEdit, index: QModelIndex) -> None:
        date = QDate.fromString(index.data(Qt.ItemDataRole.EditRole) or "", ISO)
        editor.setDate(date if date.isValid() else NO_DATE)

    def setModelData(self, editor: QDateEdit, model, index: QModelIndex) -> None:
        model.setData(index, date_of(editor), Qt.ItemDataRole.EditRole)


class RoleDelegate(QStyledItemDelegate):
    """● 牵头 / ○ 配合 / — 无: the unit leads, supports or is not on the measure."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(_tr("● 牵头"), LEAD)
        combo.addItem(_tr("○ 配合"), SUPPORT)
        combo.addItem(_tr("— 无"), "")
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        # the ●/○ columns are narrow; let the combo be wide enough to read
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


class TaskTableDelegate(QStyledItemDelegate):
    """Picks the editor by the column's kind, since the unit columns (and so the column numbers) vary by scope."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._by_kind = {"status": StatusDelegate(self), "due_date": DateDelegate(self), "unit": RoleDelegate(self)}

    def _for(self, index: QModelIndex) -> QStyledItemDelegate | None:
        return self._by_kind.get(index.data(KIND_ROLE))

    def createEditor(self, parent, option, index):
        delegate = self._for(index)
        return delegate.createEditor(parent, option, index) if delegate else super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        delegate = self._for(index)
        (delegate or super()).setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        delegate = self._for(index)
        (delegate or super()).setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index):
        delegate = self._for(index)
        (delegate or super()).updateEditorGeometry(editor, option, index)
