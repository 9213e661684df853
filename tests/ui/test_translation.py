"""The English translation: every string translated with its placeholders, the .qm compiled from the .ts, and a real
window in English while the translator is installed (Chinese again once it is removed)."""

import re
import shutil
import sys
import xml.etree.ElementTree as ET

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from conftest import ROOT
from desktop.ui.app import install_translation
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from ui.conftest import TODAY

sys.path.insert(0, str(ROOT / "packaging"))
from compile_translations import QM, TS, lrelease, unfinished, update  # noqa: E402

PLACEHOLDER = re.compile(r"\{\w*\}")


def _messages(ts):
    """(context, source, translation element) of every message."""
    return [(c.findtext("name"), m.findtext("source"), m.find("translation"))
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")]


def test_every_message_is_translated_with_its_placeholders():
    messages = _messages(TS)
    assert len(messages) > 150
    for context, source, translation in messages:
        where = f"{context}: {source!r}"
        assert context, f"no context (PySide6 never looks one up): {where}"
        assert translation.get("type") is None, f"{translation.get('type')}: {where}"
        assert (translation.text or "").strip(), f"empty translation: {where}"
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), where
        assert translation.text.count("&") - translation.text.count("&nbsp;") \
            == source.count("&") - source.count("&nbsp;"), f"menu accelerator: {where}"
        assert not re.search(r"[\u4e00-\u9fff]", translation.text) or source == translation.text == "中文", where


def test_the_ts_holds_every_string_of_the_current_sources(tmp_path):
    """lupdate over today's desktop/ui and forms adds nothing untranslated (run compile_translations.py if it does)."""
    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    update(ts)
    assert unfinished(ts) == []
    assert {(c, s) for c, s, _ in _messages(ts)} == {(c, s) for c, s, _ in _messages(TS)}


def test_the_qm_is_compiled_from_the_ts(tmp_path):
    qm = tmp_path / QM.name
    lrelease(TS, qm)    # lrelease's output is byte-stable for one .ts (checked by running it twice)
    assert QM.read_bytes() == qm.read_bytes(), "run packaging/compile_translations.py"


def _window(qtbot, store, settings_path):
    window = MainWindow(AppContext(store, today=TODAY), QSettings(str(settings_path), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.review.reload()
    return window


def _seen(window):
    ui, model = window.ui, window.review.model
    return {"menus": [m.title() for m in (ui.menuFile, ui.menuEdit, ui.menuView, ui.menuExport, ui.menuHelp,
                                                    ui.menuLanguage)],
            "tabs": [ui.tabs.tabText(i) for i in range(ui.tabs.count())],
            "headers": [model.headerData(c, Qt.Horizontal, Qt.DisplayRole) for c in range(model.columnCount())],
            "dock": window.notes_dock.windowTitle(),
            "undo": window.undo_action.text()}


def test_a_window_is_english_with_the_translator_and_chinese_without(qtbot, sample_store, tmp_path):
    app = QApplication.instance()
    translators = install_translation(app, "en")
    try:
        assert len(translators) == 1
        english = _seen(_window(qtbot, sample_store, tmp_path / "en.ini"))
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert english == {"menus": ["&File", "&Edit", "&View", "E&xport", "&Help", "Interface language"],
                       "tabs": ["Review", "Task assignments", "Overview", "Rounds"],
                       "headers": ["Document", "Section", "Measure", "Lead unit", "Supporting units", "Deadline",
                                   "Status", "Owner"],
                       "dock": "Notes", "undo": "Undo"}
    chinese = _seen(_window(qtbot, sample_store, tmp_path / "zh.ini"))
    assert chinese["menus"][0] == "文件(&F)" and chinese["tabs"][1] == "任务分工表"
    assert chinese["headers"][3:5] == ["牵头单位", "配合单位"] and chinese["dock"] == "批注"


def _accept_next_message_box(texts: list) -> None:
    """Close the modal box the next action opens, keeping its text."""
    def close():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close)
    QTimer.singleShot(0, close)


def test_the_language_menu_stores_the_choice_for_the_next_start(qtbot, sample_store, tmp_path):
    settings_path = tmp_path / "settings.ini"
    window = _window(qtbot, sample_store, settings_path)
    ui = window.ui
    assert ui.actionLanguageZh.isChecked() and not ui.actionLanguageEn.isChecked()
    told = []
    _accept_next_message_box(told)
    ui.actionLanguageEn.trigger()
    assert told == ["界面语言将在下次启动时切换。"]
    assert ui.actionLanguageEn.isChecked() and not ui.actionLanguageZh.isChecked()
    window.settings.sync()
    assert QSettings(str(settings_path), QSettings.IniFormat).value("language") == "en"
    _accept_next_message_box(told)
    ui.actionLanguageZh.trigger()
    window.settings.sync()
    assert QSettings(str(settings_path), QSettings.IniFormat).value("language") == "zh_CN"
