"""Context items (指导思想, 发展目标…) stay in the measure table, grey and marked 〔背景〕; 仅任务 leaves them out."""

from PySide6.QtCore import Qt

from desktop.store.queries import MeasureFilter
from desktop.ui.review.measure_table_model import COLUMNS, CONTEXT_COLOR


def test_context_items_are_grey_and_marked_and_the_kind_filter_hides_them(shown_window, qtbot):
    review, store = shown_window.review, shown_window.ctx.store
    total = len(store.measure_ids())
    context = len(store.measure_ids(MeasureFilter(kind="context")))
    assert 0 < context < total
    model = review.model
    assert model.rowCount() == total and review.filter_bar.kind.currentText() == "全部条目"
    heading = COLUMNS.index("heading")
    marked = [r for r in range(model.rowCount()) if model.index(r, heading).data().startswith("〔背景〕")]
    assert len(marked) == context
    kinds = {model.row_for(r).kind for r in marked}
    assert kinds == {"context"}
    first = marked[0]
    assert model.index(first, heading).data() == "〔背景〕" + model.row_for(first).heading
    assert all(model.index(first, c).data(Qt.ForegroundRole) == CONTEXT_COLOR for c in range(len(COLUMNS)))
    assert "不分配任务" in model.index(first, heading).data(Qt.ToolTipRole)
    task = next(r for r in range(model.rowCount()) if r not in marked)
    assert model.index(task, heading).data() == model.row_for(task).heading
    assert model.index(task, heading).data(Qt.ForegroundRole) is None

    review.filter_bar.kind.setCurrentIndex(review.filter_bar.kind.findText("仅任务"))
    qtbot.waitUntil(lambda: model.rowCount() == total - context)
    assert review.count_label.text() == f"共 {total - context} 项措施"
    assert not any(model.index(r, heading).data().startswith("〔背景〕") for r in range(model.rowCount()))
    review.filter_bar.clear()
    qtbot.waitUntil(lambda: model.rowCount() == total)
    assert review.filter_bar.kind.currentText() == "全部条目"
