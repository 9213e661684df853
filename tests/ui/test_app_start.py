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


def test_a_self_test_that_runs_too_long_is_ended_with_code_4_and_says_so(tmp_path):
    result = subprocess.run(POLICYDESK + ["--self-test"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env=_env(HOME=str(tmp_path), POLICYDESK_SELF_TEST_TIMEOUT="0.5"))
    assert result.returncode == 4, result.stdout + result.stderr
    assert "自检超时：0.5 秒内未完成，已中止" in result.stdout
    assert "自检通过" not in result.stdout
    assert "Thread" in result.stderr      # where it was, for the report


def test_the_self_test_timeout_is_read_from_the_environment(monkeypatch):
    from desktop.ui.self_test import DEFAULT_TIMEOUT, self_test_timeout
    for value, expected in (("30", 30.0), ("2.5", 2.5), ("abc", DEFAULT_TIMEOUT), ("-1", DEFAULT_TIMEOUT)):
        monkeypatch.setenv("POLICYDESK_SELF_TEST_TIMEOUT", value)
        assert self_test_timeout() == expected
    monkeypatch.delenv("POLICYDESK_SELF_TEST_TIMEOUT")
    assert self_test_timeout() == DEFAULT_TIMEOUT == 120
