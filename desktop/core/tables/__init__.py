"""Task tables (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 …) of a document as outline nodes and measures."""

from __future__ import annotations

import re

from ..blocks import Block, Document
from ..labels import Label
from ..outline import OutlineNode, walk
from ..paragraphs import Paragraph
from ..textnorm import fold
from .columns import find_columns
from .grid import grids
from .measures import measure_fields
from .rows import TableNode, TableOutline

__all__ = ["TaskTables", "TableNode", "measure_fields"]

_ANNEX = re.compile(r"^\s*(附件|附表)\s*([0-9一二三四五六七八九十]{0,3})\s*[:：]?\s*$")
_HEADING_LEN = 40


class TaskTables:
    """The task tables of one document: which paragraphs they hold and the outline nodes they add."""

    def __init__(self, doc: Document, paras: list[Paragraph]):
        by_start = {p.start: p for p in paras if len(p.pieces) == 1}

        def paragraph_of(block: Block) -> Paragraph:
            raw = doc.text[block.start:block.end]
            start = block.start + len(raw) - len(raw.lstrip())
            para = by_start.get(start)
            if para is None:  # a cell logical_paragraphs dropped as page furniture (a bare 序号 such as 12)
                text = raw.strip()
                para = by_start[start] = Paragraph(text, [(0, start)], -1, fold(text))
            return para

        self.paras = paras
        self.tables: list[tuple[int, int, list[TableNode]]] = []  # (header start, last row's end, root nodes)
        for grid in grids(doc):
            columns = find_columns(grid)
            if columns is None:
                continue
            outline = TableOutline(grid, columns, paragraph_of)
            roots = outline.roots()
            if roots:
                self.tables.append((*outline.span(), roots))

    def __bool__(self) -> bool:
        return bool(self.tables)

    def outside(self, paras: list[Paragraph]) -> list[Paragraph]:
        """``paras`` without the ones a task table holds (its header and rows)."""
        if not self.tables:
            return paras
        return [p for p in paras if not any(a <= p.start < b for a, b, _ in self.tables)]

    def attach(self, roots: list[OutlineNode]) -> list[OutlineNode]:
        """The text outline ``roots`` with each table's nodes added where the table stands."""
        for start, _, nodes in self.tables:
            annex = self._annex_marker(start)
            host = None if annex else self._heading_before(roots, start)
            if annex is not None:
                label = Label("annex", annex.fold.strip(), re.sub(r"[\s:：]", "", annex.fold), 0, len(annex.fold))
                top = TableNode(label, [annex], None, heading_text="", heading_span=(annex.start, annex.start))
                top.children = nodes
                for n in nodes:
                    n.parent = top
                roots = roots + [top]
            elif host is not None:
                host.children = nodes
                for n in nodes:
                    n.parent = host
            else:
                roots = roots + nodes
        return sorted(roots, key=lambda n: n.paragraphs[0].start)

    def _annex_marker(self, start: int) -> Paragraph | None:
        """The 附件 / 附件2 line the table follows, if nothing but its title lies between."""
        before = [p for p in self.paras if p.start < start][-4:]
        for p in reversed(before):
            if _ANNEX.match(p.fold):
                return p
        return None

    @staticmethod
    def _heading_before(roots: list[OutlineNode], start: int) -> OutlineNode | None:
        """The text item right before the table when it is a bare heading (二、重点任务分工): the rows are its items."""
        last = None
        for node in walk(roots):
            if node.paragraphs[0].start < start:
                last = node
        if last is None or last.children or any(p.start > start for p in last.paragraphs):
            return None
        heading = last.paragraphs[0].fold[last.label.end:]
        if len(last.paragraphs) == 1 and len(heading) <= _HEADING_LEN and "。" not in heading:
            return last
        return None
