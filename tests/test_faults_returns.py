"""Issue 15, items 2 and 5: a returned workbook never writes onto the wrong tasks after a restore, and a return
whose file cannot be kept writes nothing and says so.

Item 2, as reported: import 3 documents, back up, import a 4th, export a unit's workbook, restore the backup, import
another document, return the workbook. Before: the new document's assignments got the ids the workbook carried,
and its rows were written onto them. Item 5: the evidence copy failed (disk full; a 248-byte file name made its
name too long) after the changes were committed: a traceback, no 已写入, a truncated copy under the real name.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from conftest import ROOT, SAMPLES
from desktop.store.paths import STORE_FILE
from desktop.store.store import Store
from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, ID_HEADER, TASK_SHEET

SEEDS = sorted(SAMPLES.glob("*.txt"))
UNIT = "省商务厅"


def cli(*args):
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def fill_in(path: Path, out: Path, mark: str) -> dict[int, str]:
    """The department's copy: 进展情况 written on every task row; returns assignment id → what was written."""
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    written = {}
    for row in range(FIRST_ROW, ws.max_row + 1):
        ident = ws.cell(row, header.index(ID_HEADER) + 1).value
        if ident:
            ws.cell(row, header.index("进展情况") + 1, f"{mark}：第{row}行")
            written[int(ident[1:])] = f"{mark}：第{row}行"
    wb.save(out)
    return written


def progress(db: Path) -> dict[int, str]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT id, progress FROM assignments WHERE progress IS NOT NULL"))
    finally:
        con.close()


def test_a_workbook_exported_before_a_restore_never_writes_onto_other_tasks(tmp_path):
    data, unit = tmp_path / "data", "广州市商务局"          # it has tasks in documents 002 and 004
    store = Store.open(data)
    store.import_paths(SEEDS[:3])
    backup = store.backup("manual")
    store.import_paths([SEEDS[4]])
    from desktop.export_jobs import export_unit_ledgers
    [exported] = export_unit_ledgers(store, tmp_path / "out", [store.resolve_unit(unit)])
    sent = fill_in(exported, tmp_path / "returned.xlsx", "已推进")
    store.restore(backup)
    revised = tmp_path / "修订版.txt"               # another document naming the same unit: 002 revised
    revised.write_bytes(SEEDS[2].read_bytes() + "\n（修订）\n".encode())
    [outcome] = store.import_paths([revised])
    assert outcome.status == "new_version", outcome.message
    new_ids = {a.id for a in store.assignments([r.measure_id for r in store.task_table(outcome.document_id).rows])}
    store.close()

    result = cli("--data-dir", str(data), "returns", "import", str(tmp_path / "returned.xlsx"))
    assert result.returncode == 0, result.stdout + result.stderr
    written = progress(data / STORE_FILE)
    assert not set(written) & new_ids                        # nothing on the new document's tasks
    assert new_ids and min(new_ids) > max(sent)              # ids sent out are never handed out again
    kept = {aid for aid in sent if aid in written}
    assert kept and all(written[aid] == sent[aid] for aid in kept)   # the restored document's tasks got their rows
    assert "不存在" in result.stdout                           # the lost document's rows are named, not written


def test_a_row_whose_id_names_another_task_is_not_written(tmp_path):
    """The second line of defence: ids swapped between two rows (a department copying rows, or an id that names
    another task since) disagree with the row's 重点任务 and are refused, not written."""
    data, _, sent = department_copy(tmp_path, SEEDS[:2], "乙")
    wb = openpyxl.load_workbook(tmp_path / "returned.xlsx")
    ws = wb[TASK_SHEET]
    col = [c.value for c in ws[HEADER_ROW]].index(ID_HEADER) + 1
    a, b = ws.cell(FIRST_ROW, col).value, ws.cell(FIRST_ROW + 1, col).value
    ws.cell(FIRST_ROW, col, b)
    ws.cell(FIRST_ROW + 1, col, a)
    wb.save(tmp_path / "returned.xlsx")
    result = cli("--data-dir", str(data), "returns", "import", str(tmp_path / "returned.xlsx"))
    assert result.returncode == 0, result.stderr
    written = progress(data / STORE_FILE)
    assert int(a[1:]) not in written and int(b[1:]) not in written
    assert len(written) == len(sent) - 2
    assert result.stdout.count("不符") == 2


def department_copy(tmp_path: Path, documents, mark: str):
    """(data folder, returned.xlsx, id → 进展情况 written): a store of ``documents``, UNIT's workbook filled in."""
    data = tmp_path / "data"
    store = Store.open(data)
    store.import_paths(documents)
    from desktop.export_jobs import export_unit_ledgers
    [exported] = export_unit_ledgers(store, tmp_path / "out", [store.resolve_unit(UNIT)])
    store.close()
    return data, tmp_path / "returned.xlsx", fill_in(exported, tmp_path / "returned.xlsx", mark)


@pytest.fixture()
def returned(tmp_path):
    return department_copy(tmp_path, SEEDS[:1], "丙")


def test_a_248_byte_file_name_is_kept_under_a_bounded_name_and_the_return_is_reported(returned, tmp_path):
    data, path, sent = returned
    long_name = tmp_path / ("各单位重点任务推进情况回收" * 6 + "第一季度汇总版")[:81]
    long_name = long_name.with_suffix(".xlsx")
    assert len(long_name.name.encode()) == 248
    shutil.copy(path, long_name)
    result = cli("--data-dir", str(data), "returns", "import", str(long_name))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert f"已写入 {len(sent)} 处修改；原文件已存档 → " in result.stdout
    [kept] = (data / "returns").iterdir()
    assert kept.read_bytes() == long_name.read_bytes() and len(kept.name.encode()) <= 255
    assert progress(data / STORE_FILE) == sent


def test_a_full_disk_for_the_copy_writes_nothing_and_says_so(returned):
    data, path, _ = returned
    before = progress(data / STORE_FILE)
    folder = data / "returns"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        with open(folder / "filler", "wb") as f:
            try:
                f.write(b"\0" * (1 << 20))
            except OSError:
                pass
        result = cli("--data-dir", str(data), "returns", "import", str(path))
        assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
        assert "磁盘已满" in result.stderr and "未写入" in result.stderr and "已写入" not in result.stdout
        assert sorted(p.name for p in folder.iterdir()) == ["filler"]      # no truncated copy, no part
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    assert progress(data / STORE_FILE) == before
    con = sqlite3.connect(data / STORE_FILE)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM audit_log WHERE actor = 'returned-ledger'").fetchone() == (0,)
    con.close()
    assert os.path.exists(path)
