"""Shared test set-up: headless Qt, and where the sample documents and the client's gold live."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
SCORER = SHARED / "eval" / "score.py"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

TODAY = dt.date(2021, 6, 1)  # a fixed "today" inside the samples' deadlines (2020–2025): due/overdue stays stable


@pytest.fixture()
def sample_store(tmp_path):
    """A real store in tmp_path with the five sample documents imported (132 measures)."""
    from desktop.store.store import Store
    store = Store.open(tmp_path / "store")
    outcomes = store.import_paths([SAMPLES])
    assert [o.status for o in outcomes] == ["imported"] * 5
    yield store
    store.close()
