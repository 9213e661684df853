"""The compare view on seed 000 (Guangdong FTZ plan) against 004 (Guangzhou services trade), both imported into a
real store: pairs joined across the panes, a pin made by hand that survives reopening and undo, and the exports."""

from __future__ import annotations

import docx
import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.ui.compare.window import open_compare
from exporters.compare_xlsx import FIRST_ROW, HEADER_ROW

DATA_A, DATA_B = "促进数据跨境安全有序流动", "推进数据跨境安全有序流动"
PIN_A, PIN_B = "促进科技创新资源集聚", "促进与港澳规则衔接机制对接"


def _ids(store):
    ids = {d.source_name[:3]: d.id for d in store.documents()}
    return ids["000"], ids["004"]


def _close(w) -> None:
    """open_compare's windows delete themselves on close; close what a test left open."""
    if shiboken6.isValid(w):
        w.close()


@pytest.fixture()
def window(ctx, qtbot):
    w = open_compare(ctx, None, *_ids(ctx.store))
    qtbot.waitExposed(w)
    yield w
    _close(w)


def _index(window, side: int, heading: str) -> int:
    return next(i for i, m in enumerate(window.session.measures(side)) if m.heading == heading)


def _pair_of(window, heading_a: str) -> int:
    return window.session.pair_of[0][_index(window, 0, heading_a)]


def _measure_under(window, side: int, connector_y: float) -> int | None:
    """The measure of a pane at the height of a point of the connector: what the line points at."""
    pane = window.panes[side]
    point = pane.viewport().mapFrom(window.connector, QPoint(0, round(connector_y)))
    cursor = pane.cursorForPosition(QPoint(20, point.y()))
    return window.session.measure_at(side, pane.offsets.from_qt(cursor.position()))


def test_the_lines_between_the_panes_join_the_paired_measures(window):
    p = _pair_of(window, DATA_A)
    pair = window.session.alignment.pairs[p]
    assert [window.session.alignment.b[j].heading for j in pair.b] == [DATA_B]
    window.select_pair(p)
    band = next(b for b in window.connector.bands() if b[0] == p)
    (_, (a_top, a_bottom), (b_top, b_bottom)) = band
    height = window.connector.height()
    assert 0 <= a_top < a_bottom <= height and 0 <= b_top < b_bottom <= height   # both ends on screen
    assert _measure_under(window, 0, (a_top + a_bottom) / 2) == _index(window, 0, DATA_A)
    assert _measure_under(window, 1, (b_top + b_bottom) / 2) == _index(window, 1, DATA_B)
    # the change list shows the pair in one row, numbered as the documents number them
    model = window.pairs_model
    row = model.row_of(p)
    shown = [model.index(row, c).data() for c in (model.KIND, model.A, model.B)]
    assert shown == ["移动", "二.（二）.7", "二.（七）"]
    assert window.current_measures() == ("二.（二）.7", "二.（七）")


def test_the_coverage_tab_lists_every_measure_of_a(window):
    model = window.coverage_model
    assert model.rowCount() == len(window.session.alignment.a)
    picked = {model.index(r, model.NUMBER).data(): model.index(r, model.PICKED).data()
              for r in range(model.rowCount())}
    assert picked["二.（二）.7"] == "二.（七）"
    missing = sum(v == "未体现" for v in picked.values())
    assert 0 < missing < model.rowCount()
    assert window.coverage_label.text() == \
        f"A的 {model.rowCount()} 项措施中，B体现了 {model.rowCount() - missing} 项，未体现 {missing} 项。"


def _click_measure(qtbot, window, side: int, heading: str) -> None:
    """Scroll a measure into view and click its first line, as the officer would."""
    pane = window.panes[side]
    index = _index(window, side, heading)
    start, _ = window.session.spans[side][index]
    pane.scroll_to_y(pane.span_y(start, start + 1)[0])
    rect = pane.cursorRect(pane.cursor_for(start + 4, start + 4))
    QTest.mouseClick(pane.viewport(), Qt.LeftButton, pos=rect.center())


