"""The 调度 tab and the 推进历程 dock on the sample store: what the table shows before a round, after one with a
return, after 催办 and 关闭本期; a measure's history per round."""

from __future__ import annotations

import datetime as dt

from docx import Document

from desktop.store.rounds.book import RoundBook
from desktop.ui.rounds.history_pane import RoundHistoryPane
from desktop.ui.rounds.rounds_tab import RoundsTab

DUE = dt.date(2021, 5, 30)          # two days before the tests' TODAY (2021-06-01)


def cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_a_round_in_the_tab(ctx, qtbot, tmp_path):
    tab = RoundsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 0 and "还没有调度" in tab.facts.text()
    assert not tab.close_button.isEnabled()

    assert tab.new_round("2021年第1期", DUE, tmp_path / "out") is None
    files = sorted((tmp_path / "out").glob("*.xlsx"))
    n = tab.table.rowCount()
    assert n == len(files) == len(RoundBook(ctx.store).scope_units()) > 3
    assert {cells(tab.table, r)[2] for r in range(n)} == {"逾期2天"}
    assert tab.chooser.currentText() == "2021年第1期"
    assert tab.new_round("2021年第1期", DUE, tmp_path / "again") == "已有名为“2021年第1期”的一期，请换一个名称"

    book = RoundBook(ctx.store)
    r = book.current()
    first = book.units(r.id)[0]
    book.record_return(r.id, first.unit_id, dt.date(2021, 5, 29), "back.xlsx")
    tab.show_round()
    row = next(i for i in range(n) if tab.table.item(i, 0).text() == first.unit_name)
    assert cells(tab.table, row) == [first.unit_name, str(first.tasks), "已报送（5月29日）", "2021-05-29"]
    assert f"共 {n} 个单位，已报送 1，未报送 {n - 1}" in tab.facts.text()
    assert tab.change.text().startswith("本期新完成 0 项，新增滞后 0 项")

    letters = tab.remind(tmp_path / "letters")
    assert len(letters) == n - 1 and first.unit_name not in {p.name.split("_")[0] for p in letters}
    assert Document(str(letters[0])).tables[0].rows[0].cells[1].text == "重点任务"

    tab.close_round()
    assert "已于 2021-06-01 关闭" in tab.facts.text()
    assert not tab.close_button.isEnabled() and not tab.remind_button.isEnabled()


def test_the_history_dock_follows_the_chosen_measure(ctx, qtbot, tmp_path):
    tab = RoundsTab(ctx)
    pane = RoundHistoryPane(ctx)
    qtbot.addWidget(tab)
    qtbot.addWidget(pane)
    row = next(r for r in ctx.store.task_table().rows if len(r.roles) >= 2)
    ctx.measure_selected.emit(row.measure_id)
    assert pane.table.rowCount() == 0 and pane.hint.text() == "该措施尚无调度记录。"
    tab.new_round("2021年第1期", DUE, tmp_path / "out")
    ctx.store.update_assignments(row.assignment_ids[:1], status="滞后", progress="资金未到位")
    RoundBook(ctx.store).close(RoundBook(ctx.store).current().id, dt.date(2021, 6, 1))
    ctx.measure_selected.emit(row.measure_id)
    assert pane.table.rowCount() == len(row.roles)
    shown = [cells(pane.table, r) for r in range(pane.table.rowCount())]
    assert ["2021年第1期", "滞后", "资金未到位"] in [[s[0], s[2], s[3]] for s in shown]
    assert pane.hint.text() == f"共 {len(row.roles)} 条，按期次排列。"


def test_the_window_has_the_tab_and_the_dock(shown_window):
    tabs = shown_window.ui.tabs
    assert "调度" in [tabs.tabText(i) for i in range(tabs.count())]
    dock = shown_window.history_dock
    assert dock.windowTitle() == "推进历程" and dock.isHidden()          # the review table keeps its width
    toggle = dock.toggleViewAction()
    assert toggle in shown_window.ui.menuView.actions() and toggle.text() == "推进历程"
    toggle.trigger()
    assert dock.isVisible()


def test_the_window_counts_a_return_for_its_round_and_refuses_a_closed_one(qtbot, shown_window, ctx, tmp_path,
                                                                          monkeypatch):
    import openpyxl
    from PySide6.QtCore import Qt
    from desktop.ui.exports.return_dialog import ReturnPreviewDialog
    from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, TASK_SHEET
    tab, exports = shown_window.rounds, shown_window.exports
    assert tab.new_round("2021年第1期", DUE, tmp_path / "out") is None
    book = RoundBook(ctx.store)
    unit = next(u for u in book.units(book.current().id) if u.tasks)
    [path] = (tmp_path / "out").glob(f"{unit.unit_name}_*.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    ws.cell(FIRST_ROW, [c.value for c in ws[HEADER_ROW]].index("进展情况") + 1, "已完成调研")
    wb.save(path)

    exports.read_return(path)
    qtbot.waitUntil(lambda: isinstance(exports.dialog, ReturnPreviewDialog), timeout=30000)
    qtbot.mouseClick(exports.dialog.apply_button, Qt.LeftButton)
    assert "已计入“2021年第1期”" in shown_window.statusBar().currentMessage()
    tab.show_round()
    row = next(i for i in range(tab.table.rowCount()) if tab.table.item(i, 0).text() == unit.unit_name)
    assert cells(tab.table, row)[2:] == ["已报送（6月1日，逾期2天）", "2021-06-01"]

    tab.close_round()
    told = []
    monkeypatch.setattr("desktop.ui.exports.export_actions.QMessageBox.warning", lambda _w, _t, text: told.append(text))
    exports.dialog = None
    exports.read_return(path)
    qtbot.waitUntil(lambda: not exports.busy(), timeout=30000)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told == ["“2021年第1期”已于2021-06-01关闭，不再接收报送，回收的台账未导入"]
    assert exports.dialog is None


def test_the_new_round_dialog_offers_every_document_or_one(ctx, qtbot):
    from desktop.ui.rounds.rounds_tab import NewRoundDialog
    docs = ctx.store.documents()
    dialog = NewRoundDialog("2021年第1期", ctx.today(), docs)
    qtbot.addWidget(dialog)
    assert dialog.scope.count() == len(docs) + 1 == 6 and dialog.scope.itemText(0) == "全部文件"
    assert dialog.values() == ("2021年第1期", dt.date(2021, 6, 8), None)
    dialog.scope.setCurrentIndex(2)
    assert dialog.values()[2] == [docs[1].id]
