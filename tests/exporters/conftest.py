"""Fixtures for the exporters: a real store with the five sample documents, and readers of written files."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from conftest import SAMPLES
from desktop.store.store import Store

TODAY = dt.date(2021, 6, 1)  # inside the samples' deadlines (2020–2025), so overdue / due soon is stable


@pytest.fixture()
def sample_store(tmp_path):
    store = Store.open(tmp_path / "store")
    outcomes = store.import_paths([SAMPLES])
    assert [o.status for o in outcomes] == ["imported"] * 5
    yield store
    store.close()


def xml_parts(path) -> dict[str, str]:
    """Every part of an .xlsx/.docx package, as text: what anyone who unzips the file can read."""
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name).decode("utf-8", errors="replace") for name in z.namelist()}