def _row_of_pinned(window):
    model = window.pairs_model
    return [(model.index(r, model.KIND).data(), model.index(r, model.A).data(), model.index(r, model.B).data())
            for r in range(model.rowCount()) if "固定" in model.index(r, model.KIND).data()]


def test_a_pair_pinned_by_hand_survives_reopening_and_undo_takes_it_back(ctx, qtbot, window):
    _click_measure(qtbot, window, 0, PIN_A)
    _click_measure(qtbot, window, 1, PIN_B)
    i, j = _index(window, 0, PIN_A), _index(window, 1, PIN_B)
    assert window.picked == [i, j] and window.pin_action.isEnabled()
    window.pin_action.trigger()
    numbers = window.current_measures()
    assert len(_row_of_pinned(window)) == 1 and _row_of_pinned(window)[0][1:] == numbers
    assert window.session.alignment.pairs[window.current].a == (i,)
    assert window.session.alignment.pairs[window.current].b == (j,)
    window.close()

    qtbot.waitUntil(lambda: not shiboken6.isValid(window))   # deleted on close: nothing kept in memory
    again = open_compare(ctx, None, *_ids(ctx.store))
    assert len(_row_of_pinned(again)) == 1 and _row_of_pinned(again)[0][1:] == numbers
    ctx.undo_stack.undo()                      # the window realigns: the automatic pairing is back
    assert _row_of_pinned(again) == []
    assert again.session.pair_of[0][i] != again.session.pair_of[1][j]
    ctx.undo_stack.redo()
    assert len(_row_of_pinned(again)) == 1
    _close(again)


def test_unpinning_keeps_the_two_measures_apart(ctx, qtbot, window):
    p = _pair_of(window, DATA_A)
    window.select_pair(p)
    window.unpin_action.trigger()
    i, j = _index(window, 0, DATA_A), _index(window, 1, DATA_B)
    assert window.session.pair_of[0][i] != window.session.pair_of[1][j]
    assert ctx.store.compare_pins(*_ids(ctx.store))[1] == [(window.session.alignment.a[i].path,
                                                            window.session.alignment.b[j].path)]


def _save_to(monkeypatch, path):
    monkeypatch.setattr("desktop.ui.compare.window.save_file", lambda *a, **k: str(path))


def test_the_word_export_holds_a_row_per_pair(window, monkeypatch, tmp_path):
    out = tmp_path / "对照.docx"
    _save_to(monkeypatch, out)
    window.word_action.trigger()
    table = docx.Document(str(out)).tables[-1]
    assert len(table.rows) == 1 + len(window.session.alignment.pairs)
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    data = next(r for r in rows if DATA_A in r[1])
    assert DATA_B in data[2] and data[3].splitlines()[0] == "移动"
    assert sum(r[3].startswith("仅A有") for r in rows) == sum(p.kind == "only_a" for p in window.session.alignment.pairs)
    assert str(out) in window.statusBar().currentMessage()


def test_the_excel_export_holds_a_row_per_pair(window, monkeypatch, tmp_path):
    out = tmp_path / "对照.xlsx"
    _save_to(monkeypatch, out)
    window.excel_action.trigger()
    ws = openpyxl.load_workbook(out).active
    headers = [c.value for c in ws[HEADER_ROW]]
    rows = [dict(zip(headers, (c.value for c in r))) for r in ws.iter_rows(min_row=FIRST_ROW)]
    assert len(rows) == len(window.session.alignment.pairs)
    data = next(r for r in rows if DATA_A in (r["A原文"] or ""))
    assert DATA_B in data["B原文"] and data["A条目"] == "二.（二）.7" and 0 < data["相似度"] < 1
    assert [r["序号"] for r in rows] == list(range(1, len(rows) + 1))
