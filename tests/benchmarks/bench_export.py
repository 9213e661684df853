"""Benchmark: the exports at scale — the Excel ledger for 10,000 measures, the matrix for 2,000 measures × 300 units,
the Word briefing for the unit with about 500 tasks.

Run: .venv/bin/python tests/benchmarks/bench_export.py [--docs 500] [--reps 3] [--keep DIR [--reuse]]

Builds a synthetic corpus (tests/benchmarks/corpus.py, shape SPEC: about 20 measures per document, so 500
documents ≈ 10,000 measures), imports it through the facade (Store.import_paths), then times each benchmark in
BENCHMARKS with the same store; each prints seconds, rows/s and a baseline measured in the same run: openpyxl
write-only mode writing the same rows as plain values (no styles, merges, validation or heights: the floor).
Another export adds its figure by appending a function ``bench_x(ctx) -> None`` to BENCHMARKS.
Targets (issue 16): ledger ≤ 5 s, briefing for 500 measures ≤ 3 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook  # noqa: E402

from benchmarks.corpus import SPEC, build_corpus  # noqa: E402
from desktop.store.store import Store  # noqa: E402
from desktop.core.reports.ledger import MeasureLine, SectionLine  # noqa: E402
from exporters.ledger import export_ledger, ledger_values  # noqa: E402
from exporters.ledger_columns import LEDGER_COLUMNS  # noqa: E402
from exporters.matrix_sheet import write_matrix  # noqa: E402
from exporters.xlsx_layout import new_workbook  # noqa: E402

LEDGER_TARGET_S = 5.0


@dataclass
class Context:
    store: Store
    out: Path          # a scratch folder for the written files
    measures: int      # measures in the store
    reps: int = 3      # runs per figure (medians)


def seconds(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def medians(fn, reps: int):
    """(median wall s, median CPU s of this process, last result) over ``reps`` runs; CPU time leaves out waiting
    for a processor on a busy machine."""
    walls, cpus, result = [], [], None
    for _ in range(reps):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), result


def report(name: str, rows: int, took: float, floor: float | None = None, note: str = "",
           cpu: float | None = None) -> None:
    line = f"{name:<44} {took:7.2f} s  {rows / took:9,.0f} rows/s"
    if cpu is not None:
        line += f"  (CPU {cpu:.2f} s)"
    if floor is not None:
        line += f"   baseline {floor:6.2f} s ({took / floor:4.1f}×)"
    print(line + (f"  {note}" if note else ""), flush=True)


def plain_write_only(path: Path, rows) -> None:
    """The floor: openpyxl write-only, values only."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("plain")
    for row in rows:
        ws.append(row)
    wb.save(path)


def bench_ledger(ctx: Context) -> None:
    """The whole ledger workbook (task sheet, matrix, summary) of every measure in the store."""
    took, cpu, path = medians(lambda: export_ledger(ctx.store.ledger_report(), ctx.out / "ledger.xlsx"), ctx.reps)
    read, _, ledger = medians(lambda: ctx.store.ledger_report(), ctx.reps)
    keys = [c.key for c in LEDGER_COLUMNS]
    rows = [[x.text] if isinstance(x, SectionLine) else [ledger_values(x).get(k) for k in keys]
            for x in ledger.lines]
    floor, _, _ = medians(lambda: plain_write_only(ctx.out / "ledger_plain.xlsx", rows), ctx.reps)
    n = len(ledger.measures)
    report(f"ledger, {n:,} measures ({len(ledger.lines):,} rows)", len(ledger.lines), took, floor + read,
           f"of which store reads {read:.2f} s; {path.stat().st_size / 1e6:.1f} MB; target ≤ {LEDGER_TARGET_S:.0f} s "
           f"{'met' if took <= LEDGER_TARGET_S else 'MISSED'}", cpu)
    print(f"{'  baseline = the same reads + write-only plain values':<44} {floor + read:7.2f} s "
          f"(write-only alone {floor:.2f} s); medians of {ctx.reps} runs")


def synthetic_units(count: int, rng: random.Random) -> list[tuple[int, str]]:
    """Unit names shaped like real ones (8–22 characters): the corpus recombines the samples' ~130 units."""
    kinds = ["发展改革委", "商务局", "财政局", "市场监督管理局", "交通运输局", "政务服务数据管理局", "人力资源和社会保障局",
             "海关", "港务局", "自贸试验区片区管委会", "地方金融监督管理局", "工业和信息化局"]
    places = ["广州市", "深圳市", "珠海市", "佛山市", "南宁市", "钦州市", "崇左市", "广东省", "广西壮族自治区",
              "南沙区", "黄埔区", "前海蛇口片区"]
    return [(10_000 + i, f"{places[i % len(places)]}{kinds[(i // len(places)) % len(kinds)]}"
             + (f"第{i // (len(places) * len(kinds)) + 1}分局" if i >= len(places) * len(kinds) else ""))
            for i in range(count)]


