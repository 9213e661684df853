"""What each column of a task table holds, read from its header text (序号, 重点任务, 牵头单位, 完成时限, 进展情况…)."""

from __future__ import annotations

import re

from ..conventions import label_convention
from ..textnorm import to_simplified
from .grid import Grid, GridCell

NUMBER, TASK, CONTENT, LEAD, SUPPORT, UNITS, DEADLINE, IGNORE = (
    "number", "task", "content", "lead", "support", "units", "deadline", "ignore")
# Tracking columns of a ledger, keyed as Measure.tracking keys.
PROGRESS, STATUS, OWNER, ISSUES, NEXT_STEPS = "progress", "status", "owner", "issues", "next_steps"
TRACKING = (PROGRESS, STATUS, OWNER, ISSUES, NEXT_STEPS)
UNIT_ROLES = (LEAD, SUPPORT, UNITS)

# First match wins: 责任人 is a person before 责任 is a unit, 推广范围 is no unit list, 牵头领导 no unit.
_HEADER_WORDS = [
    (NUMBER, re.compile(r"^(序号|编号|序|项次|No\.?)$", re.I)),
    (IGNORE, re.compile(r"推广范围|适用范围|实施范围|覆盖范围|备注|说明|依据|领导|分值|权重|评分|来源|类别|类型|层级|属性")),
    (OWNER, re.compile(r"责任人|联系人|经办人|负责人|联络员|具体承办人")),
    (NEXT_STEPS, re.compile(r"下一步|下步")),
    (ISSUES, re.compile(r"问题|困难|难点")),
    (STATUS, re.compile(r"状态|是否完成|完成与否|是否按期")),
    (PROGRESS, re.compile(r"进展|推进情况|完成情况|落实情况|工作进度|执行情况|进度情况")),
    (SUPPORT, re.compile(r"配合|协办|参与|协同|协助|支持单位")),
    (LEAD, re.compile(r"牵头|主责|主办")),
    (UNITS, re.compile(r"(责任|负责|指导|实施|承办|落实|主管|执行)(单位|部门|处室|主体|机构)|责任方|^部门$|^单位$")),
    (DEADLINE, re.compile(r"时限|完成时间|时间节点|时间要求|时间安排|时间进度|进度安排|进度要求|完成节点|完成期限|截止|期限"
                          r"|^时间$|完成年份|计划完成")),
    (TASK, re.compile(r"任务|举措|措施|事项|工作|项目|内容|目标|政策|改革|要求|名称|要点")),
]
_MAIN_TASK = re.compile(r"任务|举措|事项|措施名称|改革")
_SPACE = re.compile(r"[\s*#:：]+")
_NOTE = re.compile(r"[（(][^（()）]*[)）]")
MAX_HEADER_LEN = 16  # a header cell names a column; a longer cell is data
HEADER_SCAN = 12     # rows looked at for the header


def column_role(text: str) -> str | None:
    """The role a header cell gives its column, or None when the text is no known header."""
    t = _SPACE.sub("", text)
    if not t or len(t) > MAX_HEADER_LEN + 12:
        return None
    t = to_simplified(t)  # a traditional-character table: 牽頭單位
    bare = _NOTE.sub("", t) or t  # 牵头单位（第一个为主责单位）
    if len(bare) > MAX_HEADER_LEN:
        return None
    for role, pattern in _HEADER_WORDS:
        if pattern.search(bare):
            return role
    return None


def _row_roles(grid: Grid, row: int) -> dict[int, str]:
    roles = {}
    for col, cell in enumerate(grid.row_cells(row)):
        if cell is not None:
            role = column_role(cell.text)
            if role:
                roles[col] = role
    return roles


def _is_header(roles: dict[int, str], cells: list[GridCell | None]) -> bool:
    kinds = set(roles.values())
    filled = [c for c in cells if c is not None]
    distinct = {id(c) for c in filled}
    named = {id(cells[c]) for c in roles}
    return (len(kinds - {IGNORE}) >= 2 and (TASK in kinds or kinds & set(UNIT_ROLES))
            and len(named) >= max(2, (len(distinct) + 1) // 2))


class Columns:
    """Header rows found in a grid and the role of every column (fixed once built: rows ask it thousands of times)."""

    def __init__(self, header_rows: range, roles: dict[int, str], names: dict[int, str]):
        self.header_rows = header_rows
        mains = [c for c, r in sorted(roles.items()) if r == TASK]
        preferred = [c for c in mains if _MAIN_TASK.search(names.get(c, ""))]
        self.task = (preferred or mains or [None])[0]
        self.roles = {c: (CONTENT if r == TASK and c != self.task else r) for c, r in roles.items()}
        self._by_role: dict[str, list[int]] = {}
        for c, r in sorted(self.roles.items()):
            self._by_role.setdefault(r, []).append(c)
        self.number = self._by_role.get(NUMBER, [None])[0]
        self.has_units = any(r in UNIT_ROLES for r in self.roles.values())
        # 责任单位（排在首位的为牵头单位）: a unit column's header may say how its lists read.
        self.declared = {c: rule for c, n in names.items() if self.roles.get(c) == UNITS and ("（" in n or "(" in n)
                         for rule in (label_convention(to_simplified(n)),) if rule}

    def of(self, role: str) -> list[int]:
        return self._by_role.get(role, [])


def find_columns(grid: Grid) -> Columns | None:
    """The task-table header of ``grid`` (one or two rows), or None when the table is not a task table."""
    for row in range(min(grid.rows, HEADER_SCAN)):
        cells = grid.row_cells(row)
        roles = _row_roles(grid, row)
        if not _is_header(roles, cells):
            continue
        last = row
        below = row + 1
        if below < grid.rows:  # 责任单位 over 牵头单位 | 配合单位: the lower row names the columns it splits
            lower = grid.row_cells(below)
            sub = {c: r for c, r in _row_roles(grid, below).items() if lower[c] is not cells[c]}
            own = [c for c in lower if c is not None and all(c is not x for x in cells)]
            if sub and all(column_role(c.text) for c in own):
                roles.update(sub)
                last = below
        names = {c: _SPACE.sub("", cells[c].text) for c in roles if cells[c] is not None}
        return Columns(range(row, last + 1), roles, names)
    return None
