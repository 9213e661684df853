"""Crash safety of import, as an officer needs it: pulling the plug on an import never leaves a broken store or a
half-imported document, and running the import again finishes the job with every document exactly once.

A child process (same interpreter) imports a 200-document synthetic corpus into a store through the facade
(``Store.open(dir).import_paths``). The parent SIGKILLs it at random moments — always after the child has committed
at least one new document in this run, then after a random 0–400 ms, so the kill lands while the next import is in
flight — 30 times, each re-run continuing in the same store (documents already present are skipped as duplicates:
same bytes; should the corpus run short of documents for the next kill, that store's import is run to completion and
checked, and the kills go on in a fresh store). After every kill the store is opened with plain ``sqlite3`` and
checked:

* ``PRAGMA integrity_check`` is ``ok``, ``PRAGMA foreign_key_check`` is empty and the FTS5 index agrees with the
  ``nodes`` table (``integrity-check`` with rank 1) — otherwise an *integrity failure*;
* every document row is complete — its measures, outline nodes, assignments, quantities and deadlines number what
  the engine extracts from that file, it has its ``originals`` row holding exactly the file's bytes and its import
  audit entry — otherwise a *partial document*;
* every document the child acknowledged (its progress callback moved past it, i.e. ``import_file`` returned after
  the commit) is present — no lost acknowledged import.

At the end the import runs to completion and every corpus document is in exactly once. Runs with the default test
suite (no marker): about 50 s on 2 cores. Control: with the importer patched to commit after the document row,
10 kills leave 5–6 partial documents, so the check does catch a half import.
"""

from __future__ import annotations

import hashlib
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path


from benchmarks.corpus import build_corpus
from conftest import ROOT
from desktop.core.engine import parse_file
from desktop.core.outline import walk
from desktop.store.paths import STORE_FILE

DOCS = 200
KILLS = 30
SEED = 20261122
MAX_DELAY_S = 0.4
STALL_TIMEOUT_S = 120  # no progress line for this long = the child is stuck
RESERVE = 40  # start a fresh store when fewer documents than this are left to import (a faster importer gets
#               through more of the corpus between kills; 30 kills must still land on imports in flight)

# The child: import the corpus folder; print "AT i" (flushed) each time import_paths reports progress, i.e. after
# files[:i] are done — committed or skipped as duplicates — and before file i starts.
CHILD = r"""
import sys
from desktop.store.store import Store

store = Store.open(sys.argv[1])
outcomes = store.import_paths([sys.argv[2]], lambda i, n, name: print(f"AT {i}", flush=True))
store.close()
for o in outcomes:
    if o.status not in ("imported", "duplicate"):
        print(f"BAD {o.status} {o.path} {o.message}", flush=True)
print(f"DONE {len(outcomes)}", flush=True)
"""

def expected_counts(path: Path) -> tuple[int, int, int, int, int]:
    """(measures, nodes, assignments, quantities, deadlines) the importer writes for ``path``: one row per outline
    node, and per measure one row per unit, quantity and deadline the engine extracts."""
    result = parse_file(path)
    return (len(result.measures), sum(1 for _ in walk(result.outline)),
            sum(len(x.units) for x in result.measures), sum(len(x.quantities) for x in result.measures),
            sum(len(x.deadlines) for x in result.measures))


DOC_COUNTS = """
SELECT d.id, d.source_name, d.sha256,
  (SELECT count(*) FROM nodes n WHERE n.document_id = d.id AND n.is_measure),
  (SELECT count(*) FROM nodes n WHERE n.document_id = d.id),
  (SELECT count(*) FROM assignments a JOIN nodes n ON n.id = a.measure_id WHERE n.document_id = d.id),
  (SELECT count(*) FROM quantities q JOIN nodes n ON n.id = q.measure_id WHERE n.document_id = d.id),
  (SELECT count(*) FROM deadlines x JOIN nodes n ON n.id = x.measure_id WHERE n.document_id = d.id),
  (SELECT o.data FROM originals o WHERE o.document_id = d.id),
  (SELECT count(*) FROM audit_log l WHERE l.entity = 'document' AND l.entity_id = d.id AND l.action = 'import')
FROM documents d ORDER BY d.id
"""


