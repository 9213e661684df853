"""Task tables in plain text: tab-separated rows, or one cell per line under a header run (序号/重点任务/牵头单位/…)."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..blocks import Cell
from ..labels import match_label
from ..memo import cached
from ..responsibility import parse_clause
from ..targets import find_deadlines
from ..units import is_unit
from .columns import CONTENT, DEADLINE, IGNORE, NUMBER, TASK, UNIT_ROLES, column_role
from .rows import CN_NUMERAL, ROW_NUMBER, SECTION_KINDS

_TIMEISH = re.compile(r"(19|20)\d{2}\s*年|长期|持续|常态化|年底|年内|月底|季度|每年|逐年|按期|分阶段|即日")
_END = re.compile(r"^\s*(（此件|\(此件|抄送|公开方式|印发|附件\s*\d*\s*[:：]?\s*$|(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$)")


class Piece(NamedTuple):
    """One cell's text inside a line: where it is (offsets in the line) and where it sits in its table."""

    line: int
    start: int
    end: int
    cell: Cell


def header_roles(cells: list[str]) -> list[str | None] | None:
    roles = [column_role(c) if c.strip() else None for c in cells]
    kinds = {r for r in roles if r}
    named = sum(r is not None for r in roles)
    filled = sum(bool(c.strip()) for c in cells)
    if len(kinds - {IGNORE}) >= 2 and (TASK in kinds or kinds & set(UNIT_ROLES)) and named * 2 >= filled:
        return roles
    return None


# ---------------------------------------------------------------- tab-separated and Markdown pipe rows

_PIPE_RULE = re.compile(r"^\s*:?-{3,}:?\s*$")
_BR = re.compile(r"<br\s*/?>", re.I)


def _fields(line: str) -> list[tuple[int, int]] | None:
    """(start, end) of each field of a tab-separated or Markdown pipe row; [] for a |---|---| rule; None for text."""
    if "\t" in line:
        out, pos = [], 0
        for part in line.split("\t"):
            out.append((pos, pos + len(part)))
            pos += len(part) + 1
        return out
    stripped = line.strip()
    if not stripped.startswith("|") or stripped.count("|") < 3:
        return None
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    if line[bars[-1] + 1:].strip():
        bars.append(len(line))
    fields = [(a + 1, b) for a, b in zip(bars, bars[1:])]
    if all(_PIPE_RULE.match(line[a:b]) for a, b in fields):
        return []
    return fields


