"""No network: a working day in miniature connects to nothing, at the OS level as well as in Python.

The day (import the samples, review in the main window, annotate, compare two documents, export the ledger, the
per-unit ledgers and the briefing, apply a returned ledger) runs in a child process, offscreen:
* in Python, ``socket.socket`` refuses AF_INET/AF_INET6 and ``getaddrinfo``/``create_connection`` refuse
  everything, each attempt recorded;
* under ``strace -f -e trace=socket,connect`` (Qt's C++ sockets do not go through Python), inside a network
  namespace with no interfaces (``unshare -n``) when that works; the test asserts no socket or connect syscall
  of a family other than AF_UNIX, and lists the AF_UNIX ones it saw;
* and at the end ``PySide6.QtNetwork`` is not in ``sys.modules``.
Without strace the test is skipped: the Python guard alone cannot see Qt's sockets.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter

import pytest

from conftest import ROOT

DAY = r"""
import json, socket, sys
from pathlib import Path

attempts = []
_socket = socket.socket

class NoNetworkSocket(_socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
            attempts.append(f"socket({family})")
            raise OSError("network use refused by the no-network test")
        super().__init__(family, type, proto, fileno)

def refuse(name):
    def refused(*args, **kwargs):
        attempts.append(f"{name}{args[:2]}")
        raise OSError("network use refused by the no-network test")
    return refused

socket.socket = NoNetworkSocket
socket.getaddrinfo = refuse("getaddrinfo")
socket.create_connection = refuse("create_connection")


def main():
    work = Path(sys.argv[1])
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from desktop.core.compare.align import align
    from desktop.store.store import Store
    from desktop.ui.compare.window import open_compare
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.export_jobs import export_briefing
    from desktop.export_jobs import export_ledger
    from desktop.return_jobs import apply_return, read_return
    from desktop.export_jobs import export_unit_ledgers
    import openpyxl

    done = {}
    store = Store.open(work / "store")
    outcomes = store.import_paths([Path("resources/samples")])
    done["imported"] = sum(o.status == "imported" for o in outcomes)

    ctx = AppContext(store)
    window = MainWindow(ctx, QSettings(str(work / "settings.ini"), QSettings.IniFormat))
    window.review.reload()
    window.show()
    app.processEvents()
    unit = max(store.units(), key=lambda u: u.lead_count + u.support_count)
    window.review.filter_bar.filter_by_unit(unit.id)
    window.review.model.reload()
    measure = store.measure_ids()[0]
    window.review.select_measure(measure)
    for tab in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(tab)
        app.processEvents()
    window.ui.tabs.setCurrentIndex(0)
    doc = window.review.document_id
    text = store.document_text(doc).text
    window.notes.add_note(doc, 10, 20, text[10:20])
    window.notes.ui.bodyEdit.setPlainText("请每月报送进展 http://example.com/不应访问")
    window.notes.save()
    done["notes"] = len(store.annotations(doc))

    a, b = [d.id for d in store.documents()[:2]]
    alignment = align(store.compare_measures(a), store.compare_measures(b))
    done["compared"] = len(alignment.pairs) if hasattr(alignment, "pairs") else 1
    compare = open_compare(ctx, window, a, b)
    app.processEvents()
    compare.close()

    out = work / "out"
    export_ledger(store, out / "任务分工表.xlsx")
    units = export_unit_ledgers(store, out / "units")
    export_briefing(store, out / "汇报材料.docx", include_internal=True)
    done["exported"] = 2 + len(units)

    path = next(p for p in units if unit.qualified_name in p.name)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == "进展情况":
                ws.cell(cell.row + 1, cell.column, "已完成（回收）")
    wb.save(path)
    preview = read_return(store, path)
    done["returned"] = apply_return(store, preview)["applied"]
    window.close()
    app.processEvents()
    store.close()
    done["qtnetwork"] = sorted(m for m in sys.modules if m.startswith("PySide6.QtNetwork"))
    done["attempts"] = attempts
    print("DAY " + json.dumps(done, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
"""

FAMILY = re.compile(r"\b(socket|connect)\((?:\d+, \{sa_family=|)(AF_\w+)")


def _namespace() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


@pytest.mark.skipif(not shutil.which("strace"), reason="needs strace to see Qt's C++ sockets")
def test_a_working_day_connects_to_nothing(tmp_path):
    script, log = tmp_path / "day.py", tmp_path / "strace.log"
    script.write_text(DAY, encoding="utf-8")
    namespace = _namespace()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8",
               HOME=str(tmp_path))
    result = subprocess.run(namespace + [shutil.which("strace"), "-f", "-qq", "-e", "trace=socket,connect", "-o",
                                         str(log), sys.executable, str(script), str(tmp_path)],
                            cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300)
    day_line = [line for line in result.stdout.splitlines() if line.startswith("DAY ")]
    assert result.returncode == 0 and day_line, result.stdout[-2000:] + result.stderr[-4000:]
    day = json.loads(day_line[0][4:])
    assert day["imported"] == 5 and day["notes"] >= 1 and day["exported"] > 3 and day["returned"] >= 1, day
    assert day["qtnetwork"] == [], "PySide6.QtNetwork was imported"
    assert day["attempts"] == [], f"Python-level network use: {day['attempts']}"

    calls = Counter(FAMILY.findall(log.read_text(encoding="utf-8", errors="replace")))
    print(f"\nno-network day{' in a network namespace' if namespace else ''}: syscalls by family: {dict(calls)}")
    network = {k: n for k, n in calls.items() if k[1] != "AF_UNIX"}
    assert not network, f"socket/connect syscalls outside AF_UNIX: {network}"
