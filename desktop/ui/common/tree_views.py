"""The read-only list-like tree view the panes share: flat rows, whole-row single selection, no editing."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView


def flat_tree(model) -> QTreeView:
    view = QTreeView()
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    return view


def select_row_quietly(view: QTreeView, row: int) -> None:
    """Make ``row`` current and visible (or clear the selection for -1) without announcing it: the caller is
    showing what another view already chose."""
    selection = view.selectionModel()
    selection.blockSignals(True)
    if row >= 0:
        index = view.model().index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        view.scrollTo(index)
    else:
        selection.clearSelection()
    selection.blockSignals(False)
    view.viewport().update()
