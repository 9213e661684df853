"""The extraction engine: file → outline, measures, units, targets, deadlines and metadata, with spans."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .blocks import Document
from .body import BodyRange, find_body
from .conventions import FIRST_UNIT, declared_convention
from .diagnostics import Diagnostics, diagnose
from .measures import Measure, TextField, UnitField, is_regulation, read_measures
from .memo import clear_caches
from .metadata import Metadata, extract_metadata, read_closing
from .outline import OutlineNode, build_outline
from .paragraphs import Paragraph, logical_paragraphs
from .readers import read_document
from .tables import TableNode, TaskTables, measure_fields
from .written import WrittenForm

__all__ = ["Measure", "ParseResult", "TextField", "UnitField", "clear_caches", "parse_document", "parse_file"]


@dataclass
class ParseResult:
    source: Path | None
    document: Document
    meta: Metadata
    outline: list[OutlineNode]
    measures: list[Measure]
    diagnostics: Diagnostics
    convention: str | None = None  # the declared reading of unit lists (conventions.FIRST_UNIT, …), if any
    part: str | None = None  # the sheet of a workbook holding several task tables, else None

    @property
    def first_is_lead(self) -> bool:
        return self.convention == FIRST_UNIT

    def to_eval_dict(self) -> dict:
        """The JSON schema of the evaluation rules (tests/data/eval/README.md), plus spans and normalised values."""
        m = self.meta
        return {
            "file": self.source.name if self.source else None,
            "title": m.title, "doc_number": m.doc_number, "issuer": m.issuer, "date": m.date,
            "publish_date": m.publish_date, "disclosure": m.disclosure,
            "format": self.document.format, "encoding": self.document.encoding,
            "first_is_lead_declared": self.first_is_lead, "convention": self.convention,
            "measures": [{
                "label": x.label, "path": x.path, "heading": x.heading, "kind": x.kind,
                "lead": x.lead, "support": x.support,
                "quantities": [q.text for q in x.quantities],
                "deadlines": [d.text for d in x.deadlines],
                "span": list(x.span), "heading_span": list(x.heading_span),
                "units": [{"name": u.name, "role": u.role, "span": list(u.span)} for u in x.units],
                "quantity_details": [{"text": q.text, "value": q.value, "unit": q.unit, "year": q.year,
                                      "span": list(q.span)} for q in x.quantities],
                "deadline_details": [{"text": d.text, "due": d.due, "span": list(d.span)} for d in x.deadlines],
                "table_row": x.table_row, "tracking": x.tracking,
            } for x in self.measures],
            "diagnostics": self.diagnostics.to_dict(),
        }


def parse_document(doc: Document, source: Path | None = None) -> ParseResult:
    every: list[Paragraph] = logical_paragraphs(doc)
    tables = TaskTables(doc, every)
    paras = tables.outside(every)  # the running text: task tables are read by their columns
    meta = extract_metadata(paras)
    body = find_body(paras, meta.title_para)
    read_closing(paras, body.end, meta)
    outline = tables.attach(build_outline(paras[body.start:body.end]))
    convention = declared_convention("\n".join(p.fold for p in paras))

    def table_row(node: OutlineNode) -> Measure | None:
        return Measure(**measure_fields(node, meta.date, convention)) if isinstance(node, TableNode) else None
    measures = read_measures(outline, meta.date, convention, is_regulation(outline, meta.title), table_row)
    diagnostics = diagnose(outline, measures, body, _offsets(paras, body))
    _as_written(WrittenForm([(p.text, p.fold) for p in every]), meta, measures)
    return ParseResult(source, doc, meta, outline, measures, diagnostics, convention)


def _as_written(written: WrittenForm, meta: Metadata, measures: list[Measure]) -> None:
    """Title, 文号, issuer, headings, targets and deadlines in the document's own script (see written.py)."""
    if not written:
        return
    meta.title, meta.notice_title = written(meta.title), written(meta.notice_title)
    meta.doc_number, meta.issuer = written(meta.doc_number), written(meta.issuer)
    for m in measures:
        m.heading = written(m.heading)
        m.quantities = [q._replace(text=written(q.text)) for q in m.quantities]
        m.deadlines = [d._replace(text=written(d.text)) for d in m.deadlines]


def _offsets(paras: list[Paragraph], body: BodyRange) -> tuple[int, int]:
    if body.end <= body.start:
        return (paras[body.start].start, paras[body.start].start) if body.start < len(paras) else (0, 0)
    return paras[body.start].start, paras[body.end - 1].end


def parse_file(path: str | Path, sheet: str | None = None) -> ParseResult:
    path = Path(path)
    result = parse_document(read_document(path, sheet), path)
    result.part = sheet
    return result


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def parse_parts(path: str | Path) -> list[ParseResult]:
    """The documents a file holds: one for most files, one per task-table sheet for a workbook (each result's
    ``part`` names its sheet when there are several)."""
    path = Path(path)
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        from .readers.excel_reader import task_sheets
        sheets = task_sheets(path)
        if len(sheets) > 1:
            return [parse_file(path, name) for name in sheets]
    return [parse_file(path)]
