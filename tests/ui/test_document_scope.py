"""A click on a document in the library shows that document — table, outline, source — and 全部文件 (or the
显示全部文件 button) shows them all again; the source and the measure editor never show two different documents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.ui.main_window import lower_plan, upper_plan
from desktop.ui.review.library_model import DOCUMENT_ID


@pytest.fixture()
def window(shown_window):
    return shown_window


def _row(window, document_id):
    model = window.review.library_model
    return model.match(model.index(0, 0), DOCUMENT_ID, document_id, 1, Qt.MatchRecursive | Qt.MatchExactly)[0]


def _click(qtbot, view, index) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())


def _by_title(ctx, start: str):
    return next(d for d in ctx.store.documents() if (d.title or "").startswith(start))


def test_a_document_clicked_shows_its_measures_and_the_way_back(window, ctx, qtbot):
    review = window.review
    doc = _by_title(ctx, "广州市关于")
    _click(qtbot, review.library, _row(window, doc.id))
    qtbot.waitUntil(lambda: review.model.rowCount() == doc.measure_count, timeout=10000)
    assert review.count_label.text() == f"共 {doc.measure_count} 项措施"
    assert {review.model.row_for(r).document_id for r in range(review.model.rowCount())} == {doc.id}
    assert review.document_id == doc.id and review.source.document_id == doc.id
    assert review.outline_model.rowCount() > 0
    assert review.filter_bar.document.currentData() == doc.id
    assert review.scope_label.text() == f"只看《{doc.title}》" and review.all_button.isVisibleTo(review)
    assert review.table.isColumnHidden(0)                      # 文件 would repeat the one title on every row

    qtbot.mouseClick(review.all_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: review.model.rowCount() == 132, timeout=10000)
    assert review.library.currentIndex().row() == 0 and "全部文件" in review.library.currentIndex().data()
    assert not review.all_button.isVisibleTo(review)

    _click(qtbot, review.library, _row(window, doc.id))
    qtbot.waitUntil(lambda: review.model.rowCount() == doc.measure_count, timeout=10000)
    _click(qtbot, review.library, review.library_model.all_documents_index())      # the first row: 全部文件
    qtbot.waitUntil(lambda: review.model.rowCount() == 132, timeout=10000)


def test_the_editor_never_shows_a_measure_of_another_document(window, ctx, qtbot):
    review = window.review
    first, other = _by_title(ctx, "广州市关于"), _by_title(ctx, "中国（广东）")
    _click(qtbot, review.library, _row(window, first.id))
    qtbot.waitUntil(lambda: review.model.rowCount() == first.measure_count, timeout=10000)
    review.table.selectRow(3)
    measure = review.model.row_for(3)
    assert review.editor.measure_id == measure.id
    assert ctx.store.measure_detail(review.editor.measure_id).document_id == review.source.document_id

    _click(qtbot, review.library, _row(window, other.id))
    qtbot.waitUntil(lambda: review.model.rowCount() == other.measure_count, timeout=10000)
    assert review.source.document_id == other.id
    assert review.editor.measure_id is None and review.editor.title.text() == "未选择措施"

    window.tasks.measure_activated.emit(measure.id)       # a measure of the first document from the task table
    assert review.source.document_id == first.id == ctx.store.measure_detail(review.editor.measure_id).document_id
    qtbot.waitUntil(lambda: review.model.rowCount() == first.measure_count, timeout=10000)


def test_compare_takes_the_documents_in_the_order_they_were_picked(window, ctx):
    lib = window.review.library
    guangxi, guangdong = _by_title(ctx, "进一步深化"), _by_title(ctx, "中国（广东）")
    for doc in (guangxi, guangdong):                    # picked second, but the later date: still B
        lib.selectionModel().select(_row(window, doc.id), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    assert window.compare_pair() == (guangxi.id, guangdong.id)
    lib.selectionModel().clearSelection()
    for doc in (guangdong, guangxi):
        lib.selectionModel().select(_row(window, doc.id), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    assert window.compare_pair() == (guangdong.id, guangxi.id)


def test_a_provincial_plan_is_a_against_a_municipal_one(window, ctx):
    lib = window.review.library
    city, province = _by_title(ctx, "广州市关于"), _by_title(ctx, "中国（广东）")
    assert lower_plan(city) and upper_plan(province) and not upper_plan(city)
    for doc in (city, province):
        lib.selectionModel().select(_row(window, doc.id), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    assert window.compare_pair() == (province.id, city.id)
