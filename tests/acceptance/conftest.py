"""Real X servers (one per screen size, started once per run), the accessibility driver, and the app's stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from acceptance.harness import App, Screen, XSession, missing_tools
from conftest import copy_sample_store

LAPTOP = (1366, 768)      # the officers' laptops
DESKTOP = (1600, 1000)

_sessions: dict[tuple[int, int], tuple[XSession, Screen]] = {}


def shots_folder(tmp_path_factory) -> Path:
    """Where screenshots go: $POLICYDESK_SHOTS when set (for a report), else the run's temporary folder."""
    chosen = os.environ.get("POLICYDESK_SHOTS")
    return Path(chosen) if chosen else tmp_path_factory.mktemp("screens")


@pytest.fixture(scope="session")
def screens(tmp_path_factory):
    """screens(size) → the Screen of an X server of that size, started on first use and kept for the run."""
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    shots = shots_folder(tmp_path_factory)

    def get(size: tuple[int, int]) -> Screen:
        if size not in _sessions:
            session = XSession(*size, tmp_path_factory.mktemp(f"x{size[0]}"))
            _sessions[size] = (session, Screen(session, shots))
        return _sessions[size][1]

    yield get
    for session, screen in _sessions.values():
        screen.close()
        session.close()
    _sessions.clear()


@pytest.fixture(scope="module")
def laptop(screens) -> Screen:
    return screens(LAPTOP)


def start_app(screen: Screen, home: Path, args: list[str], extra_env: dict | None = None) -> App:
    return App(screen, home, args, extra_env)


def stop_app(app: App) -> None:
    """Quit through the window; the app must exit cleanly and never print a traceback."""
    code = app.quit()
    problems = [line for line in app.stderr.splitlines() if "Traceback" in line or "already deleted" in line]
    assert code == 0 and not problems, f"exit code {code}; stderr:\n{app.stderr}"


@pytest.fixture(scope="module")
def sample_folder(sample_store_template, tmp_path_factory) -> Path:
    """A copy of the sample store for one module's app."""
    return copy_sample_store(sample_store_template, tmp_path_factory.mktemp("app") / "store")


@pytest.fixture(scope="module")
def app(laptop, sample_folder, tmp_path_factory):
    """The app on a copy of the sample store, on the laptop screen, for one module's flows."""
    started = start_app(laptop, tmp_path_factory.mktemp("home"), ["--data-dir", str(sample_folder)])
    yield started
    stop_app(started)          # whatever the flows did: a clean exit, no traceback


@pytest.fixture(scope="module")
def store(sample_folder):
    """The app's own store, read beside it (SQLite readers do not disturb the writer)."""
    from desktop.store.store import Store
    opened = Store.open(sample_folder)
    yield opened
    opened.close()
