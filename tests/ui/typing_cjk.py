"""Typing Chinese into a widget in tests: qtbot.keyClicks only types ASCII (it aborts on CJK), an IME commit works."""

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_cjk(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
