"""Where the store lives: --data-dir, then POLICYDESK_HOME, then the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

STORE_FILE = "policydesk.sqlite3"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        path = Path(explicit)
    elif os.environ.get("POLICYDESK_HOME"):
        path = Path(os.environ["POLICYDESK_HOME"])
    else:
        path = Path(platformdirs.user_data_dir("PolicyDesk", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_url(directory: Path) -> str:
    return f"sqlite:///{(directory / STORE_FILE).as_posix()}"
