"""Issue 15, items 8 and 9: a folder import takes only the regular files inside the folder, and a file that never
ends (/dev/zero, a FIFO, a link to /dev/zero named .txt) is refused before it is read.

Before: links to /etc/passwd and to a file outside the chosen folder were imported, and ``import /dev/zero`` hashed
forever."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLES
from desktop.store.paths import STORE_FILE

POLICYDESK = [sys.executable, "-m", "desktop.cli"]
SEED = SAMPLES / "000_55174da676faff8d.txt"

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX")


def cli(*args, timeout=120):
    return subprocess.run(POLICYDESK + list(args), cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def stored_names(data) -> list[str]:
    con = sqlite3.connect(data / STORE_FILE)
    try:
        return sorted(r[0] for r in con.execute("SELECT source_name FROM documents"))
    finally:
        con.close()


def test_a_folder_import_stays_inside_the_folder_and_says_what_it_skipped(tmp_path):
    chosen, outside = tmp_path / "选定", tmp_path / "别处"
    (chosen / "子目录").mkdir(parents=True)
    outside.mkdir()
    (chosen / "方案.txt").write_bytes(SEED.read_bytes())
    (outside / "外部.txt").write_bytes(SAMPLES.joinpath("001_ede65df8d48175dc.txt").read_bytes())
    (outside / "深处.txt").write_bytes(SAMPLES.joinpath("002_5422648186973203.txt").read_bytes())
    (chosen / "passwd.txt").symlink_to("/etc/passwd")
    (chosen / "外链.txt").symlink_to(outside / "外部.txt")
    (chosen / "子目录" / "内链.txt").symlink_to(chosen / "方案.txt")        # inside: the same file, once
    (chosen / "外部文件夹").symlink_to(outside, target_is_directory=True)
    os.mkfifo(chosen / "管道.txt")
    (chosen / "零.txt").symlink_to("/dev/zero")
    data = tmp_path / "data"
    result = cli("--data-dir", str(data), "import", "--quiet", str(chosen))
    assert result.returncode == 0, result.stdout + result.stderr
    assert stored_names(data) == ["方案.txt"]
    lines = result.stdout.splitlines()
    for name, why in (("passwd.txt", "所选文件夹之外"), ("外链.txt", "所选文件夹之外"), ("外部文件夹", "链接"),
                      ("管道.txt", "不是普通文件"), ("零.txt", "所选文件夹之外")):
        assert any(line.startswith(f"已跳过  {name}:") and why in line for line in lines), (name, result.stdout)
    assert "跳过 5" in lines[-1]


@pytest.mark.parametrize("kind", ["/dev/zero", "fifo", "link to /dev/zero"])
def test_a_file_that_never_ends_is_refused_at_once(tmp_path, kind):
    if kind == "/dev/zero":
        path = "/dev/zero"
    elif kind == "fifo":
        path = tmp_path / "管道.txt"
        os.mkfifo(path)
    else:
        path = tmp_path / "零.txt"
        path.symlink_to("/dev/zero")
    result = cli("--data-dir", str(tmp_path / "data"), "import", "--quiet", str(path), timeout=60)
    assert result.returncode == 1
    assert "不是普通文件" in result.stdout and "Traceback" not in result.stderr, result.stdout + result.stderr
    assert stored_names(tmp_path / "data") == []
