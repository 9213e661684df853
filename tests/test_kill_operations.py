"""SIGKILL at random moments during the four writes an officer cares about; each is wholly in the store or wholly absent.

tests/kill_driver.py repeats one operation in a child process: importing a copy of a seed document, adding or
rewriting a note (body and tags), applying a department's returned ledger (files A and B in turn, the file's side
of every conflict) or a bulk edit of every assignment's status and owner. Operation k is fully determined by k.
A calibration run per operation times three operations; then each child is SIGKILLed a seeded random delay after
its first operation is acknowledged, spread over three operations' time, and the store is checked with sqlite3:

* ``PRAGMA integrity_check`` and ``foreign_key_check`` are clean, and every finished backup passes ``quick_check``;
* the store holds exactly operations 1..j for one j, each whole: every imported copy has all its outline nodes,
  measures, assignments, targets, deadlines, original bytes and import audit entry; every note's body and tags
  belong to the same version; every assignment of the bulk edit has the same round's status and owner, with one
  audit entry per changed owner; every returned row holds file A's values or every row file B's, matching the
  number of audit entries the applied returns wrote;
* j is the number of operations the child acknowledged, or one more (committed, killed before it said so);
* the killed child's parse worker (imports) does not outlive it.

POLICYDESK_KILLS sets the total number of kills (default 12, three per operation, ~30 s).
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from conftest import ROOT, SAMPLES
from desktop.store.backup import list_backups, quick_check
from desktop.store.paths import STORE_FILE
from desktop.store.store import Store
from kill_driver import STATUS_CYCLE, import_name
from test_store_crash import check_store, expected_counts

KILLS = int(os.environ.get("POLICYDESK_KILLS", "12"))
OPERATIONS = ("import", "annotate", "return", "bulk")
SEED = 20261123
DRIVER = Path(__file__).with_name("kill_driver.py")
RETURN_UNIT = "广州市商务局"

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")


class Child:
    """One driver process; its lines are read by a thread, complete lines only (a kill can cut the last one)."""

    def __init__(self, op: str, store_dir: Path, work: Path, first: int, count: int | None = None):
        args = [sys.executable, str(DRIVER), op, str(store_dir), str(work), str(first)]
        self.proc = subprocess.Popen(args + ([str(count)] if count else []), cwd=ROOT, stdout=subprocess.PIPE,
                                     stderr=open(work / "child-stderr.log", "ab"), text=True, encoding="utf-8",
                                     start_new_session=True)   # its own process group: the parse worker joins it
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.done: list[tuple[int, int, float]] = []   # (k, n, seconds) acknowledged
        self.last = ""                                 # the last complete line
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def wait_ready(self) -> None:
        line = self.lines.get(timeout=120)
        assert line == "READY\n", f"driver did not start: {line!r}"

    def wait_first_done(self) -> None:
        """Until the first operation is acknowledged: the parse worker has started and the caches are warm, so the
        random delay falls on operations running at their usual pace."""
        while not self.done:
            line = self.lines.get(timeout=120)
            assert line is not None, "driver exited"
            self._take(line)

    def _take(self, line: str) -> None:
        if not line.endswith("\n"):
            return
        self.last = line.strip()
        word, *rest = self.last.split()
        if word == "DONE":
            self.done.append((int(rest[0]), int(rest[1]), float(rest[2])))

    def kill_and_drain(self, group: bool = False) -> bool:
        """SIGKILL the driver alone (as a crash would), or with ``group`` its whole process group (the driver and the
        `policydesk import` it runs); True if the group was gone within 10 s."""
        (os.killpg if group else os.kill)(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)
        self.drain()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(self.proc.pid, 0)
            except ProcessLookupError:
                return True
            time.sleep(0.05)
        os.killpg(self.proc.pid, signal.SIGKILL)
        return False

    def drain(self) -> None:
        while (line := self.lines.get(timeout=60)) is not None:
            self._take(line)
        self.proc.stdout.close()


def database_problems(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        problems = []
        ic = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if ic != ["ok"]:
            problems.append(f"integrity_check: {ic[:3]}")
        if con.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check")
    finally:
        con.close()
    for b in list_backups(db.parent / "backups"):
        if quick_check(b.path) != ["ok"]:
            problems.append(f"backup {b.path.name} fails quick_check")
    return problems


# what each operation left: (operations applied, problems)
def applied_imports(db: Path, work: Path, cache: dict, tag: str = "copy") -> tuple[int, list[str]]:
    files = {p.name: p.read_bytes() for p in [*SAMPLES.glob("*.txt"), *(work / "imports").glob("*.txt")]}
    for name in files:
        if name not in cache:
            cache[name] = expected_counts(SAMPLES / name if (SAMPLES / name).exists() else work / "imports" / name)
    problems, partial, names = check_store(db, cache, files)
    copies = [n for n in names if n.startswith(tag)]
    j = len(copies)
    if sorted(copies) != [import_name(k, tag) for k in range(1, j + 1)]:
        problems.append(f"{tag} copies in the store are not operations 1..{j}: {copies[-3:]}")
    return j, problems + [p for _, p in partial]


def applied_tagged(tag: str):
    return lambda db, work, cache: applied_imports(db, work, cache, tag)


def applied_bulk_on_samples(db: Path, _work: Path, _cache: dict) -> tuple[int, list[str]]:
    """applied_bulk for the sample documents' assignments only (documents imported meanwhile join later rounds)."""
    con = sqlite3.connect(db)
    samples = [p.name for p in SAMPLES.glob("*.txt")]
    base = [r[0] for r in con.execute(
        "SELECT a.id FROM assignments a JOIN nodes n ON n.id = a.measure_id JOIN documents d ON d.id = n.document_id "
        f"WHERE d.source_name IN ({','.join('?' * len(samples))})", samples)]
    ids = ",".join(map(str, base))
    states = Counter(con.execute(f"SELECT status, owner FROM assignments WHERE id IN ({ids})").fetchall())
    audits = con.execute(f"SELECT count(*) FROM audit_log WHERE field = 'owner' AND actor = 'officer' "
                         f"AND entity_id IN ({ids})").fetchone()[0]
    con.close()
    return bulk_rounds(states, audits, "sample assignments")


