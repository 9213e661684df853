"""After an import: one row per file with what happened, failures and 需核对 first — never a silent empty import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from desktop.ui.review.document_warnings import ALARM_COLOR, warning_reasons

CHECK = "check"     # not a store status: an import that came back with no measures or no units
_ORDER = {"failed": 0, CHECK: 1, "skipped": 2, "cancelled": 3, "new_version": 4, "imported": 5, "duplicate": 6}
_GREY = QColor("#6b7280")
DOCUMENT_ID = Qt.UserRole + 1


def shown_status(outcome) -> str:
    """The row's state as the list shows it: 需核对 wins over 已导入."""
    return CHECK if outcome.alarming else outcome.status


class ImportResultDialog(QDialog):
    """A document imported with no measures, or with tasks but no units, is 需核对 (red) with the engine's reason; a
    file the folder import left out is 已跳过 with its reason; double-click a 需核对 row to see its 识别情况."""

    diagnostics_asked = Signal(int)     # a document id: the officer wants to see what the engine saw in it

    def __init__(self, outcomes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入结果"))
        self.resize(900, 400)
        labels = {"imported": self.tr("已导入"), "new_version": self.tr("新版本"), "duplicate": self.tr("重复，未改动"),
                  CHECK: self.tr("需核对"), "skipped": self.tr("已跳过"), "failed": self.tr("失败"),
                  "cancelled": self.tr("已取消")}
        states = [shown_status(o) for o in outcomes]
        counts = {k: states.count(k) for k in labels}
        summary = "，".join(f"{labels[k]} {n}" for k, n in counts.items() if n)
        self.summary = QLabel(self.tr("共 {n} 个文件：").format(n=len(outcomes)) + summary)
        self.summary.setObjectName("importSummary")
        self.table = QTableWidget(len(outcomes), 3, self)
        self.table.setObjectName("importResults")
        self.table.setAccessibleName(self.tr("导入结果"))
        self.table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("结果"), self.tr("说明")])
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setWordWrap(True)     # a 需核对 reason is a sentence: read whole, not cut at the edge
        ordered = sorted(outcomes, key=lambda o: _ORDER.get(shown_status(o), 9))
        for row, o in enumerate(ordered):
            state = shown_status(o)
            explanation = self._explain(o, state)
            cells = [Path(o.path).name, labels.get(state, o.status), explanation]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(o.path if col == 0 else (o.message if col == 2 and state == CHECK else text))
                item.setData(DOCUMENT_ID, o.document_id)
                if state in ("failed", CHECK):
                    item.setForeground(ALARM_COLOR)
                elif state == "skipped":
                    item.setForeground(_GREY)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 260))
        self.table.setColumnWidth(2, 560)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeRowsToContents()
        self.table.cellDoubleClicked.connect(self._on_double_click)
        self.hint = QLabel(self.tr("红色的文件需核对：双击可查看“识别情况”，并可复制发给技术支持。"))
        self.hint.setObjectName("importCheckHint")
        self.hint.setVisible(counts[CHECK] > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.details_button = QPushButton(self.tr("识别情况…"), objectName="importDiagnostics")
        self.details_button.clicked.connect(self._on_details)
        buttons.addButton(self.details_button, QDialogButtonBox.ActionRole)
        self.details_button.setVisible(counts[CHECK] > 0)     # after addButton, which shows it
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        if counts[CHECK]:
            self.table.selectRow(sum(s == "failed" for s in states))   # the first 需核对 row
        self.table.setFocus(Qt.OtherFocusReason)

    def _explain(self, o, state: str) -> str:
        """The reason first: 需核对 says what is missing, 已跳过 why it was left out; else the store's message."""
        if state == CHECK:
            return "；".join(warning_reasons(o.warnings)) + self.tr("（{message}）").format(
                message=o.message.split("；")[0])
        return o.message

    def _on_double_click(self, row: int, _column: int) -> None:
        document_id = self.table.item(row, 0).data(DOCUMENT_ID)
        if document_id is not None:
            self.diagnostics_asked.emit(document_id)

    def _on_details(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self._on_double_click(row, 0)
