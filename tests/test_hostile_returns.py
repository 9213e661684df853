"""Returned ledgers that carry formulas, external links, zip bombs or DTDs: read as text, never run, or refused."""

from __future__ import annotations

import socket

import openpyxl
import openpyxl.xml
import pytest

import bad_files as bad
from desktop.core.errors import ReadError
from exporters.ledger_columns import TASK_SHEET
from desktop.return_jobs import apply_return, read_return
from desktop.export_jobs import export_unit_ledgers, unit_lines

UNIT = "广州市商务局"
DDE = "=cmd|' /C calc'!A0"
REMOTE = "=[1]Sheet1!A1"


def _returned(store, folder, progress: str):
    """The unit's exported ledger with the first task's 进展情况 set to ``progress`` (a formula when it starts with =)."""
    uid = store.resolve_unit(UNIT)
    [path] = export_unit_ledgers(store, folder, [uid])
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    header_row, col = next((c.row, c.column) for r in ws.iter_rows() for c in r if c.value == "进展情况")
    ws.cell(header_row + 1, col, progress)
    wb.save(path)
    return path, uid


@pytest.fixture()
def no_network(monkeypatch):
    attempts = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, addr: attempts.append(addr))
    return attempts


def test_openpyxl_parses_with_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True


def test_a_dde_formula_is_read_and_stored_as_text(sample_store, tmp_path, no_network):
    path, uid = _returned(sample_store, tmp_path / "out", DDE)
    preview = read_return(sample_store, path, uid)
    assert [c.new for c in preview.changes] == [DDE]
    apply_return(sample_store, preview)
    [again] = export_unit_ledgers(sample_store, tmp_path / "again", [uid])
    cells = [c for r in openpyxl.load_workbook(again)[TASK_SHEET].iter_rows() for c in r if c.value == DDE]
    assert [c.data_type for c in cells] == ["s"]  # text on the way out, never a live formula
    assert no_network == []


def test_an_external_link_is_read_as_its_formula_text_and_never_followed(sample_store, tmp_path, no_network):
    path, uid = _returned(sample_store, tmp_path / "out", REMOTE)
    bad.add_external_link(path)
    preview = read_return(sample_store, path, uid)
    assert [c.new for c in preview.changes] == [REMOTE]
    assert "cached-from-remote" not in {c.new for c in preview.changes}
    assert no_network == []


@pytest.mark.parametrize("spoil, words", [(bad.add_zip_bomb, "压缩炸弹"), (bad.add_xxe, "DTD/实体声明")])
def test_a_hostile_workbook_is_refused_before_openpyxl_opens_it(sample_store, tmp_path, spoil, words):
    path, uid = _returned(sample_store, tmp_path / "out", "已完成")
    spoil(path)
    with pytest.raises(ReadError) as info:
        read_return(sample_store, path, uid)
    assert words in info.value.zh and "Excel .xlsx" in info.value.zh


# ---------------------------------------------------------------- issue 15 item 10: returns that ate the machine

LIMIT_SECONDS, LIMIT_MB = 30, 500     # measured on the 2-core test machine: see the figures each case prints


def _sheet_xml(path, edit):
    return bad._rewrite_zip(path, lambda parts: parts.update(
        {"xl/worksheets/sheet1.xml": edit(parts["xl/worksheets/sheet1.xml"])}))


def _stray(cell: str):
    row = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    far = f'<row r="{row}"><c r="{cell}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'.encode()
    return lambda xml: xml.replace(b"</sheetData>", far, 1)


def _whole_column_merge(xml: bytes) -> bytes:
    """进展情况 (column H) merged from the first task row to the sheet's last row."""
    merge = b'<mergeCell ref="H4:H1048576"/>'
    if b"<mergeCells" in xml:
        return xml.replace(b"</mergeCells>", merge + b"</mergeCells>", 1)
    return xml.replace(b"</sheetData>", b"</sheetData><mergeCells>" + merge + b"</mergeCells>", 1)


