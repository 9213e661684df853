"""推进历程: the chosen measure's status, progress, issues and next steps per round and unit (a dock)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.store.rounds.book import RoundBook

from desktop.ui.context import AppContext


class RoundHistoryPane(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.book = RoundBook(ctx.store)
        self.measure_id: int | None = None
        self.hint = QLabel(self.tr("选择一项措施，查看它在各期调度中的推进情况。"), self, objectName="historyHint")
        self.hint.setWordWrap(True)
        headers = [self.tr("期次"), self.tr("单位"), self.tr("状态"), self.tr("进展情况"), self.tr("存在问题"),
                   self.tr("下一步措施")]
        self.table = QTableWidget(0, len(headers), self, objectName="roundHistory")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.setAccessibleName(self.tr("推进历程"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        ctx.measure_selected.connect(self.show_measure)

    def show_measure(self, measure_id: int) -> None:
        self.measure_id = measure_id
        entries = self.book.history(measure_id)
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for col, text in enumerate((e.round_name, e.unit_name, e.status, e.progress, e.issues, e.next_steps)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.hint.setText(self.tr("该措施尚无调度记录。") if not entries else
                          self.tr("共 {0} 条，按期次排列。").format(len(entries)))
