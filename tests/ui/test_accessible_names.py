"""Every control says what it is to a screen reader (and to the real-input tests): a name of its own, not the value
it happens to show. Checked over the main window, the export dialogs, a returned ledger's preview and the compare
window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView,
                               QLineEdit, QPlainTextEdit, QTabBar, QTextEdit, QWidget)

from desktop.ui.exports.export_dialog import BRIEFING, LEDGER, UNIT_LEDGERS

VALUE_SHOWING = (QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)
CONTROLS = VALUE_SHOWING + (QAbstractButton, QTabBar)


def _part_of_another(w: QWidget) -> bool:
    """Qt's own pieces of a named control: a combo's editor and list, a spin box's editor, headers, corner buttons."""
    parent = w.parentWidget()
    return (w.objectName().startswith("qt_") or isinstance(w, QHeaderView)
            or isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit))
            or (parent is not None and parent.inherits("QComboBoxPrivateContainer")))


def unnamed(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, CONTROLS) or _part_of_another(w):
            continue
        spoken = QAccessible.queryAccessibleInterface(w).text(QAccessible.Name)
        named = bool(w.accessibleName()) if isinstance(w, VALUE_SHOWING) else bool(spoken)
        if not named:
            out.append(f"{type(w).__name__} {w.objectName() or '(no object name)'} in "
                       f"{type(w.parentWidget()).__name__} — says {spoken!r}")
    return out


@pytest.fixture()
def window(shown_window):
    return shown_window


def test_the_main_window_and_every_tab_name_their_controls(window):
    for i in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(i)
    window.notes_dock.show()
    assert unnamed(window) == []
    for name in ("unitFilter", "roleFilter", "statusFilter", "documentFilter", "dueFilter", "tagFilter"):
        combo = window.findChild(QComboBox, name)
        assert combo.accessibleName().endswith("筛选"), name


@pytest.mark.parametrize("kind", [LEDGER, UNIT_LEDGERS, BRIEFING])
def test_the_export_dialogs_name_their_controls(window, kind):
    dialog = window.export(kind)
    assert unnamed(dialog) == []
    dialog.reject()


def test_the_compare_window_names_its_controls(window, ctx, qtbot):
    from desktop.ui.compare.window import open_compare
    a, b = [d.id for d in ctx.store.documents()][:2]
    compare = open_compare(ctx, window, a, b)
    qtbot.waitExposed(compare)
    assert unnamed(compare) == []
    compare.close()


def test_a_returned_ledgers_preview_names_its_controls(window, ctx, qtbot, tmp_path):
    from ui.test_export_menu import _returned_file
    path, _a1, _a2 = _returned_file(ctx.store, tmp_path)
    window.exports.read_return(path)
    qtbot.waitUntil(lambda: window.exports.dialog is not None, timeout=30000)
    assert unnamed(window.exports.dialog) == []
    window.exports.dialog.reject()
