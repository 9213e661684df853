"""The 调度 tab: one round's units × 已报送/未报送/逾期 with dates, its change sentence, and 新建一期…, 催办, 关闭本期."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.core.rounds.rules import OVERDUE, outstanding_units, state_text, unit_state
from desktop.store.rounds.book import RoundBook
from exporters.reminder import write_reminders
from desktop.round_jobs import reminders_for, start_round

from desktop.ui.common.file_dialogs import choose_folder
from desktop.ui.context import AppContext

LATE = QBrush(QColor("#b3261e"))


class NewRoundDialog(QDialog):
    """Name and due date of a new round (the folder is asked for after)."""

    def __init__(self, suggested: str, today: dt.date, documents=(), parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建一期"))
        self.scope = QComboBox(self, objectName="roundScope")
        self.scope.addItem(self.tr("全部文件"), None)
        for doc in documents:
            self.scope.addItem(doc.title or doc.source_name, doc.id)
        self.name = QLineEdit(suggested, self, objectName="roundName")
        self.due = QDateEdit(QDate(today + dt.timedelta(days=7)), self, objectName="roundDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(self)
        form.addRow(self.tr("本期名称"), self.name)
        form.addRow(self.tr("报送截止"), self.due)
        form.addRow(self.tr("范围"), self.scope)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, dt.date, list[int] | None]:
        """Name, due date, and the chosen document's id in a list (None: every document)."""
        doc = self.scope.currentData()
        return self.name.text().strip(), self.due.date().toPython(), None if doc is None else [doc]


class RoundsTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx, self.book = ctx, RoundBook(ctx.store)
        self.rounds: list = []
        self.chooser = QComboBox(self, objectName="roundChooser")
        self.chooser.setAccessibleName(self.tr("选择期次"))
        self.facts = QLabel(self, objectName="roundFacts")
        self.change = QLabel(self, objectName="roundChanges")
        headers = [self.tr("单位"), self.tr("任务数"), self.tr("报送情况"), self.tr("收到日期")]
        self.table = QTableWidget(0, len(headers), self, objectName="roundUnits")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)   # 已报送（5月12日，逾期2天） whole
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("各单位报送情况"))
        self.new_button = QPushButton(self.tr("新建一期…"), self, objectName="newRound")
        self.remind_button = QPushButton(self.tr("催办"), self, objectName="remindRound")
        self.remind_button.setToolTip(self.tr("为每个逾期未报送的单位生成提醒函"))
        self.close_button = QPushButton(self.tr("关闭本期"), self, objectName="closeRound")
        self.close_button.setToolTip(self.tr("关闭后不再接收本期报送"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("期次"), self))
        top.addWidget(self.chooser, 1)
        for b in (self.new_button, self.remind_button, self.close_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.change)
        layout.addWidget(self.table, 1)
        self.chooser.currentIndexChanged.connect(self.show_round)
        self.new_button.clicked.connect(self.ask_new_round)
        self.remind_button.clicked.connect(self.ask_remind)
        self.close_button.clicked.connect(self.ask_close)
        ctx.assignments_changed.connect(lambda _ids: self.show_round())
        self.reload()

    # reading
    def reload(self, select: str | None = None) -> None:
        """Read the rounds again; show ``select`` (a name), else the current round."""
        self.rounds = self.book.rounds()
        current = select or (c.name if (c := self.book.current()) else None)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems([r.name for r in self.rounds])
        if current:
            self.chooser.setCurrentText(current)
        self.chooser.blockSignals(False)
        self.show_round()

    def showEvent(self, event) -> None:
        """Read again on coming into view: a return imported from the 导出 menu or the command line counts here."""
        self.reload(self.chooser.currentText() or None)
        super().showEvent(event)

    def chosen(self):
        i = self.chooser.currentIndex()
        return self.rounds[i] if 0 <= i < len(self.rounds) else None

    def show_round(self, *_args) -> None:
        r, today = self.chosen(), self.ctx.today()
        units = self.book.units(r.id) if r else []
        self.table.setRowCount(len(units))
        for row, u in enumerate(units):
            late = unit_state(u, r.due, today) == OVERDUE
            cells = (u.unit_name, str(u.tasks), state_text(u, r.due, today),
                     u.received.isoformat() if u.received else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if late:
                    item.setForeground(LATE)
                self.table.setItem(row, col, item)
        if r is None:
            self.facts.setText(self.tr("还没有调度。点“新建一期…”为每个单位导出待填报的台账。"))
            self.change.clear()
        else:
            state = (self.tr("已于 {0} 关闭").format(r.closed.isoformat()) if r.closed else self.tr("进行中"))
            missing = len(outstanding_units(units))
            self.facts.setText(self.tr("{0}（{1}）：导出 {2}，报送截止 {3}；共 {4} 个单位，已报送 {5}，未报送 {6}").format(
                r.name, state, r.exported.isoformat(), r.due.isoformat(), len(units), len(units) - missing, missing))
            self.change.setText(self.book.changes(r.id).sentence())
        self.remind_button.setEnabled(bool(r and r.is_open))
        self.close_button.setEnabled(bool(r and r.is_open))

    # actions (the dialogs ask, these do)
    def new_round(self, name: str, due: dt.date, folder: Path, document_ids=None) -> str | None:
        """Write every unit's workbook into ``folder`` and record the round; a refusal comes back as a message."""
        try:
            r = start_round(self.ctx.store, self.book, name, due, folder, document_ids, today=self.ctx.today())
        except ValueError as e:
            return str(e)
        except OSError as e:
            return self.tr("无法写入 {0}：{1}").format(folder, e.strerror or e)
        self.reload(r.name)
        return None

    def remind(self, folder: Path, reply_by: dt.date | None = None) -> list[Path]:
        r, today = self.chosen(), self.ctx.today()
        letters = reminders_for(self.book, r, today, reply_by or today + dt.timedelta(days=3))
        return write_reminders(letters, folder) if letters else []

    def close_round(self) -> None:
        self.book.close(self.chosen().id, self.ctx.today())
        self.reload(self.chosen().name)

    def ask_new_round(self) -> None:
        n = len(self.rounds) + 1
        dialog = NewRoundDialog(f"{self.ctx.today().year}年第{n}期", self.ctx.today(), self.ctx.store.documents(), self)
        if dialog.exec() != QDialog.Accepted:
            return
        folder = choose_folder(self, self.tr("各单位台账保存到"), "")
        if folder:
            name, due, documents = dialog.values()
            error = self.new_round(name, due, Path(folder), documents)
            if error:
                QMessageBox.warning(self, self.tr("新建一期"), error)

    def ask_remind(self) -> None:
        folder = choose_folder(self, self.tr("提醒函保存到"), "")
        if not folder:
            return
        try:
            paths = self.remind(Path(folder))
        except OSError as e:
            QMessageBox.warning(self, self.tr("催办"), self.tr("无法写入 {0}：{1}").format(folder, e.strerror or e))
            return
        QMessageBox.information(self, self.tr("催办"), self.tr("已生成 {0} 份提醒函。").format(len(paths)) if paths
                                else self.tr("没有逾期未报送的单位，无需催办。"))

    def ask_close(self) -> None:
        r = self.chosen()
        if QMessageBox.question(self, self.tr("关闭本期"),
                                self.tr("关闭“{0}”后，本期台账不再接收报送。确定关闭？").format(r.name)) == QMessageBox.Yes:
            self.close_round()
