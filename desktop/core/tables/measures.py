"""A task row's measure: units from the unit columns by role, deadlines from the deadline column, tracking values."""

from __future__ import annotations

import calendar
import re

from ..paragraphs import Paragraph
from ..responsibility import (LEAD, SUPPORT, Clause, UnitMention, find_clauses, merge_roles, parse_clause,
                              role_notes_as_words)
from ..targets import DEADLINE_YEAR, Deadline, dedupe, find_deadlines, find_quantities
from ..units import is_unit
from .columns import CONTENT, DEADLINE, LEAD as LEAD_COLUMN, SUPPORT as SUPPORT_COLUMN, TASK, TRACKING, UNITS
from .rows import TableNode

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


_SPACES = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")


def _spaces_as_separators(text: str) -> str:
    """市数据资源局 市市场监管局: in a unit cell, names set apart by spaces are a list (same length: offsets hold)."""
    if " " not in text and "\u3000" not in text and "\t" not in text:
        return text
    parts = _SPACES.split(text.strip())
    if len(parts) < 2 or not all(is_unit(p.strip("、，,；;")) for p in parts):
        return text
    return _SPACES.sub(lambda m: "、".ljust(len(m.group())), text)


def _cell_units(para: Paragraph, column_role: str, convention: str | None) -> Clause | None:
    """The units of one paragraph of a unit cell: a 牵头/配合 column gives its role to all; 责任单位 reads as a list."""
    text = role_notes_as_words(_spaces_as_separators(para.fold))
    mentions, labelled = parse_clause(text, 0, convention if column_role == UNITS else None)
    fixed = {LEAD_COLUMN: LEAD, SUPPORT_COLUMN: SUPPORT}.get(column_role)
    units = tuple(UnitMention(m.name, fixed or m.role, m.start, m.end) for m in mentions if is_unit(m.name))
    return Clause(0, len(para.fold), units, labelled) if units else None


# 2026.06, 2026-12-31, 2026/6/30: a date written in figures, as spreadsheets keep them.
_NUMERIC_DATE = re.compile(r"((?:19|20)\d{2})\s*[.\-/／]\s*(\d{1,2})(?:\s*[.\-/／]\s*(\d{1,2}))?(?![\d.])")


def _column_deadlines(para: Paragraph, date: str | None) -> list[Deadline]:
    """Deadlines of a 完成时限 cell: as the text finder reads them, a date in figures, else a bare year (2025年)."""
    found = find_deadlines(para.fold, date)
    if found:
        return found
    m = _NUMERIC_DATE.search(para.fold)
    if m and 1 <= int(m.group(2)) <= 12:
        y, mo = int(m.group(1)), int(m.group(2))
        day = int(m.group(3)) if m.group(3) else calendar.monthrange(y, mo)[1]
        if 1 <= day <= calendar.monthrange(y, mo)[1]:
            return [Deadline(m.group(), f"{y:04d}-{mo:02d}-{day:02d}", m.start(), m.end())]
    m = DEADLINE_YEAR.search(para.fold)
    if m and _YEAR.match(m.group()):
        text = m.group().strip()
        return [Deadline(text, f"{_YEAR.match(text).group(1)}-12-31", m.start(), m.start() + len(text))]
    return []


def measure_fields(node: TableNode, date: str | None, convention: str | None) -> dict:
    """Keyword arguments of ``engine.Measure`` for a task row."""
    from ..measures import TextField, UnitField

    row = node.row
    first, last = node.paragraphs[0], node.paragraphs[-1]
    base = dict(label=node.label.value, path=node.path, heading=node.heading_text, heading_span=node.heading_span,
                span=(first.start, last.end), text="\n".join(p.text for p in node.paragraphs), table_row=True)
    if row is None:  # a section row with no task rows under it
        return base
    roles = row.columns.roles
    texts = [p for role in (TASK, CONTENT) for cell in row.column(role) for p in cell.paras]
    found: list[tuple[Paragraph, Clause]] = []
    for col, role in sorted(roles.items()):
        if role in (LEAD_COLUMN, SUPPORT_COLUMN, UNITS):
            for cell in row.cells.get(col, []):
                for para in cell.paras:
                    clause = _cell_units(para, role, row.columns.declared.get(col) or convention)
                    if clause:
                        found.append((para, clause))
    quantities, deadlines = [], []
    for para in texts:
        text = para.fold
        if not row.columns.has_units:  # a table without unit columns names them in the task text
            for clause in find_clauses(text, convention):
                found.append((para, clause))
                text = text[:clause.start] + " " * (clause.end - clause.start) + text[clause.end:]
        for q in find_quantities(text):
            quantities.append(TextField(q.text, para.doc_span(q.start, q.end), q.value, q.unit, q.year))
        if not row.column(DEADLINE):
            for d in find_deadlines(text, date):
                deadlines.append(TextField(d.text, para.doc_span(d.start, d.end), due=d.due))
    for cell in row.column(DEADLINE):
        for para in cell.paras:
            for d in _column_deadlines(para, date):
                deadlines.append(TextField(d.text, para.doc_span(d.start, d.end), due=d.due))
    lead, support = merge_roles([c for _, c in found])
    para_of = {id(m): p for p, c in found for m in c.units}
    units = [UnitField(m.name, m.role, para_of[id(m)].doc_span(m.start, m.end)) for m in lead + support]
    tracking = {}
    for key in TRACKING:
        values = [cell.text for cell in row.column(key) if cell.text]
        if values:
            tracking[key] = "\n".join(values)
    return dict(base, units=units, quantities=dedupe(quantities), deadlines=dedupe(deadlines), tracking=tracking)
