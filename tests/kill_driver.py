"""Child process of the kill tests: repeat one store operation, saying "BEGIN k" before and "DONE k n s" after each
(and "TX" / "TXEND" around every transaction).

Usage: kill_driver.py OP STORE_DIR WORK_DIR FIRST_K [COUNT]. OP is import, annotate, return, bulk or
cli-import:TAG (copy k imported by a ``policydesk import`` process, named TAG<k>_…, for two writers at once); operation k is
fully determined by k, so the parent can tell from the store which operations are in and whether each is whole.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEEDS = sorted((ROOT / "resources" / "samples").glob("*.txt"))
STATUS_CYCLE = ("推进中", "已完成", "滞后", "暂缓")
NOTE_QUOTE = "全球溯源中心"


def import_name(k: int, tag: str = "copy") -> str:
    return f"{tag}{k:04d}_{SEEDS[k % len(SEEDS)].name}"


def copy_file(work: Path, k: int, tag: str = "copy") -> Path:
    """A copy of a seed, changed by a line at its end (new bytes, so never a duplicate)."""
    path = work / "imports" / import_name(k, tag)
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(SEEDS[k % len(SEEDS)].read_bytes() + f"\n（{tag}第{k}份测试副本）\n".encode())
    return path


def import_copy(store, work: Path, k: int) -> int:
    path = copy_file(work, k)
    [outcome] = store.import_paths([path])
    if outcome.status not in ("imported", "new_version"):
        raise RuntimeError(f"{path.name}: {outcome.status} {outcome.message}")
    return 1


def cli_import(tag: str):
    """Import copy k with ``policydesk import`` in a process of its own (in this driver's process group, so a kill of
    the group is a crash of both), as a second writer beside another driver."""
    def run(store, work: Path, k: int) -> int:
        import subprocess
        path = copy_file(work, k, tag)
        done = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(store.directory), "import",
                               "--quiet", str(path)], cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
        if done.returncode not in (0, 3):   # 3: imported, flagged (sample 003 names no unit)
            raise RuntimeError(f"{path.name}: policydesk import exited {done.returncode}: {done.stdout[-500:]}"
                               f"{done.stderr[-500:]}")
        return 1
    return run


def note_document(store) -> int:
    return next(d.id for d in store.documents() if d.source_name == SEEDS[0].name)


def annotate(store, work: Path, k: int) -> int:
    """Odd k adds note (k+1)/2 with one tag; even k rewrites that note's body and tags in one edit."""
    doc, j = note_document(store), (k + 1) // 2
    if k % 2:
        start = store.document_text(doc).text.index(NOTE_QUOTE)
        store.add_annotation(doc, start, start + len(NOTE_QUOTE), f"批注{j}-v1", tags=[f"t{j}"])
    else:
        note = next(a for a in store.annotations(doc) if a.body == f"批注{j}-v1")
        store.update_annotation(note.id, body=f"批注{j}-v2", tags=[f"t{j}", "改"])
    return 1


def apply_returned(store, work: Path, k: int) -> int:
    """Odd k applies the department's file A, even k file B, taking the file's side of every conflict."""
    from desktop.return_jobs import apply_return, read_return
    preview = read_return(store, work / ("A.xlsx" if k % 2 else "B.xlsx"))
    choices = {(c.assignment_id, c.field): "file" for c in preview.conflicts}
    return apply_return(store, preview, choices)["applied"]


def all_assignment_ids(store) -> list[int]:
    return sorted(a.id for a in store.assignments(store.measure_ids()))


def bulk_status(store, work: Path, k: int) -> int:
    """Every assignment of the store gets status STATUS_CYCLE[k % 4] and owner 第k轮 in one bulk edit."""
    ids = all_assignment_ids(store)
    # POLICYDESK_KILL_CONTROL=split: the control, one transaction per 20 assignments (the kill test must catch it)
    step = 20 if os.environ.get("POLICYDESK_KILL_CONTROL") == "split" else len(ids)
    for i in range(0, len(ids), step):
        store.update_assignments(ids[i:i + step], status=STATUS_CYCLE[k % len(STATUS_CYCLE)], owner=f"第{k}轮")
    return len(ids)


OPERATIONS = {"import": import_copy, "annotate": annotate, "return": apply_returned, "bulk": bulk_status}


def main() -> None:
    op, store_dir, work, first = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    count = int(sys.argv[5]) if len(sys.argv) > 5 else 10 ** 9
    from desktop.store.store import Store
    from sqlalchemy import event
    store = Store.open(store_dir)
    # "TX" while a transaction is open, so the parent can count the kills that landed inside one
    event.listen(store.engine, "begin", lambda _conn: print("TX", flush=True))
    for end in ("commit", "rollback"):
        event.listen(store.engine, end, lambda _conn: print("TXEND", flush=True))
    run = cli_import(op.split(":", 1)[1]) if op.startswith("cli-import:") else OPERATIONS[op]
    print("READY", flush=True)
    for k in range(first, first + count):
        print(f"BEGIN {k}", flush=True)
        started = time.perf_counter()
        n = run(store, work, k)
        print(f"DONE {k} {n} {time.perf_counter() - started:.4f}", flush=True)
    store.close()


if __name__ == "__main__":   # the import's parse worker is spawned from this process
    main()
