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

    pins_changed = Signal(int, int)   # the pair's two document ids, in the order the store keeps its pins


_events: PinEvents | None = None


def pin_events() -> PinEvents:
    global _events
    if _events is None:
        _events = PinEvents()
    return _events


def pin_order(store, doc_a: int, doc_b: int) -> tuple[int, int]:
    """The order the store keeps a document pair's pins in: the one already used, else the lower id first. A window
    shows the pair either way round (交换 A/B); its pins are read and written in this one order."""
    if any(store.compare_pins(doc_a, doc_b)):
        return doc_a, doc_b
    if any(store.compare_pins(doc_b, doc_a)):
        return doc_b, doc_a
    return (doc_a, doc_b) if doc_a <= doc_b else (doc_b, doc_a)


def stored_pins(store, doc_a: int, doc_b: int) -> tuple[list[PathPair], list[PathPair]]:
    """(pins, unpins) of the pair as (A path, B path) for A = ``doc_a``, whichever order the store keeps them in."""
    order = pin_order(store, doc_a, doc_b)
    pins, unpins = store.compare_pins(*order)
    if order == (doc_a, doc_b):
        return pins, unpins
    return [(b, a) for a, b in pins], [(b, a) for a, b in unpins]


class SetComparePins(StoreCommand):
    """``pinned`` True: pin ``pairs`` (each an (A path, B path)), dropping other pins of the same measures;
    False: record them as broken apart. Undo puts back exactly what the store held before. The pairs are given
    as the window shows A and B; they are stored in the pair's ``pin_order``."""

    def __init__(self, ctx: AppContext, doc_a: int, doc_b: int, pairs: list[PathPair], pinned: bool):
        super().__init__(_tr("固定配对") if pinned else _tr("取消配对"))
        self.ctx, self.pinned = ctx, pinned
        self.doc_a, self.doc_b = pin_order(ctx.store, doc_a, doc_b)
        flipped = (self.doc_a, self.doc_b) != (doc_a, doc_b)
        self.pairs = [(b, a) if flipped else (a, b) for a, b in pairs]
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
