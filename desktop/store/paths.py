"""Where the store lives: --data-dir, POLICYDESK_HOME, a portable install's data folder, else the user data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

STORE_FILE = "policydesk.sqlite3"
PORTABLE_MARKER = "portable.txt"   # written by the Windows installer's portable option next to policydesk.exe


def portable_dir() -> Path | None:
    """<exe folder>/data when a frozen build has portable.txt beside its executable, else None."""
    if not getattr(sys, "frozen", False):
        return None
    exe_dir = Path(sys.executable).resolve().parent
    return exe_dir / "data" if (exe_dir / PORTABLE_MARKER).is_file() else None


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        path = Path(explicit)
    elif os.environ.get("POLICYDESK_HOME"):
        path = Path(os.environ["POLICYDESK_HOME"])
    else:
        path = portable_dir() or Path(platformdirs.user_data_dir("PolicyDesk", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_url(directory: Path) -> str:
    return f"sqlite:///{(directory / STORE_FILE).as_posix()}"
