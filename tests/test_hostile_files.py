"""Hostile and broken files imported as an officer would: one clear Chinese message each, quickly, and nothing stored."""

from __future__ import annotations

import sqlite3
import time

import pytest

import bad_files as bad
from desktop.store.store import Store

# (generator, words the officer reads in the message); every one must fail, fast, with the store left empty
REJECTED = [
    (bad.truncated_docx, "文件已损坏或不完整"),
    (bad.zip_bomb_docx, "压缩炸弹"),
    (bad.lying_zip_docx, "文件已损坏或不完整"),
    (bad.xxe_docx, "DTD/实体声明"),
    (bad.billion_laughs_docx, "DTD/实体声明"),
    (bad.empty_pdf, "文件为空"),
    (bad.encrypted_pdf, "PDF 已加密"),
    (bad.gutted_pdf, "PDF 文件已损坏"),
    (bad.flate_bomb_pdf, "文件过大或过于复杂，已停止处理"),
    (bad.many_pages_pdf, "PDF 页数过多"),
    (bad.big_txt, "文件过大（50 MB）"),
    (bad.junk_txt, "这不是文本文件"),
    (bad.high_junk_txt, "无法识别文件编码"),
    (bad.million_rows_xlsx, "超过 20000 行"),
    (bad.repeated_rows_ods, "超过 20000 行"),
    (bad.ole_junk_xls, "文件已损坏或格式不正确"),
    (bad.truncated_xlsx, "文件已损坏或不完整"),
    (lambda folder: bad.add_zip_bomb(bad._task_xlsx(folder / "bomb.xlsx")), "压缩炸弹"),
    (lambda folder: bad.add_xxe(bad._task_xlsx(folder / "xxe.xlsx")), "DTD/实体声明"),
]
SECONDS = 10  # per file, worker start included; the slowest (the Flate bomb) takes ~2.5 s here


@pytest.fixture()
def store(tmp_path):
    st = Store.open(tmp_path / "store")
    yield st
    st.close()


def _table_counts(store) -> dict[str, int]:
    con = sqlite3.connect(store.engine.url.database)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                                           "('documents', 'originals', 'nodes', 'assignments', 'audit_log')")]
        return {n: con.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}
    finally:
        con.close()


@pytest.mark.parametrize("make, words", REJECTED, ids=[m.__name__ if m.__name__ != "<lambda>" else words
                                                       for m, words in REJECTED])
def test_bad_file_is_refused_with_a_chinese_message_and_nothing_stored(store, tmp_path, make, words):
    path = make(tmp_path)
    before = _table_counts(store)
    start = time.perf_counter()
    [outcome] = store.import_paths([path])
    elapsed = time.perf_counter() - start
    assert outcome.status == "failed", outcome
    assert words in outcome.message
    assert elapsed < SECONDS, f"{path.name} took {elapsed:.1f} s"
    assert store.documents() == []
    assert _table_counts(store) == before


def test_a_good_file_after_the_bombs_still_imports(store, tmp_path):
    """The worker killed by the Flate bomb is replaced: the next file is read as usual."""
    [bomb] = store.import_paths([bad.flate_bomb_pdf(tmp_path)])
    assert bomb.status == "failed"
    [good] = store.import_paths([bad._docx(tmp_path / "good.docx")])
    assert good.status == "imported" and "2 项措施" in good.message


def test_xxe_target_never_reaches_the_store(store, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CANARY", encoding="utf-8")
    [outcome] = store.import_paths([bad.xxe_docx(tmp_path, str(secret))])
    assert outcome.status == "failed"
    assert "TOP-SECRET-CANARY" not in outcome.message
    assert store.search("TOP-SECRET-CANARY") == []


def test_pdf_with_a_broken_xref_is_repaired_and_imported(store, tmp_path):
    """pdfium rebuilds a wrong cross-reference table from the objects, as PDF viewers do: the text is kept."""
    [outcome] = store.import_paths([bad.broken_xref_pdf(tmp_path)])
    assert outcome.status == "imported", outcome
    text = store.document_text(outcome.document_id)
    assert "Build the port" in str(text)


def test_html_scripts_are_neither_run_nor_kept(store, tmp_path):
    [outcome] = store.import_paths([bad.script_html(tmp_path)])
    assert outcome.status == "imported", outcome
    text = str(store.document_text(outcome.document_id))
    assert "推进口岸通关便利化" in text
    for hostile in ("document.cookie", "stolen", "evil.example", "import(", "noscript-only"):
        assert hostile not in text


@pytest.mark.parametrize("make", [bad.stray_cell_xlsx, bad.whole_column_merge_xlsx])
def test_a_workbook_claiming_a_huge_range_imports_its_real_rows_quickly(store, tmp_path, make):
    """A stray cell at XFD1048576 or a merge over whole columns costs nothing: the grid ends where the data does."""
    start = time.perf_counter()
    [outcome] = store.import_paths([make(tmp_path)])
    assert outcome.status == "imported", outcome
    assert "2 项措施" in outcome.message
    assert time.perf_counter() - start < SECONDS


def test_a_page_ruled_into_a_huge_grid_is_read_quickly(store, tmp_path):
    """400 × 400 rules on one page would make 160,000 cells: the table finder gives up and the text is read."""
    start = time.perf_counter()
    [outcome] = store.import_paths([bad.ruled_grid_pdf(tmp_path)])
    assert outcome.status == "imported", outcome
    assert time.perf_counter() - start < SECONDS
