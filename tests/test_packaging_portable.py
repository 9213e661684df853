"""Portable mode: a frozen PolicyDesk with portable.txt beside its executable keeps its store in <exe folder>/data."""

import sys

import pytest

from desktop.store import paths


@pytest.fixture()
def frozen_exe(tmp_path, monkeypatch):
    folder = tmp_path / "PolicyDesk"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "policydesk.exe"))
    monkeypatch.delenv("POLICYDESK_HOME", raising=False)
    monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "profile" / "PolicyDesk"))
    return folder


def test_portable_marker_puts_the_store_beside_the_executable(frozen_exe):
    (frozen_exe / "portable.txt").write_text("portable\n", encoding="utf-8")
    folder = paths.data_dir()
    assert folder == frozen_exe / "data" and folder.is_dir()


def test_without_the_marker_the_store_stays_in_the_user_profile(frozen_exe, tmp_path):
    assert paths.data_dir() == tmp_path / "profile" / "PolicyDesk"
    assert not (frozen_exe / "data").exists()


def test_data_dir_option_still_wins_in_portable_mode(frozen_exe, tmp_path):
    (frozen_exe / "portable.txt").write_text("", encoding="utf-8")
    assert paths.data_dir(tmp_path / "elsewhere") == tmp_path / "elsewhere"


def test_a_marker_beside_the_python_interpreter_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    assert paths.portable_dir() is None
