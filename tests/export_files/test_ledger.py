"""The Excel ledger and per-unit workbooks, re-opened with openpyxl and unzipped: what a reader of the file sees."""

from __future__ import annotations

import getpass
import os
import socket
import subprocess
import sys
import uuid

import openpyxl
import pytest

from conftest import ROOT
from desktop.core.path_format import format_path
from desktop.store.models import STATUSES
from desktop.store.queries import MeasureFilter
from desktop.export_jobs import export_ledger
from exporters.ledger_columns import ID_HEADER
from desktop.export_jobs import export_unit_ledgers
from exporters.xlsx_layout import line_count, row_height

from .conftest import TODAY, xml_parts

LEDGER_HEADER = ["序号", "文件", "重点任务", "牵头单位", "配合单位", "完成时限", "状态", "责任人", "进展情况",
                 "存在问题", "下一步措施", "备注", ID_HEADER]
UNIT_HEADER = ["序号", "文件", "重点任务", "本单位角色", "完成时限", "状态", "责任人", "进展情况", "存在问题",
               "下一步措施", ID_HEADER]
SHANGWU = "广州市商务局"


def data_rows(ws, first: int = 4):
    return list(ws.iter_rows(min_row=first, max_row=ws.max_row))


def merged_rows(ws) -> dict[int, str]:
    return {r.min_row: r.coord for r in ws.merged_cells.ranges}


def expected_sections(store, doc_ids, selected: set[int]) -> int:
    """Non-measure outline nodes above a selected measure (each once), plus one row per document when several."""
    count = len(doc_ids) if len(doc_ids) > 1 else 0
    for doc_id in doc_ids:
        nodes = {n.id: n for n in store.outline(doc_id)}
        shown = set()
        for n in nodes.values():
            if n.is_measure and n.id in selected:
                p = n.parent_id
                while p is not None and not nodes[p].is_measure:
                    shown.add(p)
                    p = nodes[p].parent_id
        count += len(shown)
    return count


@pytest.fixture()
def ledger(sample_store, tmp_path):
    return export_ledger(sample_store, tmp_path / "ledger.xlsx", today=TODAY)


def test_sheets_title_and_header(ledger):
    wb = openpyxl.load_workbook(ledger)
    assert wb.sheetnames == ["任务分工表", "矩阵1", "矩阵2", "矩阵3", "矩阵4", "矩阵5", "汇总"]   # a matrix per document
    ws = wb["任务分工表"]
    assert [c.value for c in ws[3]] == LEDGER_HEADER
    assert ws["A1"].value == "重点任务分工台账" and "A1:M1" in {r.coord for r in ws.merged_cells.ranges}
    assert ws["A1"].font.b and ws["A1"].font.sz >= 18
    assert ws["A2"].value.startswith("填报单位") and any("填报时间" in (c.value or "") for c in ws[2])


def test_rows_are_the_selection_with_merged_section_rows(sample_store, tmp_path):
    docs = [1, 3]
    path = export_ledger(sample_store, tmp_path / "two.xlsx", document_ids=docs, today=TODAY)
    ws = openpyxl.load_workbook(path)["任务分工表"]
    ids = [i for d in docs for i in sample_store.measure_ids(MeasureFilter(document_id=d, kind="task"))]
    rows = data_rows(ws)
    assert [r[12].value for r in rows if r[12].value] == [f"M{i}" for i in ids]   # every task, in order
    assert not any("指导思想" in str(r[2].value) for r in rows)   # context (指导思想, 发展目标) is left out
    merged = merged_rows(ws)
    sections = [r for r in rows if not r[12].value]
    assert len(sections) == expected_sections(sample_store, docs, set(ids)) > 0
    for r in sections:                                  # heading rows span every column, the hidden id too
        assert merged[r[0].row] == f"A{r[0].row}:M{r[0].row}" and r[0].value
    texts = [r[0].value for r in sections]
    assert texts[0] == "《中国（广东）自由贸易试验区提升战略行动方案》" and "二、重点工作任务" in texts
    assert "（一）对标国际高标准规则，提升制度型开放水平" in texts
    assert len(rows) == len(ids) + len(sections)
    row6 = next(r for r in rows if r[12].value == "M6")
    assert row6[0].value == "二.（一）.1" == format_path(sample_store.measure_detail(6).path)
    assert row6[3].value == "广东省商务厅" and "广东省财政厅" in row6[4].value
    assert row6[2].value.startswith("率先对接国际高标准推进制度型开放。加快落实")  # the policy text, label in 序号


