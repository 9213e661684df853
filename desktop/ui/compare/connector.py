"""The strip between the two panes: a band from each pair's lines in A to its lines in B, like Meld's link map."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.compare.labels import colors
from desktop.ui.compare.pane import ComparePane

WIDTH = 56
CURRENT_PEN = QColor("#92400e")


class CompareConnector(QWidget):
    def __init__(self, left: ComparePane, right: ComparePane, parent=None):
        super().__init__(parent)
        self.setObjectName("compareConnector")
        self.left, self.right = left, right
        self.current_pair: int | None = None
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Expanding)
        for pane in (left, right):
            pane.verticalScrollBar().valueChanged.connect(self.update)

    def set_current_pair(self, pair_index: int | None) -> None:
        self.current_pair = pair_index
        self.update()

    def _shift(self, pane: ComparePane) -> int:
        """Add to a pane's document y to get this widget's y."""
        top = pane.viewport().mapTo(self.window(), QPoint(0, 0)).y() - self.mapTo(self.window(), QPoint(0, 0)).y()
        return top - pane.verticalScrollBar().value()

    def bands(self) -> list[tuple[int, tuple[int, int], tuple[int, int]]]:
        """(pair index, (top, bottom) at the left edge, (top, bottom) at the right edge) of every pair, in this
        widget's coordinates; an unmatched side narrows to the point after the previous pair on that side."""
        session = self.left.session
        if session is None:
            return []
        shifts = self._shift(self.left), self._shift(self.right)
        panes = self.left, self.right
        last_bottom = [0, 0]
        out = []
        for p in range(len(session.alignment.pairs)):
            ys = [pane.pair_y(p) for pane in panes]
            ends = []
            for side in (0, 1):
                if ys[side] is None:
                    ends.append((last_bottom[side], last_bottom[side]))
                else:
                    last_bottom[side] = max(last_bottom[side], ys[side][1])
                    ends.append(ys[side])
            out.append((p, *((top + shifts[s], bottom + shifts[s]) for s, (top, bottom) in enumerate(ends))))
        return out

    def paintEvent(self, event):
        session = self.left.session
        if session is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        w, h = self.width(), self.height()
        current = None
        for p, (a_top, a_bottom), (b_top, b_bottom) in self.bands():
            if max(a_bottom, b_bottom) < 0 or min(a_top, b_top) > h:
                continue
            path = _band(w, a_top, a_bottom, b_top, b_bottom)
            fill = colors(session.alignment.pairs[p])[1]
            painter.setPen(QPen(fill.darker(130), 1))
            painter.setBrush(QColor(fill.red(), fill.green(), fill.blue(), 120))
            painter.drawPath(path)
            if p == self.current_pair:
                current = path
        if current is not None:
            painter.setPen(QPen(CURRENT_PEN, 2))
            painter.setBrush(Qt.NoBrush)
            painter.drawPath(current)
        painter.end()


def _band(w: int, a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> QPainterPath:
    """A band with curved top and bottom edges from the left range to the right one."""
    mid = w / 2
    path = QPainterPath(QPointF(0, a_top))
    path.cubicTo(QPointF(mid, a_top), QPointF(mid, b_top), QPointF(w, b_top))
    path.lineTo(QPointF(w, b_bottom))
    path.cubicTo(QPointF(mid, b_bottom), QPointF(mid, a_bottom), QPointF(0, a_bottom))
    path.closeSubpath()
    return path
