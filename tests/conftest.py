"""Test set-up: headless Qt, and where the sample documents, the client's gold and scorer live (all in tests/data)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
DATA = ROOT / "tests" / "data"
GOLD = DATA / "gold"                    # the client's gold for the samples (copied from shared/gold)
SCORER = DATA / "eval" / "score.py"     # the client's scorer (copied from shared/eval)
DEVSET = DATA / "devset"                # real plans nobody here wrote, with gold (copied from shared/devset)

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

TODAY = dt.date(2021, 6, 1)  # a fixed "today" inside the samples' deadlines (2020–2025): due/overdue stays stable


@pytest.fixture(scope="session")
def sample_store_template(tmp_path_factory):
    """The five samples imported once per test run (132 measures); tests get copies of its file."""
    from desktop.store.store import Store
    folder = tmp_path_factory.mktemp("sample-store-template")
    store = Store.open(folder)
    outcomes = store.import_paths([SAMPLES])
    assert [o.status for o in outcomes] == ["imported"] * 5
    store.close()    # the last connection closed: the file is whole, no journal beside it
    return folder


def copy_sample_store(template: Path, folder: Path) -> Path:
    """A fresh copy of the sample store's folder at ``folder`` (which must not exist yet)."""
    import shutil
    shutil.copytree(template, folder)
    return folder


@pytest.fixture()
def sample_store(sample_store_template, tmp_path):
    """A real store in tmp_path with the five sample documents imported (132 measures), copied from the template."""
    from desktop.store.store import Store
    store = Store.open(copy_sample_store(sample_store_template, tmp_path / "store"))
    yield store
    store.close()


from pg_server import pg_url  # noqa: E402,F401  (a fresh PostgreSQL database per test)
