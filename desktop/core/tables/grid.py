"""A table's grid rebuilt from its cell blocks: every slot a merged cell covers points at that one cell."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..blocks import Block, Document

MAX_ROWS = 20_000  # slots past these are ignored: a task table has hundreds of rows and a few dozen columns
MAX_COLS = 200
MAX_SPAN_WORK = 2_000_000  # slots visited while expanding merged cells; bounds a file of overlapping huge spans


@dataclass(eq=False)
class GridCell:
    """One source cell: its top-left slot, what it spans and the blocks (paragraphs) it holds."""

    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    header: bool = False
    blocks: list[Block] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # each block's text, stripped; empty ones dropped
    paras: list = field(default_factory=list)  # the blocks as engine Paragraphs, once a table outline is built

    @property
    def text(self) -> str:
        return "\n".join(self.texts)


@dataclass
class Grid:
    table: int
    rows: int
    cols: int
    slots: dict[tuple[int, int], GridCell]

    def at(self, row: int, col: int) -> GridCell | None:
        return self.slots.get((row, col))

    def row_cells(self, row: int) -> list[GridCell | None]:
        return [self.slots.get((row, c)) for c in range(self.cols)]

    @property
    def start(self) -> int:
        return min(b.start for c in self.slots.values() for b in c.blocks)


def grids(doc: Document) -> list[Grid]:
    """The tables of ``doc`` in document order, each as a grid of its non-empty cells."""
    cells: dict[int, dict[tuple[int, int], GridCell]] = {}
    for block in doc.blocks:
        if block.table is None or block.row >= MAX_ROWS or block.col >= MAX_COLS:
            continue
        table = cells.setdefault(block.table, {})
        cell = table.get((block.row, block.col))
        if cell is None:
            cell = table[(block.row, block.col)] = GridCell(block.row, block.col, max(1, block.rowspan),
                                                            max(1, block.colspan), block.header)
        text = doc.text[block.start:block.end].strip()
        if text:
            cell.blocks.append(block)
            cell.texts.append(text)
    out = []
    work = 0
    for table, by_place in cells.items():
        slots: dict[tuple[int, int], GridCell] = {}
        present = [c for c in by_place.values() if c.blocks]
        if not present:
            continue
        # a span past the last row or column that holds text covers nothing
        last_row = max(max(c.row for c in by_place.values()), max(c.row for c in present)) + 1
        last_col = max(c.col + 1 for c in by_place.values())
        for cell in sorted(present, key=lambda c: (c.row, c.col)):
            slots.setdefault((cell.row, cell.col), cell)
            for r in range(cell.row, min(cell.row + cell.rowspan, last_row)):
                for c in range(cell.col, min(cell.col + cell.colspan, last_col)):
                    work += 1
                    if work > MAX_SPAN_WORK:
                        break
                    slots.setdefault((r, c), cell)
        if slots:
            rows = max(r for r, _ in slots) + 1
            cols = max(c for _, c in slots) + 1
            out.append(Grid(table, rows, cols, slots))
    out.sort(key=lambda g: g.start)
    return out