def test_unit_and_status_filters_select_rows(sample_store, tmp_path):
    uid = sample_store.resolve_unit(SHANGWU)
    sample_store.update_assignments([sample_store.task_table(unit_id=uid).rows[0].assignment_ids[0]],
                                    status="推进中")
    path = export_ledger(sample_store, tmp_path / "f.xlsx", unit_id=uid, status="推进中", today=TODAY)
    ws = openpyxl.load_workbook(path)["任务分工表"]
    expected = sample_store.measure_ids(MeasureFilter(unit_id=uid, status="推进中"))
    assert [r[12].value for r in data_rows(ws) if r[12].value] == [f"M{i}" for i in expected] and len(expected) == 1
    assert SHANGWU in ws["A1"].value and "推进中" in ws["A1"].value


def test_print_setup_freeze_and_hidden_id(ledger):
    ws = openpyxl.load_workbook(ledger)["任务分工表"]
    ps = ws.page_setup
    assert int(ps.paperSize) == 8 and ps.orientation == "landscape"
    assert int(ps.fitToWidth) == 1 and int(ps.fitToHeight) == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$3:$3"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.page_margins.left == 0.5 and ws.page_margins.bottom == 0.7
    assert ws.freeze_panes == "B4"
    assert ws.column_dimensions["M"].hidden and ws["M3"].value == ID_HEADER
    assert not any(ws.column_dimensions[c].hidden for c in "ABCDEFGHIJKL")


def test_fonts_widths_and_computed_row_heights(ledger):
    ws = openpyxl.load_workbook(ledger)["任务分工表"]
    assert ws.column_dimensions["C"].width >= 40 and ws.column_dimensions["A"].width >= 12
    rows = [r for r in data_rows(ws) if r[12].value]
    assert all(r[2].font.name == "仿宋" and r[2].alignment.wrap_text for r in rows)
    for r in rows:
        needed = max(line_count(r[2].value, ws.column_dimensions["C"].width),
                     line_count(r[4].value or "", ws.column_dimensions["E"].width))
        assert ws.row_dimensions[r[0].row].height >= row_height(needed)
    # the longest measure (发展目标, over 500 characters) gets a row tall enough for 20+ lines
    tallest = max(ws.row_dimensions[r[0].row].height for r in rows)
    assert tallest >= 20 * 11 * 1.2


def test_status_list_and_due_colouring(ledger):
    ws = openpyxl.load_workbook(ledger)["任务分工表"]
    last = ws.max_row
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1 and dvs[0].type == "list"
    assert dvs[0].formula1 == '"' + ",".join(STATUSES) + '"' and str(dvs[0].sqref) == f"G4:G{last}"
    rules = {str(rng.sqref): [r for r in rng.rules] for rng in ws.conditional_formatting}
    assert list(rules) == [f"A4:L{last}"]
    overdue, soon = rules[f"A4:L{last}"]
    assert overdue.formula == ['AND(ISNUMBER($F4),$F4<DATE(2021,6,1),$G4<>"已完成")']
    assert soon.formula == ['AND(ISNUMBER($F4),$F4>=DATE(2021,6,1),$F4<=DATE(2021,6,1)+14,$G4<>"已完成")']
    assert overdue.dxf.fill.bgColor.rgb.endswith("FFC7CE") and soon.dxf.fill.bgColor.rgb.endswith("FFE699")
    dated = [r for r in data_rows(ws) if r[5].value is not None]
    assert dated and all(r[5].is_date and r[5].number_format == "yyyy-mm-dd" for r in dated)


