"""The 汇报材料 model: counts, the tasks by section with their progress, problems and next steps, the late ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Note:
    body: str
    quote: str
    internal: bool


@dataclass(frozen=True)
class Heading:
    """A section of the policy's outline above tasks in scope, as the policy writes it (二、重点工作任务)."""
    depth: int
    text: str


@dataclass(frozen=True)
class TaskEntry:
    id: int
    depth: int
    number: str                 # 二.（一）.3
    name: str                   # the task's name (its heading)
    lead: tuple[str, ...]
    support: tuple[str, ...]
    deadline: str               # 2026年6月30日, or per unit when they differ
    status: str
    owner: str
    progress: tuple[str, ...]   # per unit when several report
    problems: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class DocumentPart:
    id: int
    title: str
    subtitle: str
    notes: tuple[Note, ...] = ()
    items: tuple = ()           # Heading | TaskEntry, in the policy's order


@dataclass(frozen=True)
class DueItem:
    """A task overdue or due soon, as the compact table shows it."""
    task: str
    lead: str
    due: dt.date
    days_late: int              # 0 when not yet due


@dataclass(frozen=True)
class RoundChanges:
    """What changed since the previous reporting round (本期新完成 N 项，新增滞后 M 项); filled by the round."""
    previous: str               # the previous round's name, e.g. 2026年第1期
    newly_done: int
    newly_late: int


@dataclass(frozen=True)
class Briefing:
    title: str
    cover_line: str             # under the title: the document's issuer and 文号, or what the pack covers
    issuer: str                 # the 落款's office ('' leaves a line to sign)
    today: dt.date
    internal: bool
    counts: Mapping[str, int]   # status → assignments in scope, every status present
    document_count: int
    overdue: tuple[DueItem, ...] = ()
    due_soon: tuple[DueItem, ...] = ()
    parts: tuple[DocumentPart, ...] = ()
    changes: RoundChanges | None = None
    attachments: tuple[str, ...] = field(default=())   # 附件 names, listed before the 落款

    @property
    def tasks(self) -> list[TaskEntry]:
        return [i for p in self.parts for i in p.items if isinstance(i, TaskEntry)]

    @property
    def measure_count(self) -> int:
        return len(self.tasks)
