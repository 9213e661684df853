"""Fixtures for GUI tests: a context over the shared sample store (tests/conftest.py)."""

from __future__ import annotations

import pytest

from conftest import TODAY  # noqa: F401  (tests import it from here too)


@pytest.fixture()
def ctx(sample_store, qtbot):
    from desktop.ui.context import AppContext
    context = AppContext(sample_store, today=TODAY)
    yield context
    context.undo_stack.clear()
