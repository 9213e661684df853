"""The measure table's model: the ordered id list from one indexed query, display rows fetched a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor

from desktop.core.vocabulary import CONTEXT

from desktop.store.queries import MeasureFilter

from desktop.ui.context import AppContext

PAGE = 200
DISPLAY, TOOLTIP, USER, FOREGROUND = Qt.DisplayRole, Qt.ToolTipRole, Qt.UserRole, Qt.ForegroundRole
_ANSWERED = frozenset((DISPLAY, TOOLTIP, USER, FOREGROUND))   # a view asks ~10 roles per cell; refuse the rest at once
CONTEXT_COLOR = QColor("#6b7280")    # 指导思想, 发展目标…: shown, but grey — they assign nothing
COLUMNS = ("document", "path", "heading", "lead", "support", "due", "status", "owner")
SORT_ORDERS = {1: "document", 5: "due"}   # column → an order the store sorts by in SQL


def _headers() -> list[str]:
    tr = MeasureTableModel.tr
    return [tr("文件"), tr("路径"), tr("措施"), tr("牵头单位"), tr("配合单位"), tr("完成时限"), tr("状态"), tr("责任人")]


class _IdsLoaded(QObject):
    done = Signal(int, list)


class _IdQuery(QRunnable):
    """Runs the id query off the GUI thread: a text search over a large store must not freeze the window."""

    def __init__(self, ctx: AppContext, generation: int, f: MeasureFilter, order: str, signal: _IdsLoaded):
        super().__init__()
        self.ctx, self.generation, self.filter, self.order, self.signal = ctx, generation, f, order, signal

    def run(self):
        ids = self.ctx.store.measure_ids(self.filter, self.order)
        self.signal.done.emit(self.generation, ids)


class MeasureTableModel(QAbstractTableModel):
    ids_loaded = Signal(int)    # number of matching measures, after a filter or sort change

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ids: list[int] = []
        self.rows: dict[int, object] = {}
        self.position: dict[int, int] = {}
        self.fetched_rows = 0           # display rows read from the store since the last reset (benchmarks)
        self.filter = MeasureFilter()
        self.order = "document"
        self.snippets: dict[int, str] = {}
        self._generation = 0
        self._loaded = _IdsLoaded()
        self._loaded.done.connect(self._on_ids)
        self._headers = _headers()
        ctx.assignments_changed.connect(self.refresh_measures)

    # loading
    def set_filter(self, f: MeasureFilter, order: str | None = None, background: bool = True) -> None:
        self.filter = f
        if order is not None:
            self.order = order
        self._generation += 1
        if background:
            QThreadPool.globalInstance().start(_IdQuery(self.ctx, self._generation, f, self.order, self._loaded))
        else:
            self._on_ids(self._generation, self.ctx.store.measure_ids(f, self.order))

    def reload(self) -> None:
        self.set_filter(self.filter, background=False)

    def _on_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:  # a newer filter was asked for meanwhile
            return
        self.beginResetModel()
        self.ids = ids
        self.position = {mid: row for row, mid in enumerate(ids)}
        self.rows.clear()
        self.snippets.clear()
        self.fetched_rows = 0
        self.endResetModel()
        self.ids_loaded.emit(len(ids))

    def _fetch_page(self, row: int) -> None:
        first = row - row % PAGE
        page = [i for i in self.ids[first:first + PAGE] if i not in self.rows]
        for r in self.ctx.store.measure_rows(page):
            self.rows[r.id] = r
        if self.filter.text:
            self.snippets.update(self.ctx.store.snippets(page, self.filter.text))
        self.fetched_rows += len(page)

    def row_for(self, index_or_row) -> object | None:
        row = index_or_row.row() if isinstance(index_or_row, QModelIndex) else index_or_row
        if not 0 <= row < len(self.ids):
            return None
        mid = self.ids[row]
        if mid not in self.rows:
            self._fetch_page(row)
        return self.rows.get(mid)

    def refresh_measures(self, measure_ids: list[int]) -> None:
        """Re-read only the rows that changed and are loaded."""
        stale = [i for i in measure_ids if i in self.rows]
        for r in self.ctx.store.measure_rows(stale):
            self.rows[r.id] = r
        for mid in stale:
            row = self.position.get(mid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # Qt model interface
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            if orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
                return self._headers[section]
            if orientation == Qt.Vertical:
                return str(section + 1)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if role not in _ANSWERED or not index.isValid():
            return None
        r = self.row_for(index)
        if r is None:
            return None
        if role == USER:
            return r.id
        context = r.kind == CONTEXT
        if role == FOREGROUND:
            return CONTEXT_COLOR if context else None
        column = COLUMNS[index.column()]
        if context and column == "heading":
            mark = self.tr("〔背景〕")
            if role == TOOLTIP:
                return mark + self.tr("背景条目（指导思想、目标等），不分配任务：") + (self.snippets.get(r.id) or r.heading)
            return mark + r.heading
        if column == "heading" and self.snippets.get(r.id):
            text = r.heading if role == DISPLAY else self.snippets[r.id]
            return text
        return _cell(r, column)

    def sort(self, column, order=Qt.AscendingOrder):
        key = SORT_ORDERS.get(column, "document")
        if order == Qt.DescendingOrder:
            key += "_desc"
        if key != self.order:
            self.set_filter(self.filter, key, background=False)


def _cell(r, column: str) -> str:
    from desktop.core.path_format import format_path
    from desktop.ui.common.status_labels import status_label
    if column == "document":
        return r.document_title or ""
    if column == "path":
        return format_path(r.path)
    if column == "heading":
        return r.heading
    if column == "lead":
        return "、".join(r.lead)
    if column == "support":
        return "、".join(r.support)
    if column == "due":
        return r.due_date or ""
    if column == "status":
        return status_label(r.status)
    return r.owner or ""
