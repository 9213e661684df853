"""Fixtures for GUI tests: a real store with the sample documents imported, and a context over it."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import SAMPLES
from desktop.store.store import Store

TODAY = dt.date(2021, 6, 1)  # a fixed "today" inside the samples' deadlines (2020–2025), so due/overdue is stable


@pytest.fixture()
def sample_store(tmp_path):
    store = Store.open(tmp_path / "store")
    outcomes = store.import_paths([SAMPLES])
    assert [o.status for o in outcomes] == ["imported"] * 5
    yield store
    store.close()


@pytest.fixture()
def ctx(sample_store, qtbot):
    from desktop.ui.context import AppContext
    context = AppContext(sample_store, today=TODAY)
    yield context
    context.undo_stack.clear()