def _pieces(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """A field's text, split at Markdown <br> line breaks."""
    out, pos = [], a
    for m in _BR.finditer(line, a, b):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    return [(x, y) for x, y in out if line[x:y].strip()]


def tab_tables(lines: list[str], first_table: int = 0) -> list[Piece]:
    """Cells of the tab-separated or pipe task tables in ``lines`` (a header row of known column names opens one)."""
    pieces: list[Piece] = []
    table = first_table
    i = 0
    while i < len(lines):
        fields = _fields(lines[i])
        if not fields or header_roles([lines[i][a:b] for a, b in fields]) is None:
            i += 1
            continue
        width = len(fields)
        row, j = 0, i
        while j < len(lines):
            line = lines[j]
            fields = _fields(line) if line.strip() else []
            if fields == [] and line.strip():  # a |---|---| rule under the header
                j += 1
                continue
            if not line.strip():
                j += 1
                continue
            if fields:
                for col, (a, b) in enumerate(fields):
                    for x, y in _pieces(line, a, b):
                        pieces.append(Piece(j, x, y, Cell(table, row, col, header=row == 0)))
            elif _continues(lines, j):  # a section row written without separators: it spans the table
                pieces.append(Piece(j, 0, len(line), Cell(table, row, 0, colspan=width)))
            else:
                break
            row += 1
            j += 1
        table += 1
        i = j
    return pieces


def _continues(lines: list[str], j: int) -> bool:
    """Is the unseparated line ``j`` a row inside the table: short, and a separated row follows?"""
    if len(lines[j]) > 60 or _END.match(lines[j]):
        return False
    for line in lines[j + 1:j + 4]:
        if line.strip():
            return bool(_fields(line))
    return False


# ---------------------------------------------------------------- one cell per line

def _unit_line(text: str) -> bool:
    if text.rstrip().endswith("。"):  # a sentence: 培育外贸综合服务企业。 names a task, not a unit
        return False
    mentions, _ = parse_clause(text)
    names = [m.name for m in mentions if m.name]
    return bool(names) and all(is_unit(n) for n in names)


@cached
def _reads_as(text: str) -> tuple[bool, bool]:
    """(a unit list, a time limit): what _fit asks of a line, once per line, not once per line and column."""
    units = len(text) <= 120 and _unit_line(text)
    return units, len(text) <= 30 and bool(_TIMEISH.search(text) or find_deadlines(text))


def _fit(text: str, role: str | None) -> float:
    """How well a line reads as a cell of a column of ``role`` (positive: likely, negative: unlikely)."""
    units, timeish = _reads_as(text)
    if role in UNIT_ROLES:
        return 3.0 if units else -6.0
    if role == DEADLINE:
        return 3.0 if timeish else -6.0
    if role in (TASK, CONTENT):
        if units or timeish:
            return -3.0
        return 1.0 + (1.0 if len(text) > 12 or "。" in text or "，" in text else 0.0)
    if role == IGNORE:
        return 0.5 if len(text) <= 30 and not timeish else -1.0
    return -0.5 if units or timeish else 0.0  # tracking columns: free text


def _assign(lines: list[str], roles: list[str | None]) -> tuple[list[int], float]:
    """Columns (indexes into ``roles``) for ``lines`` in order, non-decreasing, maximising the fit (a small DP)."""
    n, m = len(roles), len(lines)
    NEG = float("-inf")
    best = [[NEG] * n for _ in range(m)]
    back = [[0] * n for _ in range(m)]
    for j in range(n):
        best[0][j] = _fit(lines[0], roles[j]) - 0.2 * j
    for i in range(1, m):
        for j in range(n):
            fit = _fit(lines[i], roles[j])
            for k in range(j + 1):
                repeat = k == j and roles[j] in (DEADLINE, *UNIT_ROLES)
                score = best[i - 1][k] + fit - (1.5 if repeat else 0.0) - 0.2 * (j - k)
                if score > best[i][j]:
                    best[i][j], back[i][j] = score, k
    j = max(range(n), key=lambda c: best[m - 1][c])
    total = best[m - 1][j]
    out = [0] * m
    for i in range(m - 1, -1, -1):
        out[i] = j
        j = back[i][j]
    return out, total


def _header_run(lines: list[str], start: int) -> tuple[int, list[str]] | None:
    """A run of at least three header lines at ``start`` (序号 / 重点任务 / 牵头单位 / …): (end, roles)."""
    roles = []
    j = start
    while j < len(lines) and lines[j].strip() and len(lines[j].strip()) <= 16:
        role = column_role(lines[j])
        if role is None:
            break
        roles.append(role)
        j += 1
    if len(roles) >= 3 and roles[0] == NUMBER and header_roles(lines[start:j]) is not None:
        return j, roles
    return None


def _row_start(line: str) -> str | None:
    """"number" for a bare 序号 line, "section" for 一、…方面 or a bare 一, else None."""
    if ROW_NUMBER.match(line):
        return "number"
    if CN_NUMERAL.match(line):
        return "numeral"
    label = match_label(line)
    if label is not None and label.kind in SECTION_KINDS and len(line) <= 40 and "。" not in line:
        return "section"
    return None


def line_tables(lines: list[str], first_table: int = 0) -> list[Piece]:
    """Cells of one-cell-per-line task tables: a header run opens the table, each bare 序号 line opens a row."""
    pieces: list[Piece] = []
    table = first_table
    i = 0
    while i < len(lines):
        if _fields(lines[i]) is not None:
            i += 1
            continue
        header = _header_run(lines, i)
        if header is None:
            i += 1
            continue
        end, roles = header
        for col in range(len(roles)):
            text = lines[i + col]
            pieces.append(Piece(i + col, 0, len(text), Cell(table, 0, col, header=True)))
        i = _rows(lines, end, roles, table, pieces)
        table += 1
    return pieces


def _rows(lines: list[str], i: int, roles: list[str], table: int, pieces: list[Piece]) -> int:
    """Read rows from line ``i``; return the line after the table."""
    row = 1
    width = len(roles)
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        kind = _row_start(lines[i])
        if kind is None:
            break
        if kind == "section":
            pieces.append(Piece(i, 0, len(lines[i]), Cell(table, row, 0, colspan=width)))
            i, row = i + 1, row + 1
            continue
        j = i + 1
        raw: list[int] = []  # the row's lines, empty ones too (a converter may keep an empty cell as one)
        while j < len(lines) and len(raw) < 3 * width:
            if lines[j].strip() and (_row_start(lines[j]) or _END.match(lines[j])):
                break
            raw.append(j)
            j += 1
        while raw and not lines[raw[-1]].strip():
            raw.pop()
        body = [k for k in raw if lines[k].strip()]
        if kind == "numeral" and len(body) == 1 and not _unit_line(lines[body[0]]):
            pieces.append(Piece(i, 0, len(lines[i]), Cell(table, row, 0)))  # 一 | 营商环境方面: a section row
            pieces.append(Piece(body[0], 0, len(lines[body[0]]), Cell(table, row, 1, colspan=width - 1)))
            i, row = j, row + 1
            continue
        if not body:
            break
        texts = [lines[k].strip() for k in body]
        if len(raw) == width - 1 and len(body) < len(raw):  # one line per cell, empty cells as empty lines
            cols = [n for n, k in enumerate(raw) if lines[k].strip()]
        else:
            cols, _ = _assign(texts, roles[1:])
        at_end = j >= len(lines) or not _row_start(lines[j])
        kept = _kept(texts, cols, roles[1:]) if at_end else len(body)
        pieces.append(Piece(i, 0, len(lines[i]), Cell(table, row, 0)))
        for k, col in zip(body[:kept], cols[:kept]):
            pieces.append(Piece(k, 0, len(lines[k]), Cell(table, row, col + 1)))
        row += 1
        i = body[kept - 1] + 1 if kept < len(body) else j
        if kept < len(body):
            break
    return i


def _kept(texts: list[str], cols: list[int], roles: list[str]) -> int:
    """How many lines of the table's last row are cells: the text after it fits no column it could take."""
    kept = len(texts)
    while kept > 1 and _fit(texts[kept - 1], roles[cols[kept - 1]]) < 0:
        kept -= 1
    return kept


def text_tables(lines: list[str]) -> list[Piece]:
    """Every task-table cell found in the lines of a plain-text document, in line order."""
    pieces = tab_tables(lines)
    taken = {p.line for p in pieces}
    tables = 1 + max((p.cell.table for p in pieces), default=-1)
    free = [line if i not in taken else "\t" for i, line in enumerate(lines)]
    pieces += line_tables(free, tables)
    return sorted(pieces, key=lambda p: (p.line, p.start))
