"""Benchmark: the local store at scale — import rate, the filtered id query, a page of display rows, search, size.

Run: .venv/bin/python tests/benchmarks/bench_store.py [--docs 5000] [--reps 15] [--keep DIR [--reuse]]

Builds a synthetic corpus (tests/benchmarks/corpus.py; by default about 20 measures per document, so 5,000 documents
make about 100k measures as the client's figures assume), imports it into a fresh store through the facade
(Store.import_paths, one transaction per file), then times warm-cache queries: medians over --reps repetitions after
one warm-up run, wall clock and this process's CPU time (which leaves out waiting for a CPU on a busy machine).
Targets: the filtered id query ≤ 50 ms (for the commonest unit and a typical one), a page of 200 display rows
≤ 10 ms. Search is compared with LIKE over the same rows; the size on disk is broken down by table and index.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, text  # noqa: E402

from benchmarks.corpus import DEFAULT, SPEC, build_corpus  # noqa: E402
from desktop.store import models as m  # noqa: E402
from desktop.store import queries  # noqa: E402
from desktop.store.paths import STORE_FILE  # noqa: E402
from desktop.store.search import like_only, search_measures  # noqa: E402
from desktop.store.store import Store  # noqa: E402

STATUS = "未启动"


def timed(fn, reps: int) -> tuple[float, float, float, float, object]:
    """(median, min, max, CPU median) in milliseconds over ``reps`` runs after one warm-up, and the last result."""
    result = fn()
    wall, cpu = [], []
    for _ in range(reps):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - t0) * 1000)
    return statistics.median(wall), min(wall), max(wall), statistics.median(cpu), result


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


class Table:
    """The figures, printed as one table at the end."""

    def __init__(self):
        self.rows: list[tuple[str, str, str]] = []

    def add(self, label: str, t: tuple, note: str = "") -> None:
        med, lo, hi, cpu, _ = t
        self.rows.append((label, f"{med:8.2f} ms  cpu {cpu:7.2f}  (min {lo:.2f}, max {hi:.2f})", note))

    def line(self, label: str, value: str, note: str = "") -> None:
        self.rows.append((label, value, note))

    def print(self) -> None:
        width = max(len(r[0]) for r in self.rows)
        print()
        print(f"{'figure':<{width}}  {'value (median wall, median CPU)':<46}  notes")
        print("-" * (width + 2 + 46 + 2 + 40))
        for label, value, note in self.rows:
            print(f"{label:<{width}}  {value:<46}  {note}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--shape", choices=("spec", "dense"), default="spec",
                    help="spec: about 20 measures per document (5,000 → about 100k, the client's figure); "
                         "dense: bench_parse's corpus, about 47 per document")
    ap.add_argument("--reps", type=int, default=15, help="timed repetitions per figure (≥ 7)")
    ap.add_argument("--filter-term", default="服务贸易", help="4-char text of the filtered id query (a)")
    ap.add_argument("--common", default="管委会", help="a frequent 3+ char search term (c)")
    ap.add_argument("--rare", default="综合实力", help="a rarer 4-char search term (c)")
    ap.add_argument("--absent", default="量子计算机", help="a term that matches nothing (c)")
    ap.add_argument("--keep", type=Path, help="build corpus and store here and keep them (default: a temp dir)")
    ap.add_argument("--reuse", action="store_true", help="with --keep: time the store already there, no import")
    args = ap.parse_args()
    if args.reps < 7:
        ap.error("--reps must be at least 7")
    if args.reuse and not args.keep:
        ap.error("--reuse needs --keep DIR")

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_store_"))
    corpus_dir, store_dir = work / "corpus", work / "store"
    if store_dir.exists() and not args.reuse:
        shutil.rmtree(store_dir)
    try:
        return run(args, corpus_dir, store_dir)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def run(args, corpus_dir: Path, store_dir: Path) -> int:
    import sqlite3
    print(f"PolicyDesk {_revision()}, SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, "
          f"{args.docs} documents, medians of {args.reps} warm runs; load average {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} CPUs")
    table = Table()
    if args.reuse:
        corpus_bytes = sum(p.stat().st_size for p in corpus_dir.iterdir())
        store = Store.open(store_dir)
    else:
        corpus_bytes, store = import_corpus(args, corpus_dir, store_dir, table)
    with store.sessions() as s:
        n_measures = s.scalar(select(func.count()).select_from(m.Node).where(m.Node.is_measure))
        counts = s.execute(select(m.Assignment.unit_id, func.count()).group_by(m.Assignment.unit_id)
                           .order_by(func.count().desc())).all()
        print(f"store: {s.scalar(select(func.count()).select_from(m.Document))} documents, {n_measures} measures, "
              f"{sum(n for _, n in counts)} assignments, {len(counts)} units with assignments")
        units = [(uid, n, s.get(m.Unit, uid).qualified_name) for uid, n in (counts[0], counts[len(counts) // 2])]
    filtered_ids(store, args, units, n_measures, table)
    page_rows(store, args, units[0][0], table)
    search_against_like(store, args, table)
    store_size(store, store_dir / STORE_FILE, corpus_bytes, table)
    table.print()
    return 0


def import_corpus(args, corpus_dir: Path, store_dir: Path, table: Table):
    t0 = time.perf_counter()
    paths = build_corpus(corpus_dir, args.docs, shape=SPEC if args.shape == "spec" else DEFAULT)
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
    print(f"outcomes {dict(Counter(o.status for o in outcomes))}")
    rates = [f"{(b[0] - a[0]) / (b[1] - a[1]):.1f}" for a, b in zip(marks, marks[1:]) if b[1] > a[1]]
    print(f"import rate per tenth of the corpus (documents/s): {' '.join(rates)}")
    table.line("import", f"{len(paths) / import_s:8.2f} documents/s", f"{import_s:.0f} s total")
    return corpus_bytes, store


def filtered_ids(store: Store, args, units, n_measures: int, table: Table) -> None:
    """(a) unit + status + text, for the commonest unit and a typical (median) one; (a') without the text."""
    term = args.filter_term
    with store.sessions() as s:
        text_hits = len(store.measure_ids(queries.MeasureFilter(text=term)))
        for (unit_id, n, name), kind in zip(units, ("commonest", "typical")):
            f = queries.MeasureFilter(unit_id=unit_id, status=STATUS, text=term)
            a = timed(lambda: store.measure_ids(f), args.reps)
            want = set(s.scalars(select(m.Assignment.measure_id).where(
                m.Assignment.unit_id == unit_id, m.Assignment.status == STATUS))) & set(s.scalars(
                    select(m.Node.id).where(m.Node.is_measure, m.Node.body.like(f"%{term}%"))))
            check = "" if set(a[4]) == want else "; WRONG IDS (not unit ∩ status ∩ text)"
            table.add(f"(a) ids: unit+status+text, {kind} unit", a,
                      f"target ≤ 50 ms; {len(a[4])} ids; {name} in {n} assignments ({100 * n / n_measures:.0f}% "
                      f"of measures), {term!r} in {text_hits} measures{check}")
            f_nt = queries.MeasureFilter(unit_id=unit_id, status=STATUS)
            table.add(f"(a') ids: unit+status, {kind} unit", timed(lambda: store.measure_ids(f_nt), args.reps),
                      "same without the text")


def page_rows(store: Store, args, unit_id: int, table: Table) -> None:
    """(b) display rows for a page of 200 ids (the middle page of the unit's list)."""
    all_ids = store.measure_ids(queries.MeasureFilter(unit_id=unit_id))
    mid = max(0, len(all_ids) // 2 - 100)
    page = all_ids[mid:mid + 200]

    def page_core():
        with store.sessions() as s:
            return rows_for_page(s, page)
    b = timed(page_core, args.reps)
    table.add("(b) 200 rows, hand-written core", b, f"target ≤ 10 ms; {len(b[4])} rows")
    b2 = timed(lambda: store.measure_rows(page), args.reps)
    table.add("(b') 200 rows, Store.measure_rows", b2, f"target ≤ 10 ms; {len(b2[4])} rows")


def like_ids(session, term: str) -> list[int]:
    """The measure table's text filter by LIKE alone: every match, in display order."""
    return list(session.scalars(select(m.Node.id).where(m.Node.is_measure, m.Node.body.like(f"%{term}%"))
                                .order_by(m.Node.document_id, m.Node.seq)))


def like_ranked(session, term: str, limit: int) -> list[int]:
    """Ranked top ``limit`` without an index: every body read, scored (share of the text that is the term), sorted."""
    return list(session.scalars(text(
        "SELECT id FROM nodes WHERE is_measure = 1 AND body LIKE :p ORDER BY "
        "(length(body) - length(replace(body, :t, ''))) * 1.0 / length(body) DESC LIMIT :n"),
        {"p": f"%{term}%", "t": term, "n": limit}))


def search_against_like(store: Store, args, table: Table) -> None:
    """(c) FTS against LIKE doing the same job over the same rows, for a frequent, a rarer and an absent term."""
    def session_call(fn, *a):
        def call():
            with store.sessions() as s:
                return fn(s, *a)
        return call

    for label, term in (("frequent", args.common), ("rarer", args.rare), ("absent", args.absent)):
        jobs = (
            ("ids in display order, all", session_call(lambda s, t: queries.measure_ids(
                s, queries.MeasureFilter(text=t)), term), session_call(like_ids, term), "same rows"),
            ("ranked top 100", session_call(lambda s, t: [h.measure_id for h in search_measures(s, t, 100)], term),
             session_call(like_ranked, term, 100), "LIKE must read and score every row to rank"),
            ("hits with snippets, all", session_call(search_measures, term, 10**9),
             session_call(like_only, term, 10**9), "same rows, FTS ranked"),
            ("top 100: FTS ranked vs LIKE first 100", session_call(search_measures, term, 100),
             session_call(like_only, term, 100), "NOT the same rows: LIKE stops at the first 100 in document order"),
        )
        for job, fts, like, why in jobs:
            tf, tl = timed(fts, args.reps), timed(like, args.reps)
            ids_f, ids_l = ([h if isinstance(h, int) else h.measure_id for h in t[4]] for t in (tf, tl))
            differ = ids_f != ids_l if why == "same rows" else set(ids_f) != set(ids_l)
            same = "; HITS DIFFER" if why.startswith("same rows") and differ else ""
            table.add(f"(c) {label} {term!r}: {job}, FTS", tf,
                      f"FTS/LIKE = {tf[0] / tl[0]:.2f} (CPU {tf[3] / tl[3]:.2f}); {len(ids_f)} / {len(ids_l)} hits; "
                      f"{why}{same}")
            table.add(f"(c) {label} {term!r}: {job}, LIKE", tl)


def size_breakdown(db: Path) -> list[tuple[str, int, dict[str, int]]]:
    """(table, bytes with its indexes, {index or FTS shadow table: bytes}) from dbstat, largest first."""
    import sqlite3
    with sqlite3.connect(db) as con:
        owner = dict(con.execute("SELECT name, tbl_name FROM sqlite_schema"))
        parts: dict[str, dict[str, int]] = {}
        for name, size in con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            tbl = owner.get(name, name)
            tbl = next((f for f in ("node_fts", "annotation_fts") if tbl.startswith(f + "_")), tbl)
            parts.setdefault(tbl, {})[name] = size
    return sorted(((t, sum(p.values()), {k: v for k, v in p.items() if k != t}) for t, p in parts.items()),
                  key=lambda r: -r[1])


def store_size(store: Store, db: Path, corpus_bytes: int, table: Table) -> None:
    """(d) size on disk while open (as the app sees it) and after close (WAL checkpointed), with the breakdown."""
    import sqlite3

    def sizes() -> dict[str, int]:
        return {suffix: (db.parent / (db.name + suffix)).stat().st_size
                for suffix in ("", "-wal") if (db.parent / (db.name + suffix)).exists()}
    open_sizes = sizes()
    store.close()
    closed = sizes()
    for when, sz in (("open", open_sizes), ("closed", closed)):
        table.line(f"(d) store on disk, {when}", f"{fmt_bytes(sz.get('', 0) + sz.get('-wal', 0)):>12}",
                   f"file {fmt_bytes(sz.get('', 0))} + wal {fmt_bytes(sz.get('-wal', 0))}; "
                   f"corpus {fmt_bytes(corpus_bytes)}")
    with sqlite3.connect(db) as con:
        if not _has_dbstat(con):
            return
    for name, size, parts in size_breakdown(db):
        if size >= 2**19:
            table.line(f"    {name}", f"{fmt_bytes(size):>12}", ", ".join(
                f"{k} {fmt_bytes(v)}" for k, v in sorted(parts.items(), key=lambda kv: -kv[1]) if v >= 2**19))


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