def check_store(db: Path, expected: dict[str, tuple], files: dict[str, bytes]) -> tuple[list, list, list[str]]:
    """Open the store with plain sqlite3 and return (integrity problems, (name, problem) of each partial document,
    the documents' source names in id order)."""
    con = sqlite3.connect(db, isolation_level=None)
    try:
        problems = []
        ic = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if ic != ["ok"]:
            problems.append(f"integrity_check: {ic[:5]}")
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:5]}")
        try:
            con.execute("INSERT INTO node_fts(node_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"node_fts integrity-check: {exc}")
        partial, names = [], []
        for doc_id, name, digest, *counts, data, audits in con.execute(DOC_COUNTS):
            names.append(name)
            want = expected.get(name)
            issues = []
            if want is None:
                issues.append("not a corpus file")
            elif tuple(counts) != want:
                issues.append(f"(measures, nodes, assignments, quantities, deadlines) = {tuple(counts)}, "
                              f"engine says {want}")
            if data is None:
                issues.append("no originals row")
            elif bytes(data) != files.get(name) or hashlib.sha256(data).hexdigest() != digest:
                issues.append("originals row is not the file's bytes")
            if audits != 1:
                issues.append(f"{audits} import audit entries")
            if issues:
                partial.append((name, f"document {doc_id} {name}: " + "; ".join(issues)))
        return problems, partial, names
    finally:
        con.close()


class Child:
    """The importing child process, its progress lines read by a thread so that the parent can wait with a timeout."""

    def __init__(self, store_dir: Path, corpus_dir: Path, log: Path):
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
        self.stderr = open(log, "ab")
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD, str(store_dir), str(corpus_dir)], cwd=ROOT,
                                     env=env, stdout=subprocess.PIPE, stderr=self.stderr, text=True,
                                     encoding="utf-8")
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.acked = 0       # files[:acked] are done: the child's progress callback has moved past them
        self.done = None     # the DONE line, if the child finished on its own
        self.bad: list[str] = []
        self.eof = False     # the reader thread has seen the end of the child's output
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def _take(self, line: str) -> None:
        if not line.endswith("\n"):  # cut short by the kill
            return
        word, _, rest = line.strip().partition(" ")
        if word == "AT":
            self.acked = max(self.acked, int(rest))
        elif word == "DONE":
            self.done = line.strip()
        elif word == "BAD":
            self.bad.append(rest)

    def wait_for(self, acked: int, timeout: float = STALL_TIMEOUT_S) -> bool:
        """Read progress until files[:acked] are done (True) or the child has exited (False)."""
        while self.acked < acked:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                self.kill()
                raise AssertionError(f"no progress from the importing child for {timeout} s") from None
            if line is None:
                self.eof = True
                return False
            self._take(line)
        return True

    def kill(self) -> bool:
        """SIGKILL the child if it is still running; True if it was."""
        alive = self.proc.poll() is None
        if alive:
            if hasattr(signal, "SIGKILL"):
                os.kill(self.proc.pid, signal.SIGKILL)
            else:  # Windows: TerminateProcess, just as abrupt
                self.proc.kill()
        return alive

    def finish(self, timeout: float | None = None) -> int:
        """Wait for exit and read every complete line the child wrote."""
        rc = self.proc.wait(timeout)
        while not self.eof:
            line = self.lines.get(timeout=STALL_TIMEOUT_S)
            if line is None:
                self.eof = True
            else:
                self._take(line)
        self.proc.stdout.close()
        self.stderr.close()
        return rc


