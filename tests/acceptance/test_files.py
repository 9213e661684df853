"""Files in and out under real hands at 1366×768: an import through the 文件 menu and Qt's own file chooser (in
Chinese), the three export dialogs — each saying what it will write, refusing an empty scope — to real files, a
returned ledger previewed and written, and a refused .ods that leaves every later import and export possible."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from docx import Document

from acceptance.harness import center
from conftest import DEVSET
from desktop.store.queries import MeasureFilter
from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, TASK_SHEET

UNIT = "广州市商务局"
PLAN = "中国（广东）自由贸易试验区提升战略行动方案"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("out")


@pytest.fixture()
def screen(laptop, app):
    laptop.key("Escape")
    app.focus()
    return laptop


def menu(screen, title: str, menu_id: str, item: str) -> None:
    """Open a menu of the menu bar with a click and click one of its items."""
    screen.click(screen.get(role="menu item", name=title))
    entries = screen.wait(lambda: [i for i in screen.items(id=menu_id, hidden=True)
                                   if i["name"] == item and i["extents"][2] > 0], what=f"{item} in {title}")
    screen.click(center(entries[0]["extents"]))


def choose_in_file_dialog(screen, path) -> None:
    """Qt's own file chooser, as the app opens it: in Chinese, with a file name field wide enough to read."""
    dialog = screen.get(timeout=15, role="dialog", id="fileDialog")
    assert "查找范围" in screen.get(id="lookInLabel").name
    assert "文件类型" in screen.get(id="fileTypeLabel").name
    assert screen.get(id="fileNameEdit").extents[2] >= 0.5 * dialog.extents[2]
    screen.type_into(str(path), id="fileNameEdit")
    screen.key("Return")
    screen.gone(id="fileDialog")


def export_dialog(screen):
    return screen.get(timeout=15, role="dialog", id="exportDialog")


def filter_unit(screen, name: str) -> None:
    screen.type_into(name, id="unitFilter.QLineEdit")
    screen.key("Return")


def test_import_through_the_menu_and_a_chinese_file_chooser(screen, store, tmp_path):
    new = tmp_path / "成都市一人公司政策.txt"
    shutil.copy(next(DEVSET.glob("docs/02_*.txt")), new)
    menu(screen, "文件(F)", "menuFile", "导入文件…")
    choose_in_file_dialog(screen, new)
    summary = screen.wait(lambda: (screen.find(id="importSummary") or [None])[0], timeout=60,
                          what="the import result")
    assert summary.name == "共 1 个文件：已导入 1"
    screen.click(screen.get(role="push button", name="关闭"))
    screen.gone(id="importSummary")
    added = next(d for d in store.documents() if d.source_name == new.name)
    assert added.measure_count > 0
    screen.wait_text(f"共 {132 + added.measure_count} 项措施", id="measureCount")


def test_an_empty_scope_is_refused_and_the_ledger_of_one_document_is_written(screen, store, out):
    plan = next(d for d in store.documents() if d.title == PLAN)
    library = screen.table(id="library", count=30)
    row = [r[0] for r in library["cells"]].index(PLAN)
    screen.click(center(library["extents"][row][0]))
    screen.wait_text(f"共 {plan.measure_count} 项措施", id="measureCount")
    filter_unit(screen, UNIT)                               # a unit with no task in this plan: 共 0 项
    screen.wait_text("共 0 项措施", id="measureCount")
    screen.key("ctrl+e")
    export_dialog(screen)
    unit_total = len(store.measure_ids(MeasureFilter(unit_id=store.resolve_unit(UNIT))))
    # the window showed a plan and a unit with nothing in common: the dialog starts on the unit, across documents
    assert "checked" in screen.get(id="scope_unit").states
    assert screen.get(id="scope_document_unit").name.endswith("（0 项措施）")
    screen.click(screen.get(id="scope_document_unit"))
    screen.wait(lambda: "所选范围内没有措施" in screen.get(id="exportSummary").name, what="the empty scope said")
    assert "enabled" not in screen.get(id="exportButton").states                 # nothing empty is written
    screen.click(screen.get(id="scope_unit"))
    screen.wait_text(f"将导出 2 个文件、{unit_total} 项措施，涉及 1 个单位", id="exportSummary")
    screen.click(screen.get(id="scope_document"))
    tasks = store.export_scope(plan.id).measures       # the plan's 指导思想/发展目标 items stay out by default
    assert 0 < tasks < plan.measure_count

    def says(n):
        return lambda: (lambda s: s if s.name.startswith(f"将导出 1 个文件、{n} 项措施") else None)(
            screen.get(id="exportSummary"))
    screen.wait(says(tasks), what="the plan's tasks")
    context = screen.get(id="exportIncludeContext")
    assert "checked" not in context.states
    screen.click(context)
    screen.wait(says(plan.measure_count), what="the plan with its context items")
    screen.click(screen.get(id="exportIncludeContext"))
    summary = screen.wait(says(tasks), what="the plan's tasks again")
    contents = screen.items(id="exportContents")
    assert contents[0]["name"] == f"《{PLAN}》：{tasks} 项措施"
    assert screen.get(id="exportPath").text.endswith(f"{PLAN}_任务分工表.xlsx")
    screen.shot("export_dialog_preview_1366x768")
    target = out / "台账.xlsx"
    screen.type_into(str(target), id="exportPath")
    screen.click(screen.get(id="exportButton"))
    screen.wait(lambda: target.exists(), timeout=60, what="the ledger file")
    ws = openpyxl.load_workbook(target)[TASK_SHEET]
    ids = [ws.cell(r, ws.max_column).value for r in range(FIRST_ROW, ws.max_row + 1)]
    assert len([i for i in ids if i and i.startswith("M")]) == tasks        # what the dialog said, nothing more


