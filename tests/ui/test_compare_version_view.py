"""The compare view on two versions of seed 000: the officer sees the reworded, moved, deleted and added measures
marked in the panes and listed, and the coverage tab says which measure the new version dropped."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtTest import QTest

from conftest import SAMPLES
from desktop.store.store import Store
from desktop.ui.compare.labels import DELETED_BACKGROUND, INSERTED_BACKGROUND, KIND_COLORS
from desktop.ui.compare.window import CompareWindow
from desktop.ui.context import AppContext
from ui.conftest import TODAY

SEED = next(SAMPLES.glob("000_*.txt"))
DROPPED = "加强与广东海南区域合作平台对接合作"
ADDED = ("推进海洋经济高质量发展。支持沿海地市建设现代化海洋牧场，培育海洋生物医药、海上风电装备等海洋新兴产业，"
         "推动海洋渔业转型升级。（省自然资源厅牵头，省农业农村厅按职责分工负责）")
REWORDED = ("推动出台自贸试验区跨境服务贸易负面清单", "加快出台并实施自贸试验区跨境服务贸易负面清单")
LEAD = ("（省市场监管局牵头", "（省发展改革委牵头")
QUANTITY = ("3700万标箱", "4000万标箱")
DEADLINE_MEASURE = "9. 建立期现货联动市场体系"
SWAPPED = ("6. ", "7. ")   # the bodies of measures 6 and 7 trade places, numbers kept: two moved measures


def _line(text: str, prefix: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(prefix))


def edited_copy(seed_text: str) -> str:
    """Seed 000 with known edits: one reworded, a lead unit, a target and a deadline changed, two measures moved,
    measure 18 deleted and a new measure 18 added in its place."""
    text = seed_text
    for old, new in (REWORDED, LEAD, QUANTITY):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    nine = _line(text, DEADLINE_MEASURE)
    text = text.replace(nine, nine.replace("到2025年", "到2026年", 1))
    six, seven = (_line(text, p) for p in SWAPPED)
    text = text.replace(six, "\0").replace(seven, SWAPPED[1] + six[3:]).replace("\0", SWAPPED[0] + seven[3:])
    eighteen = _line(text, "18. ")
    assert DROPPED in eighteen
    return text.replace(eighteen, "18. " + ADDED)


@pytest.fixture()
def version_window(tmp_path, qtbot):
    edited = tmp_path / "000_修订稿.txt"
    edited.write_text(edited_copy(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    store = Store.open(tmp_path / "store")
    assert [o.status for o in store.import_paths([SEED, edited])] == ["imported", "new_version"]
    ids = {d.source_name: d.id for d in store.documents()}
    ctx = AppContext(store, today=TODAY)
    window = CompareWindow(ctx, ids[SEED.name], ids[edited.name])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    ctx.undo_stack.clear()
    store.close()


def _heading(window, side: int, pair) -> str:
    measures = window.session.measures(side)
    return "".join(measures[i].heading for i in window.session.indexes(pair, side))


def _listed(window) -> dict[str, list[str]]:
    """Change-list rows as shown: kind → the A heading (B's for an added measure)."""
    model, out = window.pairs_model, {}
    for row in range(model.rowCount()):
        p = model.index(row, 0).data(model.PairRole)
        pair = window.session.alignment.pairs[p]
        kind = model.index(row, model.KIND).data()
        out.setdefault(kind, []).append(_heading(window, 0, pair) or _heading(window, 1, pair))
    return out


def test_the_change_list_shows_exactly_the_edits(version_window):
    window = version_window
    window.filter_combo.setCurrentIndex(window.filter_combo.findData("changed"))
    listed = _listed(window)
    assert sorted(listed["改写"]) == sorted(["扩大现代服务业开放", "打造国际一流营商环境",
                                           "提升粤港澳大湾区物流一体化功能", "建立期现货联动市场体系"])
    assert sorted(listed["移动"]) in (["促进数据跨境安全有序流动"], ["支持粤港澳大湾区全球贸易数字化领航区建设"],
                                     sorted(["促进数据跨境安全有序流动", "支持粤港澳大湾区全球贸易数字化领航区建设"]))
    assert listed["仅A有"] == [DROPPED] and listed["仅B有"] == ["推进海洋经济高质量发展"]
    assert set(listed) == {"改写", "移动", "仅A有", "仅B有"}
    window.filter_combo.setCurrentIndex(window.filter_combo.findData("unmatched"))
    assert set(_listed(window)) == {"仅A有", "仅B有"}


def _backgrounds(pane, start: int, end: int) -> set[str]:
    """Background colours the pane paints over any character of [start, end)."""
    return {s.format.background().color().name() for s in pane.extraSelections()
            if s.cursor.selectionStart() < pane.offsets.to_qt(end)
            and s.cursor.selectionEnd() > pane.offsets.to_qt(start)
            and s.format.background().style() != 0}


def _marked_text(pane, color: str) -> str:
    return "".join(s.cursor.selectedText() for s in pane.extraSelections()
                   if s.format.background().color() == QColor(color))


def _pair_with(window, side: int, heading: str) -> int:
    return next(p for p, pair in enumerate(window.session.alignment.pairs) if _heading(window, side, pair) == heading)


def test_the_panes_mark_the_deleted_and_added_measures_and_the_changed_characters(version_window):
    window = version_window
    a_pane, b_pane = window.panes
    dropped = window.session.pair_span(window.session.alignment.pairs[_pair_with(window, 0, DROPPED)], 0)
    assert window.session.texts[0][dropped[0]:dropped[1]].startswith("18. " + DROPPED)
    assert KIND_COLORS["only_a"][0] in _backgrounds(a_pane, *dropped)
    added = window.session.pair_span(window.session.alignment.pairs[_pair_with(window, 1, "推进海洋经济高质量发展")], 1)
    assert KIND_COLORS["only_b"][0] in _backgrounds(b_pane, *added)
    # inside pairs: the characters that changed, struck in A and highlighted in B
    inserted = _marked_text(b_pane, INSERTED_BACKGROUND)
    deleted = _marked_text(a_pane, DELETED_BACKGROUND)
    for word in ("加快", "并实施", "发展改革委", "4", "6"):
        assert word in inserted
    for word in ("推动", "市场监管局", "37", "5"):
        assert word in deleted
    assert all(s.format.fontStrikeOut() for s in a_pane.extraSelections()
               if s.format.background().color() == QColor(DELETED_BACKGROUND))
    # an unchanged measure carries no character marks
    same = window.session.pair_span(window.session.alignment.pairs[_pair_with(window, 0, "打造融资租赁集聚区")], 1)
    assert not {INSERTED_BACKGROUND} & _backgrounds(b_pane, *same)


def test_the_coverage_tab_names_the_dropped_measure(version_window):
    window = version_window
    model = window.coverage_model
    rows = {model.index(r, model.MEASURE).data(): model.index(r, model.PICKED).data() for r in range(model.rowCount())}
    missing = [m for m, picked in rows.items() if picked == "未体现"]
    assert len(missing) == 1 and DROPPED[:10] in missing[0]
    total = model.rowCount()
    assert window.coverage_label.text() == f"A的 {total} 项措施中，B体现了 {total - 1} 项，未体现 1 项。"
    assert re.fullmatch(r"[一二三]\.（[一二三四五六]）\.\d+|[一二三]\.（[一二三四五六]）", model.index(0, 0).data())


def test_f7_and_shift_f7_walk_the_differences(version_window, qtbot):
    window = version_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.current is None
    QTest.keyClick(window.panes[0], Qt.Key_F7)
    assert window.current_measures() == ("二.（一）.2", "二.（一）.2")    # 扩大现代服务业开放, reworded
    QTest.keyClick(window.panes[1], Qt.Key_F7)
    assert window.current_measures() == ("二.（一）.3", "二.（一）.3")    # its lead unit changed
    QTest.keyClick(window.pair_list, Qt.Key_F7, Qt.ShiftModifier)
    assert window.current_measures() == ("二.（一）.2", "二.（一）.2")
    # the current pair is the selected row of the change list and is on screen in both panes
    model = window.pairs_model
    assert window.pair_list.currentIndex().row() == model.row_of(window.current)
    for pane in window.panes:
        top, bottom = pane.pair_y(window.current)
        scroll = pane.verticalScrollBar().value()
        assert 0 <= top - scroll < pane.viewport().height()
    window.filter_combo.setCurrentIndex(window.filter_combo.findData("unmatched"))
    QTest.keyClick(window.panes[0], Qt.Key_F7)
    assert window.current_measures() == ("二.（六）.18", "")


def test_a_note_added_in_the_compare_view_is_stored_and_underlined(version_window):
    window = version_window
    pane = window.panes[1]
    start = window.session.spans[1][0][0]
    pane.setTextCursor(pane.cursor_for(start, start + 6))
    window.note_action.trigger()
    side = window.sides[1]
    assert window.side_tabs.currentWidget() is side
    side.notes.ui.bodyEdit.setPlainText("修订稿新增表述，请核实")
    side.notes.save()
    notes = window.ctx.store.annotations(document_id=window.doc_b)
    assert [(n.body, n.start, n.end) for n in notes] == [("修订稿新增表述，请核实", start, start + 6)]
    assert any(s.format.underlineStyle() == QTextCharFormat.WaveUnderline
               and s.cursor.selectionStart() == pane.offsets.to_qt(start) for s in pane.extraSelections())


def test_a_unit_added_on_one_side_shows_in_the_pair(version_window):
    window = version_window
    window.select_pair(_pair_with(window, 0, "打造融资租赁集聚区"))
    assert window.pairs_model.index(window.pairs_model.row_of(window.current), 1).data() == "相同"
    editor = window.sides[1].editor
    editor.new_unit.setText("广州市商务局")
    editor.add_unit()
    pair = window.session.alignment.pairs[window.current]
    assert pair.delta.units_added == ["广州市商务局"]
    assert "增：广州市商务局" in window.pairs_model.index(window.pairs_model.row_of(window.current), 5).data()


def test_scroll_sync_follows_the_pairs_until_switched_off(version_window):
    window = version_window
    a, b = window.panes
    p = _pair_with(window, 0, "推动先进制造业集群发展")
    a.verticalScrollBar().setValue(a.pair_y(p)[0] - a.viewport().height() // 3)
    # B scrolled so the same measure sits at the same height (both documents have the same layout up to here)
    assert abs((b.pair_y(p)[0] - b.verticalScrollBar().value()) - (a.pair_y(p)[0] - a.verticalScrollBar().value())) <= 2
    window.sync_action.setChecked(False)
    before = b.verticalScrollBar().value()
    a.verticalScrollBar().setValue(0)
    assert b.verticalScrollBar().value() == before


def test_a_click_on_the_overview_strip_jumps_to_that_difference(version_window, qtbot):
    window = version_window
    strip = window.overview
    p = _pair_with(window, 0, DROPPED)
    y = strip._rect(p).center().y()
    QTest.mouseClick(strip, Qt.LeftButton, pos=QPoint(strip.width() // 2, round(y)))
    assert window.current == p and window.current_measures() == ("二.（六）.18", "")
