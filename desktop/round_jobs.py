"""A round's files: every unit's workbook written with the per-unit export (what each showed kept for the round),
and the round a returned workbook belongs to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core.rounds.model import Reminder
from desktop.core.rounds.rules import late_units, return_round

from desktop.core.readers.workbook_stamp import created_stamp
from exporters.unit_ledger import export_unit_ledger, sent_values, unique_file_names
from exporters.xlsx_layout import bulk_writing

SHOWN = ("number", "task", "due", "status", "progress")


def start_round(store, book, name: str, due: dt.date, out_dir, document_ids=None, today: dt.date | None = None,
                written=None):
    """Write every unit's workbook into ``out_dir`` (units with a task in the documents; every document for None),
    then record the round (RoundBook.create) with what each workbook showed and the store's export record (a
    returned copy is compared with it). Returns the round (RoundInfo). ValueError (in Chinese) for a taken name
    before any file is written; OSError when a file cannot be written, and then no round is recorded (the files
    written so far stay, each whole)."""
    name = book.check_new(name, due)
    unit_ids = book.scope_units(document_ids)
    if not unit_ids:
        raise ValueError("所选文件中没有分工到单位的任务，未新建")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = {u.id: u.qualified_name for u in store.units()}
    files = unique_file_names({uid: names[uid] for uid in unit_ids})
    workbooks = []
    with bulk_writing():
        for uid in unit_ids:
            report = store.unit_report(uid, document_ids)
            shown = {ln.assignment_id: {k: "" if v is None else str(v) for k, v in ln.values().items() if k in SHOWN}
                     for ln in report.lines}
            path, created = export_unit_ledger(report, out, files[uid])
            store.record_export(sent_values(report), created)
            workbooks.append((uid, path.name, created, shown))
            if written:
                written(path)
    return book.create(name, due, today or dt.date.today(), document_ids, str(out), workbooks)


def round_of_return(book, path, unit_id: int, asked: str | None = None):
    """The round a returned workbook counts for (see core.rounds.rules.return_round): named by ``asked`` or told by
    the workbook's creation stamp; None for a workbook from outside any round. ValueError in Chinese when refused:
    an unknown name, another round's workbook, a closed round, a unit the round did not include."""
    target = return_round(book.round_of_workbook(unit_id, created_stamp(path)),
                          book.find(asked) if asked else None, asked)
    if target is not None and unit_id not in {u.unit_id for u in book.units(target.id)}:
        raise ValueError(f"该单位不在“{target.name}”的报送范围内，回收的台账未导入")
    return target


def reminders_for(book, round_, today: dt.date, reply_by: dt.date, issuer: str = "", kind: str = "提醒函"
                  ) -> list[Reminder]:
    """One Reminder (提醒函/督办通知) per late unit of the round, with the tasks it still owes."""
    return [Reminder(u.unit_name, round_.name, round_.due, today, reply_by,
                     tuple(book.outstanding(round_.id, u.unit_id)), issuer, kind)
            for u in late_units(book.units(round_.id), round_.due, today)]