def test_matrix_marks_are_the_store_roles(sample_store, ledger):
    from desktop.core.reports.rules import is_collective
    from exporters.xlsx_layout import line_count, row_height
    wb = openpyxl.load_workbook(ledger)
    ids = sample_store.measure_ids(MeasureFilter(kind="task"))   # context items have no row
    expected = {(a.measure_id, a.unit): {"lead": "●", "support": "○"}[a.role] for a in sample_store.assignments(ids)}
    seen, numbers, at = {}, [], 0
    for doc in range(1, 6):
        ws = wb[f"矩阵{doc}"]
        headers = {c.column: c.value for c in ws[2][2:] if c.value}
        if not headers:      # 《五外联动》 names no unit: its matrix has the tasks alone
            assert doc == 4
            at += ws.max_row - 2
            numbers += [r[0].value for r in ws.iter_rows(min_row=3)]
            continue
        assert ws["C2"].alignment.textRotation in (0, None) and ws["C2"].alignment.wrap_text   # names across
        width = ws.column_dimensions["C"].width
        needed = max(line_count(h, width, 9) for h in headers.values())
        assert ws.row_dimensions[2].height >= row_height(needed, 9)        # the tallest name shows whole
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.paperSize == 8   # one A3 landscape page wide
        rows = list(ws.iter_rows(min_row=3))
        leads, tasks = {}, {}
        for row in rows:
            numbers.append(row[0].value)
            for c in row[2:]:
                if c.value:
                    seen[(ids[at], headers[c.column])] = c.value
                    tasks[headers[c.column]] = tasks.get(headers[c.column], 0) + 1
                    leads[headers[c.column]] = leads.get(headers[c.column], 0) + (c.value == "●")
            at += 1
        order = [headers[c] for c in sorted(headers)]
        keys = [(is_collective(u), leads[u] == 0, -tasks[u]) for u in order]
        assert keys == sorted(keys)      # lead units first, then by number of tasks; collective units last
    assert at == len(ids) < len(sample_store.measure_ids())
    assert seen == expected and len(seen) > 500
    assert numbers == [format_path(r.path) for r in sample_store.measure_rows(ids)]
    assert ws.print_options.gridLines and ws.print_title_rows == "$2:$2"


def test_collective_units_are_told_apart():
    from desktop.core.reports.rules import is_collective
    assert is_collective("各区人民政府") and is_collective("广西自贸试验区建设指挥部各成员单位")
    assert is_collective("市有关部门") and is_collective("广州市各区政府") and not is_collective("广东省商务厅")


def test_summary_counts_are_status_counts(sample_store, ledger):
    ws = openpyxl.load_workbook(ledger)["汇总"]
    assert [c.value for c in ws[2]] == ["单位", *STATUSES, "合计"]
    got = {}
    for row in ws.iter_rows(min_row=3, values_only=True):
        if row[0] == "合计":
            total = row
            continue
        for status, n in zip(STATUSES, row[1:6]):
            if n:
                got[(row[0], status)] = n
        assert row[6] == sum(row[1:6])
    assert got == sample_store.status_counts()
    assert total[6] == sum(sample_store.status_counts().values())


def test_unit_workbook_has_exactly_its_tasks(sample_store, tmp_path):
    uid = sample_store.resolve_unit(SHANGWU)
    [path] = export_unit_ledgers(sample_store, tmp_path / "units", [uid])
    assert path.name == "广州市商务局_重点任务推进台账.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["任务分工表"] and wb.active.sheet_state == "visible"   # no hidden sheet (issue 7)
    assert not any(d.hidden for d in wb.active.row_dimensions.values())
    ws = wb.active
    assert [c.value for c in ws[3]] == UNIT_HEADER and ws.column_dimensions["K"].hidden
    table = sample_store.task_table(unit_id=uid)
    rows = data_rows(ws)
    assert len(rows) == len(table.rows) == 36
    assert [r[10].value for r in rows] == [f"A{t.assignment_ids[0]}" for t in table.rows]
    assert [r[3].value for r in rows] == [{"lead": "牵头", "support": "配合"}[t.roles[uid]] for t in table.rows]
    assert not ws.merged_cells.ranges - {r for r in ws.merged_cells.ranges if r.min_row <= 2}  # no merged task rows
    assert ws["A2"].value == "填报单位（盖章）：广州市商务局"
    assert str(ws.data_validations.dataValidation[0].sqref) == "F4:F39"


