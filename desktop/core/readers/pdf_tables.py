"""Ruled tables on a PDF page (pypdfium2): cell borders from the page's line paths, cell text from char boxes.

A table is a connected set of horizontal and vertical rules; its cells are the regions the rules close, so a
missing border inside the grid makes a merged cell. Text is assigned to cells character by character.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field

TOL = 1.5            # points: rules this close are one line; a rule this far past a crossing still meets it
MIN_RULE = 6.0       # points: shorter strokes are glyph parts or decoration, not cell borders
MAX_SEGMENTS = 20_000  # per page: more path segments than any table needs (a drawing or a hostile file)
MAX_CROSSINGS = 2_000_000  # rule pairs tested for crossing on one page
MAX_SLOTS = 5_000  # grid slots of one table on one page: a page holds at most a few hundred cells
MAX_OBJECTS = 100_000  # page objects looked through for rules (a page of text has a few thousand)
_SPACE = re.compile(r"\s")


@dataclass
class PdfTable:
    """One ruled table on one page: grid lines top-down and left-right, and its cells' text lines."""

    page: int
    ys: list[float]                      # band edges, top first (PDF points, y up)
    xs: list[float]                      # band edges, left first
    # (row, col, rowspan, colspan) → text lines of the cell (a wrapped line joined to the one before)
    cells: dict[tuple[int, int, int, int], list[str]] = field(default_factory=dict)
    slots: dict[tuple[int, int], tuple[int, int, int, int]] = field(default_factory=dict)  # slot → its cell

    @property
    def top(self) -> float:
        return self.ys[0]

    @property
    def bottom(self) -> float:
        return self.ys[-1]

    def holds(self, x: float, y: float) -> bool:
        return self.xs[0] - TOL <= x <= self.xs[-1] + TOL and self.ys[-1] - TOL <= y <= self.ys[0] + TOL


