"""Scroll sync of the two compare panes: the partner pane scrolls so the pairs at reading height line up."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QObject

from desktop.ui.compare.pane import ComparePane

READING_HEIGHT = 1 / 3   # the fraction of the view's height where the eye reads (as ComparePane.scroll_to_y)


def anchors(panes: tuple[ComparePane, ComparePane], source: int) -> list[tuple[float, float]]:
    """(source y, target y) points through the pairs' tops and bottoms, increasing on both sides (a moved pair
    that would make the target go backwards is left out), from the top of both documents to the bottom of both."""
    session = panes[0].session
    target = 1 - source
    points = []
    for p in range(len(session.alignment.pairs) if session else 0):
        ys = panes[source].pair_y(p), panes[target].pair_y(p)
        if ys[0] is not None and ys[1] is not None:
            points += [(ys[0][0], ys[1][0]), (ys[0][1], ys[1][1])]
    points.sort()
    kept = [(0.0, 0.0)]
    for s, t in points:
        if s >= kept[-1][0] and t >= kept[-1][1]:
            kept.append((s, t))
    ends = [p.document().size().height() for p in (panes[source], panes[target])]
    if ends[0] > kept[-1][0] and ends[1] >= kept[-1][1]:
        kept.append((ends[0], ends[1]))
    return kept


def map_y(points: list[tuple[float, float]], y: float) -> float:
    """Piecewise-linear interpolation through ``points`` (sorted by their first value)."""
    xs = [s for s, _ in points]
    i = bisect.bisect_right(xs, y)
    if i == 0:
        return points[0][1]
    if i >= len(points):
        return points[-1][1] + (y - points[-1][0])
    (s0, t0), (s1, t1) = points[i - 1], points[i]
    return t0 if s1 == s0 else t0 + (y - s0) * (t1 - t0) / (s1 - s0)


class ScrollSync(QObject):
    def __init__(self, left: ComparePane, right: ComparePane, parent=None):
        super().__init__(parent)
        self.panes = (left, right)
        self.enabled = True
        self._busy = False
        left.verticalScrollBar().valueChanged.connect(lambda _v: self.follow(0))
        right.verticalScrollBar().valueChanged.connect(lambda _v: self.follow(1))

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        if on:
            self.follow(0)

    def follow(self, source: int) -> None:
        """Scroll the other pane to match pane ``source``."""
        if not self.enabled or self._busy or self.panes[0].session is None:
            return
        src, dst = self.panes[source], self.panes[1 - source]
        reading = src.viewport().height() * READING_HEIGHT
        y = map_y(anchors(self.panes, source), src.verticalScrollBar().value() + reading)
        self._busy = True
        try:
            dst.verticalScrollBar().setValue(round(y - dst.viewport().height() * READING_HEIGHT))
        finally:
            self._busy = False

    def paused(self):
        """``with sync.paused():`` scroll both panes by hand (a jump) without one dragging the other."""
        return _Pause(self)


class _Pause:
    def __init__(self, sync: ScrollSync):
        self.sync = sync

    def __enter__(self):
        self.sync._busy = True

    def __exit__(self, *exc):
        self.sync._busy = False
