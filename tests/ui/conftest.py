"""Fixtures for GUI tests: a context over the shared sample store (tests/conftest.py)."""

from __future__ import annotations

import pytest

from conftest import TODAY  # noqa: F401  (tests import it from here too)


@pytest.fixture()
def ctx(sample_store, qtbot):
    from desktop.ui.context import AppContext
    context = AppContext(sample_store, today=TODAY)
    yield context
    context.undo_stack.clear()


@pytest.fixture()
def shown_window(ctx, qtbot, tmp_path):
    """The main window over the sample store, its settings in tmp_path, filled and on the (offscreen) screen."""
    from PySide6.QtCore import QSettings
    from desktop.ui.main_window import MainWindow
    window = MainWindow(ctx, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.review.reload()
    window.show()
    qtbot.waitExposed(window)
    return window
