"""The measure table's filter bar: text, unit, role, status, due, document, tag and kind, as one MeasureFilter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QToolButton, QVBoxLayout, QWidget

from desktop.core.search_terms import MAX_TERMS, unused_terms
from desktop.core.vocabulary import LEAD, STATUSES, SUPPORT, TASK
from desktop.store.queries import MeasureFilter

from desktop.ui.common.status_labels import status_label
from desktop.ui.review.unit_picker import UnitPicker

_DUE_ANY, _DUE_OVERDUE, _DUE_SOON = 0, 1, 2


class FilterBar(QWidget):
    changed = Signal(object)   # MeasureFilter

    def __init__(self, today, resolve_unit, parent=None):
        super().__init__(parent)
        self.today = today
        self.search = QLineEdit(placeholderText=self.tr("搜索措施全文（Ctrl+F）"), clearButtonEnabled=True)
        self.search.setObjectName("filterText")
        self.search.setAccessibleName(self.tr("搜索措施全文"))
        self.unit = UnitPicker(resolve_unit, self, allow_all=True)
        self.unit.setObjectName("unitFilter")
        self.unit.setAccessibleName(self.tr("单位筛选"))
        self.role = self._combo("roleFilter", self.tr("角色筛选"),
                                [(self.tr("全部角色"), None), (self.tr("● 牵头"), LEAD), (self.tr("○ 配合"), SUPPORT)])
        self.status = self._combo("statusFilter", self.tr("状态筛选"),
                                  [(self.tr("全部状态"), None)] + [(status_label(s), s) for s in STATUSES])
        self.due = self._combo("dueFilter", self.tr("时限筛选"),
                               [(self.tr("全部时限"), _DUE_ANY), (self.tr("已逾期"), _DUE_OVERDUE),
                                (self.tr("即将到期"), _DUE_SOON)])
        self.days = QSpinBox(minimum=1, maximum=365, value=14, suffix=self.tr(" 天内"), objectName="dueDays")
        self.days.setAccessibleName(self.tr("到期天数"))
        self.days.setEnabled(False)
        self.document = self._combo("documentFilter", self.tr("文件筛选"), [(self.tr("全部文件"), None)])
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document.setMinimumContentsLength(8)
        self.tag = self._combo("tagFilter", self.tr("标签筛选"), [(self.tr("全部标签"), None)])
        self.kind = self._combo("kindFilter", self.tr("条目筛选"), [(self.tr("全部条目"), None), (self.tr("仅任务"), TASK)])
        self.kind.setToolTip(self.tr("仅任务：不显示指导思想、发展目标等背景条目"))
        self.clear_button = QToolButton(text=self.tr("清除筛选"), objectName="clearFilters")
        self.clear_button.setToolTip(self.tr("清除全部筛选条件（Ctrl+Shift+L）"))
        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.unit, 2)
        top.addWidget(self.kind)        # up here: the row below is already as wide as a narrow table allows
        top.addWidget(self.clear_button)
        for w in (self.role, self.status, self.due, self.days, self.document, self.tag):
            bottom.addWidget(w, 2 if w is self.document else 0)
        bottom.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.document.setMaximumWidth(320)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.emit_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.unit.unit_chosen.connect(self.emit_filter)
        for combo in (self.role, self.status, self.document, self.tag, self.kind):
            combo.currentIndexChanged.connect(self.emit_filter)
        self.due.currentIndexChanged.connect(self._on_due)
        self.days.valueChanged.connect(self.emit_filter)
        self.clear_button.clicked.connect(self.clear)

    def _combo(self, name: str, accessible: str, items) -> QComboBox:
        combo = QComboBox(self, objectName=name)
        combo.setAccessibleName(accessible)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def set_choices(self, units, documents, tags) -> None:
        """Fill the pickers from the store, keeping what is chosen."""
        self.unit.set_units(units)
        for combo, items in ((self.document, [(d.title or d.source_name, d.id) for d in documents]),
                             (self.tag, [(t, t) for t in tags])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def _on_due(self) -> None:
        self.days.setEnabled(self.due.currentData() == _DUE_SOON)
        self.emit_filter()

    def current(self) -> MeasureFilter:
        today: dt.date = self.today()
        due = self.due.currentData()
        return MeasureFilter(
            document_id=self.document.currentData(), unit_id=self.unit.unit_id(), role=self.role.currentData(),
            status=self.status.currentData(), text=self.search.text().strip() or None,
            overdue_on=today.isoformat() if due == _DUE_OVERDUE else None,
            due_after=today.isoformat() if due == _DUE_SOON else None,
            due_before=(today + dt.timedelta(days=self.days.value())).isoformat() if due == _DUE_SOON else None,
            tag=self.tag.currentData(), kind=self.kind.currentData())

    def emit_filter(self, *_):
        self._debounce.stop()
        self._say_unused_terms()
        self.changed.emit(self.current())

    def _say_unused_terms(self) -> None:
        """A pasted text longer than a search takes is searched by its first words, and the box says so."""
        unused = unused_terms(self.search.text())
        self.search.setStyleSheet("QLineEdit { border: 1px solid #b91c1c; }" if unused else "")
        self.search.setToolTip(self.tr("搜索词过多：只按前 {max} 个词搜索，其余 {n} 个词未使用").format(
            max=MAX_TERMS, n=unused) if unused else "")

    def set_document(self, document_id: int | None) -> None:
        """Filter on one document (None: all), as a click in the library asks."""
        index = max(0, self.document.findData(document_id)) if document_id is not None else 0
        if index != self.document.currentIndex():
            self.document.setCurrentIndex(index)   # announced through currentIndexChanged

    def filter_by_unit(self, unit_id: int) -> None:
        self.unit.set_unit(unit_id)
        self.emit_filter()

    def clear(self) -> None:
        widgets = (self.unit, self.role, self.status, self.due, self.document, self.tag, self.kind)
        for w in widgets:
            w.blockSignals(True)
        self.unit.set_unit(None)
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        for w in widgets:
            w.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.days.setEnabled(False)
        self.emit_filter()
