"""Frozen views of a round, its units and a measure's progress per round, as the store hands them out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class RoundInfo:
    id: int
    name: str                  # 2026年第1期
    due: dt.date               # returns due
    exported: dt.date          # the day the workbooks went out
    closed: dt.date | None     # None: open
    document_ids: tuple[int, ...] | None   # None: every document
    folder: str | None = None

    @property
    def is_open(self) -> bool:
        return self.closed is None


@dataclass(frozen=True)
class RoundUnit:
    unit_id: int
    unit_name: str
    file_name: str
    tasks: int                 # tasks the workbook carried
    received: dt.date | None   # None: not returned


@dataclass(frozen=True)
class Outstanding:
    """A task a late unit still owes a return on (the reminder's table row)."""
    number: str                # 序号 as the workbook showed it
    task: str
    due: str                   # the task's 完成时限 as shown ('' for none)
    status: str


@dataclass(frozen=True)
class ProgressEntry:
    """One assignment's tracking as a round saw it (a measure's history is these, one per round and unit)."""
    round_name: str
    unit_name: str
    status: str
    progress: str
    issues: str
    next_steps: str


@dataclass(frozen=True)
class Reminder:
    """A 提醒函 (or 督办通知) to one late unit: what it owes for which round, and by when to reply."""
    unit_name: str
    round_name: str
    due: dt.date               # the round's due date, passed
    today: dt.date
    reply_by: dt.date
    items: tuple[Outstanding, ...]
    issuer: str = ""           # the office that sends it (落款); blank for the officer to fill in
    kind: str = "提醒函"        # or 督办通知
