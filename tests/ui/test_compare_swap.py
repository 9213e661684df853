"""The compare window's 交换 A/B, its pins kept either way round, the current difference it shows, and marks that
never let a matched top-level item (一、) look like a missing side."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings

from desktop.ui.compare.labels import side_numbers
from desktop.ui.compare.window import open_compare
from desktop.ui.main_window import MainWindow


def _ids(store, *starts):
    return [next(d.id for d in store.documents() if (d.title or "").startswith(s)) for s in starts]


def test_swap_exchanges_the_sides_and_keeps_the_pins(ctx, qtbot):
    a, b = _ids(ctx.store, "中国（广东）", "广州市关于")
    window = open_compare(ctx, None, a, b)
    qtbot.waitExposed(window)
    titles = window.session.titles
    i, j = 5, 3
    window.pick_measure(0, i)
    window.pick_measure(1, j)
    window.pin_action.trigger()
    pinned = (window.session.alignment.a[i].path, window.session.alignment.b[j].path)
    assert window.session.alignment.pairs[window.current].pinned

    window.swap_action.trigger()
    assert (window.doc_a, window.doc_b) == (b, a) and window.session.titles == titles[::-1]
    assert window.titles[0].text() == f"A：{titles[1]}"
    assert window.coverage_model.rowCount() == len(window.session.alignment.a)
    pair = window.session.alignment.pairs[window.session.pair_of[0][j]]
    assert pair.pinned and pair.b == (i,)                      # the same pin, seen the other way round
    assert window.sides[0].document_id == b and window.side_tabs.widget(0) is window.sides[0]
    window.unpin_current()                                     # edited from the swapped side
    ctx.undo_stack.undo()
    window.close()

    again = open_compare(ctx, None, a, b)                      # the pin is there in the first order too
    qtbot.waitExposed(again)
    pair = again.session.alignment.pairs[again.session.pair_of[0][i]]
    assert pair.pinned and (again.session.alignment.a[pair.a[0]].path,
                            again.session.alignment.b[pair.b[0]].path) == pinned
    again.close()


def test_f7_says_which_difference_is_shown(ctx, qtbot):
    a, b = _ids(ctx.store, "中国（广东）", "广州市关于")
    window = open_compare(ctx, None, a, b)
    qtbot.waitExposed(window)
    n = len(window.differences())
    assert window.position.text() == f"共 {n} 处差异"
    window.next_difference()
    window.next_difference()
    assert window.position.text() == f"差异 2/{n}"
    window.close()


def test_a_top_level_item_and_a_missing_side_are_marked_apart(ctx, qtbot):
    a, b = _ids(ctx.store, "中国（广东）", "广州市推动落实")       # B numbers its first measures 一、
    window = open_compare(ctx, None, a, b)
    qtbot.waitExposed(window)
    al = window.session.alignment
    top = [p for p in al.pairs if p.b and len(al.b[p.b[0]].path) == 1 and p.a]
    missing = [p for p in al.pairs if not p.b]
    assert top and missing
    assert side_numbers(al.b, top[0].b).endswith("、")          # 一、, not a bare 一
    assert side_numbers(al.b, missing[0].b) == "（无对应）"     # not —, which looks like 一
    model = window.pairs_model
    column = [model.index(r, model.B).data() for r in range(model.rowCount())]
    assert "—" not in column and "一" not in column
    window.close()


def test_a_second_compare_after_the_first_was_closed(ctx, qtbot, tmp_path):
    main = MainWindow(ctx, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(main)
    main.review.reload()
    a, b = _ids(ctx.store, "中国（广东）", "广州市关于")
    main.compare_pair = lambda: (a, b)
    first = main.compare_selected()
    first.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))    # deleted on close
    second = main.compare_selected()                          # raised RuntimeError on the deleted window
    assert main.compare_windows == [second]
    second.close()