def canary(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:12]}"


def test_unit_workbooks_leak_no_internal_note_nor_other_units_tracking(sample_store, tmp_path):
    uid = sample_store.resolve_unit(SHANGWU)
    row = next(r for r in sample_store.task_table(unit_id=uid).rows if len(r.roles) > 3)
    other = next(a for a in sample_store.assignments([row.measure_id]) if a.unit_id != uid)
    progress, owner = canary("OTHERPROGRESS"), canary("OTHEROWNER")
    sample_store.update_assignments([other.id], progress=progress, owner=owner, status="滞后")
    detail = sample_store.measure_detail(row.measure_id)
    internal, shared = canary("INTERNAL"), canary("SHAREABLE")
    sample_store.add_annotation(detail.document_id, detail.start, detail.start + 10, internal, visibility="internal")
    sample_store.add_annotation(detail.document_id, detail.start, detail.start + 10, shared, visibility="shareable")
    paths = export_unit_ledgers(sample_store, tmp_path / "units")
    assert len(paths) == len([u for u in sample_store.units() if u.lead_count + u.support_count])
    holders = {name: [p.name for p in paths if any(name in x for x in xml_parts(p).values())]
               for name in (progress, owner, internal, shared)}
    assert holders[internal] == [] and holders[shared] == []
    # the other unit's own tracking is in its own file only (so the search does find what is there)
    mine = f"{other.unit}_重点任务推进台账.xlsx"
    assert holders[progress] == [mine] and holders[owner] == [mine]
    shangwu = openpyxl.load_workbook(next(p for p in paths if p.name.startswith(SHANGWU))).active
    assert {r[5].value for r in data_rows(shangwu)} == {"未启动"}   # the other unit's 滞后 is not shown


def test_formula_like_values_stay_text(sample_store, tmp_path):
    uid = sample_store.resolve_unit(SHANGWU)
    aid = sample_store.task_table(unit_id=uid).rows[0].assignment_ids[0]
    hyperlink, at_sum = '=HYPERLINK("http://x","y")', "@SUM(1)"
    sample_store.update_assignments([aid], progress=hyperlink, owner=at_sum)
    ledger = export_ledger(sample_store, tmp_path / "l.xlsx", unit_id=uid, today=TODAY)
    [unit_book] = export_unit_ledgers(sample_store, tmp_path / "u", [uid])
    for path, progress_col, owner_col, id_col in ((ledger, 9, 8, 13), (unit_book, 8, 7, 11)):
        ws = openpyxl.load_workbook(path)["任务分工表"]
        row = next(r for r in data_rows(ws) if r[id_col - 1].value and
                   (r[progress_col - 1].value == hyperlink))
        assert row[progress_col - 1].data_type == "s" and row[owner_col - 1].value == at_sum
        assert row[owner_col - 1].data_type == "s" and row[progress_col - 1].quotePrefix
        parts = xml_parts(path)
        assert not any("<f>" in x or "<f " in x for name, x in parts.items() if name.startswith("xl/worksheets/"))
        assert any("HYPERLINK(&quot;http://x&quot;" in x or 'HYPERLINK("http://x"' in x for x in parts.values())


def test_workbook_properties_name_no_person_or_path(sample_store, ledger, tmp_path):
    [unit_book] = export_unit_ledgers(sample_store, tmp_path / "u", [sample_store.resolve_unit(SHANGWU)])
    for path in (ledger, unit_book):
        props = openpyxl.load_workbook(path).properties
        assert props.creator == props.lastModifiedBy == "PolicyDesk"
        meta = "".join(x for name, x in xml_parts(path).items() if name.startswith("docProps/"))
        for secret in (getpass.getuser(), socket.gethostname(), str(tmp_path), str(ROOT), os.path.expanduser("~")):
            assert secret not in meta
        assert "openpyxl" not in xml_parts(path)["docProps/core.xml"]


