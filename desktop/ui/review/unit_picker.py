"""A searchable unit picker over the unit registry: type any part of a name, a short name or an alias."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class UnitPicker(QComboBox):
    """Editable combo of qualified names (item data: unit id); its completer also offers 别名（全称） entries."""

    unit_chosen = Signal(object)   # a unit id, or None for 全部单位

    def __init__(self, resolve: Callable[[str], int | None], parent: QWidget | None = None,
                 allow_all: bool = False):
        super().__init__(parent)
        self.resolve, self.allow_all = resolve, allow_all
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(14)
        self.lineEdit().setPlaceholderText(self.tr("单位（可输入名称的任意部分或别名）"))
        self._entries: dict[str, int] = {}
        self._completer = QCompleter(QStringListModel(self), self)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setMaxVisibleItems(15)
        self.setCompleter(self._completer)
        self._completer.activated[str].connect(self.choose_text)
        self.activated.connect(lambda i: self._choose(self.itemData(i)))
        self.lineEdit().editingFinished.connect(lambda: self.choose_text(self.currentText()))

    def set_units(self, units) -> None:
        """Fill from the registry's UnitRows, keeping the unit shown."""
        current = self.unit_id()
        self.blockSignals(True)
        self.clear()
        self._entries = {}
        if self.allow_all:
            self.addItem(self.tr("全部单位"), None)
        for u in units:
            self.addItem(u.qualified_name, u.id)
            self._entries[u.qualified_name] = u.id
            for alias in (u.name, *u.aliases):
                if alias not in u.qualified_name:    # contained names are found by the qualified name already
                    self._entries[f"{alias}（{u.qualified_name}）"] = u.id
        self.set_unit(current)
        self.blockSignals(False)
        self._completer.model().setStringList(list(self._entries))

    def unit_id(self) -> int | None:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_unit(self, unit_id: int | None) -> None:
        """Show a unit without announcing it."""
        index = self.findData(unit_id) if unit_id is not None else (0 if self.allow_all else -1)
        self.setCurrentIndex(index)

    def choose_text(self, text: str) -> None:
        text = text.strip()
        if not text and self.allow_all:
            if self.currentIndex() != 0:
                self.setCurrentIndex(0)
                self.unit_chosen.emit(None)
            return
        unit_id = self._entries.get(text)
        if unit_id is None and text:
            unit_id = self.resolve(text)
        self._choose(unit_id)

    def _choose(self, unit_id: int | None) -> None:
        if unit_id is None and not self.allow_all:
            return
        changed = unit_id != self.unit_id()
        self.set_unit(unit_id)
        if changed or not self.allow_all:
            self.unit_chosen.emit(unit_id)
