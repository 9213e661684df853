"""The export/import slot is released on every way a background task ends — also when it ends before the line that
started it has returned — and the window closes cleanly with work in flight."""

from __future__ import annotations

import threading

import pytest
import shiboken6

from desktop.ui.common.background_task import BackgroundTask


@pytest.fixture()
def window(shown_window, monkeypatch):
    shown_window.told = []
    monkeypatch.setattr("desktop.ui.exports.export_actions.QMessageBox.warning",
                        lambda _w, _t, text: shown_window.told.append(text))
    return shown_window


def _finish_before_start_returns(monkeypatch):
    """A task that has finished by the time start() returns, as a file refused at once can on a busy machine."""
    def start(task):
        task.run()
        task.finished.emit()
    monkeypatch.setattr(BackgroundTask, "start", start)


def test_a_return_refused_at_once_releases_the_slot_every_time(window, tmp_path, monkeypatch, qtbot):
    _finish_before_start_returns(monkeypatch)
    bad = tmp_path / "回收台账.ods"
    bad.write_bytes(b"PK\x03\x04 an OpenDocument spreadsheet")
    for _ in range(3):
        assert window.exports.read_return(bad) is not None          # never 另一项导出或导入正在进行
        qtbot.waitUntil(lambda: not window.exports.busy(), timeout=5000)
    assert len(window.told) == 3 and all(t and "Traceback" not in t for t in window.told)
    assert "正在进行" not in window.statusBar().currentMessage()


def test_an_export_refused_at_once_releases_the_slot(window, tmp_path, monkeypatch, qtbot):
    _finish_before_start_returns(monkeypatch)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    choices = {"kind": "ledger", "path": blocker / "台账.xlsx", "document_id": None, "unit_id": None,
               "status": None, "include_internal": False, "fonts": None, "open_after": False}
    for _ in range(2):
        assert window.exports.export(dict(choices)) is not None
        qtbot.waitUntil(lambda: not window.exports.busy(), timeout=5000)
    assert len(window.told) == 2 and "无法写入" in window.told[0]


def test_closing_while_an_export_runs_waits_for_it_and_raises_nothing(window, tmp_path, qtbot, monkeypatch):
    release = threading.Event()
    real = window.exports._work

    def slow(choices):
        work = real(choices)

        def run(progress, cancelled):
            release.wait(5)
            return work(progress, cancelled)
        return run
    monkeypatch.setattr(window.exports, "_work", slow)
    out = tmp_path / "台账.xlsx"
    task = window.exports.export({"kind": "ledger", "path": out, "document_id": None, "unit_id": None,
                                  "status": None, "include_internal": False, "fonts": None, "open_after": False})
    assert task.isRunning()
    threading.Timer(0.3, release.set).start()
    window.close()                                      # waits: the file is whole when the window is gone
    assert out.exists() and not list(tmp_path.glob(".*.part"))
    qtbot.waitUntil(lambda: not window.exports.busy(), timeout=5000)
    window.close()                                      # again, after the task was deleted: no RuntimeError


def test_closing_after_a_finished_task_was_deleted_raises_nothing(window, tmp_path, qtbot):
    bad = tmp_path / "回收台账.ods"
    bad.write_bytes(b"not a workbook")
    task = window.exports.read_return(bad)
    qtbot.waitUntil(lambda: not window.exports.busy(), timeout=10000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=5000)    # deleted once finished
    window.exports.task = task                          # what the old code kept: a deleted task
    window.close()
