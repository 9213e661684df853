"""Benchmark: the local store at scale — import rate, the filtered id query, a page of display rows, search, size.

Run: .venv/bin/python tests/benchmarks/bench_store.py [--docs 5000] [--reps 9] [--keep DIR]

Builds a synthetic corpus (tests/benchmarks/corpus.py), imports it into a fresh store through the facade
(Store.import_paths, one transaction per file), then times warm-cache queries: medians over --reps repetitions
after one warm-up run. Figures are printed as a table; targets are the ones the GUI needs (ids ≤ 50 ms, a page of
200 display rows ≤ 10 ms).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from benchmarks.corpus import build_corpus  # noqa: E402
from desktop.store import models as m  # noqa: E402
from desktop.store import queries  # noqa: E402
from desktop.store.paths import STORE_FILE  # noqa: E402
from desktop.store.search import like_only, search_measures  # noqa: E402
from desktop.store.store import Store  # noqa: E402

STATUS = "未启动"


def timed(fn, reps: int) -> tuple[float, float, float, object]:
    """(median, min, max) in milliseconds over ``reps`` runs after one warm-up, and the last result."""
    result = fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times), max(times), result


def rows_for_page(session, ids: list[int]) -> list[dict]:
    """A page of display rows by id list, written by hand with SQLAlchemy core (one query over four tables)."""
    t = m.Base.metadata.tables
    nodes, documents, assignments, units = t["nodes"], t["documents"], t["assignments"], t["units"]
    q = (select(nodes.c.id, nodes.c.document_id, documents.c.title, nodes.c.path, nodes.c.heading,
                assignments.c.role, units.c.qualified_name, assignments.c.status, assignments.c.due_date,
                assignments.c.owner)
         .select_from(nodes.join(documents, documents.c.id == nodes.c.document_id)
                      .outerjoin(assignments, assignments.c.measure_id == nodes.c.id)
                      .outerjoin(units, units.c.id == assignments.c.unit_id))
         .where(nodes.c.id.in_(ids)))
    by_id: dict[int, dict] = {}
    for nid, doc_id, title, path, heading, role, unit, status, due, owner in session.execute(q):
        row = by_id.setdefault(nid, {"id": nid, "document_id": doc_id, "title": title, "path": path,
                                     "heading": heading, "lead": [], "support": [], "status": None, "due": None,
                                     "owner": None})
        if role is not None:
            row["lead" if role == m.LEAD else "support"].append(unit)
            if row["status"] is None or role == m.LEAD:
                row["status"], row["due"], row["owner"] = status, due, owner
    return [by_id[i] for i in ids if i in by_id]


def fmt_bytes(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--reps", type=int, default=9, help="timed repetitions per figure (≥ 7)")
    ap.add_argument("--filter-term", default="服务贸易", help="4-char text of the filtered id query (a)")
    ap.add_argument("--common", default="管委会", help="a frequent 3+ char search term (c)")
    ap.add_argument("--rare", default="综合实力", help="a rarer 4-char search term (c)")
    ap.add_argument("--absent", default="量子计算机", help="a term that matches nothing (c)")
    ap.add_argument("--keep", type=Path, help="build corpus and store here and keep them (default: a temp dir)")
    args = ap.parse_args()
    if args.reps < 7:
        ap.error("--reps must be at least 7")

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_store_"))
    corpus_dir, store_dir = work / "corpus", work / "store"
    if store_dir.exists():
        shutil.rmtree(store_dir)
    try:
        return run(args, corpus_dir, store_dir)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def run(args, corpus_dir: Path, store_dir: Path) -> int:
    import sqlite3
    print(f"PolicyDesk {_revision()}, SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, "
          f"{args.docs} documents, medians of {args.reps} warm runs")

    t0 = time.perf_counter()
    paths = build_corpus(corpus_dir, args.docs)
    corpus_bytes = sum(p.stat().st_size for p in paths)
    print(f"corpus: {len(paths)} files, {fmt_bytes(corpus_bytes)}, built in {time.perf_counter() - t0:.1f} s")

    store = Store.open(store_dir)
    marks: list[tuple[int, float]] = []
    step = max(1, args.docs // 10)

    def progress(i: int, n: int, _name: str) -> None:
        if i % step == 0 or i == n:
            marks.append((i, time.perf_counter()))
            if i:
                print(f"  imported {i}/{n} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    outcomes = store.import_paths([corpus_dir], progress)
    import_s = time.perf_counter() - t0
    statuses = Counter(o.status for o in outcomes)

    with store.sessions() as s:
        n_docs = s.scalar(select(func.count()).select_from(m.Document))
        n_measures = s.scalar(select(func.count()).select_from(m.Node).where(m.Node.is_measure))
        n_assign = s.scalar(select(func.count()).select_from(m.Assignment))
        n_units = s.scalar(select(func.count()).select_from(m.Unit))
        unit_id, unit_n = s.execute(select(m.Assignment.unit_id, func.count()).group_by(m.Assignment.unit_id)
                                    .order_by(func.count().desc()).limit(1)).one()
        unit_name = s.get(m.Unit, unit_id).qualified_name
    print(f"store: {n_docs} documents, {n_measures} measures, {n_assign} assignments, {n_units} units; "
          f"outcomes {dict(statuses)}")
    rates = [f"{(b[0] - a[0]) / (b[1] - a[1]):.1f}" for a, b in zip(marks, marks[1:]) if b[1] > a[1]]
    print(f"import rate per tenth of the corpus (documents/s): {' '.join(rates)}")

    reps = args.reps
    table: list[tuple[str, str, str]] = []

    def add(label: str, t: tuple, note: str = "") -> None:
        med, lo, hi, _ = t
        table.append((label, f"{med:9.2f} ms  (min {lo:.2f}, max {hi:.2f})", note))

    table.append(("import", f"{n_docs / import_s:9.2f} documents/s", f"{import_s:.0f} s total, "
                  f"{n_measures / import_s:.0f} measures/s"))

    # (a) the filtered id query: unit + status + text
    f = queries.MeasureFilter(unit_id=unit_id, status=STATUS, text=args.filter_term)
    a = timed(lambda: store.measure_ids(f), reps)
    ids_a = a[3]
    with store.sessions() as s:
        text_hits = len(search_measures(s, args.filter_term, limit=10**9))
        honoured = not ids_a or s.scalar(
            select(func.count()).select_from(m.Node)
            .where(m.Node.id.in_(ids_a), m.Node.body.not_like(f"%{args.filter_term}%"))) == 0
    add("(a) ids: unit+status+text", a,
        f"target ≤ 50 ms; {len(ids_a)} ids; unit {unit_name} ({unit_n} assignments), "
        f"text {args.filter_term!r} ({text_hits} measures)"
        + ("" if honoured else "; TEXT FILTER NOT APPLIED (ids without the text)"))
    f_nt = queries.MeasureFilter(unit_id=unit_id, status=STATUS)
    add("(a') ids: unit+status", timed(lambda: store.measure_ids(f_nt), reps), "same without text")

    # (b) display rows for a page of 200 ids (the middle page of the unit's list)
    all_ids = store.measure_ids(queries.MeasureFilter(unit_id=unit_id))
    mid = max(0, len(all_ids) // 2 - 100)
    page = all_ids[mid:mid + 200]

    def page_core():
        with store.sessions() as s:
            return rows_for_page(s, page)
    b = timed(page_core, reps)
    add("(b) 200 rows, hand-written core", b, f"target ≤ 10 ms; {len(b[3])} rows")
    if hasattr(store, "measure_rows"):
        b2 = timed(lambda: store.measure_rows(page), reps)
        add("(b') 200 rows, Store.measure_rows", b2, f"target ≤ 10 ms; {len(b2[3])} rows")

    # (c) FTS (search_measures) against the LIKE baseline
    for label, term in (("frequent", args.common), ("rarer", args.rare), ("absent", args.absent)):
        for limit, lname in ((100, "limit 100"), (10**9, "all hits")):
            def fts(term=term, limit=limit):
                with store.sessions() as s:
                    return search_measures(s, term, limit)

            def like(term=term, limit=limit):
                with store.sessions() as s:
                    return like_only(s, term, limit)
            tf, tl = timed(fts, reps), timed(like, reps)
            note = f"{len(tf[3])} / {len(tl[3])} hits; FTS/LIKE = {tf[0] / tl[0]:.2f}"
            if {h.measure_id for h in tf[3]} != {h.measure_id for h in tl[3]} and limit > 100:
                note += "; HIT SETS DIFFER"
            add(f"(c) FTS  {label} {term!r}, {lname}", tf, note)
            add(f"(c) LIKE {label} {term!r}, {lname}", tl, "")

    # (d) size on disk: while the store is open (as the app sees it), then after close (WAL checkpointed)
    db = store_dir / STORE_FILE

    def sizes() -> dict[str, int]:
        return {suffix: (db.parent / (db.name + suffix)).stat().st_size
                for suffix in ("", "-wal") if (db.parent / (db.name + suffix)).exists()}
    open_sizes = sizes()
    store.close()
    closed = sizes()
    with sqlite3.connect(db) as con:
        pages = {r[0]: r[1] for r in con.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 6")} \
            if _has_dbstat(con) else {}
    for when, sz in (("open", open_sizes), ("closed", closed)):
        table.append((f"(d) store on disk, {when}", f"{fmt_bytes(sz.get('', 0) + sz.get('-wal', 0)):>12}",
                      f"file {fmt_bytes(sz.get('', 0))} + wal {fmt_bytes(sz.get('-wal', 0))}; "
                      f"corpus {fmt_bytes(corpus_bytes)}"))
    if pages:
        table.append(("    largest tables", "", ", ".join(f"{k} {fmt_bytes(v)}" for k, v in pages.items())))

    width = max(len(r[0]) for r in table)
    print()
    print(f"{'figure':<{width}}  {'value':<42}  notes")
    print("-" * (width + 2 + 42 + 2 + 40))
    for label, value, note in table:
        print(f"{label:<{width}}  {value:<42}  {note}")
    return 0


def _revision() -> str:
    """The checkout's commit, and whether desktop/ has uncommitted changes (figures depend on both)."""
    import subprocess
    root = Path(__file__).resolve().parents[2]
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "desktop"], cwd=root, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "(no git)"
    return rev + (" + uncommitted changes in desktop/" if dirty else "")


def _has_dbstat(con) -> bool:
    try:
        con.execute("SELECT 1 FROM dbstat LIMIT 1")
        return True
    except Exception:
        return False


if __name__ == "__main__":
    sys.exit(main())
