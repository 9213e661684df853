"""Benchmark: the review window over a 100k-measure store — start to a filled table, a filter change, scrolling.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_gui.py [--docs 5000] [--store DIR] [--reps 7]

Builds (or reuses, with --store) a store from the synthetic corpus (tests/benchmarks/corpus.py, SPEC shape: about
20 measures a document). Prints medians, each beside a baseline measured in the same run:
- start: a fresh process from spawn to the main window shown with the table's first rows read (target ≤ 2 s);
  baseline: a fresh process that only imports PySide6 and shows an empty QMainWindow.
- filter change: unit/status/text filters set on the filter bar until the table holds the new rows (≤ 100 ms);
  baseline: the same store.measure_ids query alone.
- scroll to the end: time and the number of display rows actually fetched from the store.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_CHILD_WINDOW = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from desktop.ui.app import application, lock_store, open_sound_store, start_backups
app = application()
folder = Path(sys.argv[1])
lock = lock_store(folder)                 # the start path of desktop.ui.app.run: lock, integrity check, open
store, window, _ = open_sound_store(folder, QSettings(sys.argv[2], QSettings.IniFormat))
window.show()
start_backups(store, window)              # in a thread; the window does not wait for it
app.processEvents()
assert window.review.model.rowCount() > 0 and window.review.model.index(0, 2).data()
print("shown", window.review.model.rowCount(), flush=True)
window.auto_backup.wait()
"""
_CHILD_BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
app.processEvents()
print("shown", 0, flush=True)
"""


def build_store(folder: Path, docs: int) -> Path:
    from benchmarks.corpus import SPEC, build_corpus
    from desktop.store.paths import STORE_FILE
    from desktop.store.store import Store
    if (folder / STORE_FILE).exists():
        return folder
    corpus = build_corpus(Path(tempfile.mkdtemp(prefix="bench_gui_corpus_")), docs, shape=SPEC)
    t0 = time.perf_counter()
    store = Store.open(folder)
    outcomes = store.import_paths(corpus)
    store.close()
    print(f"built store: {docs} documents in {time.perf_counter() - t0:.0f} s "
          f"({sum(o.status == 'imported' for o in outcomes)} imported)")
    return folder


def spawn_until_shown(code: str, *args: str) -> tuple[float, int]:
    """Seconds from spawning a fresh interpreter until it prints "shown" (the window is up and the table read);
    the child may go on (e.g. finishing its start backup) without counting."""
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    shown = None
    for line in child.stdout:
        if line.startswith("shown"):
            shown = time.perf_counter() - t0, int(line.split()[1])
    err = child.stderr.read()
    child.wait(timeout=300)
    if shown is None:
        raise RuntimeError(err)
    return shown


def median_ms(values) -> str:
    return f"{statistics.median(values) * 1000:8.1f} ms"


def bench_start(folder: Path, reps: int) -> None:
    settings = tempfile.mktemp(suffix=".ini")
    window_times, rows = zip(*(spawn_until_shown(_CHILD_WINDOW, str(folder), settings) for _ in range(reps)))
    base_times = [spawn_until_shown(_CHILD_BASELINE)[0] for _ in range(reps)]
    w, b = statistics.median(window_times), statistics.median(base_times)
    print(f"start → window shown, table filled ({rows[0]:,} rows): {median_ms(window_times)}   "
          f"baseline empty Qt window {median_ms(base_times)}   ratio {w / b:.2f}x   target ≤ 2000 ms")


def bench_in_process(folder: Path, reps: int) -> None:
    from PySide6.QtCore import QSettings

    from desktop.store.models import STATUSES
    from desktop.store.queries import MeasureFilter
    from desktop.ui.app import application, open_window
    from desktop.store.store import Store

    app = application()
    store = Store.open(folder)
    window = open_window(store, QSettings(tempfile.mktemp(suffix=".ini"), QSettings.IniFormat))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    review = window.review
    units = sorted(store.units(), key=lambda u: -(u.lead_count + u.support_count))
    picks = [units[0], units[len(units) // 10], units[len(units) // 2]]
    filters = []
    for u in picks:
        for status in (None, STATUSES[0]):
            for text in (None, "跨境电商"):
                filters.append(MeasureFilter(unit_id=u.id, status=status, text=text))
    gui, bare = [], []
    for _ in range(reps):
        for f in filters:
            t0 = time.perf_counter()
            store.measure_ids(f)
            bare.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            review.model.set_filter(f, background=False)
            review.model.index(0, 2).data()
            app.processEvents()
            gui.append(time.perf_counter() - t0)
    g, b = statistics.median(gui), statistics.median(bare)
    print(f"filter change → table updated ({len(filters)} filters × {reps}): {median_ms(gui)}   "
          f"baseline id query alone {median_ms(bare)}   ratio {g / b:.2f}x   target ≤ 100 ms   "
          f"(max {max(gui) * 1000:.0f} ms)")

    review.model.set_filter(MeasureFilter(), background=False)
    app.processEvents()
    total = review.model.rowCount()
    times, fetched = [], []
    for _ in range(reps):
        review.model.set_filter(MeasureFilter(), background=False)
        review.table.scrollToTop()
        app.processEvents()
        t0 = time.perf_counter()
        review.table.scrollToBottom()
        app.processEvents()
        times.append(time.perf_counter() - t0)
        fetched.append(review.model.fetched_rows)
    print(f"scroll to the end of {total:,} rows: {median_ms(times)}   rows fetched from the store: "
          f"{statistics.median(fetched):.0f} of {total:,}")
    window.close()
    store.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--store", type=Path, help="build the store here, or reuse it if it exists")
    ap.add_argument("--reps", type=int, default=7)
    args = ap.parse_args()
    folder = build_store(args.store or Path(tempfile.mkdtemp(prefix="bench_gui_store_")), args.docs)
    from desktop.store.store import Store
    store = Store.open(folder)
    print(f"store: {len(store.documents()):,} documents, {len(store.measure_ids()):,} measures")
    store.close()
    bench_start(folder, args.reps)
    bench_in_process(folder, args.reps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
