"""Benchmark: extraction throughput on a synthetic corpus, against a bare read-and-decode of the same files.

The text figures are also given with the engine's caches emptied before every document, since the corpus
repeats its ~130 measures far more than real documents repeat their clauses.

The real-shaped mode parses the documents of tests/data (devset, heldout, variants, class documents: real and
hand-written plans, regulations and wrappers, .txt and .md) over and over, caches emptied before each one.

Run: .venv/bin/python tests/benchmarks/bench_parse.py [--docs 1000] [--pdf-docs 20] [--real-rounds 30]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import build_corpus  # noqa: E402
from desktop.core.engine import parse_document, parse_file  # noqa: E402
from desktop.core.memo import clear_caches  # noqa: E402
from desktop.core.readers import read_document  # noqa: E402
from desktop.core.readers.text import decode_bytes  # noqa: E402


def bench_text(paths: list[Path]) -> None:
    size = sum(p.stat().st_size for p in paths)
    t0 = time.perf_counter()
    for p in paths:
        decode_bytes(p.read_bytes())
    bare = time.perf_counter() - t0
    clear_caches()
    t0 = time.perf_counter()
    measures = 0
    for p in paths:
        measures += len(parse_file(p).measures)
    full = time.perf_counter() - t0
    # The corpus recombines ~130 sample measures, so the engine's caches of unit lists and clause
    # readings hit far more often than on real documents; this pass shows the engine without them.
    t0 = time.perf_counter()
    for p in paths:
        clear_caches()
        parse_file(p)
    cold = time.perf_counter() - t0
    mb = size / 1e6
    print(f"text: {len(paths)} documents, {mb:.1f} MB, {measures} measures")
    print(f"  bare read+decode: {bare:.2f} s = {mb / bare:.1f} MB/s")
    print(f"  parse:            {full:.2f} s = {mb / full:.2f} MB/s, {len(paths) / full:.0f} documents/s")
    print(f"  ratio parse/bare: {full / bare:.1f}x the time of reading and decoding alone")
    print(f"  parse, caches emptied before each document: {cold:.2f} s = {mb / cold:.2f} MB/s, "
          f"{len(paths) / cold:.0f} documents/s")


DATA = Path(__file__).resolve().parents[1] / "data"
REAL_SETS = ("devset/docs", "heldout", "variants", "classes")


def real_shaped_documents() -> list[Path]:
    """The text documents of the development, held-out, variant and class sets."""
    return [p for d in REAL_SETS for p in sorted((DATA / d).iterdir())
            if p.suffix in (".txt", ".md") and p.name != "README.md"]


def bench_real(rounds: int) -> None:
    """Throughput on real-shaped documents, each parsed with the engine's caches emptied first."""
    docs = real_shaped_documents()
    paths = docs * rounds
    size = sum(p.stat().st_size for p in paths)
    t0 = time.perf_counter()
    for p in paths:
        decode_bytes(p.read_bytes())
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    measures = 0
    for p in paths:
        clear_caches()
        measures += len(parse_file(p).measures)
    full = time.perf_counter() - t0
    mb = size / 1e6
    print(f"real-shaped: {len(docs)} documents x {rounds} rounds, {mb:.1f} MB, {measures} measures, "
          f"caches emptied before each document")
    print(f"  bare read+decode: {bare:.2f} s = {mb / bare:.1f} MB/s")
    print(f"  read+parse:       {full:.2f} s = {mb / full:.2f} MB/s, {len(paths) / full:.0f} documents/s")
    print(f"  ratio parse/bare: {full / bare:.1f}x")


def bench_pdf(paths: list[Path], workdir: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from fixtures_formats import make_pdf  # Qt-based PDF writer used by the tests
    pdfs = []
    for p in paths:
        out = workdir / (p.stem + ".pdf")
        make_pdf(read_document(p).text, out)
        pdfs.append(out)
    t0 = time.perf_counter()
    pages = 0
    for p in pdfs:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(p))
        for page in doc:
            page.get_textpage().get_text_range()
            pages += 1
        doc.close()
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    for p in pdfs:
        parse_document(read_document(p), p)
    full = time.perf_counter() - t0
    print(f"pdf: {len(pdfs)} documents, {pages} pages")
    print(f"  bare pypdfium2 text: {bare:.2f} s = {pages / bare:.0f} pages/s")
    print(f"  read+parse:          {full:.2f} s = {pages / full:.0f} pages/s")
    print(f"  ratio parse/bare: {full / bare:.1f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--pdf-docs", type=int, default=20)
    ap.add_argument("--real-rounds", type=int, default=30, help="rounds over the real-shaped documents (0: skip)")
    args = ap.parse_args()
    if args.real_rounds:
        bench_real(args.real_rounds)
    if not args.docs:
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        paths = build_corpus(tmp / "corpus", args.docs)
        print(f"corpus built in {time.perf_counter() - t0:.1f} s")
        bench_text(paths)
        if args.pdf_docs:
            bench_pdf(paths[:args.pdf_docs], tmp)


if __name__ == "__main__":
    main()
