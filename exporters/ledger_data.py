"""What a ledger shows, read through the Store facade: measures of a selection with their section headings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.core.path_format import format_path
from desktop.core.vocabulary import TASK
from desktop.store.queries import MeasureFilter

CHUNK = 5000


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
    heading: str
    task: str                   # the measure's text, its label left to 序号
    lead: tuple[str, ...]
    support: tuple[str, ...]
    due: dt.date | None
    status: str | None
    owner: str | None
    progress: str | None
    problems: str | None = None
    next_steps: str | None = None
    remarks: str | None = None


@dataclass
class Ledger:
    lines: list = field(default_factory=list)          # SectionLine | MeasureLine, in document order
    units: list[tuple[int, str]] = field(default_factory=list)   # matrix columns (unit id, qualified name)
    roles: dict[int, dict[int, str]] = field(default_factory=dict)   # measure id → unit id → lead | support
    counts: dict[tuple[str, str], int] = field(default_factory=dict)  # (unit, status) → assignments
    documents: list = field(default_factory=list)      # DocumentRow of documents with selected measures

    @property
    def measures(self) -> list[MeasureLine]:
        return [x for x in self.lines if isinstance(x, MeasureLine)]


def iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def task_text(body: str, label: str) -> str:
    """The measure's text without its leading label (序号 shows it)."""
    body = body.strip()
    if label and body.startswith(label):
        body = body[len(label):].lstrip(" \u3000")
    return body


def chunks(ids: list[int]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def section_text(label: str, heading: str) -> str:
    sep = "" if label.endswith(("、", "）", ")", "．", "章", "节", "条")) else " "
    return f"{label}{sep}{heading}".strip()


def selected_ids(store, document_ids, unit_id, status, include_context: bool = False) -> list[int]:
    """Measure ids of the selection; context items (指导思想, 发展目标 …) only when asked for."""
    kind = None if include_context else TASK
    if document_ids is None:
        return list(store.measure_ids(MeasureFilter(unit_id=unit_id, status=status, kind=kind)))
    ids: list[int] = []
    for doc_id in document_ids:
        ids += store.measure_ids(MeasureFilter(document_id=doc_id, unit_id=unit_id, status=status, kind=kind))
    return ids


def build_ledger(store, document_ids=None, unit_id: int | None = None, status: str | None = None,
                 include_context: bool = False) -> Ledger:
    """The selection: measures of ``document_ids`` (all when None) that ``unit_id`` takes part in with ``status``.

    The tracking columns (status, owner, progress, problems, next steps, remarks) are the lead unit's (the first
    unit's when none leads); with ``unit_id`` they are that unit's own. The summary counts the selected measures'
    assignments (only ``unit_id``'s and only those with ``status`` when given).
    """
    ids = selected_ids(store, document_ids, unit_id, status, include_context)
    rows, texts = {}, {}
    for part in chunks(ids):
        rows.update((r.id, r) for r in store.measure_rows(part))
        texts.update(store.ledger_details(part))
    assigned = {mid: t.assignments for mid, t in texts.items()}
    ledger = Ledger()
    docs = {d.id: d for d in store.documents()}
    by_doc: dict[int, list[int]] = {}
    for mid in ids:
        if mid in rows:
            by_doc.setdefault(rows[mid].document_id, []).append(mid)
    ledger.documents = [docs[d] for d in by_doc]
    unit_names: dict[int, str] = {}
    outlines = store.outlines(list(by_doc))
    for doc_id, mids in by_doc.items():
        if len(by_doc) > 1:
            ledger.lines.append(SectionLine(f"《{docs[doc_id].title or docs[doc_id].source_name}》", -1))
        _add_document(outlines[doc_id], ledger, set(mids), rows, assigned, texts, unit_id)
    for mid in ids:
        for a in assigned.get(mid, ()):
            unit_names.setdefault(a.unit_id, a.unit)
            ledger.roles.setdefault(mid, {})[a.unit_id] = a.role
            if (unit_id is None or a.unit_id == unit_id) and (status is None or a.status == status):
                key = (a.unit, a.status)
                ledger.counts[key] = ledger.counts.get(key, 0) + 1
    leads: dict[int, int] = {}
    for r in ledger.roles.values():
        for uid, role in r.items():
            leads[uid] = leads.get(uid, 0) + (role == "lead")
    # units that lead most come first, then by name: the matrix reads from the busiest lead unit
    ledger.units = sorted(unit_names.items(), key=lambda u: (-leads.get(u[0], 0), u[1]))
    return ledger


def _add_document(outline, ledger: Ledger, mids: set[int], rows, assigned, texts, unit_id) -> None:
    nodes = {n.id: n for n in outline}
    shown: set[int] = set()
    for node in outline:
        if not node.is_measure or node.id not in mids:
            continue
        chain, parent = [], node.parent_id
        while parent is not None and parent not in shown and parent in nodes:
            chain.append(nodes[parent])
            parent = nodes[parent].parent_id
        for p in reversed(chain):
            shown.add(p.id)
            ledger.lines.append(SectionLine(section_text(p.label, p.heading), p.depth))
        ledger.lines.append(_measure_line(node, rows[node.id], assigned.get(node.id, []), texts.get(node.id),
                                          unit_id))


def _measure_line(node, row, assignments, text, unit_id) -> MeasureLine:
    own = [a for a in assignments if a.unit_id == unit_id] if unit_id is not None else []
    lead = [a for a in assignments if a.role == "lead"]
    tracked = own[0] if own else (lead[0] if lead else (assignments[0] if assignments else None))
    if own:
        due = own[0].due_date or (text.written_due if text else None)
    else:
        due = row.due_date
    body = task_text(text.body, node.label) if text else row.heading
    return MeasureLine(row.id, row.document_id, format_path(row.path), row.document_title or "", row.heading, body,
                       row.lead, row.support, iso_date(due),
                       *((tracked.status, tracked.owner, tracked.progress, tracked.issues, tracked.next_steps,
                          tracked.remark) if tracked else (None,) * 6))
