"""Where the read-only resources (sample documents, translations) live: PyInstaller bundle, source tree or install."""

from __future__ import annotations

import sys
from pathlib import Path

SHARE = Path("share") / "policydesk" / "resources"   # a non-editable install's copy, see pyproject's data-files


def candidates() -> list[Path]:
    """Folders that may hold resources/, most specific first."""
    found = []
    if getattr(sys, "frozen", False):
        found.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    found.append(Path(__file__).resolve().parent.parent / "resources")
    found += [Path(prefix) / SHARE for prefix in dict.fromkeys((sys.prefix, sys.base_prefix))]
    return found


def resources_dir() -> Path:
    for folder in candidates():
        if (folder / "translations").is_dir():
            return folder
    raise FileNotFoundError("PolicyDesk resources not found in: " + ", ".join(map(str, candidates())))


def samples_dir() -> Path:
    return resources_dir() / "samples"


def translations_dir() -> Path:
    return resources_dir() / "translations"
