"""The 任务分工表 and the 批注 under real hands at 1366×768: a status changed for a selected task and undone with
Ctrl+Z; a note with a Chinese body written on text selected in the source and saved."""

from __future__ import annotations

from acceptance.harness import center

NOTE = "请市商务局月底前报送进展"


def pick_from_combo(screen, combo_id: str, item: str) -> None:
    """Open a combo with a click and click one of its items, as a person does."""
    screen.click(screen.get(id=combo_id))
    items = screen.wait(lambda: [i for i in screen.items(id=f"{combo_id}.QComboBoxListView", hidden=True)
                                 if "showing" in i["states"]], what=f"{combo_id} to open")
    chosen = next(i for i in items if i["name"] == item)
    screen.click(center(chosen["extents"]))


def test_a_status_set_for_the_selected_task_and_undone(laptop, app, store):
    screen = laptop
    app.focus()
    screen.key("ctrl+2")
    table = screen.wait(lambda: (lambda t: t if t["rows"] else None)(screen.table(id="taskTable", count=4)),
                        what="the task table to fill")
    status = table["headers"].index("状态")
    row = 2
    before = table["cells"][row][status]
    heading = table["cells"][row][table["headers"].index("措施")]
    screen.click(center(table["extents"][row][table["headers"].index("措施")]))   # select the task's row
    screen.wait_text("已选 1 项", id="selectionLabel")
    new = "推进中" if before != "推进中" else "滞后"
    pick_from_combo(screen, "statusCombo", new)
    screen.click(screen.get(id="applyButton"))
    screen.wait(lambda: screen.table(id="taskTable", first=row, count=1)["cells"][0][status] == new,
                what="the status cell to change")
    assert any(r.status == new and r.heading == heading for r in _rows(store))      # the store has it

    screen.key("ctrl+z")
    screen.wait(lambda: screen.table(id="taskTable", first=row, count=1)["cells"][0][status] == before,
                what="Ctrl+Z to put the status back")
    assert not any(r.status == new and r.heading == heading for r in _rows(store))


def _rows(store):
    return [r for d in store.documents() for r in store.task_table(document_id=d.id).rows]


def test_a_note_in_chinese_on_selected_text(laptop, app, store):
    screen = laptop
    app.focus()
    screen.key("ctrl+1")
    table = screen.table(id="measureTable", count=4)
    heading = table["headers"].index("措施")
    screen.click(center(table["extents"][3][heading]))            # a measure: the source shows it highlighted
    chosen = table["cells"][3][heading]
    screen.wait(lambda: chosen in screen.get(id="measureTitle").name, what="the measure to be shown")
    source = screen.get(id="sourceView")
    x, y, w, h = source.extents
    screen.click((x + 8, y + h // 2))                              # the start of the highlighted line
    screen.key("shift+End")                                        # select the rest of it
    screen.key("ctrl+m")                                           # 添加批注: the 批注 bar opens on the selection
    body = screen.get(id="bodyEdit")
    assert "focused" in body.states
    screen.type_into(NOTE, id="bodyEdit")
    screen.click(screen.get(id="saveButton"))
    saved = screen.wait(lambda: screen.get(id="messageLabel").name.startswith("已保存") and
                        screen.get(id="messageLabel"), what="the note to be saved")
    assert saved.name.startswith("已保存")
    notes = screen.table(id="noteList", count=5)
    assert NOTE in [row[notes["headers"].index("批注")] for row in notes["cells"]]
    assert any(n.body == NOTE for d in store.documents() for n in store.annotations(document_id=d.id))
    screen.shot("note_saved_1366x768")
