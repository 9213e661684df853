"""A document's outline as a tree: label and heading per node; measures carry their id for selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

NODE_ID = Qt.UserRole + 1
IS_MEASURE = Qt.UserRole + 2


class OutlineModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("提纲")])
        self.items: dict[int, QStandardItem] = {}

    def set_outline(self, rows) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("提纲")])
        self.items = {}
        for r in rows:
            item = QStandardItem(f"{r.label} {r.heading}".strip())
            item.setEditable(False)
            item.setToolTip(r.heading)
            item.setData(r.id, NODE_ID)
            item.setData(r.is_measure, IS_MEASURE)
            if not r.is_measure:
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            parent = self.items.get(r.parent_id)
            (parent or self.invisibleRootItem()).appendRow(item)
            self.items[r.id] = item

    def index_of(self, node_id: int):
        item = self.items.get(node_id)
        return item.index() if item else None
