"""The 任务分工表/台账 model: section and task lines in document order, the unit matrix and the status counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SectionLine:
    """A heading row: a document (depth -1) or an outline node that is not a measure (一、 depth 0, （一） 1…)."""
    text: str
    depth: int


@dataclass(frozen=True)
class MeasureLine:
    measure_id: int
    document_id: int
    number: str                 # the policy's own numbering, 二.（一）.3
    document: str
    heading: str                # the task's name
    task: str                   # what it asks: the text without label, name and responsibility parenthetical
    lead: tuple[str, ...]
    support: tuple[str, ...]
    due: dt.date | None
    status: str | None
    owner: str | None
    progress: str | None
    problems: str | None = None
    next_steps: str | None = None
    remarks: str | None = None


@dataclass(frozen=True)
class DocumentRef:
    id: int
    title: str


@dataclass(frozen=True)
class Ledger:
    lines: tuple = ()                                   # SectionLine | MeasureLine, in document order
    units: tuple[tuple[int, str], ...] = ()             # matrix columns (unit id, qualified name)
    roles: Mapping[int, Mapping[int, str]] = field(default_factory=dict)   # measure id → unit id → lead | support
    counts: Mapping[tuple[str, str], int] = field(default_factory=dict)    # (unit, status) → assignments
    documents: tuple[DocumentRef, ...] = ()             # documents with selected measures
    unit_name: str | None = None                        # the selection's unit, when one was chosen
    status: str | None = None                           # the selection's status, when one was chosen

    @property
    def measures(self) -> list[MeasureLine]:
        return [x for x in self.lines if isinstance(x, MeasureLine)]
