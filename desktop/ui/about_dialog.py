"""关于 dialog: version, data location, schema revision, Qt/PySide6 and Python versions, with a button to copy them."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from desktop import __version__


class AboutDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于政策台账"))
        location = store.directory if store.directory is not None else store.engine.url  # str(url) hides a password
        self.separator = self.tr("：", "between a label and its value")
        self.facts = [
            (self.tr("版本"), __version__),
            (self.tr("数据位置"), str(location)),
            (self.tr("数据库结构版本"), store.schema_revision() or self.tr("（未初始化）")),
            (self.tr("Qt / PySide6"), f"{qVersion()} / {PySide6.__version__}"),
            (self.tr("Python"), platform.python_version()),
            (self.tr("操作系统"), platform.platform()),
        ]
        title = QLabel(self.tr("<b>政策台账 PolicyDesk</b><br>政策文件梳理、任务分工与台账管理（离线使用）"))
        form = QFormLayout()
        for label, value in self.facts:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + self.separator, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("复制"), objectName="aboutCopy")
        self.copy_button.setToolTip(self.tr("复制以上信息，便于报告问题"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def text(self) -> str:
        return "\n".join(f"{label}{self.separator}{value}" for label, value in self.facts)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("已复制"))


def show_about(parent: QWidget | None, store) -> AboutDialog:
    """Show the About dialog (non-modal) and return it."""
    dialog = AboutDialog(store, parent)
    dialog.show()
    return dialog
