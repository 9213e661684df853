"""Overview: counts by unit × status (table and chart) and the overdue / due-soon lists, refreshed after edits."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from desktop.store.models import STATUSES
from desktop.ui.tasks.overview_pane import OverviewPane
from desktop.core.path_format import format_path
from desktop.ui.tasks.status_chart import STATUS_COLORS
from desktop.ui.common.undo_commands import UpdateAssignments


def independent_counts(ctx) -> Counter:
    """(unit, status) → assignments, read unit by unit through the task table, not status_counts."""
    counts: Counter = Counter()
    for unit in ctx.store.units():
        for row in ctx.store.task_table(unit_id=unit.id).rows:
            counts[unit.qualified_name, row.status] += len(row.assignment_ids)
    return counts


def shown_counts(pane) -> Counter:
    model, counts = pane.counts, Counter()
    for r in range(model.rowCount()):
        unit = model.index(r, 0).data()
        for c, status in enumerate(STATUSES, start=1):
            n = int(model.index(r, c).data())
            if n:
                counts[unit, status] = n
    return counts


def tasks_of(ctx, unit_name: str):
    return ctx.store.unit_tasks(unit_name)


def edit(ctx, task, **values):
    assert ctx.execute(UpdateAssignments(ctx, [task.assignment_id], [task.measure_id], **values)) is None


@pytest.fixture()
def pane(ctx, qtbot):
    widget = OverviewPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


@pytest.fixture()
def dated(ctx):
    """Five tasks with due dates around today (2021-06-01): three overdue, one in 9 days, one in 19 days."""
    tasks = tasks_of(ctx, "广州市商务局")
    for task, due in zip(tasks, ["2021-03-01", "2020-12-31", "2021-05-31", "2021-06-10", "2021-06-20"]):
        edit(ctx, task, due_date=due)
    return tasks[:5]


def test_models_pass_the_model_tester(ctx, pane, dated, qtmodeltester):
    for model in (pane.counts, pane.overdue, pane.due_soon):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_counts_equal_an_independent_count_and_follow_edits(ctx, pane):
    assert shown_counts(pane) == +independent_counts(ctx)
    tasks = tasks_of(ctx, "广州海关")
    for task, status in zip(tasks, ["推进中", "推进中", "已完成", "滞后", "暂缓"]):
        edit(ctx, task, status=status)
    counts = shown_counts(pane)
    assert counts == +independent_counts(ctx)
    assert {s: counts["广州海关", s] for s in STATUSES} == {"未启动": len(tasks) - 5, "推进中": 2, "已完成": 1,
                                                            "滞后": 1, "暂缓": 1}
    model = pane.counts
    totals = [int(model.index(r, len(STATUSES) + 1).data()) for r in range(model.rowCount())]
    assert totals == sorted(totals, reverse=True) and totals[0] == 36
    assert all(t == sum(int(model.index(r, c).data()) for c in range(1, len(STATUSES) + 1))
               for r, t in enumerate(totals))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "单位", *STATUSES, "合计"]
    ctx.undo_stack.undo()
    assert shown_counts(pane)["广州海关", "暂缓"] == 0


def test_chart_draws_the_top_units_by_task_count(ctx, pane, qtbot):
    edit(ctx, tasks_of(ctx, "广州市商务局")[0], status="滞后")
    rows = pane.chart.rows()
    expected = sorted(((u, c) for u, c in pane.counts.unit_rows()), key=lambda r: -sum(r[1].values()))[:15]
    assert len(rows) == 15 and [sum(c.values()) for _, c in rows] == [sum(c.values()) for _, c in expected]
    assert rows[0] == ("广州市商务局", {"未启动": 35, "滞后": 1})
    image = pane.chart.grab().toImage()
    colors = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert {STATUS_COLORS["未启动"].name(), STATUS_COLORS["滞后"].name()} <= colors


def test_overdue_and_due_soon_lists_are_ordered_by_date(ctx, pane, dated):
    overdue, soon = pane.overdue, pane.due_soon
    due = [overdue.index(r, 4).data() for r in range(overdue.rowCount())]
    assert due == ["2020-12-31", "2021-03-01", "2021-05-31"]
    assert [soon.index(r, 4).data() for r in range(soon.rowCount())] == ["2021-06-10"]
    assert pane.overdue_box.title() == "已逾期（3）" and pane.due_soon_box.title() == "14 天内到期（1）"
    row = [overdue.task_at(r).assignment_id for r in range(3)].index(dated[1].assignment_id)
    assert overdue.index(row, 0).data() == dated[1].document_title
    assert overdue.index(row, 3).data() == "广州市商务局"
    assert overdue.index(row, 1).data() == format_path(dated[1].path) and "（" in overdue.index(row, 1).data()
    edit(ctx, dated[1], status="已完成")     # done tasks are not overdue
    assert [overdue.index(r, 4).data() for r in range(overdue.rowCount())] == ["2021-03-01", "2021-05-31"]
    ctx.undo_stack.undo()
    assert overdue.rowCount() == 3


def test_double_click_on_a_due_task_activates_its_measure(ctx, pane, dated, qtbot):
    view = pane.overdue_view
    rect = view.visualRect(pane.overdue.index(1, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(pane.measure_activated) as signal:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [pane.overdue.task_at(1).measure_id]
