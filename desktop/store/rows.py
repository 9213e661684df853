"""Frozen rows the store hands to callers (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentRow:
    id: int
    title: str | None
    doc_number: str | None
    issuer: str | None
    date: str | None
    measure_count: int
    version_of: int | None
    version_no: int
    source_name: str


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    qualified_name: str
    aliases: tuple[str, ...]
    lead_count: int
    support_count: int


@dataclass(frozen=True)
class TaskRow:
    assignment_id: int
    measure_id: int
    document_id: int
    document_title: str | None
    path: str
    heading: str
    unit: str
    role: str
    status: str
    due_date: str | None
    owner: str | None


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    document_title: str | None
    measure_id: int
    path: str
    snippet: str


@dataclass(frozen=True)
class ImportOutcome:
    path: str
    status: str           # imported | new_version | duplicate | failed | cancelled
    message: str
    document_id: int | None = None
    orphans: int = 0


@dataclass(frozen=True)
class MeasureRow:
    id: int
    document_id: int
    document_title: str | None
    path: str
    heading: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    due_date: str | None
    status: str | None
    owner: str | None
