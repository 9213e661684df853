"""What a briefing pack says, read through the store facade: scope, status counts, due lists, measures with notes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from desktop.core.path_format import format_path
from desktop.core.vocabulary import STATUSES, TASK
from desktop.store.queries import MeasureFilter
from desktop.store.rows import AssignmentRow, TaskRow

SHAREABLE = "shareable"


@dataclass(frozen=True)
class Note:
    body: str
    quote: str
    internal: bool


@dataclass(frozen=True)
class Heading:
    """A section of the policy's outline above measures in scope, as the policy writes it (二、重点工作任务)."""
    depth: int
    text: str


@dataclass(frozen=True)
class MeasureEntry:
    id: int
    depth: int
    number: str             # 二.（一）.3
    heading: str
    body: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    targets: tuple[str, ...]
    deadline: str
    status: str
    owner: str
    progress: tuple[str, ...]
    notes: tuple[Note, ...]


@dataclass
class DocumentPart:
    id: int
    title: str
    subtitle: str
    notes: list[Note] = field(default_factory=list)
    items: list[Heading | MeasureEntry] = field(default_factory=list)


@dataclass
class BriefingContent:
    title: str
    cover_line: str                 # under the title: the document's issuer and 文号, or what the pack covers
    today: dt.date
    internal: bool
    counts: dict[str, int]          # status → assignments in scope, every status present
    overdue: list[TaskRow]
    due_soon: list[TaskRow]
    parts: list[DocumentPart]

    @property
    def measure_count(self) -> int:
        return sum(isinstance(i, MeasureEntry) for p in self.parts for i in p.items)


def cn_date(iso: str | dt.date | None) -> str:
    """2021-06-01 → 2021年6月1日 (GB/T 9704: full year, no leading zeros)."""
    if not iso:
        return ""
    d = iso if isinstance(iso, dt.date) else dt.date.fromisoformat(str(iso)[:10])
    return f"{d.year}年{d.month}月{d.day}日"


def _one_or_each(values: list[tuple[str, str]]) -> str:
    """One value when every unit has the same; else 单位：值 for the exceptions and 其余单位 for the commonest value
    (when it is shared by more than one unit), so fifteen units 未启动 and one 推进中 read in one line."""
    given = [(unit, v) for unit, v in values if v]
    counts = Counter(v for _, v in given)
    if len(counts) <= 1:
        return given[0][1] if given else ""
    common, n = counts.most_common(1)[0]
    if n < 2 or len(given) < len(values):   # 其余单位 only when every other unit really has that value
        return "；".join(f"{unit}：{v}" for unit, v in given)
    return "；".join([f"{unit}：{v}" for unit, v in given if v != common] + [f"其余单位：{common}"])


def _notes(rows, include_internal: bool) -> list[Note]:
    return [Note(n.body, n.quote, n.visibility != SHAREABLE) for n in rows
            if n.body.strip() and (n.visibility == SHAREABLE or include_internal)]


def _measure(detail, depth: int, unit_id: int | None, targets, notes) -> MeasureEntry:
    every = detail.assignments
    mine: list[AssignmentRow] = [a for a in every if unit_id is None or a.unit_id == unit_id]
    dues = [(a.unit, cn_date(a.due_date)) for a in mine]
    deadline = _one_or_each(dues) or "、".join(dict.fromkeys(d.text for d in detail.deadlines)) or "未明确"
    progress = tuple(a.progress.strip() if unit_id is not None else f"{a.unit}：{a.progress.strip()}"
                     for a in mine if a.progress and a.progress.strip())
    return MeasureEntry(
        detail.id, depth, format_path(detail.path), detail.heading, detail.body,
        tuple(a.unit for a in every if a.role == "lead"), tuple(a.unit for a in every if a.role == "support"),
        tuple(targets), deadline, _one_or_each([(a.unit, a.status) for a in mine]) or "未分工",
        _one_or_each([(a.unit, (a.owner or "").strip()) for a in mine]), progress, tuple(notes))


def _title(doc_title: str | None, unit: str | None) -> str:
    if doc_title and unit:
        return f"{unit}落实《{doc_title}》情况"
    if doc_title:
        return f"《{doc_title}》落实情况"
    if unit:
        return f"{unit}承担政策措施落实情况"
    return "政策措施落实情况"


def gather(store, document_id: int | None = None, unit_id: int | None = None, include_internal: bool = False,
           today: dt.date | None = None, due_within: int = 14, include_context: bool = False) -> BriefingContent:
    """Everything the pack shows for one document, one unit (across documents), both, or all documents."""
    today = today or dt.date.today()
    documents = {d.id: d for d in store.documents()}
    if document_id is not None and document_id not in documents:
        raise ValueError(f"no document {document_id}")
    unit = None
    if unit_id is not None:
        unit = next((u.qualified_name for u in store.unit_choices() if u.id == unit_id), None)
        if unit is None:
            raise ValueError(f"no unit {unit_id}")
    ids = store.measure_ids(MeasureFilter(document_id=document_id, unit_id=unit_id,
                                          kind=None if include_context else TASK))
    details = store.measure_details(ids)
    targets = store.quantities(list(ids))
    counts = Counter(a.status for d in details.values() for a in d.assignments
                     if unit_id is None or a.unit_id == unit_id)
    in_scope = set(ids)
    overdue, soon = store.due_tasks(today, due_within)
    keep = [t for t in overdue + soon if t.measure_id in in_scope and (unit is None or t.unit == unit)]
    parts = []
    doc_ids = list(dict.fromkeys(details[mid].document_id for mid in ids if mid in details))
    outlines = store.outlines(doc_ids)
    for doc_id in doc_ids:
        doc = documents[doc_id]
        notes = store.annotations(document_id=doc_id)
        by_measure: dict[int | None, list] = {}
        for n in notes:
            by_measure.setdefault(n.measure_id, []).append(n)
        subtitle = "　".join(x for x in (doc.issuer, doc.doc_number, cn_date(doc.date)) if x)
        part = DocumentPart(doc_id, doc.title or doc.source_name, subtitle,
                            _notes(by_measure.get(None, []), include_internal))
        outline = outlines[doc_id]
        parent = {r.id: r.parent_id for r in outline}
        wanted = set()
        for mid in (r.id for r in outline if r.id in in_scope):
            while mid is not None and mid not in wanted:
                wanted.add(mid)
                mid = parent[mid]
        for r in outline:
            if r.id in in_scope:
                part.items.append(_measure(details[r.id], r.depth, unit_id, targets.get(r.id, ()),
                                           _notes(by_measure.get(r.id, []), include_internal)))
            elif r.id in wanted:
                part.items.append(Heading(r.depth, f"{r.label}{r.heading}"))
        parts.append(part)
    one_doc = documents[document_id].title if document_id is not None else None
    cover_line = (parts[0].subtitle if document_id is not None and parts else
                  f"共涉及政策文件{len(parts)}件、措施{len(ids)}项")
    return BriefingContent(_title(one_doc, unit), cover_line, today, include_internal,
                           {s: counts.get(s, 0) for s in STATUSES},
                           [t for t in keep if t.due_date < today.isoformat()],
                           [t for t in keep if t.due_date >= today.isoformat()], parts)
