"""Time hostile workbooks: the bounded grid reader against naive openpyxl use (each in a capped child process).

    .venv/bin/python tests/benchmarks/bench_workbook.py [SECONDS]

Naive 1: read-only openpyxl iterating every row (trusts the declared dimension). Naive 2: a normal load_workbook
(creates a MergedCell for every slot a merge covers) then iter_rows. Each child gets SECONDS (default 30) and 2 GiB.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1])]

import bad_files as bad  # noqa: E402

JOBS = {
    "bounded reader": "from desktop.core.readers.workbook import read_workbook\n"
                      "try:\n    read_workbook(p)\nexcept Exception as e:\n    print(type(e).__name__)",
    "naive read-only iter_rows": "import openpyxl\nwb = openpyxl.load_workbook(p, read_only=True)\n"
                                 "n = sum(1 for _ in wb.active.iter_rows(values_only=True))",
    "naive load_workbook": "import openpyxl\nwb = openpyxl.load_workbook(p)\n"
                           "n = sum(1 for _ in wb.active.iter_rows(values_only=True))",
}


def run(job: str, path: Path, seconds: float) -> str:
    code = f"import resource\nresource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\np = {str(path)!r}\n{job}"
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=seconds,
                              cwd=HERE.parents[1])
    except subprocess.TimeoutExpired:
        return f"> {seconds:.0f} s (stopped)"
    took = time.perf_counter() - start
    if done.returncode:
        return f"{took:.2f} s, failed: {(done.stderr.strip().splitlines() or ['?'])[-1][:60]}"
    return f"{took:.2f} s {done.stdout.strip()}"


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    folder = Path(tempfile.mkdtemp())
    for make in (bad.stray_cell_xlsx, bad.whole_column_merge_xlsx, bad.million_rows_xlsx):
        path = make(folder)
        for name, job in JOBS.items():
            print(f"{make.__name__:26} {name:28} {run(job, path, seconds)}", flush=True)


if __name__ == "__main__":
    main()
