"""A save that met someone else's newer one: both values side by side, a choice per field (the returned-ledger
conflict table's look), nothing written until the officer accepts."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.core.vocabulary import LEAD, SUPPORT
from desktop.ui.common.status_labels import status_label
from desktop.ui.exports.return_dialog import _table


class EditConflictDialog(QDialog):
    """Accepting it means: save this officer's value for each field chosen 采用我的 (``keep_mine()``)."""

    def __init__(self, conflict, parent=None):
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("修改冲突"))
        self.resize(760, 360)
        names = {"status": self.tr("状态"), "owner": self.tr("责任人"), "progress": self.tr("进展情况"),
                 "due_date": self.tr("完成时限"), "role": self.tr("角色"), "unit": self.tr("单位")}
        blank = self.tr("（空）")
        roles = {LEAD: self.tr("牵头"), SUPPORT: self.tr("配合")}

        def shown(field, value):
            if value in (None, ""):
                return blank
            if field == "status":
                return status_label(value)
            return roles.get(value, str(value)) if field == "role" else str(value)

        rows = [[f"A{c.entity_id}", names.get(c.field, c.field), shown(c.field, c.theirs), shown(c.field, c.mine), ""]
                for c in conflict.conflicts]
        self.table = _table([self.tr("系统编号"), self.tr("字段"), self.tr("他人已保存"), self.tr("我的修改"),
                             self.tr("采用")], rows, "editConflicts")
        self.table.setAccessibleName(self.tr("修改冲突"))
        self.pickers: list[QComboBox] = []
        for r, c in enumerate(conflict.conflicts):
            picker = QComboBox(objectName=f"editConflictChoice{r}")
            picker.setAccessibleName(self.tr("A{id} 的{field}采用哪一边").format(id=c.entity_id, field=rows[r][1]))
            picker.addItem(self.tr("保留他人已保存的"), "theirs")
            picker.addItem(self.tr("采用我的修改"), "mine")
            self.table.setCellWidget(r, 4, picker)
            self.pickers.append(picker)
        self.table.setColumnWidth(4, 150)
        label = QLabel(self.tr("您修改的 {n} 处在您打开后已被他人保存，您的修改尚未保存。请逐项选择保留哪一边：")
                       .format(n=len(conflict.conflicts)), objectName="editConflictSummary", wordWrap=True)
        row = QHBoxLayout()
        for text, side in ((self.tr("全部采用我的修改"), "mine"), (self.tr("全部保留他人已保存的"), "theirs")):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, side=side: self.choose_all(side))
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def choose_all(self, side: str) -> None:
        for picker in self.pickers:
            picker.setCurrentIndex(picker.findData(side))

    def choose(self, index: int, side: str) -> None:
        self.pickers[index].setCurrentIndex(self.pickers[index].findData(side))

    def keep_mine(self) -> set[tuple[int, str]]:
        return {(c.entity_id, c.field) for c, p in zip(self.conflict.conflicts, self.pickers) if p.currentData() == "mine"}