def _million_rows(path):
    """A million numbered rows after the table (streamed into the part: openpyxl would take minutes to write them)."""
    import zipfile
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    head, _, tail = parts.pop("xl/worksheets/sheet1.xml").partition(b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(head)
            for start in range(100, 1_000_100, 10_000):
                out.write(b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r)
                                   for r in range(start, start + 10_000)))
            out.write(b"</sheetData>" + tail)
    return path


def _measured_preview(store, path):
    """`returns import --preview` in its own process: (exit code, stdout, stderr, seconds, peak MB of that process)."""
    import json
    import subprocess
    import sys
    import time
    from conftest import ROOT
    probe = ("import json, resource, sys\nfrom desktop.cli import main\n"
             "code = main(sys.argv[1:])\n"
             "print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss), file=sys.stderr)\n"
             "sys.exit(code)")
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", probe, "--data-dir", str(store.directory), "returns", "import",
                           str(path), "--unit", UNIT, "--preview"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    seconds = time.monotonic() - start
    *err, peak = done.stderr.strip().splitlines()
    return done.returncode, done.stdout, "\n".join(err), seconds, json.loads(peak) / 1024


@pytest.mark.parametrize("name, spoil", [
    ("a stray cell at A1048576", lambda p: _sheet_xml(p, _stray("A1048576"))),
    ("a stray cell at XFD1048576", lambda p: _sheet_xml(p, _stray("XFD1048576"))),
    ("a merge over the whole 进展情况 column", lambda p: _sheet_xml(p, _whole_column_merge)),
])
def test_a_return_claiming_the_whole_sheet_is_read_in_seconds(sample_store, tmp_path, name, spoil):
    """Before: 89 s and 3 GB (A1048576), MemoryError after 170 s (XFD1048576), openpyxl never returned (the merge)."""
    path, uid = _returned(sample_store, tmp_path / "out", "已完成前期调研")
    rows = len(read_return(sample_store, path, uid).changes)
    spoil(path)
    code, out, err, seconds, peak = _measured_preview(sample_store, path)
    print(f"{name}: {seconds:.1f} s, {peak:.0f} MB")
    assert code == 0, err
    assert seconds < LIMIT_SECONDS and peak < LIMIT_MB
    tasks = len(unit_lines(sample_store, uid))
    # the merge gives every task row the merged text, as a department merging the column means it
    assert f"修改 {tasks if 'merge' in name else rows} 处" in out and "已完成前期调研" in out


def test_a_million_row_return_is_refused_in_seconds_in_words(sample_store, tmp_path):
    """Before: 100 s, 3.5 GB, then `too many SQL variables`."""
    path, _ = _returned(sample_store, tmp_path / "out", "已完成前期调研")
    _million_rows(path)
    code, out, err, seconds, peak = _measured_preview(sample_store, path)
    print(f"a million rows: {seconds:.1f} s, {peak:.0f} MB")
    assert code == 1 and "Traceback" not in err
    assert "超过 20000 行" in err and err.startswith("错误：无法读取")
    assert seconds < LIMIT_SECONDS and peak < LIMIT_MB


def test_more_ids_than_sqlite_allows_variables_are_looked_up_in_chunks(sample_store):
    """A returned sheet may carry more ids than SQLite allows variables in one statement (32,766 by default, 250,000
    in Debian's build): the lookups go in chunks (before: `too many SQL variables`)."""
    import sqlite3
    limit = sqlite3.connect(":memory:").getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    uid = sample_store.resolve_unit(UNIT)
    real = [ln["assignment_id"] for ln in unit_lines(sample_store, uid)]
    ids = sorted(set(range(1, limit + 2)) | set(real))
    assert set(real) <= set(sample_store.assignment_tracking(ids))
    assert sample_store.exported_values(ids) == ({}, None)
