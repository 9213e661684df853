"""Showing document after document must not pile up Qt objects: the outline model is reused, never rebuilt item by item.

The leak's signature (issue 15.19): every QStandardItem appended under the root kept a Python wrapper alive after
clear(), ~35 per document shown, ~6 MB per 150 selections. Counted here as objects, not bytes, so it cannot flake.
"""

import gc

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.review.outline_model import NODE_ID


def _qt_objects() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if str(type(o).__dict__.get("__module__", "")).startswith("PySide6"))


def _show_each(review, documents, times: int) -> None:
    for i in range(times):
        review.filter_bar.set_document(documents[i % len(documents)])
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_showing_documents_again_and_again_keeps_the_qt_objects_bounded(shown_window):
    review, store = shown_window.review, shown_window.ctx.store
    documents = [d.id for d in store.documents()]
    model = review.outline_model
    _show_each(review, documents, len(documents) * 2)    # every path taken once
    before = _qt_objects()
    _show_each(review, documents, 60)
    grown = _qt_objects() - before
    outline = store.outline(documents[59 % len(documents)])
    assert grown < 40, f"{grown} more Qt objects after 60 documents shown"
    assert review.outline_model is model                 # one model for the window's life
    assert model.rowCount() == sum(1 for r in outline if r.parent_id is None)
    shown, stack = [], [review.outline.rootIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            shown.append(index.data(NODE_ID))
            stack.append(index)
    assert sorted(shown) == sorted(r.id for r in outline)   # the tree shows this document's outline, all of it
