"""The change list: the pairs in reading order (all, only the changed, or only the unmatched), one row each."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from PySide6.QtGui import QColor

from desktop.ui.compare.labels import UNMATCHED, colors, delta_summary, is_difference, kind_label, side_numbers

MISSING_SIDE = QColor("#6b7280")
from desktop.ui.compare.session import CompareSession
from desktop.ui.common.row_list_model import RowListModel

FILTERS = ("all", "changed", "unmatched")


def shown(pair, mode: str) -> bool:
    if mode == "changed":
        return is_difference(pair)
    if mode == "unmatched":
        return pair.kind in UNMATCHED
    return True


class ComparePairsModel(RowListModel):
    """Rows are pair indexes into the alignment; ``PairRole`` gives the index of a row."""

    NUMBER, KIND, A, B, SCORE, CHANGES = range(6)
    PairRole = Qt.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: CompareSession | None = None
        self.mode = "all"
        self.headers = [self.tr("序号"), self.tr("结果"), self.tr("A条目"), self.tr("B条目"), self.tr("相似度"),
                        self.tr("变化")]

    def set_session(self, session: CompareSession | None) -> None:
        self.session = session
        self._reload()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        pairs = self.session.alignment.pairs if self.session else []
        self.rows = [p for p, pair in enumerate(pairs) if shown(pair, self.mode)]
        self.endResetModel()

    def row_of(self, pair_index: int | None) -> int:
        return self.rows.index(pair_index) if pair_index in self.rows else -1

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        p = self.row_at(index)
        if p is None or self.session is None:
            return None
        pair = self.session.alignment.pairs[p]
        col = index.column()
        if role == self.PairRole:
            return p
        if role == Qt.DisplayRole:
            al = self.session.alignment
            if col == self.NUMBER:
                return str(p + 1)
            if col == self.KIND:
                return kind_label(pair.kind) + (self.tr("（固定）") if pair.pinned else "")
            if col == self.A:
                return side_numbers(al.a, pair.a)
            if col == self.B:
                return side_numbers(al.b, pair.b)
            if col == self.SCORE:
                return "" if pair.kind in UNMATCHED else f"{pair.score:.0%}"
            return delta_summary(pair.delta)
        if role == Qt.BackgroundRole and col == self.KIND and is_difference(pair):
            return colors(pair)[0]
        if role == Qt.ForegroundRole and ((col == self.A and not pair.a) or (col == self.B and not pair.b)):
            return MISSING_SIDE
        if role == Qt.TextAlignmentRole and col in (self.NUMBER, self.SCORE):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
            return delta_summary(pair.delta) or None
        return None