def bench_matrix(ctx: Context, measures: int = 2000, units: int = 300) -> None:
    """The 矩阵 sheet alone: the first ``measures`` measures of the store with synthetic roles over ``units`` units
    (one lead and 3–12 supporting units per measure, drawn from all units), written and saved."""
    rng = random.Random(5)
    ledger = ctx.store.ledger_report()
    lines: list[MeasureLine] = ledger.measures[:measures]
    unit_list = synthetic_units(units, rng)
    ids = [u for u, _ in unit_list]
    roles = {}
    for m in lines:
        picked = rng.sample(ids, rng.randint(4, 13))
        roles[m.measure_id] = {u: ("lead" if k == 0 else "support") for k, u in enumerate(picked)}
    marks = sum(len(r) for r in roles.values())

    def styled():
        wb = new_workbook()
        write_matrix(wb.active, "责任单位矩阵", lines, unit_list, roles)
        wb.save(ctx.out / "matrix.xlsx")

    took, cpu, _ = medians(styled, ctx.reps)
    column = {u: i for i, u in enumerate(ids)}
    rows = [[u[1] for u in unit_list]]
    for m in lines:
        row = [m.number, m.document, m.heading] + [None] * units
        for u, role in roles[m.measure_id].items():
            row[3 + column[u]] = "●" if role == "lead" else "○"
        rows.append(row)
    floor, _, _ = medians(lambda: plain_write_only(ctx.out / "matrix_plain.xlsx", rows), ctx.reps)
    report(f"matrix, {len(lines):,} measures × {units} units", len(lines), took, floor,
           f"{marks:,} marks; {len(lines) * (units + 3):,} cells in the grid", cpu)


BENCHMARKS = [bench_ledger, bench_matrix]


BRIEFING_TARGET_S = 3.0


def bench_briefing(ctx: Context, measures: int = 500) -> None:
    """The Word briefing pack of the unit whose task count is nearest ``measures`` (cover, summary, due lists, every
    measure with its facts), against python-docx writing the same paragraphs' text as plain paragraphs."""
    import docx
    from exporters.briefing import export_briefing
    unit = min(ctx.store.units(), key=lambda u: abs(u.lead_count + u.support_count - measures))
    took, path = seconds(lambda: export_briefing(ctx.store.briefing_report(unit_id=unit.id), ctx.out / "briefing.docx"))
    read, content = seconds(lambda: ctx.store.briefing_report(unit_id=unit.id))
    texts = [p.text for p in docx.Document(str(path)).paragraphs]

    def plain():
        doc = docx.Document()
        for text in texts:
            doc.add_paragraph(text)
        doc.save(str(ctx.out / "briefing_plain.docx"))

    floor, _ = seconds(plain)
    n = content.measure_count
    line = f"briefing, {n:,} measures ({len(texts):,} paragraphs)"
    print(f"{line:<44} {took:7.2f} s  {n / took:9,.0f} measures/s   baseline {floor + read:6.2f} s "
          f"({took / (floor + read):4.1f}×)  of which store reads {read:.2f} s; {path.stat().st_size / 1e6:.1f} MB; "
          f"target ≤ {BRIEFING_TARGET_S:.0f} s {'met' if took <= BRIEFING_TARGET_S else 'MISSED'}", flush=True)
    print(f"{'  baseline = the same reads + plain paragraphs':<44} {floor + read:7.2f} s "
          f"(plain python-docx alone {floor:.2f} s)", flush=True)


BENCHMARKS.append(bench_briefing)


def open_store(args, work: Path) -> Context:
    folder = Path(args.keep) if args.keep else work
    store_dir = folder / "store"
    if not (args.reuse and store_dir.exists()):
        shutil.rmtree(store_dir, ignore_errors=True)
        t = time.perf_counter()
        paths = build_corpus(folder / "corpus", args.docs, shape=SPEC)
        store = Store.open(store_dir)
        store.import_paths(paths)
        print(f"corpus: {args.docs} documents imported in {time.perf_counter() - t:.1f} s", flush=True)
    else:
        store = Store.open(store_dir)
    out = work / "out"
    out.mkdir(exist_ok=True)
    return Context(store, out, len(store.measure_ids()), args.reps)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="documents in the corpus (about 20 measures each)")
    parser.add_argument("--keep", metavar="DIR", help="build the store in DIR and keep it")
    parser.add_argument("--reuse", action="store_true", help="with --keep: time the store already in DIR")
    parser.add_argument("--reps", type=int, default=3, help="runs per figure; medians are printed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench_export_") as tmp:
        ctx = open_store(args, Path(tmp))
        print(f"store: {ctx.measures:,} measures, {len(ctx.store.units())} units", flush=True)
        try:
            for bench in BENCHMARKS:
                bench(ctx)
        finally:
            ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
