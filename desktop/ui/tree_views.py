"""The read-only list-like tree view the panes share: flat rows, whole-row single selection, no editing."""

from __future__ import annotations

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
