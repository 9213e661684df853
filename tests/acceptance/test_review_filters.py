"""The review tab under real hands at 1366×768: the unit filter by typing and Enter, by a suggestion clicked, by the
drop-down; the 任务分工表 following it; a document clicked in the library; a full-text search."""

from __future__ import annotations

import pytest

from acceptance.harness import center
from desktop.store.queries import MeasureFilter

UNIT = "广州市商务局"


@pytest.fixture()
def screen(laptop, app):
    """Each test starts from 全部单位, all documents, no search (Ctrl+Shift+L), on the review tab."""
    laptop.key("Escape")
    app.focus()
    laptop.key("ctrl+1", "ctrl+shift+l")
    laptop.wait_text("共 132 项措施", id="measureCount")
    return laptop


def count(store, **f) -> str:
    return f"共 {len(store.measure_ids(MeasureFilter(**f)))} 项措施"


def table_column(screen, header: str, rows: int = 8) -> list[str]:
    t = screen.table(id="measureTable", count=rows)
    c = t["headers"].index(header)
    return [row[c] for row in t["cells"]]


def test_typing_a_unit_and_enter_filters_the_table_and_the_task_table_follows(screen, store):
    expected = count(store, unit_id=store.resolve_unit(UNIT))
    screen.type_into(UNIT, id="unitFilter.QLineEdit")
    screen.key("Return")
    screen.wait_text(expected, id="measureCount")
    assert expected != "共 132 项措施"
    assert UNIT in table_column(screen, "牵头单位")
    screen.key("ctrl+2")                                  # 任务分工表: that unit's tasks in every document
    screen.wait(lambda: unit_text(screen, "taskUnit.QLineEdit") == UNIT, what="the task table's unit")
    tasks = store.task_table(unit_id=store.resolve_unit(UNIT)).rows
    screen.wait(lambda: screen.table(id="taskTable", count=1)["rows"] == len(tasks), what="the task table rows")


def unit_text(screen, ident: str) -> str:
    return screen.get(id=ident).text or ""


def test_clicking_a_suggestion_filters_without_enter(screen, store):
    screen.type_into("广州市商务", id="unitFilter.QLineEdit")
    assert screen.get(id="measureCount").name == "共 132 项措施"     # typing alone filters nothing yet
    combo = screen.get(id="unitFilter")
    x, y, w, h = combo.extents
    screen.click((x + 40, y + h + 10))                               # the first suggestion under the field
    screen.wait_text(count(store, unit_id=store.resolve_unit(UNIT)), id="measureCount")
    assert unit_text(screen, "unitFilter.QLineEdit") == UNIT


def test_picking_from_the_drop_down_filters(screen, store):
    combo = screen.get(id="unitFilter")
    x, y, w, h = combo.extents
    screen.click((x + w - 8, y + h // 2))                            # the arrow
    items = screen.wait(lambda: [i for i in screen.items(id="unitFilter.QComboBoxListView", hidden=True)
                                 if "showing" in i["states"]], what="the unit list to open")
    chosen = items[3]
    screen.click(tuple(chosen["extents"][:2][k] + chosen["extents"][2:][k] // 2 for k in (0, 1)))
    expected = count(store, unit_id=store.resolve_unit(chosen["name"]))
    screen.wait_text(expected, id="measureCount")
    assert expected != "共 132 项措施"


def click_cell(screen, table: dict, row: int, column: int) -> None:
    screen.click(center(table["extents"][row - table["first"]][column]))


def test_a_document_clicked_in_the_library_shows_its_measures_and_the_way_back(screen, store):
    document = next(d for d in store.documents() if d.title and d.title.startswith("广州市关于"))
    other = next(d for d in store.documents() if d.title and d.title.startswith("中国（广东）"))
    library = screen.table(id="library", count=20)
    names = [row[0] for row in library["cells"]]
    click_cell(screen, library, names.index(document.title), 0)
    screen.wait_text(f"共 {document.measure_count} 项措施", id="measureCount")
    assert screen.get(id="measureScope").name == f"只看《{document.title}》"
    assert document.title in (screen.get(id="sourceView").text or "")[:400]     # the source shows it
    table = screen.table(id="measureTable", count=3)
    assert "文件" not in [h for h, box in zip(table["headers"], table["header_extents"]) if box[2] > 0]

    heading = table["headers"].index("措施")
    click_cell(screen, table, 2, heading)                             # a measure of that document
    chosen = table["cells"][2][heading]
    screen.wait(lambda: chosen in screen.get(id="measureTitle").name, what="the editor to show the measure")

    screen.click(screen.get(id="showAllDocuments"))                  # the way back: all documents, same measure
    screen.wait_text("共 132 项措施", id="measureCount")
    assert screen.table(id="library", count=1)["cells"][0][0] == "全部文件（5 个）"
    assert chosen in screen.get(id="measureTitle").name

    library = screen.table(id="library", count=20)
    names = [row[0] for row in library["cells"]]
    click_cell(screen, library, names.index(other.title), 0)         # another document: the editor follows
    screen.wait_text(f"共 {other.measure_count} 项措施", id="measureCount")
    assert screen.get(id="measureTitle").name == "未选择措施"
    assert other.title in (screen.get(id="sourceView").text or "")[:400]


def test_search_finds_the_measures_that_say_it(screen, store):
    screen.key("ctrl+f")
    screen.type_into("跨境电商", id="filterText")
    expected = count(store, text="跨境电商")
    screen.wait_text(expected, id="measureCount")
    assert expected != "共 132 项措施"
