"""Round trip with a department: export its workbook, edit it as a department would, read it back, apply, undo."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, TASK_SHEET
from desktop.return_jobs import apply_return, read_return
from desktop.export_jobs import export_unit_ledgers

SHANGWU = "广州市商务局"
FORMULA = '=HYPERLINK("http://x","y")'


def _table(ws) -> tuple[list, list[list]]:
    header = [c.value for c in ws[HEADER_ROW]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=FIRST_ROW, max_row=ws.max_row)]
    return header, [r for r in rows if any(v not in (None, "") for v in r)]


def _rewrite(ws, header: list, rows: list[list]) -> None:
    """Clear the table below the title rows and write it again as given (the department's Excel edits)."""
    ws.merged_cells.ranges = set(r for r in ws.merged_cells.ranges if r.max_row < HEADER_ROW)
    for r in ws.iter_rows(min_row=HEADER_ROW, max_row=ws.max_row + 5, max_col=len(header) + 3):
        for c in r:
            c.value = None
    for j, v in enumerate(header, 1):
        ws.cell(HEADER_ROW, j, v)
    for i, row in enumerate(rows):
        for j, v in enumerate(row, 1):
            ws.cell(FIRST_ROW + i, j, v)     # a value starting with "=" becomes a formula, as Excel would make it


def _audit(store, ids: list[int]) -> list[tuple]:
    con = sqlite3.connect(store.engine.url.database)   # the audit log has no facade read: the test reads the file
    rows = con.execute("SELECT actor, action, entity_id, field, old, new FROM audit_log WHERE entity = 'assignment' "
                       f"AND entity_id IN ({','.join(map(str, ids))}) ORDER BY id").fetchall()
    con.close()
    return rows


@pytest.fixture()
def returned(sample_store, tmp_path):
    """The department's returned file for 广州市商务局, and the assignment ids the test touches."""
    uid = sample_store.resolve_unit(SHANGWU)
    [path] = export_unit_ledgers(sample_store, tmp_path / "out", [uid])
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    header, rows = _table(ws)
    id_col, progress_col, task_col = header.index("系统编号（请勿修改）"), header.index("进展情况"), header.index("重点任务")
    ids = [int(r[id_col][1:]) for r in rows]
    assert len(ids) >= 6
    a1, a2, a3, blank, lost = ids[:5]
    rows.sort(key=lambda r: r[task_col] or "", reverse=True)                 # sort
    order = [progress_col] + [j for j in range(len(header)) if j != progress_col]
    header = [header[j] for j in order] + ["联系电话"]                         # move 进展情况 first, add a column
    rows = [[r[j] for j in order] + ["020-12345678"] for r in rows]
    id_col, progress_col = header.index("系统编号（请勿修改）"), 0
    by_id = {int(r[id_col][1:]): r for r in rows}
    by_id[a1][progress_col] = "已完成前期调研"
    by_id[a2][progress_col] = FORMULA
    by_id[a3][progress_col] = "已召开协调会"
    by_id[blank][:] = [None] * len(header)                                  # a blank row
    by_id[lost][id_col] = None                                              # its id lost
    other = next(t.assignment_ids[0] for t in sample_store.task_table()
                 .rows if t.assignment_ids and sample_store.assignment_tracking([t.assignment_ids[0]])
                 [t.assignment_ids[0]]["unit_id"] != uid)
    foreign = [None] * len(header)
    foreign[id_col], foreign[progress_col] = f"A{other}", "别的单位的进展"     # another unit's assignment
    rows.append(foreign)
    _rewrite(ws, header, rows)
    wb.save(path)
    sample_store.update_assignments([a3], progress="局里刚更新")               # meanwhile, in the store
    return path, uid, dict(a1=a1, a2=a2, a3=a3, blank=blank, lost=lost, other=other)


def test_the_file_as_edited_holds_a_real_formula(returned):
    path, _, _ = returned
    ws = openpyxl.load_workbook(path)[TASK_SHEET]
    assert [c.data_type for r in ws.iter_rows() for c in r if c.value == FORMULA] == ["f"]


def test_preview_lists_three_edits_two_changes_and_one_conflict(sample_store, returned):
    path, uid, a = returned
    p = read_return(sample_store, path)                  # the unit is read from 填报单位 above the header
    assert p.unit_id == uid and p.exported_at
    # three progress cells edited by the department; a3's was also changed in the store → 2 changes + 1 conflict
    assert sorted((c.assignment_id, c.field, c.new) for c in p.changes) == sorted(
        [(a["a1"], "progress", "已完成前期调研"), (a["a2"], "progress", FORMULA)])
    assert [(c.assignment_id, c.field, c.exported, c.store, c.file) for c in p.conflicts] == [
        (a["a3"], "progress", "", "局里刚更新", "已召开协调会")]
    assert [(r.assignment_id, "不属于" in r.reason) for r in p.rejected] == [(a["other"], True)]
    assert [f.assignment_id for f in p.fuzzy] == [a["lost"]] and p.fuzzy[0].score >= 85
    assert a["blank"] not in {c.assignment_id for c in p.changes + p.conflicts}


def test_apply_stores_text_audits_and_undoes(sample_store, returned):
    path, uid, a = returned
    p = read_return(sample_store, path, uid)
    result = apply_return(sample_store, p, {(a["a3"], "progress"): "file"})
    assert result["applied"] == 3
    now = sample_store.assignment_tracking([a["a1"], a["a2"], a["a3"]])
    assert [now[a[k]]["progress"] for k in ("a1", "a2", "a3")] == ["已完成前期调研", FORMULA, "已召开协调会"]
    audit = _audit(sample_store, [a["a1"], a["a2"], a["a3"]])
    assert ("returned-ledger", "update", a["a2"], "progress", None, FORMULA) in audit
    assert ("returned-ledger", "update", a["a3"], "progress", "局里刚更新", "已召开协调会") in audit
    assert sum(r[0] == "returned-ledger" for r in audit) == 3
    evidence = result["evidence"]
    assert evidence.parent == sample_store.directory / "returns" and evidence.read_bytes() == path.read_bytes()
    # the formula text went into the store as text and goes out again as text, never as a formula
    [again] = export_unit_ledgers(sample_store, path.parent / "again", [uid])
    ws = openpyxl.load_workbook(again)[TASK_SHEET]
    [cell] = [c for r in ws.iter_rows() for c in r if c.value == FORMULA]
    assert cell.data_type == "s"
    sample_store.restore_assignments(result["undo"])
    now = sample_store.assignment_tracking([a["a1"], a["a2"], a["a3"]])
    assert [now[a[k]]["progress"] for k in ("a1", "a2", "a3")] == [None, None, "局里刚更新"]


def test_conflict_left_alone_without_a_choice(sample_store, returned):
    path, uid, a = returned
    result = apply_return(sample_store, read_return(sample_store, path, uid))
    assert result["applied"] == 2
    assert sample_store.assignment_tracking([a["a3"]])[a["a3"]]["progress"] == "局里刚更新"


def test_cli_previews_then_applies_and_leaves_conflicts(sample_store, returned, capsys):
    from desktop.cli import main
    path, _, a = returned
    args = ["--data-dir", str(sample_store.directory), "returns", "import", str(path), "--unit", SHANGWU]
    assert main(args + ["--preview"]) == 0
    out = capsys.readouterr().out
    assert "修改 2 处，冲突 1 处，未读取 1 行" in out and "仅预览，未写入" in out
    assert "系统现为 局里刚更新；文件填 已召开协调会" in out and "不属于广州市商务局" in out
    assert sample_store.assignment_tracking([a["a1"]])[a["a1"]]["progress"] is None
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "已写入 2 处修改" in out and "1 处冲突未处理" in out
    now = sample_store.assignment_tracking([a["a1"], a["a3"]])
    assert (now[a["a1"]]["progress"], now[a["a3"]]["progress"]) == ("已完成前期调研", "局里刚更新")


def _fill_progress(path, aid: int, text: str) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    id_col, progress_col = header.index("系统编号（请勿修改）") + 1, header.index("进展情况") + 1
    [row] = [r for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, id_col).value == f"A{aid}"]
    ws.cell(row, progress_col, text)
    wb.save(path)


