"""Returned ledgers that carry formulas, external links, zip bombs or DTDs: read as text, never run, or refused."""

from __future__ import annotations

import socket

import openpyxl
import openpyxl.xml
import pytest

import bad_files as bad
from desktop.core.errors import ReadError
from exporters.ledger_columns import TASK_SHEET
from exporters.returns import apply_return, read_return
from exporters.unit_ledger import export_unit_ledgers

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