def run_cli(*args):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "desktop.cli", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)


def test_cli_exports(sample_store, tmp_path):
    data = sample_store.directory
    out = run_cli("--data-dir", data, "export", "ledger", "--document", 3, "--today", "2021-06-01",
                  "--out", tmp_path / "l.xlsx")
    assert out.returncode == 0, out.stderr
    assert "已导出任务分工表" in out.stdout
    ws = openpyxl.load_workbook(tmp_path / "l.xlsx")["任务分工表"]
    assert sum(1 for r in data_rows(ws) if r[12].value) == 29   # its 30 measures but one context item
    out = run_cli("--data-dir", data, "export", "ledger", "--document", 3, "--include-context", "--out",
                  tmp_path / "all.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "all.xlsx")["任务分工表"]
    assert sum(1 for r in data_rows(ws) if r[12].value) == 30
    out = run_cli("--data-dir", data, "export", "unit-ledgers", "--unit", "市商务局", "--out", tmp_path / "u")
    assert out.returncode == 0, out.stderr
    assert [p.name for p in (tmp_path / "u").iterdir()] == ["广州市商务局_重点任务推进台账.xlsx"]
    bad = run_cli("--data-dir", data, "export", "ledger", "--unit", "不存在的局", "--out", tmp_path / "x.xlsx")
    assert bad.returncode == 1 and "找不到单位" in bad.stderr and not (tmp_path / "x.xlsx").exists()
    bad = run_cli("--data-dir", data, "export", "ledger", "--status", "完成", "--out", tmp_path / "x.xlsx")
    assert bad.returncode == 1 and "状态" in bad.stderr
    bad = run_cli("--data-dir", data, "export", "ledger", "--today", "2021/6/1", "--out", tmp_path / "x.xlsx")
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_display_width_regex_agrees_with_unicodedata(sample_store):
    from exporters.xlsx_layout import char_width, display_width
    ids = sample_store.measure_ids()
    chars = set("".join(d.body for d in sample_store.ledger_details(ids).values()))
    chars |= set("“”‘’—…·（）【】《》：；！？，。、ＡＢ１２abc한글ｶﾅ\u3000")
    assert len(chars) > 800
    assert [c for c in chars if display_width(c) != char_width(c)] == []


def test_ledger_carries_the_lead_units_problems_next_steps_and_remarks(sample_store, tmp_path):
    row = next(r for r in sample_store.task_table().rows if r.assignment_ids)
    lead = row.assignment_ids[0]
    values = dict(progress="已开展调研", issues="资金未到位", next_steps="下月召开推进会", remark="市政府督办件")
    sample_store.update_assignments([lead], **values)
    ws = openpyxl.load_workbook(export_ledger(sample_store, tmp_path / "l.xlsx", today=TODAY))["任务分工表"]
    [line] = [r for r in data_rows(ws) if r[12].value == f"M{row.measure_id}"]
    assert [c.value for c in line[8:12]] == list(values.values())


def test_task_cell_full_and_brief_forms_from_the_cli(sample_store, tmp_path):
    from desktop.cli import main
    base = ["--data-dir", str(sample_store.directory), "export", "ledger", "--document", "1"]
    assert main(base + ["--out", str(tmp_path / "full.xlsx")]) == 0
    assert main(base + ["--brief", "--out", str(tmp_path / "brief.xlsx")]) == 0
    full = [c.value for c in openpyxl.load_workbook(tmp_path / "full.xlsx")["任务分工表"]["C"]]
    brief = [c.value for c in openpyxl.load_workbook(tmp_path / "brief.xlsx")["任务分工表"]["C"]]
    first = next(v for v in full if v and v.startswith("率先对接国际高标准推进制度型开放。"))
    assert "加快落实国务院对接国际高标准推进制度型开放试点措施" in first and "牵头" not in first   # units have columns
    assert "率先对接国际高标准推进制度型开放" in brief and not any(v and "加快落实国务院" in v for v in brief)
