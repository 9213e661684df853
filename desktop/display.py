"""Whether a window can be shown at all, decided before Qt is loaded (Qt aborts without a display)."""

from __future__ import annotations

import os
import sys

NO_DISPLAY = ("没有可用的图形显示，无法打开窗口。请在桌面会话中运行政策台账；没有桌面时可用命令行工作："
              "policydesk import 文件、policydesk measures、policydesk export ledger --out 台账.xlsx（policydesk --help "
              "列出全部命令），policydesk --self-test 做无界面自检。\n"
              "(No display: run PolicyDesk in a desktop session, or work from the command line: policydesk import, "
              "measures, export; policydesk --help lists every command; --self-test checks the window headless.)")


def display_missing(environ=os.environ, platform: str = sys.platform) -> bool:
    """True on Linux/BSD when Qt would look for an X11 or Wayland display and none is set."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith(("xcb", "wayland")):
        return False   # offscreen, minimal, vnc, eglfs… need no display server
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
