"""The export menu and the returned-ledger import, driven through the main window over a real store."""

from __future__ import annotations

import openpyxl
import pytest
from docx import Document
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.exports.export_dialog import ExportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.exports.return_dialog import ReturnPreviewDialog
from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, TASK_SHEET

SHANGWU = "广州市商务局"


@pytest.fixture()
def window(ctx, qtbot, tmp_path):
    w = MainWindow(ctx, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.review.reload()
    w.opened = []
    w.exports.opener = w.opened.append      # record "open when done" instead of launching an office suite
    return w


def _run(qtbot, window, action, fill) -> ExportDialog:
    action.trigger()
    dialog = window.exports.dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    fill(dialog)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: not window.exports.busy(), timeout=60000)
    return dialog


def _pick(combo, text: str) -> None:
    index = combo.findText(text, Qt.MatchContains)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_ledger_for_one_document_is_written_and_opened(qtbot, window, ctx, tmp_path):
    doc = next(d for d in ctx.store.documents() if d.title and "广州" in d.title)
    out = tmp_path / "out" / "台账.xlsx"

    def fill(dialog):
        _pick(dialog.document, doc.title)
        dialog.path.setText(str(out))
        dialog.open_after.setChecked(True)
    _run(qtbot, window, window.ui.actionExportLedger, fill)
    ws = openpyxl.load_workbook(out)[TASK_SHEET]
    ids = [ws.cell(r, ws.max_column).value for r in range(FIRST_ROW, ws.max_row + 1)]
    measures = [i for i in ids if i and i.startswith("M")]
    from desktop.store.queries import MeasureFilter
    tasks = ctx.store.measure_ids(MeasureFilter(document_id=doc.id, kind="task"))
    assert len(measures) == len(tasks) and 0 < len(tasks) < doc.measure_count   # context items left out
    assert window.opened == [out]
    assert "已导出" in window.statusBar().currentMessage() and str(out) in window.statusBar().currentMessage()
    assert not list(out.parent.glob(".*.part"))          # the temporary file was renamed into place


def test_unit_ledgers_for_the_chosen_unit(qtbot, window, tmp_path):
    folder = tmp_path / "units"

    def fill(dialog):
        dialog.unit.choose_text(SHANGWU)
        dialog.path.setText(str(folder))
    _run(qtbot, window, window.ui.actionExportUnitLedgers, fill)
    assert [p.name for p in folder.iterdir()] == [f"{SHANGWU}_重点任务推进台账.xlsx"]
    assert window.opened == []
    assert "已导出 1 个单位" in window.statusBar().currentMessage()


def test_briefing_with_internal_notes_and_a_chosen_body_font(qtbot, window, ctx, tmp_path):
    out = tmp_path / "汇报材料"
    chosen = {}

    def fill(dialog):
        dialog.internal.setChecked(True)
        body = dialog.fonts["body"]
        assert body.itemText(0).startswith("自动：")
        from exporters.fonts import pick_fonts
        other = next(i for i in range(1, body.count()) if body.itemData(i) != pick_fonts().body)
        body.setCurrentIndex(other)                      # an installed family other than the automatic pick
        chosen["body"] = body.currentData()
        dialog.path.setText(str(out))                    # no suffix typed: .docx is added
    _run(qtbot, window, window.ui.actionExportBriefing, fill)
    doc = Document(str(out.with_suffix(".docx")))
    assert doc.paragraphs[0].text or doc.paragraphs[1].text
    fonts = doc.styles["Normal"].element.rPr.rFonts
    assert fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == chosen["body"]
    assert any("内部资料" in p.text for p in doc.paragraphs[:8])


def test_the_briefing_is_signed_by_the_office_typed_and_the_next_export_offers_it_again(qtbot, window, tmp_path):
    out = tmp_path / "汇报材料.docx"

    def fill(dialog):
        assert dialog.issuer.isVisible() and dialog.issuer.text() == ""
        dialog.issuer.setText("  广州市商务局办公室 ")
        dialog.path.setText(str(out))
    _run(qtbot, window, window.ui.actionExportBriefing, fill)
    texts = [p.text for p in Document(str(out)).paragraphs if p.text.strip()]
    assert "广州市商务局办公室" in texts[-3:], texts[-3:]
    assert not any("（落款单位）" in t for t in texts)

    def unchanged(dialog):
        assert dialog.issuer.text() == "广州市商务局办公室"     # remembered for the next briefing
        dialog.issuer.clear()                                    # left empty: the placeholder to fill in by hand
        dialog.path.setText(str(tmp_path / "第二份.docx"))
    _run(qtbot, window, window.ui.actionExportBriefing, unchanged)
    texts = [p.text for p in Document(str(tmp_path / "第二份.docx")).paragraphs if p.text.strip()]
    assert "（落款单位）" in texts[-3:], texts[-3:]


