"""Issue 15, items 6, 12 and 16: what the export files and the terminal show.

* a task text longer than an Excel cell (32,767 characters) is shortened visibly, its end (units and deadline)
  kept, and the command line says so — before, Excel cut the end without a word;
* unit names that are not file names (A/B局, A:B局, A\\B局 and A_B局; .. and ...; 201 characters) give one file each,
  and the command line lists exactly the files written — before, 4 of 327 were overwritten and a 201-character
  name aborted the export;
* escape sequences in names reach the terminal escaped, and bidi controls (U+202E) reach the files marked.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from conftest import ROOT, SAMPLES
from desktop.store.store import Store

POLICYDESK = [sys.executable, "-m", "desktop.cli"]
ODD_UNITS = ["A/B局", "A:B局", "A\\B局", "A_B局", "..", "...", "甲" * 201, "CON", "a局", "A局",
             "x\x1b]0;HACKED\x07\x1b[2J局", "\u202eslx.exe局"]


def cli(*args):
    return subprocess.run(POLICYDESK + list(args), cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def odd_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd") / "data"
    store = Store.open(folder)
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    measures = store.measure_ids()
    for measure, name in zip(measures, ODD_UNITS):
        store.add_assignment(measure, name, "lead")
    store.close()
    return folder


def test_every_unit_gets_its_own_workbook_and_every_file_written_is_listed(odd_store, tmp_path):
    out = tmp_path / "单位台账"
    result = cli("--data-dir", str(odd_store), "export", "unit-ledgers", "--out", str(out))
    assert result.returncode == 0, result.stderr
    store = Store.open(odd_store)
    units = [u for u in store.units() if u.lead_count + u.support_count]
    store.close()
    listed = [line.split(" → ", 1)[1] for line in result.stdout.splitlines() if line.startswith("已导出 → ")]
    files = sorted(out.iterdir())
    assert len(files) == len(units) == len(listed), (len(files), len(units), len(listed))
    assert f"共导出 {len(units)} 个单位" in result.stdout
    assert all(len(p.name.encode()) <= 255 for p in files)
    shown = {}
    for path in files:
        ws = openpyxl.load_workbook(path).worksheets[0]
        shown[ws["A2"].value.split("：", 1)[1]] = path
    from exporters.xlsx_safety import clean_text
    assert set(shown) == {clean_text(u.qualified_name) for u in units}   # one file per unit, its own


def test_escape_sequences_reach_the_terminal_escaped(odd_store, tmp_path):
    for args in (["units"], ["tasks", "--unit", ODD_UNITS[-1]], ["export", "unit-ledgers", "--out", str(tmp_path)]):
        result = cli("--data-dir", str(odd_store), *args)
        assert result.returncode == 0, result.stderr
        text = result.stdout + result.stderr
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    units = cli("--data-dir", str(odd_store), "units").stdout
    assert "\\x1b]0;HACKED\\x07\\x1b[2J局" in units and "\\u202eslx.exe局" in units


def test_bidi_controls_are_marked_in_the_exported_files(odd_store, tmp_path):
    for kind, out in (("ledger", tmp_path / "台账.xlsx"), ("briefing", tmp_path / "汇报.docx")):
        assert cli("--data-dir", str(odd_store), "export", kind, "--out", str(out)).returncode == 0
        with zipfile.ZipFile(out) as z:
            xml = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
        assert "\u202e" not in xml and "[U+202E]slx.exe" in xml, kind


def long_measure_file(folder: Path) -> Path:
    body = "推进口岸数字化转型，" * 4000       # 40,000 characters in one measure
    text = ("广东省人民政府关于印发测试行动方案的通知\n\n一、重点任务\n"
            f"（一）{body}到2025年底前全面完成。（省商务厅牵头，省发展改革委、省财政厅配合）\n"
            "（二）完善配套政策。（省财政厅负责）\n")
    path = folder / "长措施.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_task_longer_than_a_cell_is_shortened_visibly_and_keeps_its_end(tmp_path):
    folder = tmp_path / "data"
    store = Store.open(folder)
    [outcome] = store.import_paths([long_measure_file(tmp_path)])
    assert outcome.status == "imported", outcome.message
    store.close()
    for args, name in ((["export", "ledger", "--out", str(tmp_path / "台账.xlsx")], tmp_path / "台账.xlsx"),
                       (["export", "unit-ledgers", "--unit", "省商务厅", "--out", str(tmp_path / "u")], None)):
        result = cli("--data-dir", str(folder), *args)
        assert result.returncode == 0, result.stderr
        assert "超过 Excel 单元格上限" in result.stderr, result.stderr
        path = name or next((tmp_path / "u").iterdir())
        ws = openpyxl.load_workbook(path).worksheets[0]
        texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "口岸" in c.value]
        [task] = [t for t in texts if len(t) > 1000]
        assert len(task) <= 32767
        assert "此处省略" in task and "全文见政策台账" in task
        assert task.rstrip().endswith("（省商务厅牵头，省发展改革委、省财政厅配合）") or "2025年底前" in task[-3000:]
        if name is None:
            assert "省商务厅牵头" in task[-2000:]      # the unit's workbook keeps the policy's words whole
        else:
            assert "省商务厅牵头" not in task[-2000:]  # the ledger's 重点任务 leaves the units to their columns
