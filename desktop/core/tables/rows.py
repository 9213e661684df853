"""Task-table rows as outline nodes: 序号 → label, section rows (一、…方面) → levels, merged and split rows → one task."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..labels import Label, cn_to_int, match_label
from ..outline import OutlineNode
from ..paragraphs import Paragraph
from .columns import CONTENT, DEADLINE, NUMBER, UNIT_ROLES, Columns, column_role
from .grid import Grid, GridCell

# 序号 cells: 一 / 一、 / （一） (a section where tasks are numbered 1, 2, 3) and 1 / 1. / （1） / 1.2
CN_NUMERAL = re.compile(r"^\s*([（(])?\s*([一二三四五六七八九十]+)\s*([）)]|[、.．])?\s*$")
ROW_NUMBER = re.compile(r"^\s*[（(]?\s*([0-9０-９]{1,4}(?:[.．\-][0-9]{1,3})?)\s*[）)]?\s*[.．、]?\s*$")
SECTION_KINDS = ("chapter", "section", "cn_dun", "cn_paren")  # labels a section row may carry
_MD = re.compile(r"\*\*|__|^#+\s*|`")


@dataclass(eq=False)
class TableNode(OutlineNode):
    """An outline node made from a table: a section row, a task row, or the 附件 an annex table hangs under."""

    heading_text: str = ""
    heading_span: tuple[int, int] = (0, 0)  # document offsets
    row: "TaskRow | None" = None

    def heading(self) -> tuple[str, int, int]:
        base = self.paragraphs[0].start
        return self.heading_text, self.heading_span[0] - base, self.heading_span[1] - base


@dataclass(eq=False)
class TaskRow:
    """The cells of one task (several table rows when its 序号 cell is merged or a page break split it)."""

    columns: Columns
    cells: dict[int, list[GridCell]] = field(default_factory=dict)  # column → its distinct cells, top first

    def add(self, row_cells: list[GridCell | None]) -> None:
        for col, cell in enumerate(row_cells):
            if cell is not None:
                found = self.cells.setdefault(col, [])
                if all(cell is not c for c in found):
                    found.append(cell)

    def column(self, role: str) -> list[GridCell]:
        return [cell for col in self.columns.of(role) for cell in self.cells.get(col, [])]


def heading_of(para: Paragraph, skip: int = 0) -> tuple[str, int, int]:
    """The lead phrase of a cell paragraph (up to the first 。) and its document span."""
    text = para.fold
    stop = text.find("。", skip)
    end = stop if stop >= 0 else len(text)
    start, end = para.doc_span(skip, end)
    return _MD.sub("", text[skip:stop if stop >= 0 else len(text)]).strip(), start, end


def _section_label(text: str) -> Label | None:
    """一 / 一、 / （一） alone in a 序号 cell."""
    m = CN_NUMERAL.match(text)
    if not m:
        return None
    value = m.group(2)
    kind = "cn_paren" if m.group(1) else "cn_dun"
    return Label(kind, text.strip(), value, cn_to_int(value), len(text))


class TableOutline:
    """Builds the outline nodes of one task table."""

    def __init__(self, grid: Grid, columns: Columns, paragraph_of):
        self.grid, self.columns = grid, columns
        self.last_row = columns.header_rows[-1]  # the last row that gave a node: rows after it are not the table's
        for cell in {id(c): c for c in grid.slots.values()}.values():
            cell.paras = [paragraph_of(b) for b in cell.blocks]

    @staticmethod
    def paragraphs(cell: GridCell) -> list[Paragraph]:
        return cell.paras

    def _own(self, row: int) -> list[GridCell]:
        """The distinct non-empty cells whose top-left slot is in ``row``, left to right."""
        out: list[GridCell] = []
        for cell in self.grid.row_cells(row):
            if cell is not None and cell.row == row and all(cell is not c for c in out):
                out.append(cell)
        return out

    def _number_cell(self, row: int) -> GridCell | None:
        col = self.columns.number
        return self.grid.at(row, col) if col is not None else None

    def _section(self, row: int, own: list[GridCell]) -> tuple[Label, GridCell] | None | bool:
        """(label, text cell) of a section row (一、…方面); False for a row to skip (an unnumbered line across the
        table: a caption, a signature); None for a task row."""
        if len(own) == 1 and own[0].colspan >= 2:  # one cell across the row
            m = match_label(own[0].paras[0].fold)
            return (m, own[0]) if m is not None and m.kind in SECTION_KINDS else False
        number = self._number_cell(row)
        number = number if number is not None and number.row == row else None
        texts = [c for c in own if c is not number]
        if number is None:  # 一、营商环境方面 in the task column, the 序号 cell left empty
            m = match_label(texts[0].paras[0].fold) if len(texts) == 1 else None
            return (m, texts[0]) if m is not None and m.kind in SECTION_KINDS else None
        label = _section_label(number.text)
        if label is not None and len(texts) == 1 and (texts[0].colspan >= 2 or self._arabic_rows()):
            return label, texts[0]
        if not texts:  # 一、营商环境方面 written in the 序号 cell alone
            m = match_label(number.paras[0].fold)
            if m is not None and m.kind in SECTION_KINDS and len(number.text) > len(m.text) + 1:
                return m, number
        return None

    def _continues(self, row: int, own: list[GridCell], previous: list[GridCell]) -> bool:
        """Is a row with an empty 序号 the rest of the task above: no task text of its own, or the first row on a
        new page (a PDF page break cut the row)?"""
        task = self.grid.at(row, self.columns.task) if self.columns.task is not None else None
        if task is None or task.row != row:
            return True
        pages = [c.blocks[0].page for c in own], [c.blocks[0].page for c in previous]
        return bool(pages[0] and pages[1]) and None not in pages[0] + pages[1] and min(pages[0]) > max(pages[1])

    def _arabic_rows(self) -> bool:
        """Do task rows number 1, 2, 3 (so a 一 in the 序号 column opens a section)?"""
        col = self.columns.number
        cells = {id(c): c for (r, k), c in self.grid.slots.items() if k == col and r > self.columns.header_rows[-1]}
        return sum(bool(ROW_NUMBER.match(c.text)) for c in cells.values()) >= 2

    def roots(self) -> list[TableNode]:
        """The table's top nodes: section rows holding their task rows, or the task rows themselves."""
        roots: list[TableNode] = []
        stack: list[TableNode] = []  # open sections, outermost first
        current: TableNode | None = None
        counter = 0
        last: list[GridCell] = []
        for row in range(self.columns.header_rows[-1] + 1, self.grid.rows):
            own = self._own(row)
            if not own or self._repeats_header(row):
                continue
            previous, last = last, own
            section = self._section(row, own)
            if section is False:
                continue
            if section:
                node = self._section_node(row, own, *section)
                kinds = [n.label.kind for n in stack]
                if node.label.kind in kinds:
                    del stack[kinds.index(node.label.kind):]
                node.parent = stack[-1] if stack else None
                (stack[-1].children if stack else roots).append(node)
                stack.append(node)
                current = None
                self.last_row = row
                continue
            number = self._number_cell(row)
            cells = self.grid.row_cells(row)
            merged_number = number is not None and current is not None and number.row < row \
                and current.row.cells.get(self.columns.number, [None])[0] is number
            split_row = number is None and self.columns.number is not None and current is not None \
                and self._continues(row, own, previous)
            if merged_number or split_row:
                self.last_row = row
                current.row.add(cells)
                current.paragraphs = sorted(current.paragraphs + [p for c in own for p in self.paragraphs(c)],
                                            key=lambda p: p.start)
                continue
            counter += 1
            current = self._task(row, own, cells, number, counter, stack[-1] if stack else None)
            if current is not None:
                (stack[-1].children if stack else roots).append(current)
                self.last_row = row
        return roots

    def span(self) -> tuple[int, int]:
        """Document offsets from the header to the end of the last row that gave a node."""
        first, last = self.columns.header_rows[0], self.last_row
        blocks = [b for cell in {id(c): c for c in self.grid.slots.values()}.values()
                  if cell.row <= last and cell.row + cell.rowspan > first for b in cell.blocks]
        return min(b.start for b in blocks), max(b.end for b in blocks)

    def _repeats_header(self, row: int) -> bool:
        """A header row written again further down (a table pasted from pages that each repeat it)."""
        number = self._number_cell(row)
        return number is not None and number.row == row and column_role(number.text) == NUMBER

    def _section_node(self, row: int, own: list[GridCell], label: Label, cell: GridCell) -> TableNode:
        paras = sorted({id(p): p for c in own for p in self.paragraphs(c)}.values(), key=lambda p: p.start)
        text_para = self.paragraphs(cell)[0]
        skip = label.end if cell is self._number_cell(row) or match_label(text_para.fold) else 0
        heading, hs, he = heading_of(text_para, skip)
        return TableNode(label, paras, None, heading_text=heading, heading_span=(hs, he))

    def _task(self, row: int, own: list[GridCell], cells, number: GridCell | None, counter: int,
              parent: TableNode | None) -> TableNode | None:
        task_row = TaskRow(self.columns)
        task_row.add(cells)
        raw = number.text.strip() if number is not None else ""
        m = ROW_NUMBER.match(raw) or CN_NUMERAL.match(raw)
        value = re.sub(r"[\s()（）.、．]", "", raw) if m else str(counter)
        paras = sorted([p for c in own for p in self.paragraphs(c)], key=lambda p: p.start)
        task_col = self.columns.task
        task_cells = task_row.cells.get(task_col, []) if task_col is not None else []
        if not task_cells:  # no task cell: the first own cell that is neither the 序号 nor a named column
            task_cells = [c for c in own if c is not number and self.columns.roles.get(c.col) not in
                          (*UNIT_ROLES, DEADLINE, NUMBER)][:1]
        if not task_cells:
            return None
        heading_cell = task_cells[0]
        if heading_cell.rowspan > 1:  # 重点任务 merged over several rows: each row's own 具体措施 is the task
            own_content = [c for col in self.columns.of(CONTENT) for c in [self.grid.at(row, col)]
                           if c is not None and c.row == row]
            heading_cell = own_content[0] if own_content else heading_cell
        heading, hs, he = heading_of(self.paragraphs(heading_cell)[0])
        label = Label("row", raw or value, value, int(value) if value.isdigit() else counter, 0)
        return TableNode(label, paras, parent, heading_text=heading, heading_span=(hs, he), row=task_row)
