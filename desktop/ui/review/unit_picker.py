"""A searchable unit picker over the unit registry: type any part of a name, a short name or an alias."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QToolTip, QWidget


class UnitPicker(QComboBox):
    """Editable combo of qualified names (item data: unit id); its completer also offers 别名（全称） entries.

    A unit is chosen by typing and Enter, a completer suggestion, the drop-down, or leaving the field; each way
    announces ``unit_chosen`` once when the choice changed. The chosen unit is kept apart from the combo's current
    index, because QComboBox moves its index to an exact match before it emits ``activated`` — comparing with the
    index then found nothing changed and the filter never ran (issue 14).
    """

    unit_chosen = Signal(object)   # a unit id, or None for 全部单位

    def __init__(self, resolve: Callable[[str], int | None], parent: QWidget | None = None,
                 allow_all: bool = False):
        super().__init__(parent)
        self.resolve, self.allow_all = resolve, allow_all
        self._chosen: int | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setPlaceholderText(self.tr("全部单位（输入名称或别名筛选）") if allow_all
                                           else self.tr("单位（可输入名称的任意部分或别名）"))
        self.setAccessibleName(self.tr("单位"))
        self._entries: dict[str, int] = {}
        self._completer = QCompleter(QStringListModel(self), self)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.popup().setObjectName("unitSuggestions")
        self._completer.popup().setAccessibleName(self.tr("单位候选"))
        self.setCompleter(self._completer)
        self._completer.activated[str].connect(self.choose_text)
        self.activated.connect(lambda i: self._choose(self.itemData(i)))
        self.lineEdit().editingFinished.connect(lambda: self.choose_text(self.lineEdit().text()))
        self.currentIndexChanged.connect(self._show_all_as_empty)

    def set_units(self, units) -> None:
        """Fill from the registry's UnitRows, keeping the unit shown."""
        current = self._chosen
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
        self.set_unit(current if self.findData(current) >= 0 else None)
        self.blockSignals(False)
        self._completer.model().setStringList(list(self._entries))

    def unit_id(self) -> int | None:
        """The unit chosen (None: 全部单位, or nothing chosen yet)."""
        return self._chosen

    def set_unit(self, unit_id: int | None) -> None:
        """Show a unit without announcing it."""
        index = self.findData(unit_id) if unit_id is not None else -1
        self._chosen = unit_id if index >= 0 else None
        if index < 0 and self.allow_all:
            index = 0
        self.setCurrentIndex(index)
        self._show_all_as_empty()

    def choose_text(self, text: str) -> None:
        text = text.strip()
        if not text or (self.allow_all and text == self.itemText(0)):
            if self.allow_all:
                self._choose(None)
            return
        unit_id = self._entries.get(text)
        if unit_id is None:
            unit_id = self.resolve(text)
        if unit_id is None:
            self._not_found(text)
            return
        self._choose(unit_id)

    def _choose(self, unit_id: int | None) -> None:
        if unit_id is None and not self.allow_all:
            return
        changed = unit_id != self._chosen
        self.set_unit(unit_id)
        if changed or not self.allow_all:
            self.unit_chosen.emit(unit_id)

    def _not_found(self, text: str) -> None:
        """Say so and keep the unit chosen before: a typo must not silently widen a filter to every unit."""
        self.set_unit(self._chosen)
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()),
                          self.tr("未找到单位“{name}”，请从候选中选择").format(name=text), self)

    def _show_all_as_empty(self, *_) -> None:
        """全部单位 shows as an empty field with its hint, so typing a name needs no selecting first."""
        if self.allow_all and self.currentIndex() == 0 and self.lineEdit().text() == self.itemText(0):
            self.lineEdit().clear()
