"""Never a silent empty import: 需核对 in red with the reason in the import list and the library, 已跳过 with why."""

import os

from PySide6.QtCore import Qt

from conftest import DATA, SAMPLES
from desktop.store.store import Store
from desktop.ui.review.document_warnings import ALARM_COLOR
from desktop.ui.review.import_result_dialog import DOCUMENT_ID, ImportResultDialog
from desktop.ui.review.library_model import LibraryModel

UNPARSEABLE = DATA / "unparseable"


def _folder(tmp_path):
    """The two unparseable documents, one good sample and a link out of the folder (skipped)."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    for doc in UNPARSEABLE.glob("*.txt"):
        (folder / doc.name).write_bytes(doc.read_bytes())
    (folder / "000.txt").write_bytes((SAMPLES / "000_55174da676faff8d.txt").read_bytes())
    outside = tmp_path / "outside.txt"
    outside.write_text("一、外部文件\n", encoding="utf-8")
    os.symlink(outside, folder / "外部链接.txt")
    return folder


def _rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_import_list_shows_empty_and_unitless_documents_as_to_check_in_red(tmp_path, qtbot):
    store = Store.open(tmp_path / "store")
    outcomes = store.import_paths([_folder(tmp_path)])
    dialog = ImportResultDialog(outcomes)
    qtbot.addWidget(dialog)
    rows = _rows(dialog.table)
    by_name = {r[0]: r for r in rows}
    minutes, unitless = by_name["会议纪要_无编号条目.txt"], by_name["分工方案_无责任单位.txt"]
    assert minutes[1] == "需核对" and minutes[2].startswith("未识别措施") and "0 项措施" in minutes[2]
    assert unitless[1] == "需核对" and unitless[2].startswith("未识别责任单位") and "6 项措施" in unitless[2]
    assert by_name["外部链接.txt"][1] == "已跳过" and "所选文件夹之外" in by_name["外部链接.txt"][2]
    assert by_name["000.txt"][1] == "已导入"
    assert [r[1] for r in rows] == ["需核对", "需核对", "已跳过", "已导入"]    # what needs the officer first
    assert dialog.summary.text() == "共 4 个文件：已导入 1，需核对 2，已跳过 1"
    red = [r for r in range(4) if dialog.table.item(r, 1).foreground().color() == ALARM_COLOR]
    assert red == [0, 1]
    assert not dialog.hint.isHidden() and not dialog.details_button.isHidden()
    # double-click asks for what the engine saw in that document
    with qtbot.waitSignal(dialog.diagnostics_asked) as asked:
        dialog.table.cellDoubleClicked.emit(0, 1)
    assert asked.args == [dialog.table.item(0, 0).data(DOCUMENT_ID)]
    store.close()


def test_a_clean_import_has_no_check_hint(sample_store, qtbot, tmp_path):
    copy = tmp_path / "000_copy.txt"
    copy.write_bytes((SAMPLES / "000_55174da676faff8d.txt").read_bytes() + "\n".encode())
    dialog = ImportResultDialog(sample_store.import_paths([copy]))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() != "需核对"
    assert dialog.hint.isHidden() and dialog.details_button.isHidden()


def test_library_shows_documents_to_check_in_red_with_the_engines_confidence(tmp_path, qtbot):
    store = Store.open(tmp_path / "store")
    store.import_paths([_folder(tmp_path)])
    model = LibraryModel()
    model.set_documents(store.documents())
    titles = {}

    def walk(parent):
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            if index.data(Qt.UserRole + 1) is not None:
                titles[index.data()] = index
            walk(index)
    walk(model.index(-1, -1))
    checked = {t: i for t, i in titles.items() if t.startswith("〔需核对〕")}
    assert len(checked) == 2 and len(titles) == 3
    for title, index in checked.items():
        assert index.data(Qt.ForegroundRole).color() == ALARM_COLOR
        assert index.siblingAtColumn(1).data(Qt.ForegroundRole).color() == ALARM_COLOR
    tips = sorted(i.data(Qt.ToolTipRole) for i in checked.values())
    assert any("需核对：未识别措施" in t and "识别出 0 项措施" in t for t in tips)
    assert any("需核对：未识别责任单位" in t and "有责任单位的任务：0%" in t for t in tips)
    good = next(i for t, i in titles.items() if t not in checked)
    assert good.data(Qt.ForegroundRole) is None and "有责任单位的任务：" in good.data(Qt.ToolTipRole)
    store.close()
