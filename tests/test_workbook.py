"""Excel ledgers as input: the bounded grid reader, sheet choice, merged cells, tracking columns; .xlsx, .xls, .ods."""

from __future__ import annotations

import pytest

import fixtures_formats as fx
from desktop.core.engine import parse_file
from desktop.core.errors import ReadError
from desktop.core.readers import SUPPORTED_SUFFIXES, read_document
from desktop.core.readers.excel_reader import task_sheets
from desktop.core.readers.workbook import read_workbook

MAKERS = {"xlsx": fx.make_ledger_xlsx, "xls": fx.make_ledger_xls, "ods": fx.make_ledger_ods}


@pytest.fixture(params=sorted(MAKERS))
def ledger(request, tmp_path):
    return MAKERS[request.param](tmp_path / f"ledger.{request.param}")


def test_workbooks_are_supported_suffixes():
    assert {".xlsx", ".xls", ".ods"} <= set(SUPPORTED_SUFFIXES)


def test_grid_reader_gives_cells_and_merges(ledger):
    sheets = {s.name: s for s in read_workbook(ledger)}
    assert list(sheets) == ["填表说明", "重点任务台账", "专项任务", "下拉选项"]
    assert sheets["下拉选项"].hidden and not sheets["重点任务台账"].hidden
    sheet = sheets["重点任务台账"]
    assert sheet.cells[(4, 0)] == "1"  # an integer shown as the officer typed it
    assert sheet.cells[(4, 5)] == "2025年12月31日"  # a date cell
    assert sheet.cells[(8, 4)] == "市商务局\n市科技局"
    assert (3, 0, 3, 10) in sheet.merged and (5, 3, 6, 3) in sheet.merged
    assert sheet.value(6, 3) == "市发展改革委"  # a merged cell reads the same in every slot it covers
    assert (sheet.rows, sheet.cols) == (10, 11)


def test_first_task_sheet_is_the_document_and_all_are_listed(ledger):
    assert task_sheets(ledger) == ["重点任务台账", "专项任务"]
    d = parse_file(ledger).to_eval_dict()
    assert d["title"] == "2025年数字经济发展重点任务推进台账"
    assert [m["path"] for m in d["measures"]] == [["一", "1"], ["一", "2"], ["一", "3"], ["二", "4"], ["二", "5"]]
    second = read_document(ledger, sheet="专项任务")
    assert "开展数据要素市场化配置改革试点" in second.text and "加快5G网络建设" not in second.text
    with pytest.raises(ReadError, match="没有名为"):
        read_document(ledger, sheet="不存在")


def test_ledger_rows_give_units_deadlines_and_tracking(ledger):
    rows = {"/".join(m["path"]): m for m in parse_file(ledger).to_eval_dict()["measures"]}
    first = rows["一/1"]
    assert first["table_row"] and first["heading"] == "加快5G网络建设"
    assert (first["lead"], first["support"]) == (["市通信管理局"], ["市数据局", "市住房城乡建设局"])
    assert first["deadlines"] == ["2025年12月31日"] and first["quantities"] == ["3000个"]
    assert first["tracking"] == {"progress": "已新建基站1850个，完成年度任务的62%。", "status": "推进中",
                                 "owner": "王晓东", "issues": "部分小区物业不同意进场。",
                                 "next_steps": "会同住建部门协调物业开放站址资源。"}
    assert rows["一/3"]["lead"] == ["市发展改革委"]  # the lead cell merged over tasks 2 and 3
    assert rows["一/3"]["tracking"]["status"] == "已完成"
    assert rows["二/4"]["support"] == ["市商务局", "市科技局"]  # one unit per line in the cell
    assert "progress" not in rows["二/4"]["tracking"]
    assert rows["二/5"]["lead"] == ["市商务局", "市委网信办"] and rows["二/5"]["deadlines"] == ["2026年6月底前"]


def test_second_sheet_single_role_column(ledger):
    from desktop.core.engine import parse_document
    d = parse_document(read_document(ledger, sheet="专项任务")).to_eval_dict()
    assert [(m["label"], m["lead"], m["support"]) for m in d["measures"]] == [
        ("1", ["市数据局"], []), ("2", ["市经信局", "市贸促会"], [])]


def test_an_html_table_named_xls_is_read_as_a_page(tmp_path):
    """Web systems export an HTML table under a .xls name; Excel opens it, so must we."""
    text = (fx.DATA_TABLES / "t03_fuzhou_ftz_annex_notice.txt").read_text(encoding="utf-8")
    path = fx.make_table_html(text, tmp_path / "export.html").rename(tmp_path / "export.xls")
    assert len(parse_file(path).to_eval_dict()["measures"]) == 9


def test_a_workbook_without_data_is_one_chinese_error(tmp_path):
    import openpyxl
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(ReadError, match="没有找到数据"):
        read_document(path)


def test_a_text_file_named_xlsx_is_one_chinese_error(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("序号,任务\n1,推进\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert "Excel" in err.value.zh or "工作簿" in err.value.zh
