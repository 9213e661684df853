"""Which columns of the measure table show and how wide: fitted to the table's width until the officer chooses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from desktop.ui.review.measure_table_model import COLUMNS

# what stays in view first when room is short: the measure, who leads, by when, how far; then the rest
PRIORITY = ("heading", "lead", "due", "status", "path", "document", "support", "owner")
ESSENTIAL = frozenset(("heading", "lead", "due", "status"))
WIDTHS = {"document": 110, "path": 78, "lead": 118, "support": 150, "due": 84, "status": 60, "owner": 64}
HEADING_MIN = 170


class MeasureColumns(QObject):
    """Until the officer resizes or picks a column by hand (header right-click), columns follow the table's width:
    措施, 牵头单位, 完成时限 and 状态 always show, the others when there is room; 措施 takes what is left. The 文件
    column hides while the table shows one document (every row would repeat its title)."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        self.auto = True               # fitted to the width; False once the officer chose
        self.single_document = False
        self._hidden_by_hand: set[str] = set()
        self._fitting = False
        self._dragging = False         # a section edge is being dragged by the officer's mouse
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        header.sectionResized.connect(self._resized)
        header.setToolTip(self.tr("右键单击表头可选择显示哪些列"))
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)   # its Resize arrives once the viewport has its new width
        self._header_viewport = header.viewport()
        self._header_viewport.installEventFilter(self)

    def column(self, kind: str) -> int:
        return COLUMNS.index(kind)

    def visible(self) -> list[str]:
        return [k for k in COLUMNS if not self.table.isColumnHidden(self.column(k))]

    def set_single_document(self, single: bool) -> None:
        self.single_document = single
        self.fit()

    def chosen_by_hand(self) -> None:
        """A layout restored from the settings: keep it as the officer left it."""
        self.auto = False
        self._hidden_by_hand = {k for k in COLUMNS if self.table.isColumnHidden(self.column(k))}
        self.fit()

    def fit(self) -> None:
        self._fitting = True
        try:
            if self.auto:
                self._fit_to_width()
            else:
                for kind in COLUMNS:
                    hide = kind in self._hidden_by_hand or (kind == "document" and self.single_document)
                    self.table.setColumnHidden(self.column(kind), hide)
        finally:
            self._fitting = False

    def _fit_to_width(self) -> None:
        room = self.table.viewport().width()
        if room <= 0:
            return
        shown, used, full = set(), HEADING_MIN, False
        for kind in PRIORITY[1:]:
            if kind == "document" and self.single_document:
                continue
            full = full or (kind not in ESSENTIAL and used + WIDTHS[kind] > room)
            if kind in ESSENTIAL or not full:    # in order: a later, narrower column never pushes out an earlier
                shown.add(kind)
                used += WIDTHS[kind]
        shown.add("heading")
        for kind in COLUMNS:
            self.table.setColumnHidden(self.column(kind), kind not in shown)
            if kind in WIDTHS and kind in shown:
                self.table.setColumnWidth(self.column(kind), WIDTHS[kind])
        rest = room - sum(WIDTHS[k] for k in shown if k in WIDTHS)
        self.table.setColumnWidth(self.column("heading"), max(HEADING_MIN, rest))

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Resize and self.auto and watched is self._viewport:
            self.fit()
        elif kind in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease) and watched is self._header_viewport:
            self._dragging = kind == QEvent.MouseButtonPress
        return False

    def _resized(self, *_):
        if self._dragging and not self._fitting:
            self.auto = False
            self._hidden_by_hand = {k for k in COLUMNS if self.table.isColumnHidden(self.column(k))
                                    and not (k == "document" and self.single_document)}

    def _menu(self, pos) -> None:
        menu = QMenu(self.table)
        model = self.table.model()
        for i, kind in enumerate(COLUMNS):
            action = menu.addAction(model.headerData(i, Qt.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.setEnabled(kind != "heading")
            action.toggled.connect(lambda on, kind=kind: self._toggle(kind, on))
        menu.addSeparator()
        fit = menu.addAction(self.tr("按窗口宽度自动排列"))
        fit.triggered.connect(self._back_to_auto)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _toggle(self, kind: str, on: bool) -> None:
        self.auto = False
        self._hidden_by_hand = {k for k in COLUMNS if self.table.isColumnHidden(self.column(k))}
        (self._hidden_by_hand.discard if on else self._hidden_by_hand.add)(kind)
        if on and self.table.columnWidth(self.column(kind)) < 20:
            self.table.setColumnWidth(self.column(kind), WIDTHS.get(kind, 120))
        self.fit()

    def _back_to_auto(self) -> None:
        self.auto = True
        self._hidden_by_hand.clear()
        self.fit()
