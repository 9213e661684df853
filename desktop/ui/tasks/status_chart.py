"""Horizontal stacked bars of task status per unit, painted with QPainter (QtCharts is not shipped)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.vocabulary import STATUSES

from desktop.ui.common.status_labels import status_label

STATUS_COLORS = {"未启动": QColor("#b8bec8"), "推进中": QColor("#5b9bd5"), "已完成": QColor("#70ad47"),
                 "滞后": QColor("#e06666"), "暂缓": QColor("#f1c232")}
TOP_UNITS = 15
_BAR, _GAP, _PAD, _SWATCH = 18, 6, 8, 12


class StatusChart(QWidget):
    """One bar per unit (the ``top`` units by task count), segments by status, a legend above."""

    def __init__(self, parent: QWidget | None = None, top: int = TOP_UNITS):
        super().__init__(parent)
        self.top = top
        self._rows: list[tuple[str, dict[str, int]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_rows(self, rows: list[tuple[str, dict[str, int]]]) -> None:
        """(unit name, {status: count}); the ``top`` largest totals are drawn, largest first."""
        ranked = sorted(rows, key=lambda r: (-sum(r[1].values()), r[0]))
        self._rows = [r for r in ranked if sum(r[1].values())][:self.top]
        self.setToolTip("\n".join(f"{name}：" + "，".join(f"{status_label(s)} {counts[s]}" for s in STATUSES if counts.get(s))
                                  for name, counts in self._rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, dict[str, int]]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(520, self._legend_height() + _PAD + max(1, len(self._rows)) * (_BAR + _GAP) + _PAD)

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 2 * _PAD

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        text_color = self.palette().text().color()
        self._paint_legend(p, fm, text_color)
        if not self._rows:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("暂无任务"))
            return
        label_w = min(max(fm.horizontalAdvance(name) for name, _ in self._rows) + _PAD, int(self.width() * 0.4))
        total_w = fm.horizontalAdvance(str(max(sum(c.values()) for _, c in self._rows))) + _PAD
        left, right = _PAD + label_w, self.width() - _PAD - total_w
        scale = max(1, right - left) / max(sum(c.values()) for _, c in self._rows)
        y = self._legend_height()
        for name, counts in self._rows:
            p.setPen(text_color)
            label = fm.elidedText(name, Qt.TextElideMode.ElideMiddle, label_w - _PAD)
            p.drawText(QRectF(_PAD, y, label_w - _PAD, _BAR),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            x = float(left)
            for status in STATUSES:
                n = counts.get(status, 0)
                if not n:
                    continue
                seg = QRectF(x, y, n * scale, _BAR)
                p.fillRect(seg, STATUS_COLORS[status])
                if seg.width() > fm.horizontalAdvance(str(n)) + 4:
                    p.setPen(QColor("#1f1f1f"))
                    p.drawText(seg, Qt.AlignmentFlag.AlignCenter, str(n))
                x += seg.width()
            p.setPen(text_color)
            p.drawText(QRectF(x + 4, y, total_w, _BAR), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       str(sum(counts.values())))
            y += _BAR + _GAP

    def _paint_legend(self, p: QPainter, fm: QFontMetrics, text_color: QColor) -> None:
        x, y = _PAD, _PAD
        for status in STATUSES:
            p.fillRect(QRectF(x, y + (fm.height() - _SWATCH) / 2, _SWATCH, _SWATCH), STATUS_COLORS[status])
            x += _SWATCH + 4
            p.setPen(text_color)
            label = status_label(status)
            p.drawText(QRectF(x, y, fm.horizontalAdvance(label) + 2, fm.height()), Qt.AlignmentFlag.AlignVCenter,
                       label)
            x += fm.horizontalAdvance(label) + 2 * _PAD