def test_a_failed_export_says_why_and_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    told = []
    monkeypatch.setattr("desktop.ui.exports.export_actions.QMessageBox.warning", lambda _w, _t, text: told.append(text))
    _run(qtbot, window, window.ui.actionExportLedger, lambda d: d.path.setText(str(blocker / "台账.xlsx")))
    assert len(told) == 1 and "无法写入" in told[0]
    assert blocker.read_text() == "x"


def _returned_file(store, tmp_path):
    """The unit's exported workbook with one progress filled in by the department and one conflicting with the
    store, as in tests/export_files/test_returns.py but shorter."""
    from desktop.export_jobs import export_unit_ledgers
    uid = store.resolve_unit(SHANGWU)
    [path] = export_unit_ledgers(store, tmp_path / "sent", [uid])
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    id_col, progress = header.index("系统编号（请勿修改）") + 1, header.index("进展情况") + 1
    a1, a2 = (int(ws.cell(r, id_col).value[1:]) for r in (FIRST_ROW, FIRST_ROW + 1))
    ws.cell(FIRST_ROW, progress, "已完成调研")
    ws.cell(FIRST_ROW + 1, progress, "已报送方案")
    wb.save(path)
    store.update_assignments([a2], progress="处里已更新")
    return path, a1, a2


def test_returned_ledger_preview_choice_apply_undo(qtbot, window, ctx, tmp_path):
    path, a1, a2 = _returned_file(ctx.store, tmp_path)
    window.exports.read_return(path)
    qtbot.waitUntil(lambda: isinstance(window.exports.dialog, ReturnPreviewDialog), timeout=30000)
    dialog = window.exports.dialog
    assert dialog.changes.rowCount() == 1 and dialog.conflicts.rowCount() == 1
    assert dialog.changes.item(0, 4).text() == "已完成调研"
    assert [dialog.conflicts.item(0, c).text() for c in (4, 5)] == ["处里已更新", "已报送方案"]
    assert dialog.apply_button.text() == "写入 1 处"
    dialog.choose(0, "file")
    assert dialog.apply_button.text() == "写入 2 处"
    qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)

    def progress():
        t = ctx.store.assignment_tracking([a1, a2])
        return t[a1]["progress"], t[a2]["progress"]
    assert progress() == ("已完成调研", "已报送方案")
    assert "已写入 2 处" in window.statusBar().currentMessage()
    assert len(list((ctx.store.directory / "returns").iterdir())) == 1
    assert ctx.undo_stack.count() == 1                   # the whole file is one undo step
    ctx.undo_stack.undo()
    assert progress() == (None, "处里已更新")
    ctx.undo_stack.redo()
    assert progress() == ("已完成调研", "已报送方案")


def test_a_round_return_with_nothing_changed_is_recorded_as_received(qtbot, window, ctx, tmp_path):
    """A department that sends its round workbook back unchanged has still reported: the preview says which round
    it counts for and offers 记为已报送 instead of a disabled button."""
    import datetime as dt
    from desktop.round_jobs import start_round
    from desktop.store.rounds.book import RoundBook
    from exporters.unit_ledger import unit_file_name
    book = RoundBook(ctx.store)
    round_ = start_round(ctx.store, book, "2026年第1期", dt.date(2021, 6, 20), tmp_path / "r1", today=dt.date(2021, 6, 1))
    uid = ctx.store.resolve_unit(SHANGWU)
    window.exports.read_return(tmp_path / "r1" / unit_file_name(SHANGWU))
    qtbot.waitUntil(lambda: isinstance(window.exports.dialog, ReturnPreviewDialog), timeout=30000)
    dialog = window.exports.dialog
    assert "计入报送轮次：2026年第1期" in dialog.summary.text()
    assert dialog.writes() == 0
    assert dialog.apply_button.isEnabled() and dialog.apply_button.text() == "记为已报送（无修改）"
    qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)
    [unit] = [u for u in book.units(round_.id) if u.unit_id == uid]
    assert unit.received == ctx.today()
    assert "已计入“2026年第1期”" in window.statusBar().currentMessage()


