"""What an import tells the officer: no silent empty import, tasks versus context, workbooks sheet by sheet."""

import json
import subprocess
import sys

import openpyxl
import pytest

import fixtures_formats as fx
from conftest import ROOT, SAMPLES
from desktop.store.queries import MeasureFilter
from desktop.store.store import Store

NO_NUMBERS = """临江市关于进一步做好稳就业工作的通知

各区人民政府，市政府各部门：
为贯彻落实国家和省关于稳就业的决策部署，现就进一步做好我市稳就业工作通知如下。
各地各部门要高度重视就业工作，把稳就业摆在更加突出的位置，压实工作责任，细化工作措施。
要加大对重点群体的帮扶力度，落实好各项就业补贴政策，确保就业形势总体稳定。
临江市人民政府办公室
2025年3月1日
"""

NO_UNITS = """临江市数字乡村建设行动方案

一、重点任务
（一）完善乡村信息基础设施。推进农村地区千兆光网和5G网络覆盖，到2026年底行政村5G通达率达到95%。
（二）发展农村电子商务。培育农村电商带头人，建设一批县级电商公共服务中心。
（三）提升乡村治理数字化水平。推广应用乡村治理数字化平台，提高村级事务办理效率。
"""


@pytest.fixture()
def store(tmp_path):
    s = Store.open(tmp_path / "store")
    yield s
    s.close()


def _cli(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(data_dir), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=180,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(data_dir)})


def test_a_document_without_measures_or_units_is_imported_with_a_visible_warning(store, tmp_path):
    (tmp_path / "通知.txt").write_text(NO_NUMBERS, encoding="utf-8")
    (tmp_path / "方案.txt").write_text(NO_UNITS, encoding="utf-8")
    empty, unitless = store.import_paths([tmp_path / "通知.txt", tmp_path / "方案.txt"])
    assert empty.status == "imported" and empty.warnings == ("no_measures",) and empty.alarming
    assert "未识别措施" in empty.message
    assert unitless.warnings == ("no_units",) and unitless.alarming and "未识别责任单位" in unitless.message
    rows = {d.id: d for d in store.documents()}
    assert rows[empty.document_id].alarming and rows[empty.document_id].measure_count == 0
    assert rows[unitless.document_id].warnings == ("no_units",)
    assert rows[unitless.document_id].units_share == 0.0
    seen = store.diagnostics(unitless.document_id)
    assert seen["levels"] == ["一、", "（一）"] and seen["confidence"]["tasks"] == 3


def test_the_import_command_exits_3_and_says_which_files_need_a_look(tmp_path):
    (tmp_path / "通知.txt").write_text(NO_NUMBERS, encoding="utf-8")
    out = _cli(tmp_path / "data", "import", tmp_path / "通知.txt", SAMPLES / "000_55174da676faff8d.txt")
    assert out.returncode == 3, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert any(line.startswith("需核对  通知.txt: ") and "未识别措施" in line for line in lines)
    assert any(line.startswith("已导入  000_55174da676faff8d.txt") for line in lines)
    assert "需核对 1" in lines[-1]
    assert "未识别到措施或责任单位" in out.stderr and "no measures or no units" in out.stderr


def test_context_items_are_kept_but_left_out_of_tasks(store):
    [outcome] = store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    every = store.measure_ids(MeasureFilter(document_id=outcome.document_id))
    tasks = store.measure_ids(MeasureFilter(document_id=outcome.document_id, kind="task"))
    context = store.measure_rows(store.measure_ids(MeasureFilter(document_id=outcome.document_id, kind="context")))
    assert len(every) == 25 and [r.heading for r in context] == ["指导思想", "发展目标"]
    assert len(tasks) == 23
    assert {r.kind for r in store.measure_rows(tasks)} == {"task"}


def test_the_ledger_leaves_context_out_unless_asked(store, tmp_path):
    from desktop.export_jobs import export_ledger
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])

    def task_cells(path):
        ws = openpyxl.load_workbook(path)["任务分工表"]
        return [str(c.value) for row in ws.iter_rows() for c in row if c.value]

    plain = task_cells(export_ledger(store, tmp_path / "a.xlsx"))
    full = task_cells(export_ledger(store, tmp_path / "b.xlsx", include_context=True))
    assert not any("发展目标" in v for v in plain) and any("发展目标" in v for v in full)
    assert any("率先对接国际高标准推进制度型开放" in v for v in plain)


def test_a_workbook_with_two_task_sheets_is_two_documents_with_their_tracking(store, tmp_path):
    path = fx.make_ledger_xlsx(tmp_path / "台账.xlsx")
    outcomes = store.import_paths([path])
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert [o.path.rsplit("（", 1)[1] for o in outcomes] == ["重点任务台账）", "专项任务）"]
    docs = {d.id: d for d in store.documents()}
    assert [docs[o.document_id].measure_count for o in outcomes] == [5, 2]
    rows = store.measure_rows(store.measure_ids(MeasureFilter(document_id=outcomes[0].document_id)))
    first = next(r for r in rows if r.heading == "加快5G网络建设")
    assert (first.status, first.owner) == ("推进中", "王晓东")
    detail = store.measure_detail(first.id)
    lead = next(a for a in detail.assignments if a.role == "lead")
    assert lead.progress == "已新建基站1850个，完成年度任务的62%。"
    assert next(r for r in rows if r.path == "一/3").status == "已完成"
    again = store.import_paths([path])
    assert [o.status for o in again] == ["duplicate", "duplicate"]


def test_a_ledger_policydesk_exported_is_not_taken_for_a_document(store, tmp_path):
    from desktop.export_jobs import export_ledger
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    out = export_ledger(store, tmp_path / "exported.xlsx")
    [outcome] = store.import_paths([out])
    assert outcome.status == "failed" and "导入回收台账" in outcome.message
    assert len(store.documents()) == 1


def test_parse_json_and_documents_json_carry_kinds_and_warnings(tmp_path):
    (tmp_path / "通知.txt").write_text(NO_NUMBERS, encoding="utf-8")
    assert _cli(tmp_path / "data", "import", tmp_path / "通知.txt").returncode == 3
    docs = json.loads(_cli(tmp_path / "data", "documents", "--json").stdout)
    assert docs[0]["warnings"] == ["no_measures"]