def applied_notes(db: Path, _work: Path, _cache: dict) -> tuple[int, list[str]]:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT a.body, (SELECT group_concat(t.name, '|') FROM annotation_tags x JOIN tags t "
                       "ON t.id = x.tag_id WHERE x.annotation_id = a.id) FROM annotations a ORDER BY a.id").fetchall()
    created = con.execute("SELECT count(*) FROM audit_log WHERE entity = 'annotation' AND action = 'create'").fetchone()
    con.close()
    problems, versions = [], []
    for j, (body, tags) in enumerate(rows, 1):
        want = {f"批注{j}-v1": {f"t{j}"}, f"批注{j}-v2": {f"t{j}", "改"}}
        if body not in want or set((tags or "").split("|")) - {""} != want[body]:
            problems.append(f"note {j}: body {body!r} with tags {tags!r}")
        versions.append(body.endswith("-v2"))
    if any(not v for v in versions[:-1]):
        problems.append("a note before the last one was never rewritten")
    if created[0] != len(rows):
        problems.append(f"{created[0]} create audit entries for {len(rows)} notes")
    return 2 * sum(versions) + (len(rows) - sum(versions)), problems


def applied_bulk(db: Path, _work: Path, _cache: dict) -> tuple[int, list[str]]:
    con = sqlite3.connect(db)
    states = Counter(con.execute("SELECT status, owner FROM assignments").fetchall())
    audits = con.execute("SELECT count(*) FROM audit_log WHERE field = 'owner' AND actor = 'officer'").fetchone()[0]
    con.close()
    return bulk_rounds(states, audits, "assignments")


def bulk_rounds(states: Counter, audits: int, what: str) -> tuple[int, list[str]]:
    """(bulk edits applied, problems) from the (status, owner) pairs of the edited assignments and the owner audits."""
    total = sum(states.values())
    if len(states) != 1:
        return -1, [f"{what} in {len(states)} different states: {states.most_common(3)}"]
    [(status, owner)] = states
    j = 0 if owner is None else int(owner[1:-1])
    problems = [] if j == 0 or status == STATUS_CYCLE[j % len(STATUS_CYCLE)] else [f"round {j} with status {status}"]
    if audits != j * total:
        problems.append(f"{audits} owner audit entries after {j} bulk edits of {total} {what}")
    return j, problems