def test_a_returned_file_is_compared_with_its_own_export(sample_store, tmp_path):
    """Exported twice with a store change between: each returned copy is judged against what IT showed."""
    import time
    uid = sample_store.resolve_unit(SHANGWU)
    [first] = export_unit_ledgers(sample_store, tmp_path / "first", [uid])
    aid = sample_store.task_table(unit_id=uid).rows[0].assignment_ids[0]
    old = sample_store.update_assignments([aid], progress="局里先填了")
    time.sleep(1.1)                                     # export times are kept to the second
    [second] = export_unit_ledgers(sample_store, tmp_path / "second", [uid])
    try:
        for path in (first, second):
            _fill_progress(path, aid, "处里回填")
        p1, p2 = read_return(sample_store, first, uid), read_return(sample_store, second, uid)
        # the first copy showed a blank: the store changed since → a conflict; the second showed the store's text
        assert [(c.assignment_id, c.exported, c.store, c.file) for c in p1.conflicts] == [
            (aid, "", "局里先填了", "处里回填")] and not p1.changes
        assert [(c.assignment_id, c.old, c.new) for c in p2.changes] == [(aid, "局里先填了", "处里回填")]
        assert not p2.conflicts and p1.exported_at < p2.exported_at
    finally:
        sample_store.restore_assignments(old)


def test_progress_merged_over_two_rows_counts_for_both(sample_store, tmp_path):
    uid = sample_store.resolve_unit(SHANGWU)
    [path] = export_unit_ledgers(sample_store, tmp_path / "m", [uid])
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    id_col, progress = header.index("系统编号（请勿修改）") + 1, header.index("进展情况") + 1
    ids = [int(ws.cell(r, id_col).value[1:]) for r in (FIRST_ROW, FIRST_ROW + 1)]
    ws.cell(FIRST_ROW, progress, "两项合并推进")
    ws.merge_cells(start_row=FIRST_ROW, start_column=progress, end_row=FIRST_ROW + 1, end_column=progress)
    wb.save(path)
    p = read_return(sample_store, path, uid)
    assert sorted((c.assignment_id, c.new) for c in p.changes) == sorted((i, "两项合并推进") for i in ids)


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 torn", b"not a zip at all"])
def test_a_broken_return_file_is_one_chinese_line_on_the_command_line(sample_store, tmp_path, capsys, content):
    from desktop.cli import main
    bad = tmp_path / "坏文件.xlsx"
    bad.write_bytes(content)
    assert main(["--data-dir", str(sample_store.directory), "returns", "import", str(bad), "--unit", SHANGWU]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：无法读取") and "Traceback" not in err and len(err.strip().splitlines()) == 1
