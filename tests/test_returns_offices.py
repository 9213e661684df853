"""Returned workbooks as offices send them (issue 14 item 6, issue 15 items 17 and 18): saved again as .xls by WPS or
as .ods by LibreOffice, a WPS .et, a workbook exported from another store, and a department that changed 完成时限."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from conftest import SAMPLES
from desktop.core.errors import ReadError
from desktop.store.store import Store
from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, ID_HEADER, TASK_SHEET
from desktop.return_jobs import apply_return, read_return
from desktop.export_jobs import export_unit_ledgers, unit_lines

UNIT = "广州市商务局"
SEEDS = sorted(SAMPLES.glob("*.txt"))


def _department(path: Path, edits: dict[str, list]) -> list[int]:
    """The department's copy: column header → values written down its first rows; returns the rows' ids."""
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    for name, values in edits.items():
        for i, value in enumerate(values):
            ws.cell(FIRST_ROW + i, header.index(name) + 1, value)
    wb.save(path)
    ids = [ws.cell(r, header.index(ID_HEADER) + 1).value for r in range(FIRST_ROW, ws.max_row + 1)]
    return [int(i[1:]) for i in ids if i]


def libreoffice(path: Path, fmt: str, out: Path) -> Path:
    """``path`` saved as ``fmt`` by LibreOffice, as an office that uses it (or WPS, for .xls) would send it back."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: no real .xls/.ods can be written here")
    out.mkdir(parents=True, exist_ok=True)
    source = shutil.copy(path, out / "returned.xlsx")        # soffice cannot load a Chinese name under LANG=C
    done = subprocess.run(["soffice", f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless",
                           "--convert-to", fmt, "--outdir", str(out), str(source)], capture_output=True, timeout=300)
    converted = out / f"returned.{fmt}"
    assert done.returncode == 0 and converted.exists(), done.stderr
    return converted


def _changes(preview) -> list[tuple]:
    return sorted((c.assignment_id, c.field, c.new) for c in preview.changes)


@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_a_return_saved_as_xls_or_ods_reads_as_its_xlsx_and_is_written(sample_store, tmp_path, fmt):
    uid = sample_store.resolve_unit(UNIT)
    [path] = export_unit_ledgers(sample_store, tmp_path / "out", [uid])
    ids = _department(path, {"进展情况": ["已完成前期调研", "已报送方案"], "状态": ["推进中", "推进中", "已完成"]})
    want = _changes(read_return(sample_store, path, uid))
    assert len(want) == 5
    returned = libreoffice(path, fmt, tmp_path / fmt)

    preview = read_return(sample_store, returned)           # the unit from 填报单位, as in the .xlsx
    assert preview.unit_id == uid and _changes(preview) == want
    assert not preview.rejected and not preview.fuzzy and not preview.due_changes   # dates survive the re-save
    result = apply_return(sample_store, preview)
    assert result["applied"] == 5 and result["evidence"].suffix == f".{fmt}"
    now = sample_store.assignment_tracking(ids[:3])
    assert [now[a]["progress"] for a in ids[:3]] == ["已完成前期调研", "已报送方案", None]
    assert now[ids[2]]["status"] == "已完成"


