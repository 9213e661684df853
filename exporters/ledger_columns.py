"""The ledgers' columns and fixed rows: one place the writers (and the reader of returned ledgers) agree on."""

from __future__ import annotations

from dataclasses import dataclass


TASK_SHEET, MATRIX_SHEET, SUMMARY_SHEET = "任务分工表", "矩阵", "汇总"
TITLE_ROW, INFO_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3, 4
MEASURE_PREFIX, ASSIGNMENT_PREFIX = "M", "A"   # the hidden id column: "M<measure id>" / "A<assignment id>"
ID_HEADER = "系统编号（请勿修改）"
LEAD_MARK, SUPPORT_MARK = "●", "○"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float
    center: bool = False
    fill_in: bool = False      # the department writes here
    hidden: bool = False


LEDGER_COLUMNS = (
    Column("number", "序号", 13, center=True),
    Column("document", "文件", 16),
    Column("task", "重点任务", 52),
    Column("lead", "牵头单位", 15),
    Column("support", "配合单位", 22),
    Column("due", "完成时限", 11.5, center=True),
    Column("status", "状态", 8.5, center=True, fill_in=True),
    Column("owner", "责任人", 9, center=True, fill_in=True),
    Column("progress", "进展情况", 28, fill_in=True),
    Column("problems", "存在问题", 18, fill_in=True),
    Column("next_steps", "下一步措施", 18, fill_in=True),
    Column("remarks", "备注", 10),
    Column("id", ID_HEADER, 10, hidden=True),
)

UNIT_COLUMNS = (
    Column("number", "序号", 13, center=True),
    Column("document", "文件", 18),
    Column("task", "重点任务", 56),
    Column("role", "本单位角色", 7, center=True),
    Column("due", "完成时限", 11.5, center=True),
    Column("status", "状态", 8.5, center=True, fill_in=True),
    Column("owner", "责任人", 10, center=True, fill_in=True),
    Column("progress", "进展情况", 32, fill_in=True),
    Column("problems", "存在问题", 22, fill_in=True),
    Column("next_steps", "下一步措施", 22, fill_in=True),
    Column("id", ID_HEADER, 10, hidden=True),
)

# What a department's return may change: column key → assignment field (存在问题 is "problems" in the sheet)
RETURN_FIELDS = {"status": "status", "owner": "owner", "progress": "progress", "problems": "issues",
                 "next_steps": "next_steps"}
