"""Benchmark: the same store on SQLite and on PostgreSQL in one run — the filtered id query, search, a page of 200
display rows, and the import rate (issue 17's targets: ≤ 50 ms, ≤ 20 ms, ≤ 10 ms, ≥ 30 documents/s).

Run: .venv/bin/python tests/benchmarks/bench_team_store.py --sqlite DIR --pg URL [--reps 9] [--import-docs 60]

DIR and URL hold the same store (bench_store.py --keep builds one, `policydesk store copy DIR URL` puts it on the
server). Warm medians over --reps runs after one warm-up. The import adds --import-docs new documents to each store
(another seed of the benchmark corpus), one transaction per file as the window does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from benchmarks.corpus import SPEC, build_corpus  # noqa: E402
from desktop.store import models as m  # noqa: E402
from desktop.store.queries import MeasureFilter  # noqa: E402
from desktop.store.team.locations import open_location  # noqa: E402

STATUS = "未启动"
SEARCH_TERMS = ("港", "试点", "管委会", "综合实力", "量子计算机")


def median_ms(fn, reps: int) -> tuple[float, object]:
    result = fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def figures(store, reps: int, units) -> dict[str, tuple[float, str]]:
    out = {}
    for (uid, name), kind in zip(units, ("commonest", "typical")):
        f = MeasureFilter(unit_id=uid, status=STATUS, text="服务贸易")
        ms, ids = median_ms(lambda: store.measure_ids(f), reps)
        out[f"ids unit+status+text, {kind} unit"] = (ms, f"{len(ids)} ids ({name})")
    for term in SEARCH_TERMS:
        ms, hits = median_ms(lambda: store.search(term, 100), reps)
        out[f"search {term!r} top 100 ({len(term)} chars)"] = (ms, f"{len(hits)} hits")
    page = store.measure_ids(MeasureFilter(unit_id=units[0][0]))
    page = page[len(page) // 2:len(page) // 2 + 200]
    ms, rows = median_ms(lambda: store.measure_rows(page), reps)
    out["200 display rows"] = (ms, f"{len(rows)} rows")
    return out


def import_rate(store, paths) -> float:
    t0 = time.perf_counter()
    outcomes = store.import_paths(paths)
    seconds = time.perf_counter() - t0
    assert all(o.status in ("imported", "needs_review") or o.status for o in outcomes)
    return len(paths) / seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sqlite", required=True)
    ap.add_argument("--pg", required=True)
    ap.add_argument("--reps", type=int, default=9)
    ap.add_argument("--import-docs", type=int, default=60)
    args = ap.parse_args()
    stores = {"SQLite": open_location(args.sqlite), "PostgreSQL": open_location(args.pg)}
    with stores["SQLite"].sessions() as s:
        counts = s.execute(select(m.Assignment.unit_id, func.count()).group_by(m.Assignment.unit_id)
                           .order_by(func.count().desc())).all()
        n_measures = s.scalar(select(func.count()).select_from(m.Node).where(m.Node.is_measure))
        units = [(uid, s.get(m.Unit, uid).qualified_name) for uid, _ in (counts[0], counts[len(counts) // 2])]
    print(f"{n_measures} measures; medians of {args.reps} warm runs")
    results = {name: figures(store, args.reps, units) for name, store in stores.items()}
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, store) in enumerate(stores.items()):
            # a seed of its own each run: documents already in the store would come back "unchanged", not imported
            paths = build_corpus(Path(tmp) / name, args.import_docs, seed=time.time_ns() % 10**9 + i, shape=SPEC)
            results[name]["import"] = (import_rate(store, paths), f"{args.import_docs} new documents, documents/s")
    for store in stores.values():
        store.close()
    width = max(len(k) for k in results["SQLite"])
    print(f"{'figure':<{width}}  {'SQLite':>10}  {'PostgreSQL':>10}  notes (PostgreSQL)")
    for key in results["SQLite"]:
        a, b = results["SQLite"][key], results["PostgreSQL"][key]
        unit = "" if key == "import" else " ms"
        print(f"{key:<{width}}  {a[0]:>8.1f}{unit:3}  {b[0]:>8.1f}{unit:3}  {b[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
