"""Top-level windows sized to the screen they open on: a 1366×768 laptop, or 1920×1080 at 125–150 % scaling."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# below this (in logical pixels: 1920×1080 at 125 % is 1536×864) the main window opens maximised and the notes
# dock starts hidden, so the measure table keeps its four essential columns
ROOMY = QSize(1600, 900)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The screen area a window may use (without panels and task bars), in logical pixels."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def is_small_screen(widget: QWidget | None = None) -> bool:
    area = available_geometry(widget)
    return area.width() < ROOMY.width() or area.height() < ROOMY.height()


def fit_window(window: QWidget, preferred: QSize) -> None:
    """``preferred`` where it fits, else the available area; centred on the screen."""
    area = available_geometry(window)
    frame = window.frameGeometry().size() - window.geometry().size()   # title bar and borders, once known
    frame = QSize(max(0, frame.width()), max(0, frame.height()))
    size = QSize(min(preferred.width(), area.width() - frame.width()),
                 min(preferred.height(), area.height() - frame.height()))
    size = size.expandedTo(window.minimumSizeHint().boundedTo(area.size()))
    window.resize(size)
    left = area.left() + max(0, (area.width() - size.width() - frame.width()) // 2)
    top = area.top() + max(0, (area.height() - size.height() - frame.height()) // 2)
    window.move(left, top)


def show_fitted(window: QWidget, preferred: QSize) -> None:
    """Show a top-level window at ``preferred`` size where that fits in comfort, else maximised."""
    if is_small_screen(window):
        window.setGeometry(available_geometry(window))   # where no window manager maximises, this is the size
        window.showMaximized()
    else:
        fit_window(window, preferred)
        window.show()


def keep_on_screen(window: QWidget) -> None:
    """A geometry restored from another (larger) screen shrinks and moves into this one."""
    area = available_geometry(window)
    geometry = window.frameGeometry()
    if area.contains(geometry):
        return
    fit_window(window, window.size().boundedTo(area.size()))
