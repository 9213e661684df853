"""The exporters draw report models built by hand: no store, no database, and what they write is what the model says."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import docx
import openpyxl

from conftest import ROOT
from desktop.core.reports.briefing import Briefing, DocumentPart, DueItem, Heading, RoundChanges, TaskEntry
from desktop.core.reports.ledger import DocumentRef, Ledger, MeasureLine, SectionLine
from desktop.core.reports.unit_ledger import UnitLedger, UnitLine
from exporters.briefing import export_briefing
from exporters.ledger import BRIEF, FULL, export_ledger
from exporters.unit_ledger import export_unit_ledger, sent_values

TODAY = dt.date(2026, 7, 10)


def _ledger() -> Ledger:
    m = MeasureLine(7, 1, "二.（一）.1", "甲方案", "扩大现代服务业开放", "推动出台跨境服务贸易负面清单。",
                    ("省商务厅",), ("省发展改革委",), dt.date(2026, 6, 30), "推进中", "张三", "已起草")
    return Ledger((SectionLine("二、重点任务", 0), m), ((1, "省商务厅"), (2, "省发展改革委")),
                  {7: {1: "lead", 2: "support"}}, {("省商务厅", "推进中"): 1, ("省发展改革委", "未启动"): 1},
                  (DocumentRef(1, "甲方案"),))


def test_the_store_is_not_loaded_by_the_exporters():
    code = ("import sys, exporters.ledger, exporters.briefing, exporters.unit_ledger, exporters.matrix_sheet, "
            "exporters.returns\n"
            "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'desktop.store', 'PySide6'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_ledger_task_cell_in_full_and_brief_form(tmp_path):
    full = openpyxl.load_workbook(export_ledger(_ledger(), tmp_path / "full.xlsx", TODAY, FULL))["任务分工表"]
    brief = openpyxl.load_workbook(export_ledger(_ledger(), tmp_path / "brief.xlsx", TODAY, BRIEF))["任务分工表"]
    assert full["A1"].value == "《甲方案》重点任务分工表"
    assert full["A4"].value == "二、重点任务"
    assert full["C5"].value == "扩大现代服务业开放。推动出台跨境服务贸易负面清单。"
    assert brief["C5"].value == "扩大现代服务业开放"
    assert (full["D5"].value, full["E5"].value, full["G5"].value) == ("省商务厅", "省发展改革委", "推进中")


def test_briefing_reads_as_a_report(tmp_path):
    t = TaskEntry(7, 1, "二.（一）.1", "扩大现代服务业开放", ("省商务厅",), ("省发展改革委",), "2026年6月30日",
                  "推进中", "", ("已形成负面清单初稿",), ("审批链条长",), ("8月底前报审",))
    b = Briefing("关于《甲方案》落实情况的报告", "", "广州市人民政府办公厅", TODAY, False,
                 {"未启动": 1, "推进中": 1, "已完成": 0, "滞后": 0, "暂缓": 0}, 1,
                 (DueItem("扩大现代服务业开放", "省商务厅", dt.date(2026, 6, 30), 10),), (),
                 (DocumentPart(1, "甲方案", "", (), (Heading(0, "二、重点任务"), t)),),
                 RoundChanges("2026年第1期", 2, 1))
    texts = [p.text for p in docx.Document(str(export_briefing(b, tmp_path / "b.docx"))).paragraphs if p.text]
    assert texts[0] == "关于《甲方案》落实情况的报告"
    assert "本期新完成2项，新增滞后1项" in texts[2]
    assert ("（一）扩大现代服务业开放。牵头单位：省商务厅；配合单位：省发展改革委；完成时限：2026年6月30日。"
            "进展：已形成负面清单初稿。") in texts
    assert "1．扩大现代服务业开放：审批链条长。" in texts and "1．扩大现代服务业开放：8月底前报审。" in texts
    assert texts[-2:] == ["广州市人民政府办公厅", "2026年7月10日"]
    table = docx.Document(str(tmp_path / "b.docx")).tables[0]
    assert [c.text for c in table.rows[1].cells] == ["1", "扩大现代服务业开放", "省商务厅", "2026.6.30", "10天"]


def test_unit_workbook_and_what_the_store_would_record(tmp_path):
    line = UnitLine(31, "二.（一）.1", "甲方案", "扩大现代服务业开放。", "牵头", dt.date(2026, 6, 30), "推进中", None,
                    "已起草", None, None)
    path, created = export_unit_ledger(UnitLedger(5, "省商务厅", (line,)), tmp_path)
    ws = openpyxl.load_workbook(path)["任务分工表"]
    assert path.name == "省商务厅_重点任务推进台账.xlsx" and isinstance(created, dt.datetime)
    assert (ws["C4"].value, ws["D4"].value, ws["K4"].value) == ("扩大现代服务业开放。", "牵头", "A31")
    assert sent_values(UnitLedger(5, "省商务厅", (line,)))[31]["progress"] == "已起草"


def test_a_returned_workbook_is_compared_with_plain_data(tmp_path):
    """The returns reader takes the unit's lines, the store's values and the export's snapshot as plain dicts: a
    field the department changed alone is a change, one the office changed too is a conflict."""
    from exporters.ledger_columns import FIRST_ROW, HEADER_ROW
    from exporters.returns import compare_return, read_returned
    report = UnitLedger(5, "省商务厅", (
        UnitLine(41, "二.（一）.1", "甲方案", "扩大现代服务业开放。", "牵头", dt.date(2026, 6, 30), "推进中", "张三",
                 "已起草", None, None),
        UnitLine(42, "二.（一）.2", "甲方案", "建设跨境电商园区。", "配合", dt.date(2026, 9, 30), "未启动", None, None,
                 None, None)))
    path, created = export_unit_ledger(report, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["任务分工表"]
    header = [c.value for c in ws[HEADER_ROW]]
    ws.cell(FIRST_ROW, header.index("进展情况") + 1, "已印发负面清单")
    ws.cell(FIRST_ROW + 1, header.index("状态") + 1, "推进中")
    wb.save(path)
    returned = read_returned(path)
    assert returned.unit_written == "省商务厅" and returned.ids() == {41, 42}
    lines = {ln.assignment_id: ln.values() for ln in report.lines}
    sent = sent_values(report)
    tracking = {41: {**sent[41], "unit_id": 5}, 42: {**sent[42], "status": "滞后", "unit_id": 5}}   # office: 滞后
    preview = compare_return(returned, 5, "省商务厅", lines, tracking, sent, created)
    assert [(c.assignment_id, c.field, c.new) for c in preview.changes] == [(41, "progress", "已印发负面清单")]
    assert [(c.assignment_id, c.field, c.store, c.file) for c in preview.conflicts] == [(42, "status", "滞后", "推进中")]
