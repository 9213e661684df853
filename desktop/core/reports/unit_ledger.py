"""One department's workbook model: its own tasks, its role in each and its own tracking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class UnitLine:
    assignment_id: int
    number: str
    document: str
    task: str
    role: str                   # 牵头 | 配合
    due: dt.date | None
    status: str | None
    owner: str | None
    progress: str | None
    problems: str | None
    next_steps: str | None

    def values(self) -> dict:
        """Column key → value, as the sheet and the reader of returned copies name them."""
        return {"number": self.number, "document": self.document, "task": self.task, "role": self.role,
                "due": self.due, "status": self.status, "owner": self.owner, "progress": self.progress,
                "problems": self.problems, "next_steps": self.next_steps, "assignment_id": self.assignment_id}


@dataclass(frozen=True)
class UnitLedger:
    unit_id: int
    unit_name: str
    lines: tuple[UnitLine, ...]