def test_sigkill_during_import_never_leaves_a_broken_store_or_a_half_imported_document(tmp_path):
    started = time.perf_counter()
    rng = random.Random(SEED)
    corpus_dir, log = tmp_path / "corpus", tmp_path / "child-stderr.log"
    paths = build_corpus(corpus_dir, DOCS)
    order = [p.name for p in sorted(paths)]  # the order import_paths takes a folder in
    files = {p.name: p.read_bytes() for p in paths}
    expected = {p.name: expected_counts(p) for p in paths}

    kills = in_flight = runs = 0
    integrity_failures: list[str] = []
    partial: list[str] = []
    partial_docs: set[tuple[int, str]] = set()  # a partial document stays partial (re-import skips it): count once
    lost: list[str] = []
    rounds = 1          # a new store when the corpus runs short of documents for the next kill
    store_dir = tmp_path / f"store{rounds}"
    present = 0         # order[:present] are in the store

    def check(when: str, acked_names: list[str]) -> list[str]:
        problems, part, names = check_store(store_dir / STORE_FILE, expected, files)
        integrity_failures.extend(f"{when}: {p}" for p in problems)
        partial.extend(f"{when}: {p}" for _, p in part)
        partial_docs.update((rounds, n) for n, _ in part)
        missing = sorted(set(acked_names) - set(names))
        lost.extend(f"{when}: acknowledged but missing: {n}" for n in missing)
        return names

    def complete(child: Child | None = None) -> None:
        """Run the import to completion, untouched; then every corpus document is in exactly once."""
        child = child or Child(store_dir, corpus_dir, log)
        rc = child.finish(timeout=600)
        assert rc == 0 and child.done == f"DONE {DOCS}", \
            f"the import failed (rc {rc}, {child.done}); stderr:\n{log.read_text('utf-8', 'replace')}"
        assert not child.bad, child.bad
        names = check(f"store {rounds} after completion", order)
        assert names == order, f"store {rounds}: after completion every corpus document must be in exactly once"

    while kills < KILLS:
        if present > DOCS - RESERVE:
            complete()
            rounds += 1
            store_dir, present = tmp_path / f"store{rounds}", 0
        runs += 1
        assert runs <= 2 * KILLS, f"only {kills} kills landed in {runs - 1} runs"
        child = Child(store_dir, corpus_dir, log)
        # Files order[:present] are skipped as duplicates; wait until this run has committed new documents (two on a
        # store's first run, so the store exists and a few documents are in), then kill a random moment later.
        if child.wait_for(present + (2 if present == 0 else 1)):
            time.sleep(rng.uniform(0, MAX_DELAY_S))
        if not child.kill():  # it finished first: check it like a completed import and go on with a new store
            complete(child)
            rounds += 1
            store_dir, present = tmp_path / f"store{rounds}", 0
            continue
        child.finish(timeout=60)
        kills += 1
        assert (store_dir / STORE_FILE).exists()
        names = check(f"store {rounds}, kill {kills} (run {runs})", order[:child.acked])
        # The kill landed while a document was being imported if exactly the acknowledged ones are in.
        in_flight += len(names) == child.acked
        assert names == order[:len(names)], "documents went in out of order or more than once"
        present = len(names)

    before_final = present
    complete()

    print(f"\ncrash test: {kills} kills, {len(integrity_failures)} integrity failures, "
          f"{len(partial_docs)} partial documents")
    print(f"crash test: {runs} runs, {in_flight} kills with a document in flight, {len(lost)} lost acknowledged "
          f"imports, {rounds} store(s), {before_final} of {DOCS} documents in before the final run, "
          f"{time.perf_counter() - started:.0f} s")
    for line in (integrity_failures + partial + lost)[:20]:
        print("  " + line)

    assert not lost, lost[:5]
    assert len(integrity_failures) == 0 and len(partial_docs) == 0 and kills == KILLS, \
        (integrity_failures + partial)[:10]
