"""The exports as the CLI and the window run them: the store builds the report model, an exporter draws it, and
for a department's workbook the store records what went out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from desktop.core.reports.briefing import RoundChanges
from desktop.store.rounds.book import RoundBook

from exporters.briefing import export_briefing as draw_briefing
from exporters.fonts import FontProfile
from exporters.ledger import FULL
from exporters.ledger import export_ledger as draw_ledger
from exporters.unit_ledger import export_unit_ledger, sent_values, unique_file_names


def export_ledger(store, out_path, document_ids=None, unit_id: int | None = None, status: str | None = None,
                  today: dt.date | None = None, include_context: bool = False, form: str = FULL) -> Path:
    ledger = store.ledger_report(document_ids, unit_id, status, include_context)
    return draw_ledger(ledger, out_path, today, form)


def export_briefing(store, out_path, document_id: int | None = None, unit_id: int | None = None,
                    include_internal: bool = False, today: dt.date | None = None,
                    fonts: Mapping[str, str] | FontProfile | None = None, include_context: bool = False,
                    issuer: str = "") -> Path:
    """The 汇报材料 for one document, one unit, both or everything; internal notes and context items (指导思想,
    发展目标 …) only if asked."""
    report = store.briefing_report(document_id, unit_id, include_internal, today, include_context, issuer)
    return draw_briefing(replace(report, changes=round_changes(store)), out_path, fonts)


def round_changes(store) -> RoundChanges | None:
    """What the current reporting round changed (本期新完成 N 项，新增滞后 M 项) against the round before it, or
    against what its workbooks showed when it is the first; None when no round was started."""
    book = RoundBook(store)
    current = book.current()
    if current is None:
        return None
    counted, previous = book.changes(current.id), book.previous(current.id)
    return RoundChanges(previous.name if previous else "发出时", counted.newly_done, counted.newly_lagging)


def unit_lines(store, unit_id: int) -> list[dict]:
    """The rows a unit's workbook shows, as column key → value."""
    return [ln.values() for ln in store.unit_report(unit_id).lines]


def export_unit_ledgers(store, out_dir, unit_ids: list[int] | None = None, progress=None, cancelled=None,
                        written=None) -> list[Path]:
    """One file per unit (every unit with a task when ``unit_ids`` is None), in ``out_dir``, each under its own name;
    the store records what each showed (a returned copy is compared with that record).

    ``progress(done, total, unit name)`` is told before each file and ``written(path)`` after it; when
    ``cancelled()`` turns true the files written so far are kept (each is whole) and the rest are not written."""
    units = {u.id: u for u in store.units()}
    if unit_ids is None:
        unit_ids = [u.id for u in units.values() if u.lead_count + u.support_count]
    missing = [uid for uid in unit_ids if uid not in units]
    if missing:
        raise KeyError(f"unknown unit ids: {missing}")
    names = unique_file_names({uid: units[uid].qualified_name for uid in unit_ids})
    paths = []
    for i, uid in enumerate(unit_ids):
        if progress:
            progress(i, len(unit_ids), units[uid].qualified_name)
        if cancelled and cancelled():
            break
        report = store.unit_report(uid)
        path, created = export_unit_ledger(report, out_dir, names[uid])
        store.record_export(sent_values(report), created)
        paths.append(path)
        if written:
            written(path)
    return paths
