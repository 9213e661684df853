"""Text blocks with provenance: what every reader hands to the parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Block(NamedTuple):
    """One paragraph (or table cell) of a document's display text.

    ``start``/``end`` are offsets into ``Document.text``; ``page`` is 1-based for
    paged formats (PDF) and ``None`` otherwise; ``para`` is the paragraph index
    in the source file.
    """

    start: int
    end: int
    para: int
    page: int | None = None
    kind: str = "p"  # "p" paragraph, "cell" table cell


@dataclass
class Document:
    """A file turned into display text plus the blocks it is made of."""

    text: str
    blocks: list[Block]
    format: str
    encoding: str | None = None
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)

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

    def add(self, text: str, para: int | None = None, page: int | None = None, kind: str = "p") -> None:
        text = text.replace("\r", "").replace("\n", " ")
        if self._parts:
            self._parts.append("\n")
            self._pos += 1
        start = self._pos
        self._parts.append(text)
        self._pos += len(text)
        idx = len(self._blocks) if para is None else para
        self._blocks.append(Block(start, self._pos, idx, page, kind))

    def build(self) -> Document:
        return Document("".join(self._parts), self._blocks, self.format, self.encoding,
                        self.pages, list(self.warnings))
