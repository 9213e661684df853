"""The parse worker: a file that hangs, eats memory, crashes the process or trips a bug ends as one Chinese message."""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLES
from desktop.core.engine import parse_file
from desktop.core.errors import ReadError
from desktop.store.parse_worker import TOO_BIG, ParseWorker

SEED = SAMPLES / "000_55174da676faff8d.txt"


def _refusal(worker: ParseWorker) -> tuple[ReadError, float]:
    start = time.perf_counter()
    with pytest.raises(ReadError) as info:
        worker.parse(SEED)
    return info.value, time.perf_counter() - start


def test_a_hanging_parse_is_stopped_at_the_time_limit():
    worker = ParseWorker("bad_files:sleep_job", timeout=1.0)
    try:
        err, elapsed = _refusal(worker)
        assert err.zh == TOO_BIG.zh and "已停止处理" in err.zh
        assert elapsed < 5
        assert worker._process is None  # killed, not left running
    finally:
        worker.stop()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is the Linux memory cap")
def test_a_parse_that_wants_8_gib_runs_out_of_memory_in_the_worker():
    worker = ParseWorker("bad_files:allocate_job", timeout=30)
    try:
        err, elapsed = _refusal(worker)
        assert err.zh == TOO_BIG.zh and "memory" in err.en
        assert elapsed < 5
    finally:
        worker.stop()


@pytest.mark.parametrize("job, words", [("bad_files:crash_job", TOO_BIG.zh),
                                         ("bad_files:value_error_job", "文件内容无法解析（ValueError）"),
                                         ("bad_files:unpicklable_job", "文件内容无法解析（TypeError）")])
def test_a_crash_or_a_bug_becomes_one_message(job, words):
    worker = ParseWorker(job, timeout=30)
    try:
        err, _ = _refusal(worker)
        assert words in err.zh
    finally:
        worker.stop()


def test_the_worker_is_reused_and_replaced_after_a_kill():
    worker = ParseWorker(timeout=30)
    try:
        first = worker.parse(SEED)
        pid = worker._process.pid
        assert worker.parse(SEED)[0].to_eval_dict() == first[0].to_eval_dict()
        assert worker._process.pid == pid  # one process for many files
        worker._process.kill()
        worker._process.join()
        assert worker.parse(SEED)[0].to_eval_dict() == first[0].to_eval_dict()  # a new one takes over
    finally:
        worker.stop()


def test_a_parse_result_survives_pickling():
    result = parse_file(SEED)
    again = pickle.loads(pickle.dumps(result))
    assert again.to_eval_dict() == result.to_eval_dict()
    assert again.document.text == result.document.text and isinstance(again.source, Path)
