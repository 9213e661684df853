"""Starting the app: the headless self-test, and one instance per store."""

import os
import subprocess
import sys
import textwrap

from conftest import ROOT

POLICYDESK = [sys.executable, "-m", "desktop.cli"]


def _env(**extra):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


def test_self_test_passes_headless(tmp_path):
    result = subprocess.run(POLICYDESK + ["--self-test"], cwd=ROOT, env=_env(HOME=str(tmp_path)),
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "自检通过" in result.stdout
    assert "✗" not in result.stdout
    assert "措施表行数与数据库一致" in result.stdout


def test_a_second_instance_is_refused_with_a_clear_message(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from desktop.ui.app import lock_store
        app = QCoreApplication([])
        lock = lock_store(Path({str(tmp_path / 'store')!r}))
        print("locked", flush=True)
        sys.stdin.readline()
    """)], cwd=ROOT, env=_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = subprocess.run(POLICYDESK + ["--data-dir", str(tmp_path / "store")], cwd=ROOT,
                                env=_env(HOME=str(tmp_path)), capture_output=True, text=True, timeout=60)
        assert result.returncode == 1
        assert "已被另一个正在运行的政策台账打开" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert not (tmp_path / "store" / "policydesk.lock").exists()   # released when the holder exits
