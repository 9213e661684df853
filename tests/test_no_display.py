"""Started with no display, the window command says so in one line instead of Qt's plugin abort (rc 134)."""

import os
import subprocess
import sys

from conftest import ROOT
from desktop.display import display_missing


def test_a_display_is_missing_only_where_qt_would_need_one():
    assert display_missing({}, "linux")
    assert display_missing({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not display_missing({"DISPLAY": ":0"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({}, "win32")


def _run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180)


def test_the_window_without_a_display_is_one_chinese_line_and_exit_2(tmp_path):
    out = _run("--data-dir", str(tmp_path))
    assert out.returncode == 2
    assert "没有可用的图形显示" in out.stderr and "No display" in out.stderr
    assert "Traceback" not in out.stderr and "xcb" not in out.stderr
    assert not (tmp_path / "policydesk.sqlite3").exists(), "nothing is created for a window that cannot open"


def test_the_self_test_without_a_display_runs_offscreen_quietly():
    out = _run("--self-test")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "自检通过" in out.stdout
    assert "propagateSizeHints" not in out.stderr
