"""A thin strip beside the panes with a mark for every difference, in reading order; a click jumps to it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.compare.labels import colors, is_difference

WIDTH = 16


class CompareOverview(QWidget):
    pair_clicked = Signal(int)   # the pair index nearest the click among the differences

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compareOverview")
        self.pairs: list = []
        self.current_pair: int | None = None
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Expanding)
        self.setCursor(Qt.PointingHandCursor)
        self.setToolTip(self.tr("差异分布：点击跳转"))

    def set_pairs(self, pairs: list) -> None:
        self.pairs = pairs
        self.update()

    def set_current_pair(self, pair_index: int | None) -> None:
        self.current_pair = pair_index
        self.update()

    def _rect(self, p: int) -> QRectF:
        n = max(1, len(self.pairs))
        step = self.height() / n
        return QRectF(2, p * step, self.width() - 4, max(3.0, step))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f3f4f6"))
        for p, pair in enumerate(self.pairs):
            if is_difference(pair):
                painter.fillRect(self._rect(p), colors(pair)[1])
        if self.current_pair is not None and self.current_pair < len(self.pairs):
            painter.setPen(QPen(QColor("#92400e"), 2))
            painter.drawRect(self._rect(self.current_pair).adjusted(-1, -1, 1, 1))
        painter.end()

    def pair_at(self, y: float) -> int | None:
        differences = [p for p, pair in enumerate(self.pairs) if is_difference(pair)]
        if not differences:
            return None
        n = max(1, len(self.pairs))
        aimed = y / max(1, self.height()) * n
        return min(differences, key=lambda p: abs(p + 0.5 - aimed))

    def mousePressEvent(self, event):
        p = self.pair_at(event.position().y())
        if p is not None:
            self.pair_clicked.emit(p)
