"""A searchable unit picker over the unit registry: type any part of a name or an alias."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter


class UnitPicker(QComboBox):
    """Editable combo: item text is the qualified name (or 'alias → name'); item data is the unit id."""

    unit_chosen = Signal(object)   # unit id, or None for 全部单位

    def __init__(self, parent=None, allow_all: bool = True):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMinimumContentsLength(12)
        self.allow_all = allow_all
        self.resolve = None   # name → unit id through the registry (aliases, short names); set by the owner
        self.lineEdit().setPlaceholderText(self.tr("单位（可输入简称或别名）"))
        self.activated.connect(self._on_activated)
        self.lineEdit().editingFinished.connect(self._on_edited)

    def set_units(self, units) -> None:
        current = self.unit_id()
        self.blockSignals(True)
        self.clear()
        if self.allow_all:
            self.addItem(self.tr("全部单位"), None)
        for u in units:
            self.addItem(u.qualified_name, u.id)
        for u in units:
            for alias in u.aliases:
                if alias != u.qualified_name:
                    self.addItem(f"{alias} → {u.qualified_name}", u.id)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self.setCompleter(completer)
        self.set_unit(current)
        self.blockSignals(False)

    def unit_id(self):
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_unit(self, unit_id) -> None:
        index = self.findData(unit_id) if unit_id is not None else (0 if self.allow_all else -1)
        self.setCurrentIndex(index)

    def _on_activated(self, index: int) -> None:
        self.unit_chosen.emit(self.itemData(index))

    def _on_edited(self) -> None:
        text = self.lineEdit().text().strip()
        if not text and self.allow_all:
            self.setCurrentIndex(0)
            self.unit_chosen.emit(None)
            return
        index = self.findText(text, Qt.MatchExactly)
        if index < 0 and self.resolve is not None:
            index = self.findData(self.resolve(text.split(" → ")[-1]))
        if index < 0:
            index = self.findText(text, Qt.MatchStartsWith)
        if index < 0:
            index = self.findText(text, Qt.MatchContains)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
            self.unit_chosen.emit(self.itemData(index))
