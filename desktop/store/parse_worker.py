"""Parse untrusted files in a separate process with a memory cap and a time limit; one worker serves many files."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from pathlib import Path

from desktop.core.engine import ParseResult
from desktop.core.errors import ReadError

TIMEOUT_S = float(os.environ.get("POLICYDESK_PARSE_TIMEOUT", "60"))
# Address space the worker may add to what it maps after importing the engine (the reader libraries, loaded on
# first use, take < 50 MB of it). RLIMIT_AS counts mapped, not touched, memory: a zip or Flate bomb fails inside
# the worker instead of swapping the laptop.
MEMORY_HEADROOM = int(os.environ.get("POLICYDESK_PARSE_MEMORY_MB", "768")) * 1024 * 1024
STARTUP_TIMEOUT_S = 60
TOO_BIG = ReadError("文件过大或过于复杂，已停止处理，请拆分文件或另存为其他格式后再导入",
                    "the file is too large or too complex; parsing was stopped")


def parse_path(path: str) -> list[ParseResult]:
    """The worker's job: read and parse one file into the documents it holds (ReadError for anything the readers
    cannot handle)."""
    from desktop.core.engine import parse_parts
    return parse_parts(Path(path))


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit alone guards the worker
        return
    with open("/proc/self/statm") as fh:
        mapped = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = mapped + MEMORY_HEADROOM
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))


def _serve(conn, job: str) -> None:
    """Worker main loop: receive a path, send back ("ok", result) or ("error", zh, en); exit when the parent goes."""
    module, name = job.rsplit(":", 1)
    target = getattr(__import__(module, fromlist=[name]), name)
    if sys.platform.startswith("linux"):
        _limit_memory()
    conn.send(("ready",))
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", target(path))
        except ReadError as exc:
            reply = ("error", exc.zh, exc.en)
        except MemoryError:
            reply = ("error", TOO_BIG.zh, "out of memory while parsing")
        except Exception as exc:  # an engine bug on a strange file: one clear rejection, not a crash
            reply = ("error", f"文件内容无法解析（{type(exc).__name__}），未导入", f"parser failed: {exc!r}"[:300])
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("error", TOO_BIG.zh, "out of memory while sending the result"))
        except Exception as exc:  # e.g. a result too deeply nested to pickle
            conn.send(("error", f"文件内容无法解析（{type(exc).__name__}），未导入", f"result not sent: {exc!r}"[:300]))


class ParseWorker:
    """One child process parsing files one at a time; killed and replaced when a file runs out of time or memory."""

    def __init__(self, job: str = "desktop.store.parse_worker:parse_path", timeout: float | None = None):
        self.job = job
        self.timeout = TIMEOUT_S if timeout is None else timeout
        self._process = None
        self._conn = None
        self._lock = threading.Lock()

    def _start(self) -> None:
        # spawn, not fork: the GUI runs Qt and SQLAlchemy threads, and a forked child inherits their locks.
        # Spawn re-imports the main module: scripts need the `if __name__ == "__main__":` guard, and a frozen
        # build must call multiprocessing.freeze_support() first thing.
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        self._process = ctx.Process(target=_serve, args=(child, self.job), daemon=True, name="policydesk-parse")
        self._process.start()
        child.close()
        self._conn = parent
        try:
            if parent.poll(STARTUP_TIMEOUT_S) and parent.recv() == ("ready",):
                return
        except (EOFError, OSError):
            pass
        self.stop()
        raise ReadError("无法启动文件解析进程，未导入；请重新启动程序后再试",
                        "the parsing process did not start (a script without the __main__ guard, "
                        "or a frozen build without multiprocessing.freeze_support())")

    def stop(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
            self._conn.close()
        self._process = self._conn = None

    def parse(self, path: str | Path):
        """Parse ``path`` in the worker, or raise ReadError with a Chinese message (also for a killed worker)."""
        with self._lock:
            if self._process is None or not self._process.is_alive():
                self.stop()
                self._start()
            try:
                self._conn.send(str(path))
                ready = self._conn.poll(self.timeout)
            except (OSError, EOFError):
                ready = False
            if not ready:
                self.stop()
                raise ReadError(TOO_BIG.zh, f"no result within {self.timeout:.0f} s; the worker was stopped")
            try:
                reply = self._conn.recv()
            except (EOFError, OSError):
                self._process.join(5)
                code = self._process.exitcode
                self.stop()
                raise ReadError(TOO_BIG.zh, f"the parsing process ended (exit code {code})") from None
        if reply[0] == "ok":
            return reply[1]
        raise ReadError(reply[1], reply[2])


_shared: ParseWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> ParseWorker:
    """The process-wide worker, started on first use and kept for later imports."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ParseWorker()
        return _shared


def parse_untrusted(path: str | Path) -> list[ParseResult]:
    """Parse a file the officer picked. POLICYDESK_PARSE_IN_PROCESS=1 parses here instead (profiling, debugging)."""
    if os.environ.get("POLICYDESK_PARSE_IN_PROCESS") == "1":
        return parse_path(str(path))
    return shared_worker().parse(path)
