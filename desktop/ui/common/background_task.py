"""Long exports and reads off the GUI thread, behind a progress dialog; the result or a Chinese error comes back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
import shiboken6

from desktop.core.errors import ReadError


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackgroundTask", text)


class BackgroundTask(QThread):
    """Runs ``work(progress, cancelled)``; ``progress(done, total, label)`` may be called from the work."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable, parent=None):
        super().__init__(parent)
        self.work = work

    def run(self):
        try:
            result = self.work(self.progress.emit, self.isInterruptionRequested)
        except ReadError as exc:
            self.failed.emit(exc.zh)
        except OSError as exc:
            self.failed.emit(self.tr("无法写入或读取文件：{reason}").format(reason=exc.strerror or exc))
        except (ValueError, KeyError) as exc:
            self.failed.emit(str(exc.args[0] if exc.args else exc))
        except Exception as exc:  # the last line of defence: a message, never a traceback
            self.failed.emit(self.tr("处理失败（{kind}）：{reason}").format(kind=type(exc).__name__, reason=exc))
        else:
            self.succeeded.emit(result)


def prepare_in_background(parent: QWidget, title: str, label: str, work: Callable, on_done: Callable,
                          on_error: Callable[[str], None], cancellable: bool = False,
                          on_finished: Callable[[], None] | None = None) -> BackgroundTask:
    """A task for ``work`` with a modal progress dialog (busy until the work reports a total), every callback
    connected, not started: the caller notes it as running, then calls ``start()``. The callbacks run on the GUI
    thread, ``on_finished`` last, whatever happened. The task is deleted once finished: hold it only until then."""
    dialog = QProgressDialog(label, _tr("取消") if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    task = BackgroundTask(work, parent)

    def report(done: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def show_if_busy() -> None:    # a busy dialog (no setValue calls) would never show by itself
        if task.isRunning():
            dialog.show()

    def finish() -> None:
        timer.stop()
        dialog.reset()
        dialog.deleteLater()
        task.deleteLater()
        if on_finished is not None:
            on_finished()

    # Every connection is made before the thread starts: a file refused at once (a .ods read as a return) can
    # finish before the caller's next line, and a ``finished`` connected after that never arrived — the caller's
    # busy slot stayed taken until restart, and closing the window then waited on a deleted task (issue 14).
    task.progress.connect(report)
    task.succeeded.connect(on_done)
    task.failed.connect(on_error)
    task.finished.connect(finish)
    dialog.canceled.connect(task.requestInterruption)
    timer = QTimer(dialog, singleShot=True, interval=300, timeout=show_if_busy)
    task.started.connect(timer.start)
    return task


def wait_for(task: BackgroundTask | None) -> None:
    """Wait until ``task`` has finished, if it is still there (a finished task may already be deleted)."""
    if task is not None and shiboken6.isValid(task):
        task.wait()
