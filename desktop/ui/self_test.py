"""`policydesk --self-test`: open the main window on the demo store, drive the main views, report what failed."""

from __future__ import annotations

import faulthandler
import os
import shutil
import sys
import threading
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


TIMEOUT_VARIABLE = "POLICYDESK_SELF_TEST_TIMEOUT"
DEFAULT_TIMEOUT = 120.0     # seconds; the self-test takes ~10 s on a slow laptop
TIMED_OUT = 4               # the exit code of a self-test the watchdog ended


def self_test_timeout() -> float:
    """Seconds the self-test may take: POLICYDESK_SELF_TEST_TIMEOUT if it is a positive number, else 120."""
    try:
        value = float(os.environ.get(TIMEOUT_VARIABLE, DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


def start_watchdog(seconds: float) -> threading.Timer:
    """End the process with TIMED_OUT if the self-test is still running after ``seconds``: it must never hang.

    The Python stacks go to stderr first so that a hang says where it was; a C-level watchdog (faulthandler) follows
    ten seconds later in case the main thread holds the interpreter and the timer cannot run."""
    def expire():
        print(f"自检超时：{seconds:g} 秒内未完成，已中止（可用环境变量 {TIMEOUT_VARIABLE} 调整秒数） "
              f"(self-test timed out after {seconds:g} s)", flush=True)
        faulthandler.dump_traceback(sys.stderr, all_threads=True)
        sys.stderr.flush()
        os._exit(TIMED_OUT)
    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    faulthandler.dump_traceback_later(seconds + 10, exit=True)
    return timer


class _Checks:
    def __init__(self):
        self.failures: list[str] = []

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        print(f"{'✓' if ok else '✗'} {name}" + (f"：{detail}" if detail else ""), flush=True)
        if not ok:
            self.failures.append(name)
        return ok


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _exercise(app: QApplication, window, c: _Checks) -> None:
    store, review = window.ctx.store, window.review
    documents = store.documents()
    total = len(store.measure_ids())
    c.check("演示数据库已导入示例文件", len(documents) >= 1 and total > 0, f"{len(documents)} 个文件，{total} 项措施")
    c.check("文件库列出全部文件", sorted(window.review.library_model.document_ids()) == sorted(d.id for d in documents))
    c.check("措施表行数与数据库一致", review.model.rowCount() == total, f"{review.model.rowCount()} 行")
    first = review.model.row_for(0)
    c.check("措施表显示首行内容", first is not None and bool(first.heading), first.heading[:20] if first else "")

    unit = max(store.units(), key=lambda u: u.lead_count + u.support_count)
    review.filter_bar.filter_by_unit(unit.id)
    review.model.reload()
    rows = [review.model.row_for(r) for r in range(review.model.rowCount())]
    c.check(f"按单位筛选（{unit.qualified_name}）", 0 < len(rows) < total and all(
        unit.qualified_name in r.lead + r.support for r in rows), f"{len(rows)} 行")

    review.table.selectRow(0)
    _settle(app)
    detail = store.measure_detail(rows[0].id)
    shown = review.source.highlighted_text()
    c.check("原文高亮所选措施", review.source.measure_id == detail.id and shown.strip()[:10] in detail.body,
            shown[:24].replace("\n", " "))
    c.check("提纲显示所选文件", window.review.outline_model.rowCount() > 0)

    assignment = detail.assignments[0]
    stack = window.ctx.undo_stack
    from desktop.ui.common.undo_commands import UpdateAssignments
    window.ctx.execute(UpdateAssignments(window.ctx, [assignment.id], [detail.id], status="推进中"))
    changed = store.measure_detail(detail.id).assignments[0].status
    stack.undo()
    undone = store.measure_detail(detail.id).assignments[0].status
    stack.redo()
    redone = store.measure_detail(detail.id).assignments[0].status
    c.check("修改状态、撤销、重做", (changed, undone, redone) == ("推进中", assignment.status, "推进中"),
            f"{changed} → {undone} → {redone}")

    window.tasks.set_unit(unit.id)
    _settle(app)
    c.check("任务分工表（按单位）", window.tasks.model.rowCount() > 0, f"{window.tasks.model.rowCount()} 行")
    window.overview.refresh()
    c.check("总览统计", window.overview.counts.rowCount() > 0, f"{window.overview.counts.rowCount()} 个单位")
    for i in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(i)
        _settle(app)
    window.ui.tabs.setCurrentIndex(0)
    c.check("各标签页可切换", window.ui.tabs.currentIndex() == 0)


def run_self_test(app: QApplication) -> int:
    watchdog = start_watchdog(self_test_timeout())
    try:
        return _run(app)
    finally:
        watchdog.cancel()
        faulthandler.cancel_dump_traceback_later()


def _run(app: QApplication) -> int:
    from desktop.ui.app import demo_store, open_window
    c = _Checks()
    settings_dir = Path(tempfile.mkdtemp(prefix="policydesk-selftest-"))
    store = folder = window = None
    try:
        store, folder = demo_store()
        settings = QSettings(str(settings_dir / "settings.ini"), QSettings.IniFormat)
        window = open_window(store, settings, " — 自检")
        window.show()
        _settle(app)
        c.check("主窗口已显示", window.isVisible(), window.windowTitle())
        _exercise(app, window, c)
    except Exception:
        c.check("自检过程无异常", False, traceback.format_exc())
    finally:
        if window is not None:
            window.close()
        if store is not None:
            store.close()
        for path in (folder, settings_dir):
            if path:
                shutil.rmtree(path, ignore_errors=True)
    print(f"自检{'通过' if not c.failures else '失败：' + '、'.join(c.failures)} (self-test "
          f"{'passed' if not c.failures else 'FAILED'})", flush=True)
    return 0 if not c.failures else 1
