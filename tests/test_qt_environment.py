"""The Qt the app runs on: Chinese fonts present, and no PySide6 build that corrupts None's reference count."""

import sys

import pytest

QtWidgets = pytest.importorskip("PySide6.QtWidgets")


def test_void_calls_keep_none_alive(qapp):
    # PySide6-Essentials 6.12.0 on CPython 3.11 lost one reference to None per void call and aborted the
    # interpreter after a few thousand calls; pyproject.toml excludes it. This fails on any build that does so.
    label = QtWidgets.QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("政策台账")
    assert sys.getrefcount(None) >= before - 50


def test_a_chinese_font_is_installed(qapp):
    from PySide6.QtGui import QFontDatabase
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, "no font covers Simplified Chinese: install fonts-wqy-microhei"
