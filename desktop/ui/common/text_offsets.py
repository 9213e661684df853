"""Python string offsets ↔ Qt text positions (UTF-16 units): they differ after any character outside the BMP."""

from __future__ import annotations

import bisect


class OffsetMap:
    def __init__(self, text: str):
        # Positions of astral characters (CJK Extension B names, emoji): each takes two UTF-16 units in Qt.
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self.astral, offset) if self.astral else offset

    def from_qt(self, position: int) -> int:
        if not self.astral:
            return position
        offset = position
        while offset > 0 and self.to_qt(offset) > position:
            offset -= 1
        return offset