def _rules(page) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """(y, x0, x1) horizontal and (x, y0, y1) vertical straight segments of the page's path objects."""
    import pypdfium2.raw as pdfium_c

    horizontal, vertical = [], []
    count = 0
    x, y = ctypes.c_float(), ctypes.c_float()
    matrix = pdfium_c.FS_MATRIX()
    objects = pdfium_c.FPDFPage_CountObjects(page.raw)
    if objects > MAX_OBJECTS:
        return [], []
    for k in range(objects):  # raw calls: wrapping every glyph object is slow
        obj = pdfium_c.FPDFPage_GetObject(page.raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
            continue
        m = matrix
        n = pdfium_c.FPDFPath_CountSegments(obj)
        count += max(n, 0)
        if count > MAX_SEGMENTS:
            return [], []
        start = prev = None
        for i in range(n):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
            if not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
                continue
            point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = prev = point
                continue
            edges = [(prev, point)] if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev else []
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start:
                edges.append((point, start))
            for (x0, y0), (x1, y1) in edges:
                if abs(y0 - y1) <= 0.5 and abs(x1 - x0) >= MIN_RULE:
                    horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
                elif abs(x0 - x1) <= 0.5 and abs(y1 - y0) >= MIN_RULE:
                    vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
            prev = point
    return horizontal, vertical


def _merge(segments: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Collinear segments (within TOL) joined where they touch or overlap: a double border is one rule."""
    out: list[list[float]] = []
    for pos, a, b in sorted(segments, key=lambda s: (round(s[0] / TOL), s[1])):
        last = out[-1] if out else None
        if last and abs(last[0] - pos) <= TOL and a <= last[2] + TOL:
            last[2] = max(last[2], b)
        else:
            out.append([pos, a, b])
    return [tuple(s) for s in out]


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOL * 2:
            out.append(v)
    return out


def _components(horizontal, vertical) -> list[tuple[list, list]]:
    """Groups of rules that cross or touch one another: each group is one table."""
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (y, x0, x1) in enumerate(horizontal):
        for j, (x, y0, y1) in enumerate(vertical):
            if x0 - TOL <= x <= x1 + TOL and y0 - TOL <= y <= y1 + TOL:
                parent[find(i)] = find(len(horizontal) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, seg in enumerate(horizontal):
        groups.setdefault(find(i), ([], []))[0].append(seg)
    for j, seg in enumerate(vertical):
        groups.setdefault(find(len(horizontal) + j), ([], []))[1].append(seg)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _covers(segments, pos: float, a: float, b: float) -> bool:
    """Is there a rule at ``pos`` running over the middle of (a, b)?"""
    mid = (a + b) / 2
    return any(abs(p - pos) <= TOL * 2 and s0 - TOL <= mid <= s1 + TOL for p, s0, s1 in segments)


def _grid_cells(ys: list[float], xs: list[float], horizontal, vertical) -> dict[tuple[int, int], tuple]:
    """slot (row, col) → its cell (row, col, rowspan, colspan): slots with no rule between them are one cell."""
    rows, cols = len(ys) - 1, len(xs) - 1
    parent = {(i, j): (i, j) for i in range(rows) for j in range(cols)}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i in range(rows):
        for j in range(cols):
            if j + 1 < cols and not _covers(vertical, xs[j + 1], ys[i + 1], ys[i]):
                parent[find((i, j))] = find((i, j + 1))
            if i + 1 < rows and not _covers(horizontal, ys[i + 1], xs[j], xs[j + 1]):
                parent[find((i, j))] = find((i + 1, j))
    members: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for slot in parent:
        members.setdefault(find(slot), []).append(slot)
    out = {}
    for slots in members.values():
        r0, c0 = min(s[0] for s in slots), min(s[1] for s in slots)
        cell = (r0, c0, max(s[0] for s in slots) - r0 + 1, max(s[1] for s in slots) - c0 + 1)
        for slot in slots:
            out[slot] = cell
    return out


def _band(edges: list[float], v: float, descending: bool) -> int | None:
    for k in range(len(edges) - 1):
        hi, lo = (edges[k], edges[k + 1]) if descending else (edges[k + 1], edges[k])
        if lo <= v <= hi:
            return k
    return None


def page_tables(page, textpage, number: int, wraps) -> list[PdfTable]:
    """The ruled tables of one page with each cell's text; ``wraps(next_line, room_in_em)`` tells whether a line
    that left ``room_in_em`` before the cell's border was wrapped (the next line's first word did not fit)."""
    horizontal, vertical = _rules(page)
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    horizontal, vertical = _merge(horizontal), _merge(vertical)
    if len(horizontal) * len(vertical) > MAX_CROSSINGS:
        return []
    tables = []
    for hs, vs in _components(horizontal, vertical):
        ys = _cluster([y for y, _, _ in hs])[::-1]
        xs = _cluster([x for x, _, _ in vs])
        slots = (len(ys) - 1) * (len(xs) - 1)
        if len(ys) < 2 or len(xs) < 2 or not 2 <= slots <= MAX_SLOTS:
            continue
        tables.append(PdfTable(number, ys, xs, slots=_grid_cells(ys, xs, hs, vs)))
    if tables:
        _fill(tables, textpage, wraps)
    return [t for t in tables if t.cells]


def _fill(tables: list[PdfTable], textpage, wraps) -> None:
    """Put every character into the cell it sits in; lines inside a cell join unless the first stopped short."""
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    if len(text) != n:
        return
    current: dict[int, tuple] = {}  # table → (cell, line top, line x1, font height) of its last char
    lines: dict[int, dict[tuple, list[list]]] = {id(t): {} for t in tables}
    for i, ch in enumerate(text):
        if _SPACE.match(ch):
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        cx, cy = (left + right) / 2, (bottom + top) / 2
        for table in tables:
            if not table.holds(cx, cy):
                continue
            r, c = _band(table.ys, cy, True), _band(table.xs, cx, False)
            if r is None or c is None:
                break
            cell = table.slots[(r, c)]
            height = max(top - bottom, 1.0)
            cell_lines = lines[id(table)].setdefault(cell, [])
            last = current.get(id(table))
            if cell_lines and last and last[0] == cell and abs(last[1] - cy) <= 0.6 * height:
                cell_lines[-1][0] += ch
                cell_lines[-1][1] = right
            else:
                cell_lines.append([ch, right, cy, height])
            current[id(table)] = (cell, cy)
            break
    for table in tables:
        for cell, cell_lines in sorted(lines[id(table)].items()):
            right_edge = table.xs[cell[1] + cell[3]]
            out: list[str] = []
            for k, (line, x1, _, height) in enumerate(cell_lines):
                if k and wraps(line, (right_edge - cell_lines[k - 1][1]) / height - 0.8):
                    out[-1] = join_wrapped(out[-1], line)
                else:
                    out.append(line)
            table.cells[cell] = out


def join_wrapped(a: str, b: str) -> str:
    """Two pieces of one wrapped line: Chinese joins directly, two Latin words keep a space."""
    if a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum():
        return a + " " + b
    return a + b
