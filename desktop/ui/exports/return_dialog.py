"""A returned ledger before anything is written: its changes, its conflicts with a choice each, rows not read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

if TYPE_CHECKING:   # openpyxl and rapidfuzz load when a return is read, not at start-up
    from exporters.returns import ReturnPreview

FLAG = QColor("#fdebc4")   # rows matched by 序号 + 重点任务: the officer should look at them


def _table(headers: list[str], rows: list[list[str]], name: str, flagged: set[int] = frozenset()) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if r in flagged:
                item.setBackground(FLAG)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(len(headers)):
        table.setColumnWidth(c, min(table.columnWidth(c), 320))
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ReturnPreviewDialog(QDialog):
    """Accepting it means: write the changes and the conflicts chosen 采用文件值 (``choices()``)."""

    def __init__(self, preview: ReturnPreview, parent: QWidget | None = None, round_name: str | None = None):
        super().__init__(parent)
        self.preview = preview
        self.round_name = round_name   # the reporting round the return counts for, None for none
        self.setWindowTitle(self.tr("导入回收台账 — {name}").format(name=preview.path.name))
        self.resize(980, 560)
        p = preview
        exported = p.exported_at or self.tr("未知（无导出记录，无法判断冲突）")
        self.summary = QLabel(self.tr("填报单位：{unit}　导出时间：{at}\n对应任务 {rows} 行：修改 {changes} 处，"
                                      "冲突 {conflicts} 处，未读取 {rejected} 行，按序号和重点任务匹配 {fuzzy} 行（黄色，请核对）")
                              .format(unit=p.unit_name, at=exported, rows=p.matched_rows, changes=len(p.changes),
                                      conflicts=len(p.conflicts), rejected=len(p.rejected), fuzzy=len(p.fuzzy)),
                              objectName="returnSummary")
        if round_name:
            self.summary.setText(self.summary.text() + self.tr("\n计入报送轮次：{name}").format(name=round_name))
        if p.due_changes:
            self.summary.setText(self.summary.text() + self.tr("\n完成时限改动 {n} 处：不写入，请在“完成时限”页核对")
                                 .format(n=len(p.due_changes)))
        names = {"status": self.tr("状态"), "owner": self.tr("责任人"), "progress": self.tr("进展情况"),
                 "issues": self.tr("存在问题"), "next_steps": self.tr("下一步措施")}
        fuzzy_rows = {f.row for f in p.fuzzy}
        blank = self.tr("（空）")
        self.changes = _table(
            [self.tr("行"), self.tr("序号"), self.tr("字段"), self.tr("系统现值"), self.tr("文件填写")],
            [[str(c.row), c.number, names[c.field], c.old or blank, c.new or blank] for c in p.changes],
            "returnChanges", {i for i, c in enumerate(p.changes) if c.row in fuzzy_rows})
        self.conflicts = _table(
            [self.tr("行"), self.tr("序号"), self.tr("字段"), self.tr("导出时"), self.tr("系统现值"), self.tr("文件填写"),
             self.tr("采用")],
            [[str(c.row), c.number, names[c.field], c.exported or blank, c.store or blank,
              c.file or blank, ""] for c in p.conflicts], "returnConflicts")
        header = self.conflicts.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(5, QHeaderView.Stretch)     # the file's text gets the room, the choice does not
        self.conflicts.setColumnWidth(6, 130)
        self.pickers: list[QComboBox] = []
        for r in range(len(p.conflicts)):
            picker = QComboBox(objectName=f"conflictChoice{r}")
            picker.setAccessibleName(self.tr("第 {row} 行冲突采用哪一边").format(row=p.conflicts[r].row))
            picker.addItem(self.tr("保留系统值"), "store")
            picker.addItem(self.tr("采用文件值"), "file")
            picker.currentIndexChanged.connect(self._count)
            self.conflicts.setCellWidget(r, 6, picker)
            self.pickers.append(picker)
        self.rejected = _table([self.tr("行"), self.tr("系统编号"), self.tr("原因")],
                               [[str(r.row), f"A{r.assignment_id}" if r.assignment_id else "", r.reason]
                                for r in p.rejected], "returnRejected")
        self.fuzzy = _table([self.tr("行"), self.tr("对应到序号"), self.tr("相似度"), self.tr("未按系统编号的原因")],
                            [[str(f.row), f.number, f"{f.score:.0f}", f.why] for f in p.fuzzy], "returnFuzzy",
                            set(range(len(p.fuzzy))))
        self.dues = _table([self.tr("行"), self.tr("序号"), self.tr("导出时"), self.tr("文件填写"), self.tr("按日期读作")],
                           [[str(d.row), d.number, d.exported or blank, d.file or blank, d.reading or self.tr("（非具体日期）")]
                            for d in p.due_changes], "returnDueChanges", set(range(len(p.due_changes))))
        for table, name in ((self.changes, self.tr("修改")), (self.conflicts, self.tr("冲突")),
                            (self.rejected, self.tr("未读取的行")), (self.fuzzy, self.tr("按序号匹配的行")),
                            (self.dues, self.tr("完成时限改动（不写入）"))):
            table.setAccessibleName(name)
        self.tabs = QTabWidget(objectName="returnTabs")
        self.tabs.addTab(self.changes, self.tr("修改 ({n})").format(n=len(p.changes)))
        conflicts = QWidget()
        box = QVBoxLayout(conflicts)
        row = QHBoxLayout()
        for text, side in ((self.tr("全部采用文件值"), "file"), (self.tr("全部保留系统值"), "store")):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, side=side: self.choose_all(side))
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.conflicts)
        self.tabs.addTab(conflicts, self.tr("冲突 ({n})").format(n=len(p.conflicts)))
        self.tabs.addTab(self.rejected, self.tr("未读取 ({n})").format(n=len(p.rejected)))
        self.tabs.addTab(self.fuzzy, self.tr("按序号匹配 ({n})").format(n=len(p.fuzzy)))
        dues = QWidget()
        box = QVBoxLayout(dues)
        box.addWidget(QLabel(self.tr("部门改动的完成时限不会写入。如需调整，请核对后在任务中修改。"), wordWrap=True))
        box.addWidget(self.dues)
        self.tabs.addTab(dues, self.tr("完成时限 ({n})").format(n=len(p.due_changes)))
        if not p.changes and p.conflicts:
            self.tabs.setCurrentIndex(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.Ok)
        self.apply_button.setObjectName("applyReturn")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._count()

    def choose_all(self, side: str) -> None:
        for picker in self.pickers:
            picker.setCurrentIndex(picker.findData(side))

    def choose(self, index: int, side: str) -> None:
        self.pickers[index].setCurrentIndex(self.pickers[index].findData(side))

    def choices(self) -> dict[tuple[int, str], str]:
        return {(c.assignment_id, c.field): picker.currentData()
                for c, picker in zip(self.preview.conflicts, self.pickers)}

    def writes(self) -> int:
        return len(self.preview.changes) + sum(side == "file" for side in self.choices().values())

    def _count(self) -> None:
        n = self.writes()
        if n:
            self.apply_button.setText(self.tr("写入 {n} 处").format(n=n))
        else:   # nothing to write, but a return in a round still counts as received
            self.apply_button.setText(self.tr("记为已报送（无修改）") if self.round_name else self.tr("无可写入的修改"))
        self.apply_button.setEnabled(n > 0 or bool(self.round_name))
        self.apply_button.setFocus(Qt.OtherFocusReason)
