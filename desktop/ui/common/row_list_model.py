"""A table model over a Python list of frozen store rows, one row each, with fixed column headers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt


class RowListModel(QAbstractTableModel):
    """Subclasses set ``headers``, fill ``rows`` and answer ``data``; counts, headers and row lookup live here."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list = []
        self.headers: list[str] = []

    def row_at(self, index: QModelIndex):
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
