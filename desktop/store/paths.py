"""Where the store lives: --data-dir, POLICYDESK_HOME, a portable install's data folder, else the user data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL

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


def store_url(directory: Path) -> URL:
    """The SQLite URL of the store in ``directory``, built field by field: a path holding ?, #, %, @ or ; (or
    Chinese, which SQLAlchemy percent-encodes) must not be read as URL syntax."""
    return URL.create("sqlite", database=str(directory / STORE_FILE))
