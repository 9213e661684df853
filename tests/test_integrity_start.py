"""Starting on a damaged or locked store: a plain Chinese explanation, a non-zero exit headless, nothing touched."""

import os
import shutil
import subprocess
import sys
import textwrap

from conftest import ROOT, SAMPLES
from desktop.store.backup import list_backups, quick_check
from desktop.store.paths import STORE_FILE
from desktop.store.store import Store
from test_backup import corrupt

POLICYDESK = [sys.executable, "-m", "desktop.cli"]


def _env(tmp_path):
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", HOME=str(tmp_path))


def _damaged_store(folder, with_backup: bool):
    store = Store.open(folder)
    store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    good = store.backup("manual") if with_backup else None
    store.close()
    corrupt(folder / STORE_FILE)
    assert quick_check(folder / STORE_FILE) != ["ok"]
    return good


def test_a_damaged_store_is_refused_headless_with_the_newest_good_backup_named(tmp_path):
    folder = tmp_path / "store"
    good = _damaged_store(folder, with_backup=True)
    shutil.copy(good, good.with_name("policydesk-20200101-000000-000000-daily.sqlite3"))   # an older one
    damaged = (folder / STORE_FILE).read_bytes()
    result = subprocess.run(POLICYDESK + ["--data-dir", str(folder)], cwd=ROOT, env=_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "数据文件已损坏" in result.stderr and "Traceback" not in result.stderr
    assert f"最近一份完好的备份（{list_backups(good.parent)[0].taken:%Y-%m-%d %H:%M}）" in result.stderr
    assert (folder / STORE_FILE).read_bytes() == damaged           # never silently continued, never written
    assert len(list_backups(good.parent)) == 2                     # and no backup was taken of the damaged file


def test_a_damaged_store_without_backups_says_so(tmp_path):
    folder = tmp_path / "store"
    _damaged_store(folder, with_backup=False)
    result = subprocess.run(POLICYDESK + ["--data-dir", str(folder)], cwd=ROOT, env=_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "数据文件已损坏" in result.stderr and "没有可用的备份" in result.stderr


def test_a_second_instance_names_the_process_and_computer_holding_the_store(tmp_path):
    folder = tmp_path / "store"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import os, socket, sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from desktop.ui.app import lock_store
        app = QCoreApplication([])
        lock = lock_store(Path({str(folder)!r}))
        print(os.getpid(), socket.gethostname(), flush=True)
        sys.stdin.readline()
    """)], cwd=ROOT, env=_env(tmp_path), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        pid, host = holder.stdout.readline().split()
        result = subprocess.run(POLICYDESK + ["--data-dir", str(folder)], cwd=ROOT, env=_env(tmp_path),
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 1
        assert f"已被另一个正在运行的政策台账打开（计算机“{host}”上的进程 {pid}" in result.stderr
        assert not (folder / STORE_FILE).exists()     # the loser did not touch the store
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
