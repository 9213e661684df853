"""File choosers that open at a readable size: the system's own where there is one, else Qt's, in Chinese."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.common.screen_fit import available_geometry

PREFERRED = QSize(960, 600)   # Qt's own dialog opens small; its 文件名 field then cuts a Chinese title short


def _dialog(parent: QWidget | None, caption: str, folder: str, pattern: str, mode, accept) -> QFileDialog:
    dialog = QFileDialog(parent, caption, folder, pattern)
    dialog.setObjectName("fileDialog")
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    area = available_geometry(parent)
    dialog.resize(PREFERRED.boundedTo(area.size() * 0.9))
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []


def open_files(parent: QWidget | None, caption: str, folder: str, pattern: str) -> list[str]:
    return _run(_dialog(parent, caption, folder, pattern, QFileDialog.FileMode.ExistingFiles,
                        QFileDialog.AcceptMode.AcceptOpen))


def open_file(parent: QWidget | None, caption: str, folder: str, pattern: str) -> str:
    chosen = _run(_dialog(parent, caption, folder, pattern, QFileDialog.FileMode.ExistingFile,
                          QFileDialog.AcceptMode.AcceptOpen))
    return chosen[0] if chosen else ""


def save_file(parent: QWidget | None, caption: str, path: str, pattern: str) -> str:
    dialog = _dialog(parent, caption, path, pattern, QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def choose_folder(parent: QWidget | None, caption: str, folder: str) -> str:
    chosen = _run(_dialog(parent, caption, folder, "", QFileDialog.FileMode.Directory,
                          QFileDialog.AcceptMode.AcceptOpen))
    return chosen[0] if chosen else ""
