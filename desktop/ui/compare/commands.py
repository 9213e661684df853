"""Undoable pins of the compare view: fix a pair by hand, or break one apart; both persist in the store."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.ui.context import AppContext
from desktop.ui.common.undo_commands import StoreCommand

PathPair = tuple[tuple[str, ...], tuple[str, ...]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareCommands", text)


class PinEvents(QObject):
    """Announces changed pins of a document pair, so every open compare window of that pair realigns (also on an
    undo from the main window after the compare window that made the pin has closed)."""

    pins_changed = Signal(int, int)   # document A id, document B id


_events: PinEvents | None = None


def pin_events() -> PinEvents:
    global _events
    if _events is None:
        _events = PinEvents()
    return _events


class SetComparePins(StoreCommand):
    """``pinned`` True: pin ``pairs`` (each an (A path, B path)), dropping other pins of the same measures;
    False: record them as broken apart. Undo puts back exactly what the store held before."""

    def __init__(self, ctx: AppContext, doc_a: int, doc_b: int, pairs: list[PathPair], pinned: bool):
        super().__init__(_tr("固定配对") if pinned else _tr("取消配对"))
        self.ctx, self.doc_a, self.doc_b, self.pairs, self.pinned = ctx, doc_a, doc_b, list(pairs), pinned
        self.before: dict[PathPair, bool | None] = {}

    def _state(self) -> dict[PathPair, bool]:
        pins, unpins = self.ctx.store.compare_pins(self.doc_a, self.doc_b)
        return {(tuple(a), tuple(b)): False for a, b in unpins} | {(tuple(a), tuple(b)): True for a, b in pins}

    def do(self):
        state = self._state()
        touched = set(self.pairs)
        if self.pinned:   # a measure is pinned to one partner at most
            sides = {a for a, _ in self.pairs}, {b for _, b in self.pairs}
            touched |= {k for k, v in state.items() if v and (k[0] in sides[0] or k[1] in sides[1])}
        self.before = {k: state.get(k) for k in touched}
        for key in touched - set(self.pairs):
            self.ctx.store.clear_compare_pin(self.doc_a, self.doc_b, *key)
        for a, b in self.pairs:
            self.ctx.store.set_compare_pin(self.doc_a, self.doc_b, a, b, self.pinned)
        pin_events().pins_changed.emit(self.doc_a, self.doc_b)

    def undo(self):
        for key, was in self.before.items():
            if was is None:
                self.ctx.store.clear_compare_pin(self.doc_a, self.doc_b, *key)
            else:
                self.ctx.store.set_compare_pin(self.doc_a, self.doc_b, *key, was)
        pin_events().pins_changed.emit(self.doc_a, self.doc_b)
