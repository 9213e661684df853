"""Builds the report models from the store: one tracking rule, one due rule, one outline walk for every report."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from desktop.core.path_format import format_path
from desktop.core.reports.briefing import Briefing, DocumentPart, DueItem, Heading, Note, TaskEntry
from desktop.core.reports.ledger import DocumentRef, Ledger, MeasureLine, SectionLine
from desktop.core.reports.rules import (cn_date, due_date, section_text, task_content, task_text, tracked,
                                        unit_order)
from desktop.core.reports.unit_ledger import UnitLedger, UnitLine
from desktop.core.vocabulary import LEAD, ROLE_NAMES, STATUSES, SUPPORT, TASK

from ..queries import MeasureFilter

CHUNK = 5000
DONE = "已完成"
SHAREABLE = "shareable"


def _chunks(ids: list[int]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def _selected_ids(store, document_ids, unit_id, status, include_context: bool) -> list[int]:
    """Measure ids of the selection in document order; context items (指导思想, 发展目标 …) only when asked for."""
    kind = None if include_context else TASK
    if document_ids is None:
        return list(store.measure_ids(MeasureFilter(unit_id=unit_id, status=status, kind=kind)))
    ids: list[int] = []
    for doc_id in document_ids:
        ids += store.measure_ids(MeasureFilter(document_id=doc_id, unit_id=unit_id, status=status, kind=kind))
    return ids


def _read(store, ids: list[int]):
    rows, details = {}, {}
    for part in _chunks(ids):
        rows.update((r.id, r) for r in store.measure_rows(part))
        details.update(store.ledger_details(part))
    return rows, details


def walk_outline(outline, in_scope: set[int]):
    """The outline as a report shows it: each measure in scope, preceded once by the sections above it that have not
    shown yet. Yields (node, True) for a measure and (node, False) for a section."""
    nodes = {n.id: n for n in outline}
    shown: set[int] = set()
    for node in outline:
        if not node.is_measure or node.id not in in_scope:
            continue
        chain, parent = [], node.parent_id
        while parent is not None and parent not in shown and parent in nodes:
            chain.append(nodes[parent])
            parent = nodes[parent].parent_id
        for p in reversed(chain):
            shown.add(p.id)
            yield p, False
        yield node, True


def _by_document(ids: list[int], rows) -> dict[int, list[int]]:
    by_doc: dict[int, list[int]] = {}
    for mid in ids:
        if mid in rows:
            by_doc.setdefault(rows[mid].document_id, []).append(mid)
    return by_doc


def _doc_title(doc) -> str:
    return doc.title or doc.source_name


def ledger_report(store, document_ids=None, unit_id: int | None = None, status: str | None = None,
                  include_context: bool = False) -> Ledger:
    """Measures of ``document_ids`` (all when None) that ``unit_id`` takes part in with ``status``.

    Tracking columns are the tracked assignment's (rules.tracked); the summary counts the selected measures'
    assignments (only ``unit_id``'s and only those with ``status`` when given)."""
    ids = _selected_ids(store, document_ids, unit_id, status, include_context)
    rows, details = _read(store, ids)
    docs = {d.id: d for d in store.documents()}
    by_doc = _by_document(ids, rows)
    outlines = store.outlines(list(by_doc))
    lines: list = []
    for doc_id, mids in by_doc.items():
        if len(by_doc) > 1:
            lines.append(SectionLine(f"《{_doc_title(docs[doc_id])}》", -1))
        for node, is_measure in walk_outline(outlines[doc_id], set(mids)):
            if is_measure:
                lines.append(_measure_line(node, rows[node.id], details.get(node.id), unit_id))
            else:
                lines.append(SectionLine(section_text(node.label, node.heading), node.depth))
    unit_names: dict[int, str] = {}
    roles: dict[int, dict[int, str]] = {}
    counts: dict[tuple[str, str], int] = {}
    for mid in ids:
        for a in (details[mid].assignments if mid in details else ()):
            unit_names.setdefault(a.unit_id, a.unit)
            roles.setdefault(mid, {})[a.unit_id] = a.role
            if (unit_id is None or a.unit_id == unit_id) and (status is None or a.status == status):
                counts[(a.unit, a.status)] = counts.get((a.unit, a.status), 0) + 1
    units = tuple(unit_order(roles, unit_names))
    return Ledger(tuple(lines), units, roles, counts,
                  tuple(DocumentRef(d, _doc_title(docs[d])) for d in by_doc),
                  unit_names.get(unit_id) if unit_id is not None else None, status)


def _measure_line(node, row, detail, unit_id) -> MeasureLine:
    assignments = detail.assignments if detail else ()
    t = tracked(assignments, unit_id)
    due = due_date(t.due_date if t else None, detail.written_due if detail else row.due_date)
    content = task_content(detail.body, node.label, row.heading) if detail else ""
    return MeasureLine(row.id, row.document_id, format_path(row.path), row.document_title or "", row.heading,
                       content, row.lead, row.support, due,
                       *((t.status, t.owner, t.progress, t.issues, t.next_steps, t.remark) if t else (None,) * 6))


def unit_report(store, unit_id: int, document_ids=None) -> UnitLedger:
    """The unit's tasks (in ``document_ids`` only, when given): policy text, its own role, due date and tracking;
    other units' tracking is never read in."""
    names = {u.id: u.qualified_name for u in store.unit_choices()}
    if unit_id not in names:
        raise KeyError(f"unknown unit id: {unit_id}")
    ids = list(store.measure_ids(MeasureFilter(unit_id=unit_id)))
    rows, details = _read(store, ids)
    labels = {n.id: n.label for outline in store.outlines(list(_by_document(ids, rows))).values() for n in outline}
    lines = []
    for mid in ids:
        if mid not in rows or mid not in details:
            continue
        row, detail = rows[mid], details[mid]
        if document_ids is not None and row.document_id not in document_ids:
            continue
        for a in detail.assignments:
            if a.unit_id != unit_id:
                continue
            lines.append(UnitLine(a.id, format_path(row.path), row.document_title or "",
                                  task_text(detail.body, labels.get(mid, "")), ROLE_NAMES.get(a.role, ""),
                                  due_date(a.due_date, detail.written_due), a.status, a.owner, a.progress, a.issues,
                                  a.next_steps))
    return UnitLedger(unit_id, names[unit_id], tuple(lines))


def _one_or_each(values: list[tuple[str, str]]) -> str:
    """One value when every unit has the same; else 单位：值 for the exceptions and 其余单位 for the commonest value
    (when it is shared by more than one unit), so fifteen units 未启动 and one 推进中 read in one line."""
    given = [(unit, v) for unit, v in values if v]
    counts = Counter(v for _, v in given)
    if len(counts) <= 1:
        return given[0][1] if given else ""
    common, n = counts.most_common(1)[0]
    if n < 2 or len(given) < len(values):
        return "；".join(f"{unit}：{v}" for unit, v in given)
    return "；".join([f"{unit}：{v}" for unit, v in given if v != common] + [f"其余单位：{common}"])


def _said(mine, field: str, by_unit: bool) -> tuple[str, ...]:
    out = []
    for a in mine:
        text = (getattr(a, field) or "").strip().rstrip("。；;")
        if text:
            out.append(f"{a.unit}：{text}" if by_unit else text)
    return tuple(out)


def _notes(rows, include_internal: bool) -> tuple[Note, ...]:
    return tuple(Note(n.body, n.quote, n.visibility != SHAREABLE) for n in rows
                 if n.body.strip() and (n.visibility == SHAREABLE or include_internal))


def _task_entry(node, row, detail, unit_id, notes) -> TaskEntry:
    every = detail.assignments
    mine = [a for a in every if unit_id is None or a.unit_id == unit_id]
    dues = [(a.unit, cn_date(due_date(a.due_date, detail.written_due))) for a in mine]
    deadline = _one_or_each(dues) or cn_date(detail.written_due) or "未明确"
    by_unit = unit_id is None and len(mine) > 1
    return TaskEntry(row.id, node.depth, format_path(row.path), row.heading,
                     tuple(a.unit for a in every if a.role == LEAD), tuple(a.unit for a in every if a.role == SUPPORT),
                     deadline, _one_or_each([(a.unit, a.status) for a in mine]) or "未分工",
                     _one_or_each([(a.unit, (a.owner or "").strip()) for a in mine]),
                     _said(mine, "progress", by_unit), _said(mine, "issues", by_unit),
                     _said(mine, "next_steps", by_unit), notes)


def _title(doc_title: str | None, unit: str | None) -> str:
    if doc_title and unit:
        return f"{unit}落实《{doc_title}》情况的报告"
    if doc_title:
        return f"关于《{doc_title}》落实情况的报告"
    if unit:
        return f"{unit}承担政策措施落实情况的报告"
    return "关于政策措施落实情况的报告"


def briefing_report(store, document_id: int | None = None, unit_id: int | None = None,
                    include_internal: bool = False, today: dt.date | None = None, due_within: int = 14,
                    include_context: bool = False, issuer: str = "") -> Briefing:
    """What the 汇报材料 says for one document, one unit (across documents), both, or all documents."""
    today = today or dt.date.today()
    documents = {d.id: d for d in store.documents()}
    if document_id is not None and document_id not in documents:
        raise ValueError(f"no document {document_id}")
    unit = None
    if unit_id is not None:
        unit = next((u.qualified_name for u in store.unit_choices() if u.id == unit_id), None)
        if unit is None:
            raise ValueError(f"no unit {unit_id}")
    ids = _selected_ids(store, None if document_id is None else [document_id], unit_id, None, include_context)
    rows, details = _read(store, ids)
    counts = Counter(a.status for d in details.values() for a in d.assignments
                     if unit_id is None or a.unit_id == unit_id)
    by_doc = _by_document(ids, rows)
    outlines = store.outlines(list(by_doc))
    parts, overdue, soon = [], [], []
    horizon = today + dt.timedelta(days=due_within)
    for doc_id, mids in by_doc.items():
        doc = documents[doc_id]
        by_measure: dict[int | None, list] = {}
        for n in store.annotations(document_id=doc_id):
            by_measure.setdefault(n.measure_id, []).append(n)
        items: list = []
        for node, is_measure in walk_outline(outlines[doc_id], set(mids)):
            if not is_measure:
                items.append(Heading(node.depth, node.heading))   # its label would clash with the report's own
                continue
            row, detail = rows[node.id], details.get(node.id)
            if detail is None:
                continue
            items.append(_task_entry(node, row, detail, unit_id, _notes(by_measure.get(node.id, []),
                                                                         include_internal)))
            t = tracked(detail.assignments, unit_id)
            due = due_date(t.due_date if t else None, detail.written_due)
            if t is not None and due is not None and t.status != DONE and due <= horizon:
                item = DueItem(row.heading, "、".join(row.lead) or t.unit, due, max(0, (today - due).days))
                (overdue if due < today else soon).append(item)
        subtitle = "　".join(x for x in (doc.issuer, doc.doc_number, cn_date(doc.date)) if x)
        parts.append(DocumentPart(doc_id, _doc_title(doc), subtitle, _notes(by_measure.get(None, []),
                                                                            include_internal), tuple(items)))
    one_doc = documents[document_id] if document_id is not None else None
    cover_line = parts[0].subtitle if one_doc is not None and parts else ""
    overdue.sort(key=lambda d: (d.due, d.task))
    soon.sort(key=lambda d: (d.due, d.task))
    return Briefing(_title(_doc_title(one_doc) if one_doc else None, unit), cover_line, issuer, today,
                    include_internal, {s: counts.get(s, 0) for s in STATUSES}, len(parts), tuple(overdue),
                    tuple(soon), tuple(parts))
