"""Statuses are stored in Chinese and shown in the UI language; edits store the Chinese value either way."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.store.models import STATUSES
from desktop.store.queries import MeasureFilter
from desktop.ui.app import install_translation
from desktop.ui.review.filter_bar import FilterBar
from desktop.ui.review.measure_table_model import MeasureTableModel
from desktop.ui.common.status_labels import status_label, status_value
from desktop.ui.tasks.task_table_model import TaskTableModel


def test_english_labels_and_chinese_values(ctx, qtbot):
    app = QApplication.instance()
    translators = install_translation(app, "en")
    try:
        assert [status_label(s) for s in STATUSES] == ["Not started", "In progress", "Done", "Behind schedule",
                                                      "On hold"]
        assert status_value("Done") == status_value("已完成") == "已完成"
        bar = FilterBar(ctx.today, ctx.store.resolve_unit)
        qtbot.addWidget(bar)
        assert [bar.status.itemText(i) for i in range(1, 6)] == [status_label(s) for s in STATUSES]
        assert [bar.status.itemData(i) for i in range(1, 6)] == list(STATUSES)
        table = MeasureTableModel(ctx)
        table.set_filter(MeasureFilter(unit_id=ctx.store.resolve_unit("广州市商务局")), background=False)
        assert table.index(0, 6).data() == "Not started"
        tasks = TaskTableModel(ctx)
        tasks.set_unit(ctx.store.resolve_unit("广州市商务局"))
        column = tasks.column_of("status")
        assert tasks.setData(tasks.index(0, column), "In progress", Qt.EditRole)
        assert tasks.index(0, column).data() == "In progress"
        [aid] = tasks.row_at(0).assignment_ids
        assert next(a.status for a in ctx.store.assignments([tasks.row_at(0).measure_id]) if a.id == aid) == "推进中"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert status_label("推进中") == "推进中"