def returned_values(path: Path) -> dict[int, str]:
    from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, TASK_SHEET
    ws = openpyxl.load_workbook(path)[TASK_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    id_col, progress = header.index("系统编号（请勿修改）"), header.index("进展情况")
    return {int(r[id_col][1:]): r[progress] for r in ws.iter_rows(min_row=FIRST_ROW, values_only=True) if r[id_col]}


def applied_returns(db: Path, work: Path, sizes: dict) -> tuple[int, list[str]]:
    """j from the audit entries (the first return writes sizes[1] values, each later one sizes[2]), then the rows
    must all hold file A's progress (j odd) or file B's (j even)."""
    con = sqlite3.connect(db)
    audits = con.execute("SELECT count(*) FROM audit_log WHERE actor = 'returned-ledger'").fetchone()[0]
    a = returned_values(work / "A.xlsx")
    progress = dict(con.execute(f"SELECT id, progress FROM assignments WHERE id IN ({','.join(map(str, a))})"))
    con.close()
    j = 0 if audits == 0 else 1 + (audits - sizes[1]) // sizes[2]
    problems = []
    if audits and (audits < sizes[1] or (audits - sizes[1]) % sizes[2]):
        problems.append(f"{audits} audit entries: not a whole number of returns ({sizes[1]}, then {sizes[2]} each)")
    want = {} if j == 0 else returned_values(work / ("A.xlsx" if j % 2 else "B.xlsx"))
    for aid, value in progress.items():
        if value != want.get(aid, None if j == 0 else value):
            problems.append(f"assignment {aid}: progress {value!r} after {j} returns")
            break
    return j, problems


CHECKS = {"import": applied_imports, "annotate": applied_notes, "return": applied_returns, "bulk": applied_bulk}
# Two writers at once on one store, each killed at the same moment (a crash of the session): the window's kind of
# edit (bulk: read the old values for the undo, then write) beside `policydesk import`, and two `policydesk import`.
PAIRS = {"window+cli": (("bulk", applied_bulk_on_samples), ("cli-import:cli", applied_tagged("cli"))),
         "two cli": (("cli-import:jia", applied_tagged("jia")), ("cli-import:yi", applied_tagged("yi")))}


def prepare(op: str, root: Path) -> tuple[Path, Path]:
    store_dir, work = root / "store", root / "work"
    work.mkdir(parents=True)
    store = Store.open(store_dir)
    store.import_paths([SAMPLES])
    if op == "return":
        from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, TASK_SHEET
        from desktop.export_jobs import export_unit_ledgers
        [exported] = export_unit_ledgers(store, work / "out", [store.resolve_unit(RETURN_UNIT)])
        for name, mark in (("A.xlsx", "甲"), ("B.xlsx", "乙")):
            wb = openpyxl.load_workbook(exported)
            ws = wb[TASK_SHEET]
            header = [c.value for c in ws[HEADER_ROW]]
            for row in range(FIRST_ROW, ws.max_row + 1):
                if ws.cell(row, header.index("系统编号（请勿修改）") + 1).value:
                    ws.cell(row, header.index("进展情况") + 1, f"{mark}稿：第{row}行已推进")
                    ws.cell(row, header.index("责任人") + 1, f"{mark}处长")
            wb.save(work / name)
    store.close()
    return store_dir, work


def run_kills(op: str, kills: int, root: Path, rng: random.Random) -> dict:
    store_dir, work = prepare(op, root)
    db = store_dir / STORE_FILE
    calibration = Child(op, store_dir, work, 1, 3)
    calibration.wait_ready()
    calibration.drain()
    assert calibration.proc.wait(60) == 0 and len(calibration.done) == 3, \
        (work / "child-stderr.log").read_text("utf-8", "replace")[-3000:]
    durations = sorted(s for _, _, s in calibration.done)
    cache: dict = {1: calibration.done[0][1], 2: calibration.done[1][1]} if op == "return" else {}
    applied, first_problems = CHECKS[op](db, work, cache)
    assert (applied, first_problems) == (3, []), first_problems
    stats = Counter()
    failures: list[str] = []
    for kill in range(1, kills + 1):
        child = Child(op, store_dir, work, applied + 1)
        child.wait_ready()
        child.wait_first_done()
        time.sleep(rng.uniform(0, 3 * durations[1]))
        clean = child.kill_and_drain()
        acked = max([applied] + [k for k, _, _ in child.done])
        j, problems = CHECKS[op](db, work, cache)
        problems = database_problems(db) + problems
        if j not in (acked, acked + 1):
            problems.append(f"{j} operations in the store, {acked} acknowledged")
        if not clean:
            problems.append("the killed driver's process group outlived it (parse worker left running)")
        failures += [f"{op} kill {kill}: {p}" for p in problems]
        stats["kills"] += 1
        stats["inside a transaction"] += child.last == "TX"
        stats["committed, not acknowledged"] += j == acked + 1
        applied = max(j, applied)
    return {"stats": stats, "failures": failures, "op seconds": durations[1]}


def stopped_early(child: Child, work: Path) -> list[str]:
    """A writer that ended before it was killed met an error (e.g. 'database is locked')."""
    if child.proc.poll() is None:
        return []
    return [f"a writer stopped on its own (exit {child.proc.returncode}): "
            + (work / "child-stderr.log").read_text("utf-8", "replace")[-600:]]


def run_pair_kills(pair: str, kills: int, root: Path, rng: random.Random) -> dict:
    """Both writers run at once; each round both are SIGKILLed at one random moment, then every stream is checked."""
    (op_a, check_a), (op_b, check_b) = PAIRS[pair]
    store_dir, work = prepare("import", root)
    db = store_dir / STORE_FILE
    calibration = [Child(op, store_dir, work, 1, 3) for op in (op_a, op_b)]
    for child in calibration:
        child.wait_ready()
    for child in calibration:
        child.drain()
        assert child.proc.wait(120) == 0 and len(child.done) == 3, \
            (work / "child-stderr.log").read_text("utf-8", "replace")[-3000:]
    durations = sorted(s for child in calibration for _, _, s in child.done)
    caches: tuple[dict, dict] = ({}, {})
    applied = [check(db, work, cache)[0] for check, cache in zip((check_a, check_b), caches)]
    assert applied == [3, 3], [check(db, work, cache)[1] for check, cache in zip((check_a, check_b), caches)]
    stats, failures = Counter(), []
    for kill in range(1, kills + 1):
        children = [Child(op, store_dir, work, n + 1) for op, n in zip((op_a, op_b), applied)]
        for child in children:
            child.wait_ready()
        for child in children:
            child.wait_first_done()
        time.sleep(rng.uniform(0, 3 * durations[len(durations) // 2]))
        problems = [p for child in children for p in stopped_early(child, work)]
        clean = [child.kill_and_drain(group=True) for child in children]
        problems += database_problems(db)
        for i, (child, check) in enumerate(zip(children, (check_a, check_b))):
            acked = max([applied[i]] + [k for k, _, _ in child.done])
            j, found = check(db, work, caches[i])
            problems += found
            if j not in (acked, acked + 1):
                problems.append(f"{child.proc.args[2]}: {j} operations in the store, {acked} acknowledged")
            stats["committed, not acknowledged"] += j == acked + 1
            applied[i] = max(j, applied[i])
        if not all(clean):
            problems.append("a killed writer's process group outlived it")
        failures += [f"{pair} kill {kill}: {p}" for p in problems]
        stats["kills"] += 1
    return {"stats": stats, "failures": failures, "op seconds": durations[len(durations) // 2]}


def test_sigkill_during_import_note_return_and_bulk_edit_leaves_each_whole_or_absent(tmp_path):
    started = time.perf_counter()
    rng = random.Random(SEED)
    names = (*OPERATIONS, *PAIRS)
    per_op = [KILLS // len(names) + (i < KILLS % len(names)) for i in range(len(names))]
    results = {op: run_kills(op, n, tmp_path / op, rng) for op, n in zip(OPERATIONS, per_op)}
    results |= {pair: run_pair_kills(pair, n, tmp_path / pair.replace(" ", "-").replace("+", "-"), rng)
                for pair, n in zip(PAIRS, per_op[len(OPERATIONS):])}
    failures = [f for r in results.values() for f in r["failures"]]
    for op, r in results.items():
        s = r["stats"]
        print(f"\nkill test {op}: {s['kills']} kills ({s.get('inside a transaction', '–')} inside a transaction, "
              f"{s['committed, not acknowledged']} committed but not acknowledged), one operation ≈ "
              f"{r['op seconds'] * 1000:.0f} ms, {len([f for f in failures if f.startswith(op + ' ')])} failures")
    print(f"kill test: {sum(per_op)} kills, {len(failures)} failures, {time.perf_counter() - started:.0f} s")
    assert not failures, failures[:10]
