"""Issue 15, items 1 and 15: no export ever writes into the data folder, a killed export's part is cleared at the
next export to that folder, and exported files get the officer's umask (before: always 0600)."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES
from desktop.store.paths import STORE_FILE
from desktop.store.store import Store

POLICYDESK = [sys.executable, "-m", "desktop.cli"]


def cli(*args, **kwargs):
    return subprocess.run(POLICYDESK + list(args), cwd=ROOT, capture_output=True, text=True, timeout=300, **kwargs)


def snapshot(folder: Path) -> tuple[str, bytes]:
    con = sqlite3.connect(folder / STORE_FILE)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0], "\n".join(con.iterdump()).encode()
    finally:
        con.close()


@pytest.fixture()
def data(tmp_path):
    folder = tmp_path / "data"
    store = Store.open(folder)
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    store.backup("manual")
    store.close()
    return folder


def test_the_store_file_names_agree():
    from exporters import atomic_file
    from desktop.store import paths
    assert atomic_file.STORE_FILE == paths.STORE_FILE


def inside(data: Path, tmp_path: Path) -> list[Path]:
    link = tmp_path / "elsewhere"
    link.symlink_to(data, target_is_directory=True)
    return [data / STORE_FILE, data / (STORE_FILE + "-wal"), data / (STORE_FILE + "-shm"), data / "policydesk.lock",
            data / "台账.xlsx", data / "backups" / "台账.xlsx", data / "returns" / "新建" / "台账.xlsx",
            link / "台账.xlsx", link / STORE_FILE]


def test_no_command_line_export_writes_into_the_data_folder(data, tmp_path):
    before = snapshot(data)
    files = sorted(p.relative_to(data) for p in data.rglob("*"))
    paths = inside(data, tmp_path)      # all of them through the exporters below; a sample through the command line
    for kind, out in [("ledger", p) for p in paths[:4] + paths[-2:-1]] + [("briefing", p) for p in paths[::8]]:
        result = cli("--data-dir", str(data), "export", kind, "--out", str(out))
        assert result.returncode != 0 and "已导出" not in result.stdout, (kind, out, result.stdout)
        assert "数据目录" in result.stderr and "Traceback" not in result.stderr, result.stderr
    result = cli("--data-dir", str(data), "export", "unit-ledgers", "--out", str(data))
    assert result.returncode != 0 and "已导出" not in result.stdout and "数据目录" in result.stderr
    assert snapshot(data) == before == (before[0], before[1]) and before[0] == "ok"
    assert sorted(p.relative_to(data) for p in data.rglob("*")) == files


def test_the_windows_exporters_refuse_it_too(data, tmp_path):
    """The window calls these same functions (desktop/ui/exports/export_actions.py)."""
    from exporters.atomic_file import ExportRefused
    from desktop.export_jobs import export_briefing
    from desktop.export_jobs import export_ledger
    from desktop.export_jobs import export_unit_ledgers
    before = snapshot(data)
    store = Store.open(data)
    try:
        for out in inside(data, tmp_path):
            with pytest.raises(ExportRefused):
                export_ledger(store, out)
            with pytest.raises(ExportRefused):
                export_briefing(store, out)
        with pytest.raises(ExportRefused):
            export_unit_ledgers(store, data / "单位")
        assert export_ledger(store, tmp_path / "out" / "台账.xlsx").stat().st_size > 0   # elsewhere: fine
    finally:
        store.close()
    assert snapshot(data)[0] == "ok" and snapshot(data)[1] == before[1]


KILLED_EXPORT = """
import os, signal, sys
from exporters.atomic_file import save_atomically
def write(temp):
    with open(temp, "wb") as f:
        f.write(b"PK" + b"x" * 100000)
        f.flush()
    os.kill(os.getpid(), signal.SIGKILL)       # killed after writing, before the rename
save_atomically(sys.argv[1], write)
"""


def test_a_killed_exports_part_is_cleared_by_the_next_export_to_that_folder(data, tmp_path):
    out = tmp_path / "officer" / "台账.xlsx"
    for _ in range(3):   # each killed export clears the part the one before it left, and leaves its own
        killed = subprocess.run([sys.executable, "-c", KILLED_EXPORT, str(out)], cwd=ROOT, timeout=60)
        assert killed.returncode == -signal.SIGKILL
        assert len(list(out.parent.glob(".*.part"))) == 1 and not out.exists()
    foreign = out.parent / ".别的程序.tmp"            # not ours: left alone
    foreign.write_text("x")
    result = cli("--data-dir", str(data), "export", "ledger", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(out.parent.glob(".*.part")) == [] and foreign.exists() and out.exists()


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_exported_files_follow_the_umask(data, tmp_path, umask, mode):
    out = tmp_path / "o" / "台账.xlsx"
    result = cli("--data-dir", str(data), "export", "ledger", "--out", str(out), preexec_fn=lambda: os.umask(umask))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == mode
    result = cli("--data-dir", str(data), "export", "unit-ledgers", "--out", str(tmp_path / "u"),
                 preexec_fn=lambda: os.umask(umask))
    assert result.returncode == 0, result.stderr
    assert {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "u").iterdir()} == {mode}


def test_a_replaced_file_keeps_the_mode_the_officer_gave_it(data, tmp_path):
    out = tmp_path / "台账.xlsx"
    out.write_bytes(b"old")
    out.chmod(0o640)
    assert cli("--data-dir", str(data), "export", "ledger", "--out", str(out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and out.read_bytes()[:2] == b"PK"
