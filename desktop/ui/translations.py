"""The interface language: our own English catalog, and Qt's own dialogs (file chooser, message boxes) in Chinese."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources_path import translations_dir


class MnemonicFallback(QTranslator):
    """Qt 6.10+ gave some labels of its file dialog a mnemonic (“&Look in:”, “Files of &type:”) that the
    qtbase_zh_CN.qm shipped with PySide6 still holds without one (“Look in:”), so the dialog said “Look in” in an
    otherwise Chinese window. Asked only after the catalog found nothing, this looks the label up without its & and
    puts the key back the Chinese way: 查找范围(&L)：."""

    def __init__(self, catalog: QTranslator, parent=None):
        super().__init__(parent)
        self.catalog = catalog

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or "&" not in source or source.endswith("&"):
            return None          # a null string: "not translated here" (an empty one would blank the text)
        at = source.index("&")
        text = self.catalog.translate(context, source[:at] + source[at + 1:], disambiguation, n)
        if not text:
            return None
        key = source[at + 1].upper()
        return f"{text[:-1]}(&{key}){text[-1]}" if text.endswith(("：", ":")) else f"{text}(&{key})"

    def isEmpty(self) -> bool:
        return False


def qt_catalog_folders() -> list[str]:
    """Where qtbase_*.qm may be: Qt's own path, the PySide6 wheel's (a frozen build may move it), our resources."""
    import PySide6
    folders = [QLibraryInfo.path(QLibraryInfo.TranslationsPath), str(Path(PySide6.__file__).parent / "Qt" /
                                                                       "translations")]
    try:
        folders.append(str(translations_dir()))
    except FileNotFoundError:
        pass
    return list(dict.fromkeys(folders))


def install_translation(app: QApplication, language: str) -> list[QTranslator]:
    """English from our .qm (Chinese is the source language); Qt's own dialogs follow the same language."""
    installed = []
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / "policydesk_en.qm")):
            installed.append(ours)
    else:
        qt = QTranslator(app)
        if any(qt.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_", folder)
               for folder in qt_catalog_folders()):
            installed += [MnemonicFallback(qt, app), qt]   # Qt asks the last installed first: the catalog, then this
    for translator in installed:
        app.installTranslator(translator)
    app.translators = installed   # kept referenced for the life of the application
    return installed