def test_the_return_file_dialog_offers_every_readable_type(window, monkeypatch):
    asked = []
    monkeypatch.setattr("desktop.ui.exports.export_actions.open_file",
                        lambda _w, caption, _folder, pattern: asked.append((caption, pattern)) or "")
    window.ui.actionImportReturn.trigger()
    [(caption, pattern)] = asked
    first, *rest = pattern.split(";;")
    assert caption == "导入回收台账" and all(f"*{kind}" in first for kind in (".xlsx", ".xls", ".ods"))
    assert rest == ["所有文件 (*)"]            # an .et can still be chosen, and is then told how to re-save it


def test_a_return_whose_file_cannot_be_kept_writes_nothing(qtbot, window, ctx, tmp_path, monkeypatch):
    """The window keeps the returned file before writing, as the command line does (before: written first, then
    the copy failed inside the slot, the values stayed with no copy and no word)."""
    path, a1, a2 = _returned_file(ctx.store, tmp_path)
    (ctx.store.directory / "returns").write_text("a file where the folder of kept returns should be")
    told = []
    monkeypatch.setattr("desktop.ui.exports.export_actions.QMessageBox.warning", lambda _w, _t, text: told.append(text))
    window.exports.read_return(path)
    qtbot.waitUntil(lambda: isinstance(window.exports.dialog, ReturnPreviewDialog), timeout=30000)
    qtbot.mouseClick(window.exports.dialog.apply_button, Qt.LeftButton)
    assert len(told) == 1 and "无法存档原文件" in told[0] and "未写入" in told[0]
    now = ctx.store.assignment_tracking([a1, a2])
    assert (now[a1]["progress"], now[a2]["progress"]) == (None, "处里已更新")
    assert ctx.undo_stack.count() == 0


def test_a_changed_due_date_is_shown_for_the_officer_not_written(qtbot, window, ctx, tmp_path):
    path, a1, _ = _returned_file(ctx.store, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    ws.cell(FIRST_ROW, [c.value for c in ws[HEADER_ROW]].index("完成时限") + 1, "2026年6月底")
    wb.save(path)
    window.exports.read_return(path)
    qtbot.waitUntil(lambda: isinstance(window.exports.dialog, ReturnPreviewDialog), timeout=30000)
    dialog = window.exports.dialog
    assert "完成时限改动 1 处" in dialog.summary.text()
    assert dialog.dues.rowCount() == 1 and dialog.dues.item(0, 3).text() == "2026年6月底"
    assert dialog.tabs.tabText(4) == "完成时限 (1)"
    assert dialog.apply_button.text() == "写入 1 处"          # the progress only: a 完成时限 is never written


def test_a_file_that_is_not_a_ledger_is_refused_in_words(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "不是台账.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    told = []
    monkeypatch.setattr("desktop.ui.exports.export_actions.QMessageBox.warning", lambda _w, _t, text: told.append(text))
    window.exports.read_return(bad)
    qtbot.waitUntil(lambda: not window.exports.busy(), timeout=30000)
    assert len(told) == 1 and "Traceback" not in told[0] and told[0]
    assert window.exports.dialog is None


def test_compare_takes_two_selected_documents(qtbot, window, ctx):
    from PySide6.QtCore import QItemSelectionModel
    from desktop.ui.review.library_model import DOCUMENT_ID
    lib = window.review.library
    model = lib.model()
    wanted = sorted(d.id for d in ctx.store.documents())[:2]
    matches = [model.match(model.index(0, 0), DOCUMENT_ID, i, 1, Qt.MatchRecursive | Qt.MatchExactly)[0]
               for i in wanted]
    for index in matches:
        lib.selectionModel().select(index, QItemSelectionModel.Select | QItemSelectionModel.Rows)
    assert sorted(window.review.selected_documents()) == wanted
    a, b = window.compare_pair()
    assert {a, b} == set(wanted)
    window.ui.actionCompare.trigger()                 # 对照 (Ctrl+D) opens the compare window on that pair
    [opened] = window.compare_windows
    qtbot.waitExposed(opened)
    alignment = opened.session.alignment
    assert len(alignment.pairs) >= max(len(alignment.a), len(alignment.b)) > 0   # every measure in some pair
    assert {opened.session.doc_a, opened.session.doc_b} == set(wanted)
    opened.close()
    lib.selectionModel().clearSelection()
    window.review.document_id = None
    assert window.compare_pair() is None