@pytest.mark.parametrize("name, content, words", [
    ("回收台账.et", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4000, "WPS 表格专用格式（.et）"),
    ("回收台账.csv", "序号,重点任务\n1,推进\n".encode(), "不是可读取的工作簿"),
    ("回收台账.ods", b"PK\x03\x04 an OpenDocument spreadsheet, torn", "已损坏"),
    ("回收台账.xls", bytes.fromhex("D0CF11E0A1B11AE1") + b"junk" * 1000, "无法读取"),
])
def test_an_unreadable_type_says_how_to_resave_it(sample_store, tmp_path, capsys, name, content, words):
    from desktop.cli import main
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as info:
        read_return(sample_store, path, sample_store.resolve_unit(UNIT))
    assert words in info.value.zh and "另存为 Excel 工作簿（.xlsx）" in info.value.zh
    assert main(["--data-dir", str(sample_store.directory), "returns", "import", str(path), "--unit", UNIT]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：无法读取") and words in err and "另存为" in err
    assert "Traceback" not in err and "openpyxl" not in err and len(err.strip().splitlines()) == 1


def test_a_workbook_from_another_store_is_matched_by_its_text_and_flagged(tmp_path):
    """Issue 15 item 17: the same documents imported in another order give other ids; every row is found by its
    序号 + 重点任务 (before: every row refused by id)."""
    documents = [*SEEDS[:3], SEEDS[4]]
    first = Store.open(tmp_path / "first")
    first.import_paths(documents)
    [path] = export_unit_ledgers(first, tmp_path / "out", [first.resolve_unit(UNIT)])
    sent = {(ln["number"], ln["task"]): ln for ln in unit_lines(first, first.resolve_unit(UNIT))}
    first.close()
    rows = len(sent)
    _department(path, {"进展情况": [f"第{i}项已推进" for i in range(rows)]})

    other = Store.open(tmp_path / "other")
    other.import_paths(list(reversed(documents)))
    uid = other.resolve_unit(UNIT)
    here = {(ln["number"], ln["task"]): ln["assignment_id"] for ln in unit_lines(other, uid)}
    assert set(here) == set(sent) and here != {k: v["assignment_id"] for k, v in sent.items()}
    preview = read_return(other, path)
    assert preview.matched_rows == rows and not preview.rejected
    assert preview.fuzzy and all(f.score == 100 for f in preview.fuzzy)      # flagged for the officer
    same = sum(here[key] == ln["assignment_id"] for key, ln in sent.items())    # an id naming the same task here
    assert len(preview.fuzzy) == rows - same
    apply_return(other, preview)
    order = list(sent)                                       # the workbook's rows, in the export's order
    now = other.assignment_tracking(list(here.values()))
    assert {key: now[here[key]]["progress"] for key in order} == {key: f"第{i}项已推进" for i, key in enumerate(order)}
    other.close()


def test_a_changed_due_date_is_listed_for_the_officer_and_never_written(sample_store, tmp_path, capsys):
    """Issue 15 item 18: 2026年6月底, a date serial typed as a number, 6月底前, another date: each shown, none written."""
    from desktop.cli import main
    uid = sample_store.resolve_unit(UNIT)
    [path] = export_unit_ledgers(sample_store, tmp_path / "out", [uid])
    before = {ln["assignment_id"]: ln["due"] for ln in unit_lines(sample_store, uid)}
    ids = _department(path, {"完成时限": ["2026年6月底", 46203, "6月底前", dt.date(2026, 9, 30)]})
    wb = openpyxl.load_workbook(path)
    wb[TASK_SHEET].cell(FIRST_ROW + 1, 5).number_format = "General"      # the serial shows as a number (WPS 常规)
    wb.save(path)
    preview = read_return(sample_store, path, uid)
    assert [(d.assignment_id, d.file, d.reading) for d in preview.due_changes] == [
        (ids[0], "2026年6月底", ""), (ids[1], "46203", "2026年6月30日"), (ids[2], "6月底前", ""),
        (ids[3], "2026年9月30日", "2026年9月30日")]
    assert not preview.changes and not preview.conflicts and not preview.rejected

    args = ["--data-dir", str(sample_store.directory), "returns", "import", str(path), "--unit", UNIT]
    assert main(args + ["--preview"]) == 0
    out = capsys.readouterr().out
    assert "完成时限改动 4 处（不写入，请核对）" in out
    assert f"完成时限 第{FIRST_ROW}行" in out and "文件填 2026年6月底" in out and "文件填 46203（即 2026年6月30日）" in out
    assert main(args) == 0
    assert {ln["assignment_id"]: ln["due"] for ln in unit_lines(sample_store, uid)} == before
