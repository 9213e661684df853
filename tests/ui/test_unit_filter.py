"""The unit filter takes effect however a unit is chosen — Enter after typing, a suggestion, the drop-down — and the
任务分工表 follows it. QComboBox moves its index to the matching item before it says ``activated``; the picker
compared with that index and found nothing changed, so the table only filtered when another filter changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.store.queries import MeasureFilter
from ui.typing_cjk import type_cjk

UNIT = "广州市商务局"


@pytest.fixture()
def window(shown_window):
    return shown_window


def expected(ctx, name: str = UNIT) -> str:
    return f"共 {len(ctx.store.measure_ids(MeasureFilter(unit_id=ctx.store.resolve_unit(name))))} 项措施"


def test_typing_a_unit_and_enter_filters(window, ctx, qtbot):
    picker = window.review.filter_bar.unit
    assert picker.lineEdit().text() == ""            # 全部单位 shows as its hint: typing needs no selecting first
    picker.setFocus()
    type_cjk(picker.lineEdit(), UNIT)
    with qtbot.waitSignal(window.review.model.ids_loaded, timeout=10000):
        QTest.keyClick(picker.lineEdit(), Qt.Key_Return)
    assert window.review.count_label.text() == expected(ctx) != "共 132 项措施"


def test_the_drop_down_filters_even_though_the_combo_moved_its_index_first(window, ctx, qtbot):
    picker = window.review.filter_bar.unit
    index = picker.findText(UNIT)
    with qtbot.waitSignal(picker.unit_chosen, timeout=2000) as chosen:
        picker.setCurrentIndex(index)                 # what QComboBox does before it emits activated
        picker.activated.emit(index)
    assert chosen.args == [ctx.store.resolve_unit(UNIT)]
    qtbot.waitUntil(lambda: window.review.count_label.text() == expected(ctx), timeout=10000)


def test_a_suggestion_chosen_filters_and_the_task_table_follows(window, ctx, qtbot):
    picker = window.review.filter_bar.unit
    completer = picker.completer()
    completer.setCompletionPrefix("广州市商务")
    picker.setCurrentIndex(picker.findText(UNIT))     # the combo's own reaction to the suggestion comes first
    completer.activated[str].emit(UNIT)
    qtbot.waitUntil(lambda: window.review.count_label.text() == expected(ctx), timeout=10000)
    uid = ctx.store.resolve_unit(UNIT)
    assert window.tasks.model.scope() == ("unit", uid)
    assert window.tasks.unit_picker.currentText() == UNIT
    window.review.filter_bar.clear()                  # back to the document in the source
    qtbot.waitUntil(lambda: window.review.count_label.text() == "共 132 项措施", timeout=10000)
    assert window.tasks.model.scope() != ("unit", uid)


def test_an_unknown_name_keeps_the_filter_and_says_so(window, ctx, qtbot):
    picker = window.review.filter_bar.unit
    picker.choose_text(UNIT)
    qtbot.waitUntil(lambda: window.review.count_label.text() == expected(ctx), timeout=10000)
    picker.choose_text("不存在的单位")
    assert picker.unit_id() == ctx.store.resolve_unit(UNIT)
    assert picker.currentText() == UNIT
