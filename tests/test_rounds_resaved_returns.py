"""A round's workbook sent back as .xls (WPS, older Excel) or .ods (LibreOffice): it counts for the round it was sent
in, and its conflicts are told against what that workbook showed, as for the .xlsx. The re-saved file keeps the
workbook's creation time; an .xls saved on a UTC+8 machine keeps it 8 hours earlier (FILETIME in UTC)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from test_rounds_end_to_end import COMMERCE, db, fill, folder, run  # noqa: F401  (folder is a fixture)
from desktop.store.store import Store
from desktop.core.readers.workbook_stamp import created_stamp
from exporters.unit_ledger import unit_file_name


def resave(path: Path, fmt: str, out: Path, zone: str) -> Path:
    """``path`` saved as ``fmt`` by LibreOffice on a machine in time zone ``zone``."""
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is needed: setup.sh --test installs it")
    out.mkdir(parents=True, exist_ok=True)
    source = shutil.copy(path, out / "returned.xlsx")        # soffice cannot load a Chinese name under LANG=C
    done = subprocess.run(["soffice", f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless",
                           "--convert-to", fmt, "--outdir", str(out), str(source)], capture_output=True, timeout=300,
                          env=dict(os.environ, TZ=zone))
    converted = out / f"returned.{fmt}"
    assert done.returncode == 0 and converted.exists(), done.stderr
    return converted


@pytest.mark.parametrize("fmt, zone", [("xls", "Asia/Shanghai"), ("ods", "Asia/Shanghai"), ("xls", "UTC")])
def test_a_resaved_return_counts_for_its_round_with_its_conflicts(folder, tmp_path, capsys, fmt, zone):  # noqa: F811
    assert run(folder, "round", "new", "2026年第1期", "--due", "2026-05-10", "--out", str(tmp_path / "r1"),
               "--today", "2026-05-01") == 0
    workbook = tmp_path / "r1" / unit_file_name(COMMERCE)
    # the office changes one task's progress after the workbook went out; the department fills in the same cell
    [(aid,)] = db(folder, "SELECT a.id FROM assignments a JOIN nodes n ON n.id = a.measure_id JOIN units u ON "
                          f"u.id = a.unit_id WHERE u.name = '{COMMERCE}' AND n.path = '一/一'")
    store = Store.open(folder / "store")
    store.update_assignments([aid], progress="办公室核实：园区已选址")
    store.close()
    fill(workbook, {"一.（一）": {"状态": "已完成", "进展情况": "园区已建成"}})
    returned = resave(workbook, fmt, tmp_path / fmt, zone)
    stamp, sent = created_stamp(returned), created_stamp(workbook)
    assert stamp is not None and abs((stamp - sent).total_seconds()) in (0, 8 * 3600)
    capsys.readouterr()

    assert run(folder, "returns", "import", str(returned), "--received", "2026-05-08") == 0
    out = capsys.readouterr().out
    assert f"已计入“2026年第1期”：{COMMERCE} 2026-05-08 报送" in out, out
    assert "1 处冲突未处理" in out                                      # told against what the workbook showed
    assert db(folder, f"SELECT status, progress FROM assignments WHERE id = {aid}") == [("已完成", "办公室核实：园区已选址")]
    assert run(folder, "round", "status", "--today", "2026-05-09") == 0
    assert f"{COMMERCE}  2 项  已报送（5月8日）" in capsys.readouterr().out


def test_a_return_with_no_creation_time_counts_for_no_round(folder, tmp_path, capsys):  # noqa: F811
    """Without a stamp (a file built elsewhere) the return is written but counted for no round, never the current
    one by default; naming the round counts it."""
    import re
    import zipfile
    assert run(folder, "round", "new", "2026年第1期", "--due", "2026-05-10", "--out", str(tmp_path / "r1"),
               "--today", "2026-05-01") == 0
    workbook = tmp_path / "r1" / unit_file_name(COMMERCE)
    fill(workbook, {"一.（一）": {"状态": "已完成"}})
    stripped = tmp_path / "stripped.xlsx"
    with zipfile.ZipFile(workbook) as zin, zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:created\b.*?</dcterms:created>", b"", data)
            zout.writestr(item, data)
    shutil.move(stripped, workbook)
    assert created_stamp(workbook) is None
    capsys.readouterr()
    assert run(folder, "returns", "import", str(workbook), "--received", "2026-05-08") == 0
    assert "已计入" not in capsys.readouterr().out
    assert run(folder, "round", "status", "--today", "2026-05-09") == 0
    assert f"{COMMERCE}  2 项  未报送" in capsys.readouterr().out
