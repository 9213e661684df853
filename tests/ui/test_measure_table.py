"""The ids-first measure table: row count from one id query, rows fetched a page at a time, filters in SQL."""

from desktop.store.queries import MeasureFilter
from desktop.ui.review.measure_table_model import PAGE, MeasureTableModel


def test_model_passes_modeltester(ctx, qtmodeltester):
    model = MeasureTableModel(ctx)
    model.set_filter(MeasureFilter(), background=False)
    assert model.rowCount() == 132
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time(ctx):
    model = MeasureTableModel(ctx)
    model.set_filter(MeasureFilter(), background=False)
    assert model.fetched_rows == 0
    assert model.index(0, 2).data()            # the first heading
    assert model.fetched_rows == min(PAGE, 132)
    model.index(131, 2).data()
    assert model.fetched_rows == 132


def test_filter_runs_off_the_gui_thread_and_keeps_the_newest(ctx, qtbot):
    model = MeasureTableModel(ctx)
    uid = ctx.store.resolve_unit("广州市商务局")
    with qtbot.waitSignal(model.ids_loaded, timeout=10000) as blocker:
        model.set_filter(MeasureFilter(unit_id=uid))
    n = blocker.args[0]
    assert n == model.rowCount() == len(ctx.store.unit_tasks("广州市商务局"))
    titles = {model.index(r, 0).data() for r in range(n)}
    assert len(titles) == 2   # 市商务局 in documents 002 and 004


def test_text_filter_shows_snippets(ctx):
    model = MeasureTableModel(ctx)
    model.set_filter(MeasureFilter(text="跨境电商"), background=False)
    assert model.rowCount() > 0
    from PySide6.QtCore import Qt
    tips = [model.index(r, 2).data(Qt.ToolTipRole) for r in range(model.rowCount())]
    assert all("【跨境电商】" in t for t in tips)


def test_an_edit_refreshes_only_its_row(ctx, qtbot):
    from desktop.ui.common.undo_commands import UpdateAssignments
    model = MeasureTableModel(ctx)
    model.set_filter(MeasureFilter(), background=False)
    row = next(r for r in range(model.rowCount()) if model.row_for(r).lead)
    mid = model.row_for(row).id
    detail = ctx.store.measure_detail(mid)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        ctx.execute(UpdateAssignments(ctx, [a.id for a in detail.assignments], [mid], status="推进中"))
    assert blocker.args[0].row() == row
    assert model.index(row, 6).data() == "推进中"
    ctx.undo_stack.undo()
    assert model.index(row, 6).data() == "未启动"
