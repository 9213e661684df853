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
    warnings: tuple[str, ...] = ()        # the engine's: no_measures, no_units, unusual_labels
    units_share: float | None = None      # share of the document's tasks holding a unit (None: not known)

    @property
    def alarming(self) -> bool:
        """No measures or no units found: the library shows it red."""
        return bool({"no_measures", "no_units"} & set(self.warnings))


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
    warnings: tuple[str, ...] = ()   # the engine's codes: no_measures, no_units, unusual_labels

    @property
    def alarming(self) -> bool:
        """Imported, but with no measures or no units found: shown red, and the command exits non-zero."""
        return bool({"no_measures", "no_units"} & set(self.warnings))


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
    kind: str = "task"   # task | context


@dataclass(frozen=True)
class OutlineRow:
    id: int
    parent_id: int | None
    label: str
    path: str
    heading: str
    is_measure: bool
    depth: int
    start: int
    end: int


@dataclass(frozen=True)
class Mark:
    """A span of a document's text the source view marks: an extracted unit, quantity or deadline."""
    kind: str             # lead | support | quantity | deadline
    start: int
    end: int
    text: str
    measure_id: int
    ref_id: int           # assignment, quantity or deadline id
    unit_id: int | None = None


@dataclass(frozen=True)
class DocumentText:
    id: int
    title: str | None
    text: str
    measures: tuple[tuple[int, int, int], ...]   # (measure id, start, end)
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    measure_id: int
    unit_id: int
    unit: str
    role: str
    state: str
    status: str
    due_date: str | None
    owner: str | None
    progress: str | None
    version: int = 1    # the row version read with these values: an edit based on it names it (no lost update)


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    measure_id: int
    text: str
    due: str | None
    state: str


@dataclass(frozen=True)
class MeasureDetail:
    id: int
    document_id: int
    path: str
    heading: str
    body: str
    start: int
    end: int
    assignments: tuple[AssignmentRow, ...]
    deadlines: tuple[DeadlineRow, ...]


@dataclass(frozen=True)
class AnnotationRow:
    id: int
    document_id: int
    measure_id: int | None
    measure_path: str | None
    quote: str
    start: int
    end: int
    body: str
    visibility: str
    tags: tuple[str, ...]
    orphan: bool


@dataclass(frozen=True)
class OrphanRow:
    id: int
    document_id: int
    kind: str
    old_path: str | None
    summary: str


@dataclass(frozen=True)
class TaskTableRow:
    """One measure of the task assignment table: its units' roles and the tracking of the assignments in scope."""
    measure_id: int
    document_id: int
    document_title: str | None
    path: str
    heading: str
    roles: dict            # unit id → lead | support
    assignment_ids: tuple[int, ...]
    status: str | None
    due_date: str | None
    owner: str | None
    progress: str | None
    versions: tuple[int, ...] = ()   # the row versions of assignment_ids, as read with these values (team store)


@dataclass(frozen=True)
class TaskTable:
    units: tuple[tuple[int, str], ...]    # the matrix columns: (unit id, qualified name)
    rows: tuple[TaskTableRow, ...]


@dataclass(frozen=True)
class UnitChoice:
    """A unit as pickers offer it: names and aliases, without task counts (cheap at any store size)."""
    id: int
    name: str
    qualified_name: str
    aliases: tuple[str, ...]
