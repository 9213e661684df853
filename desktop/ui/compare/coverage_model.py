"""The coverage table for an upper- and a lower-level plan: each measure of A, whether B picks it up and how."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.ui.compare.labels import colors, kind_label, side_numbers
from desktop.ui.compare.session import CompareSession
from desktop.ui.common.row_list_model import RowListModel

HEAD_CHARS = 36


def head(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= HEAD_CHARS else text[:HEAD_CHARS - 1] + "…"


class CompareCoverageModel(RowListModel):
    """Rows are A measure indexes in A's order; ``PairRole`` gives the pair holding the row's measure."""

    NUMBER, MEASURE, PICKED, KIND, SCORE, UNITS = range(6)
    PairRole = Qt.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: CompareSession | None = None
        self.headers = [self.tr("A条目"), self.tr("A措施"), self.tr("B落实条目"), self.tr("结果"), self.tr("相似度"),
                        self.tr("单位变化")]

    def set_session(self, session: CompareSession | None) -> None:
        self.beginResetModel()
        self.session = session
        self.rows = list(range(len(session.alignment.a))) if session else []
        self.endResetModel()

    def covered(self) -> tuple[int, int]:
        """(A measures B picks up, A measures)."""
        if self.session is None:
            return 0, 0
        pairs = self.session.alignment.pairs
        return sum(pairs[self.session.pair_of[0][i]].kind != "only_a" for i in self.rows), len(self.rows)

    def _units(self, delta) -> str:
        parts = []
        if delta.units_added:
            parts.append(self.tr("B增加：{units}").format(units="、".join(delta.units_added)))
        if delta.units_removed:
            parts.append(self.tr("B未列：{units}").format(units="、".join(delta.units_removed)))
        if delta.role_changes:
            parts.append(self.tr("角色变化：{units}").format(units="、".join(u for u, _, _ in delta.role_changes)))
        return "；".join(parts)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        i = self.row_at(index)
        if i is None or self.session is None:
            return None
        al = self.session.alignment
        p = self.session.pair_of[0].get(i)
        pair = al.pairs[p] if p is not None else None
        col = index.column()
        if role == self.PairRole:
            return p
        missing = pair is None or pair.kind == "only_a"
        if role == Qt.DisplayRole:
            if col == self.NUMBER:
                return side_numbers(al.a, (i,))
            if col == self.MEASURE:
                return head(al.a[i].heading or al.a[i].text)
            if col == self.PICKED:
                return self.tr("未体现") if missing else side_numbers(al.b, pair.b)
            if col == self.KIND:
                return kind_label(pair.kind) if pair else ""
            if col == self.SCORE:
                return "" if missing else f"{pair.score:.0%}"
            return "" if missing else self._units(pair.delta)
        if role == Qt.BackgroundRole and col == self.PICKED and missing:
            return colors(pair)[0] if pair else None
        if role == Qt.ToolTipRole and col == self.MEASURE:
            return al.a[i].text
        return None
