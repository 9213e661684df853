"""Text blocks with provenance: what every reader hands to the parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Cell(NamedTuple):
    """Where a block sits in a table: 0-based table/row/column in the table's grid, and what it spans."""

    table: int
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    header: bool = False  # the source marks it as a header cell (<th>, a repeated Word header row)


class Block(NamedTuple):
    """One paragraph (or table cell paragraph) of a document's display text.

    ``start``/``end`` are offsets into ``Document.text``; ``page`` is 1-based for
    paged formats (PDF) and ``None`` otherwise; ``para`` is the paragraph index
    in the source file. A block inside a table carries its grid position: ``table``,
    ``row``, ``col`` (0-based; ``None`` outside tables), the rows and columns its cell
    covers and whether the source marks it as a header; several blocks can share a cell.
    """

    start: int
    end: int
    para: int
    page: int | None = None
    kind: str = "p"  # "p" paragraph, "cell" table cell
    table: int | None = None
    row: int | None = None
    col: int | None = None
    rowspan: int = 1
    colspan: int = 1
    header: bool = False

    @property
    def cell(self) -> Cell | None:
        if self.table is None:
            return None
        return Cell(self.table, self.row, self.col, self.rowspan, self.colspan, self.header)


@dataclass
class Document:
    """A file turned into display text plus the blocks it is made of."""

    text: str
    blocks: list[Block]
    format: str
    encoding: str | None = None
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    folded: str | None = None  # textnorm.fold(text), when the reader already needed it (one fold per document)

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]


class DocumentBuilder:
    """Accumulates paragraphs into a ``Document`` keeping offsets consistent."""

    def __init__(self, fmt: str, encoding: str | None = None):
        self._parts: list[str] = []
        self._blocks: list[Block] = []
        self._pos = 0
        self.format = fmt
        self.encoding = encoding
        self.warnings: list[str] = []
        self.pages: int | None = None

    def add(self, text: str, para: int | None = None, page: int | None = None, kind: str = "p",
            cell: Cell | None = None) -> None:
        text = text.replace("\r", "").replace("\n", " ")
        if self._parts:
            self._parts.append("\n")
            self._pos += 1
        start = self._pos
        self._parts.append(text)
        self._pos += len(text)
        idx = len(self._blocks) if para is None else para
        self._blocks.append(Block(start, self._pos, idx, page, kind, *(cell or ())))

    def build(self) -> Document:
        return Document("".join(self._parts), self._blocks, self.format, self.encoding,
                        self.pages, list(self.warnings))
