"""A 完成时限 cell in a returned ledger read as a date where it is one, to tell a department's change from the export."""

from __future__ import annotations

import datetime as dt
import re

from desktop.core.dates import iso_date

_SERIAL = re.compile(r"\d{5}(?:\.0+)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIALS = range(20_000, 80_000)       # 1954–2118: a number in this range in a 完成时限 cell is a date typed as a number


def due_reading(text: str) -> dt.date | None:
    """The date a 完成时限 cell names: a full date as documents write it (2026年6月30日, 2026-06-30), or an Excel date
    serial left as a plain number (46203); None for 6月底前, 2026年6月底 and the like."""
    text = text.strip()
    if _SERIAL.fullmatch(text) and int(float(text)) in _SERIALS:
        return _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    found = iso_date(text)
    return dt.date.fromisoformat(found) if found else None


def due_text(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def due_changed(text: str, exported: dt.date | None) -> bool:
    """The cell no longer says the date the export showed (blank for none)."""
    if not text.strip():
        return exported is not None
    reading = due_reading(text)
    return reading is None or reading != exported      # words (6月底前) never name the exported date
