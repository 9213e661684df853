"""The extraction engine: file → outline, measures, units, targets, deadlines and metadata, with spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .blocks import Document
from .body import find_body
from .metadata import Metadata, extract_metadata, read_closing
from .outline import OutlineNode, build_outline, walk
from .paragraphs import Paragraph, logical_paragraphs
from .readers import read_document
from .duties import duty_clauses
from .conventions import FIRST_UNIT, declared_convention
from .responsibility import LEAD, SUPPORT, Clause, find_clauses, line_clause, merge_roles, starts_with_field
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
    text: str
    units: list[UnitField] = field(default_factory=list)
    quantities: list[TextField] = field(default_factory=list)
    deadlines: list[TextField] = field(default_factory=list)

    @property
    def lead(self) -> list[str]:
        return [u.name for u in self.units if u.role == LEAD]

    @property
    def support(self) -> list[str]:
        return [u.name for u in self.units if u.role == SUPPORT]


@dataclass
class ParseResult:
    source: Path | None
    document: Document
    meta: Metadata
    outline: list[OutlineNode]
    measures: list[Measure]
    convention: str | None = None  # the declared reading of unit lists (conventions.FIRST_UNIT, …), if any

    @property
    def first_is_lead(self) -> bool:
        return self.convention == FIRST_UNIT

    def to_eval_dict(self) -> dict:
        """The JSON schema of ../shared/eval/README.md, plus spans and normalised values."""
        m = self.meta
        return {
            "file": self.source.name if self.source else None,
            "title": m.title, "doc_number": m.doc_number, "issuer": m.issuer, "date": m.date,
            "publish_date": m.publish_date, "disclosure": m.disclosure,
            "format": self.document.format, "encoding": self.document.encoding,
            "first_is_lead_declared": self.first_is_lead, "convention": self.convention,
            "measures": [{
                "label": x.label, "path": x.path, "heading": x.heading,
                "lead": x.lead, "support": x.support,
                "quantities": [q.text for q in x.quantities],
                "deadlines": [d.text for d in x.deadlines],
                "span": list(x.span), "heading_span": list(x.heading_span),
                "units": [{"name": u.name, "role": u.role, "span": list(u.span)} for u in x.units],
                "quantity_details": [{"text": q.text, "value": q.value, "unit": q.unit, "year": q.year,
                                      "span": list(q.span)} for q in x.quantities],
                "deadline_details": [{"text": d.text, "due": d.due, "span": list(d.span)} for d in x.deadlines],
            } for x in self.measures],
        }


_REGULATION_TITLE = re.compile(r"(条例|办法|规定|细则|规则|章程|准则)(?:[（(](?:试行|暂行|修订|草案)[)）])?$")


def _is_regulation(outline: list[OutlineNode], title: str | None) -> bool:
    """A 条例/办法/规定 in 第X条 articles: its units are the bodies its articles give duties to."""
    return bool(title and _REGULATION_TITLE.search(title)) and any(n.label.kind == "article" for n in walk(outline))


def _measure(node: OutlineNode, date: str | None, convention: str | None, duties: bool = False) -> Measure:
    heading, hs, he = node.heading()
    paras = node.paragraphs
    first, last = paras[0], paras[-1]
    quantities: list[TextField] = []
    deadlines: list[TextField] = []
    found: list[tuple[Paragraph, Clause]] = []
    for i, para in enumerate(paras):
        text = para.fold
        body_from = node.label.end if i == 0 else 0
        # A paragraph of its own that is wholly a responsibility (责任单位：…), else its bracketed clauses,
        # else an unbracketed X牵头，Y配合 line.
        whole_line = line_clause(text, convention) if i > 0 and starts_with_field(text) else None
        clauses = [whole_line] if whole_line else find_clauses(text, convention)
        if not clauses and i > 0:
            whole_line = line_clause(text, convention)
            clauses = [whole_line] if whole_line else []
        if duties:
            clauses = duty_clauses(text, body_from)
        for c in clauses:
            found.append((para, c))
            text = text[:c.start] + " " * (c.end - c.start) + text[c.end:]  # a clause's numbers are no targets
        body = text[body_from:]
        for q in find_quantities(body):
            quantities.append(TextField(q.text, para.doc_span(q.start + body_from, q.end + body_from),
                                        q.value, q.unit, q.year))
        for d in find_deadlines(body, date):
            deadlines.append(TextField(d.text, para.doc_span(d.start + body_from, d.end + body_from), due=d.due))
    lead, support = merge_roles([c for _, c in found])
    para_of = {id(m): p for p, c in found for m in c.units}
    # merge_roles leaves each name once, in lead or in support
    units = [UnitField(m.name, m.role, para_of[id(m)].doc_span(m.start, m.end)) for m in lead + support]
    return Measure(
        label=node.label.value, path=node.path, heading=heading,
        heading_span=first.doc_span(hs, he), span=(first.start, last.end),
        text="\n".join([p.text for p in paras]),
        units=units,
        quantities=dedupe(quantities), deadlines=dedupe(deadlines))


def parse_document(doc: Document, source: Path | None = None) -> ParseResult:
    paras: list[Paragraph] = logical_paragraphs(doc)
    meta = extract_metadata(paras)
    body = find_body(paras, meta.title_para)
    read_closing(paras, body.end, meta)
    outline = build_outline(paras[body.start:body.end])
    convention = declared_convention("\n".join(p.fold for p in paras))
    leaves = [n for n in walk(outline) if n.is_measure]
    measures = [_measure(n, meta.date, convention) for n in leaves]
    if _is_regulation(outline, meta.title) and not any(m.units for m in measures):
        measures = [_measure(n, meta.date, convention, duties=True) for n in leaves]
    return ParseResult(source, doc, meta, outline, measures, convention)


def parse_file(path: str | Path) -> ParseResult:
    path = Path(path)
    return parse_document(read_document(path), path)
