"""Bidirectional-text controls (U+202E and kin) in exported text: shown as a visible mark, never passed through.

A right-to-left override in a unit name or a progress note would reorder what the reader sees in Excel, WPS or
Word (a file name 台账exe.xlsx that shows as 台账xslx.exe, a number read backwards); the mark keeps the text's
place and says what was there.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def mark_bidi(text: str) -> str:
    """Each bidi control replaced by a visible [U+XXXX]."""
    return _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
