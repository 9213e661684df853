"""A document's outline as a tree: label and heading per node; measures carry their id for selection."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont

NODE_ID = Qt.UserRole + 1
IS_MEASURE = Qt.UserRole + 2


class OutlineModel(QAbstractItemModel):
    """One model for the window's life, over the store's plain outline rows.

    Indexes carry the node id; switching documents swaps the row lists inside one reset. The model used to be a
    QStandardItemModel rebuilt per document: PySide keeps a Python wrapper of every item appended under the root, and
    clear() never let them go — ~5,000 objects and ~6 MB more for every 150 documents shown (issue 15.19).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: dict[int, object] = {}              # node id → OutlineRow
        self.children: dict[int | None, list[int]] = {None: []}   # parent id (None: the top) → child ids in order
        self._row_of: dict[int, int] = {}              # node id → its row under its parent
        self._bold = QFont()
        self._bold.setBold(True)
        self._header = self.tr("提纲")

    def set_outline(self, rows) -> None:
        self.beginResetModel()
        self.rows = {r.id: r for r in rows}
        self.children = {None: []}
        self._row_of = {}
        for r in rows:
            parent = r.parent_id if r.parent_id in self.rows else None   # a missing parent: shown at the top
            siblings = self.children.setdefault(parent, [])
            self._row_of[r.id] = len(siblings)
            siblings.append(r.id)
        self.endResetModel()

    def index_of(self, node_id: int) -> QModelIndex | None:
        return self.createIndex(self._row_of[node_id], 0, node_id) if node_id in self.rows else None

    # Qt model interface
    def index(self, row, column, parent=QModelIndex()):
        parent_id = parent.internalId() if parent.isValid() else None
        siblings = self.children.get(parent_id, ())
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index=None):
        if index is None:           # QObject.parent()
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        row = self.rows.get(index.internalId())
        if row is None or row.parent_id not in self.rows:
            return QModelIndex()
        return self.createIndex(self._row_of[row.parent_id], 0, row.parent_id)

    def rowCount(self, parent=QModelIndex()):
        if parent.isValid():
            return 0 if parent.column() else len(self.children.get(parent.internalId(), ()))
        return len(self.children[None])

    def columnCount(self, parent=QModelIndex()):
        return 1

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and section == 0:
            return self._header
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows.get(index.internalId())
        if r is None:
            return None
        if role == Qt.DisplayRole:
            return f"{r.label} {r.heading}".strip()
        if role == Qt.ToolTipRole:
            return r.heading
        if role == NODE_ID:
            return r.id
        if role == IS_MEASURE:
            return r.is_measure
        if role == Qt.FontRole and not r.is_measure:
            return self._bold
        return None
