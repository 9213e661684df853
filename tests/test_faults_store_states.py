"""Issue 15, item 13: a store that cannot be used gets its own true message, in the command line and in the window.

Real states: a read-only mount (tmpfs remounted ro), a folder where the store file should be, a full file system
(a 1 MiB tmpfs filled up), a file that is not SQLite, and a store whose schema a newer PolicyDesk wrote. Before:
60–118 lines of SQLAlchemy/Alembic traceback on the command line, and the window said the store was open in another
PolicyDesk ("pid 0 on .") or damaged. A refused newer store also gained a "migration" backup at every start.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES
from desktop.store.backup import list_backups
from desktop.store.paths import STORE_FILE
from desktop.store.store import Store

POLICYDESK = [sys.executable, "-m", "desktop.cli"]


def _env(tmp_path):
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", HOME=str(tmp_path))


def _mount(point: Path, options: str) -> None:
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.decode()[:200]}")


@contextmanager
def mounted(point: Path, options: str = "size=1m"):
    _mount(point, options)
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def run(args, tmp_path, timeout=120):
    return subprocess.run(POLICYDESK + args, cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True,
                          timeout=timeout)


def assert_said(result, *words):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "sqlalchemy" not in result.stderr.lower(), result.stderr[-3000:]
    for word in words:
        assert word in result.stderr, result.stderr[-2000:]
    assert len(result.stderr.strip().splitlines()) <= 4, result.stderr


def both(folder: Path, tmp_path, *words, command=("documents",)):
    """The command line and the window's start say the same true thing, and neither claims another instance or
    damage."""
    cli = run(["--data-dir", str(folder), *command], tmp_path)
    window = run(["--data-dir", str(folder)], tmp_path)
    for result in (cli, window):
        assert_said(result, *words)
        assert "另一个正在运行的政策台账" not in result.stderr and "已损坏" not in result.stderr


def store_with_a_document(folder: Path) -> bytes:
    store = Store.open(folder)
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    store.close()
    return dump(folder / STORE_FILE)


def dump(db: Path) -> bytes:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return "\n".join(con.iterdump()).encode()
    finally:
        con.close()


def test_a_read_only_data_folder_is_called_read_only(tmp_path):
    with mounted(tmp_path / "ro") as point:
        want = store_with_a_document(point / "store")
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        # reading still works; writing (an import, the window) is refused as read-only
        listed = run(["--data-dir", str(point / "store"), "documents"], tmp_path)
        assert listed.returncode == 0 and "25 项措施" in listed.stdout, listed.stderr[-2000:]
        both(point / "store", tmp_path, "只读", "read-only", command=("import", str(SAMPLES)))
        assert dump(point / "store" / STORE_FILE) == want
        assert_said(run(["--data-dir", str(point / "new"), "documents"], tmp_path), "只读")   # cannot be created


def test_a_folder_where_the_store_file_should_be_is_not_a_data_file(tmp_path):
    folder = tmp_path / "store"
    (folder / STORE_FILE).mkdir(parents=True)
    (folder / STORE_FILE / "keep.txt").write_text("留着")
    both(folder, tmp_path, "不是数据文件", "not a store file")
    assert (folder / STORE_FILE / "keep.txt").read_text() == "留着"


def test_a_file_that_is_not_sqlite_is_not_a_data_file(tmp_path):
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / STORE_FILE).write_text("这是一份普通文本，被误放到了数据目录里。\n" * 50, encoding="utf-8")
    before = (folder / STORE_FILE).read_bytes()
    both(folder, tmp_path, "不是数据文件")
    assert (folder / STORE_FILE).read_bytes() == before


def fill(point: Path) -> Path:
    """Write zeros until the file system is full."""
    filler = point / "filler"
    with open(filler, "wb") as f:
        try:
            f.write(b"\0" * (64 << 20))
        except OSError:
            pass
    return filler


def test_a_full_disk_is_called_a_full_disk(tmp_path):
    with mounted(tmp_path / "full", "size=1m") as point:
        fill(point)
        both(point / "store", tmp_path, "磁盘已满", "disk is full")


def test_an_import_on_a_full_disk_says_so_and_keeps_the_store(tmp_path):
    with mounted(tmp_path / "full", "size=3m") as point:
        want = store_with_a_document(point / "store")
        filler = fill(point)
        result = run(["--data-dir", str(point / "store"), "import", "--quiet", str(SAMPLES)], tmp_path)
        assert result.returncode != 0 and "Traceback" not in result.stderr + result.stdout
        assert "磁盘已满" in result.stdout + result.stderr, (result.stdout + result.stderr)[-2000:]
        filler.unlink()
        assert sqlite3.connect(point / "store" / STORE_FILE).execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert dump(point / "store" / STORE_FILE) == want


def test_a_store_from_a_newer_policydesk_names_the_version_and_takes_no_backup(tmp_path):
    folder = tmp_path / "store"
    want = store_with_a_document(folder)
    con = sqlite3.connect(folder / STORE_FILE)
    con.execute("UPDATE alembic_version SET version_num = '0042'")
    con.execute("CREATE TABLE IF NOT EXISTS store_info (key VARCHAR(50) PRIMARY KEY, value TEXT)")
    con.execute("INSERT OR REPLACE INTO store_info VALUES ('app_version', '9.3.1')")
    con.commit()
    con.close()
    want = dump(folder / STORE_FILE)
    backups = len(list_backups(folder / "backups"))
    both(folder, tmp_path, "由更新版本的政策台账创建", "9.3.1", "newer PolicyDesk")
    run(["--data-dir", str(folder), "documents"], tmp_path)
    assert len(list_backups(folder / "backups")) == backups        # no "migration" backup per refused start
    assert dump(folder / STORE_FILE) == want
