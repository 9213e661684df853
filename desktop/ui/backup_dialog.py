"""文件 → 备份与恢复: the store's backups (time, reason, size), a backup now, and a restore after a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.store.backup import BackupFailed, BackupInfo

from desktop.ui.context import AppContext


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"


class BackupDialog(QDialog):
    restored = Signal()   # the store now holds the chosen backup's data

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(560, 400)
        self.reasons = {"start": self.tr("启动时"), "daily": self.tr("每日"), "migration": self.tr("数据库升级前"),
                        "return-import": self.tr("导入回收台账前"), "unit-merge": self.tr("合并单位前"),
                        "before-restore": self.tr("恢复前"), "manual": self.tr("手动")}
        hint = QLabel(self.tr("程序在启动时、每天、数据库升级前、导入回收台账前和合并单位前自动备份，保留最近 7 天"
                              "每天一份、之前 4 周每周一份。恢复前会先备份当前数据，恢复后仍可恢复回来。"))
        hint.setWordWrap(True)
        self.list = QTreeWidget(objectName="backupList")
        self.list.setAccessibleName(self.tr("备份列表"))
        self.list.setHeaderLabels([self.tr("时间"), self.tr("原因"), self.tr("大小")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._on_selection)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.restore_button = QPushButton(self.tr("恢复所选备份…"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.ask_restore)
        layout = QVBoxLayout(self)
        for w in (hint, self.list, self.message, buttons):
            layout.addWidget(w)
        self.reload()

    def reload(self) -> None:
        self.backups: list[BackupInfo] = self.ctx.store.backups()
        self.list.clear()
        for b in self.backups:
            item = QTreeWidgetItem([f"{b.taken:%Y-%m-%d %H:%M:%S}", self.reasons.get(b.reason, b.reason),
                                    size_text(b.size)])
            item.setTextAlignment(2, Qt.AlignRight | Qt.AlignVCenter)
            self.list.addTopLevelItem(item)
        if self.backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._on_selection()

    def chosen(self) -> BackupInfo | None:
        row = self.list.indexOfTopLevelItem(self.list.currentItem()) if self.list.currentItem() else -1
        return self.backups[row] if row >= 0 else None

    def _on_selection(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def backup_now(self) -> None:
        try:
            self.ctx.store.backup("manual")
        except BackupFailed as exc:
            self.message.setText(str(exc))
            return
        self.reload()
        self.message.setText(self.tr("已备份"))

    def ask_restore(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("恢复备份"),
            self.tr("把全部数据恢复到 {time}（{reason}）的备份？\n此后所做的修改（批注、状态、导入的文件等）将不在"
                    "恢复后的数据中；恢复前会先把当前数据备份一份，需要时可再恢复回来。")
            .format(time=f"{chosen.taken:%Y-%m-%d %H:%M}", reason=self.reasons.get(chosen.reason, chosen.reason)),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            self.restore(chosen)

    def restore(self, chosen: BackupInfo) -> bool:
        try:
            self.ctx.store.restore(chosen.path)
        except (BackupFailed, OSError) as exc:
            self.message.setText(self.tr("恢复失败，数据未改动：{reason}").format(reason=exc))
            return False
        self.ctx.undo_stack.clear()   # the commands hold ids and values of the data before the restore
        self.ctx.documents_changed.emit()
        self.reload()
        self.message.setText(self.tr("已恢复到 {time} 的备份").format(time=f"{chosen.taken:%Y-%m-%d %H:%M}"))
        self.restored.emit()
        return True


def open_backups(window) -> BackupDialog:
    """The dialog over the main window; after a restore every pane shows the restored data."""
    dialog = BackupDialog(window.ctx, window)

    def restored():
        for compare in window.compare_windows:
            compare.close()
        window.review.measure_id = None
        window.review.show_document(None)   # the document shown may not exist in the restored data
        window.statusBar().showMessage(dialog.message.text(), 15000)

    dialog.restored.connect(restored)
    dialog.open()
    return dialog
