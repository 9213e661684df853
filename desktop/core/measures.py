"""One measure read from its outline node: units with roles, targets, deadlines, kind, all with spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .duties import duty_clauses
from .kinds import measure_kind
from .outline import OutlineNode, strip_markdown, walk
from .paragraphs import Paragraph
from .responsibility import (LEAD, SUPPORT, Clause, bracketed_labels_as_fields, find_clauses, inline_clause,
                             line_clause, merge_roles, starts_with_field)
from .targets import dedupe, find_deadlines, find_quantities

Span = tuple[int, int]


class UnitField(NamedTuple):
    name: str
    role: str
    span: Span


class TextField(NamedTuple):
    text: str
    span: Span
    value: float | None = None
    unit: str | None = None
    year: int | None = None
    due: str | None = None


@dataclass
class Measure:
    label: str
    path: list[str]
    heading: str
    heading_span: Span
    span: Span
    text: str  # display text, Markdown markers removed; spans point into the document, not into this
    units: list[UnitField] = field(default_factory=list)
    quantities: list[TextField] = field(default_factory=list)
    deadlines: list[TextField] = field(default_factory=list)
    kind: str = "task"  # "task" (assigns work) or "context" (指导思想, 基本原则, …): see kinds.py
    table_row: bool = False  # a row of a task table
    tracking: dict[str, str] = field(default_factory=dict)  # a ledger's progress/status/owner/issues/next_steps

    @property
    def lead(self) -> list[str]:
        return [u.name for u in self.units if u.role == LEAD]

    @property
    def support(self) -> list[str]:
        return [u.name for u in self.units if u.role == SUPPORT]


_REGULATION_TITLE = re.compile(r"(条例|办法|规定|细则|规则|章程|准则)(?:[（(](?:试行|暂行|修订|草案)[)）])?$")


def is_regulation(outline: list[OutlineNode], title: str | None) -> bool:
    """A 条例/办法/规定 in 第X条 articles."""
    return bool(title and _REGULATION_TITLE.search(title)) and any(n.label.kind == "article" for n in walk(outline))


def read_measures(outline: list[OutlineNode], date: str | None, convention: str | None,
                  regulation: bool, read_other=lambda node: None) -> list[Measure]:
    """Every leaf of the outline as a measure (``read_other`` reads the leaves it knows, e.g. task table rows). A
    regulation whose articles carry no responsibility annotations takes as units the bodies its articles give
    duties to."""
    leaves = [n for n in walk(outline) if n.is_measure]
    measures = [read_other(n) or read_measure(n, date, convention) for n in leaves]
    if regulation and not any(m.units for m in measures):
        measures = [read_measure(n, date, convention, duties=True) for n in leaves]
    if regulation:
        for m in measures:
            m.kind = measure_kind([], bool(m.units), bool(m.deadlines), regulation=True)
    return measures


def _clauses(text: str, first: bool, body_from: int, convention: str | None, duties: bool) -> list[Clause]:
    if duties:
        return duty_clauses(text, body_from)
    # A paragraph of its own that is wholly a responsibility (责任单位：…), else its bracketed clauses,
    # else an unbracketed X牵头，Y配合 line.
    text = bracketed_labels_as_fields(text)
    whole_line = line_clause(text, convention) if not first and starts_with_field(text) else None
    clauses = [whole_line] if whole_line else find_clauses(text, convention)
    if not clauses and not first:
        whole_line = line_clause(text, convention)
        clauses = [whole_line] if whole_line else []
    if not clauses:
        inline = inline_clause(text, convention)
        clauses = [inline] if inline else []
    return clauses


def read_measure(node: OutlineNode, date: str | None, convention: str | None, duties: bool = False) -> Measure:
    heading, hs, he = node.heading()
    paras = node.paragraphs
    first, last = paras[0], paras[-1]
    quantities: list[TextField] = []
    deadlines: list[TextField] = []
    found: list[tuple[Paragraph, Clause]] = []
    for i, para in enumerate(paras):
        text = para.fold
        body_from = node.label.end if i == 0 else 0
        for c in _clauses(text, i == 0, body_from, convention, duties):
            found.append((para, c))
            text = text[:c.start] + " " * (c.end - c.start) + text[c.end:]  # a clause's numbers are no targets
        for q in find_quantities(text[body_from:]):
            quantities.append(TextField(q.text, para.doc_span(q.start + body_from, q.end + body_from),
                                        q.value, q.unit, q.year))
        # but its 完成时限：2025年底前 is a deadline
        for d in find_deadlines(para.fold[body_from:], date):
            deadlines.append(TextField(d.text, para.doc_span(d.start + body_from, d.end + body_from), due=d.due))
    lead, support = merge_roles([c for _, c in found])
    para_of = {id(m): p for p, c in found for m in c.units}
    # merge_roles leaves each name once, in lead or in support
    units = [UnitField(m.name, m.role, para_of[id(m)].doc_span(m.start, m.end)) for m in lead + support]
    deadlines = dedupe(deadlines)
    text = "\n".join(p.text for p in paras)
    return Measure(
        label=node.label.value, path=node.path, heading=heading,
        heading_span=first.doc_span(hs, he), span=(first.start, last.end),
        text=strip_markdown(text) if _MARKDOWN_MARK.search(text) else text,
        units=units, quantities=dedupe(quantities), deadlines=deadlines,
        kind=measure_kind(_Headings(heading, node.parent), bool(units), bool(deadlines)))


_MARKDOWN_MARK = re.compile(r"[*_`#]")


class _Headings:
    """The node's heading and its ancestors', read only when the kind needs them (most tasks have units)."""

    def __init__(self, own: str, parent: OutlineNode | None):
        self.own, self.parent = own, parent

    def __iter__(self):
        yield self.own
        node = self.parent
        while node is not None:
            yield node.heading()[0]
            node = node.parent