def test_the_unit_ledger_and_the_briefing_of_one_unit(screen, app, store, out):
    menu(screen, "导出(X)", "menuExport", "各单位任务台账（Excel）…")
    export_dialog(screen)
    tasks = len(store.task_table(unit_id=store.resolve_unit(UNIT)).rows)
    assert "checked" in screen.get(id="scope_unit").states
    screen.wait_text(f"将导出 1 个单位的任务台账（每个单位一个文件），共 {tasks} 项任务", id="exportSummary")
    folder = out / "units"
    folder.mkdir()
    screen.type_into(str(folder), id="exportPath")
    screen.click(screen.get(id="exportButton"))
    written = folder / f"{UNIT}_重点任务推进台账.xlsx"
    screen.wait(lambda: written.exists(), timeout=60, what="the unit's ledger")

    app.focus()                  # Xvfb has no window manager to hand the keyboard back after a dialog
    screen.key("ctrl+shift+e")
    export_dialog(screen)
    assert "checked" in screen.get(id="scope_unit").states
    measures = len(store.measure_ids(MeasureFilter(unit_id=store.resolve_unit(UNIT))))
    screen.wait_text(f"将导出 2 个文件、{measures} 项措施，涉及 1 个单位", id="exportSummary")
    assert screen.get(id="exportPath").text.endswith(f"{UNIT}_汇报材料.docx")
    target = out / "汇报.docx"
    screen.type_into(str(target), id="exportPath")
    screen.type_into("广州市商务局办公室", id="exportIssuer")      # the 落款
    dialog = export_dialog(screen).extents
    assert dialog[1] >= 0 and dialog[1] + dialog[3] <= 768           # the taller dialog still fits the laptop
    screen.click(screen.get(id="exportButton"))
    screen.wait(lambda: target.exists(), timeout=60, what="the briefing")
    paragraphs = [p.text for p in Document(str(target)).paragraphs if p.text.strip()]
    assert f"涉及政策文件2件、重点任务{measures}项" in "\n".join(paragraphs[:12])
    assert "广州市商务局办公室" in paragraphs[-3:], paragraphs[-3:]


def test_a_returned_ledger_previewed_and_written(screen, store, out):
    returned = out / "returned.xlsx"
    shutil.copy(out / "units" / f"{UNIT}_重点任务推进台账.xlsx", returned)
    wb = openpyxl.load_workbook(returned)
    ws = wb[TASK_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    ws.cell(FIRST_ROW, header.index("进展情况") + 1, "已完成前期调研")
    assignment = int(ws.cell(FIRST_ROW, header.index("系统编号（请勿修改）") + 1).value[1:])
    wb.save(returned)
    screen.key("ctrl+shift+r")
    choose_in_file_dialog(screen, returned)
    summary = screen.get(timeout=30, id="returnSummary")
    assert f"填报单位：{UNIT}" in summary.name and "修改 1 处" in summary.name
    changes = screen.table(id="returnChanges")
    assert changes["cells"][0][changes["headers"].index("文件填写")] == "已完成前期调研"
    apply = screen.get(id="applyReturn")
    assert apply.name == "写入 1 处"
    screen.click(apply)
    screen.wait(lambda: store.assignment_tracking([assignment])[assignment]["progress"] == "已完成前期调研",
                what="the return written to the store")


def test_a_refused_ods_leaves_imports_and_exports_possible(screen, app, out):
    bad = out / "回收台账.ods"
    bad.write_bytes(b"PK\x03\x04 an OpenDocument spreadsheet")
    for _ in range(2):                                     # refused twice: the slot is free each time
        screen.key("ctrl+shift+r")
        choose_in_file_dialog(screen, bad)
        box = screen.get(timeout=30, role="alert", name_contains="操作未完成")      # the reason, in Chinese
        assert any("无法" in n.name for n in screen.find(role="label", window="操作未完成"))
        screen.click(screen.get(role="push button", name="确定", window="操作未完成"))
        screen.gone(role="alert", name_contains="操作未完成")
        assert box
        app.focus()
    screen.key("ctrl+e")                                   # before the fix: 另一项导出或导入正在进行
    assert export_dialog(screen)
    screen.key("Escape")
