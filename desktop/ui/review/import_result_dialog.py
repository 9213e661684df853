"""After an import: one row per file with what happened, failures first, in the engine's own words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

_ORDER = {"failed": 0, "cancelled": 1, "new_version": 2, "imported": 3, "duplicate": 4}


class ImportResultDialog(QDialog):
    def __init__(self, outcomes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入结果"))
        self.resize(820, 360)
        labels = {"imported": self.tr("已导入"), "new_version": self.tr("新版本"), "duplicate": self.tr("重复，未改动"),
                  "failed": self.tr("失败"), "cancelled": self.tr("已取消")}
        counts = {k: sum(o.status == k for o in outcomes) for k in labels}
        summary = "，".join(f"{labels[k]} {n}" for k, n in counts.items() if n)
        self.summary = QLabel(self.tr("共 {n} 个文件：").format(n=len(outcomes)) + summary)
        self.table = QTableWidget(len(outcomes), 3, self)
        self.table.setObjectName("importResults")
        self.table.setAccessibleName(self.tr("导入结果"))
        self.summary.setObjectName("importSummary")
        self.table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("结果"), self.tr("说明")])
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for row, o in enumerate(sorted(outcomes, key=lambda o: _ORDER.get(o.status, 9))):
            cells = [Path(o.path).name, labels.get(o.status, o.status), o.message]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(o.path if col == 0 else text)
                if o.status == "failed":
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.OtherFocusReason)
