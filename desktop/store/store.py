"""The store facade: open a data folder, migrate, import, query, edit. The GUI and CLI talk to this, never to SQL."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from desktop.core.readers import SUPPORTED_SUFFIXES

import datetime as dt

from . import models as m
from . import annotation_services, correction_services, queries, review_queries, services
from .db import make_engine, make_sessionmaker
from .migrate import current_revision, upgrade
from .paths import STORE_FILE, data_dir, store_url
from .rows import ImportOutcome
from .search import search_measures

Progress = Callable[[int, int, str], None]


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[ImportOutcome]]:
    """(files to import, entries skipped with the reason). Files named are taken as given (import_file checks what
    they are); inside a folder, only regular files with a supported suffix that lie in the folder once links are
    resolved: a link to /etc/passwd or to a file elsewhere, a link to a folder, a FIFO or a device are skipped."""
    out: list[Path] = []
    skipped: list[ImportOutcome] = []
    for p in map(Path, paths):
        if p.is_dir():
            found, left = _folder_files(p)
            out += found
            skipped += left
        else:
            out.append(p)
    seen: set[Path] = set()
    real = {p.resolve() for p in out if not p.is_symlink()}   # a file and a link to it: the file is named
    keep = [p for p in out if not (p.is_symlink() and p.resolve() in real)]
    return [p for p in keep if not (p.resolve() in seen or seen.add(p.resolve()))], skipped


def _folder_files(folder: Path) -> tuple[list[Path], list[ImportOutcome]]:
    root = folder.resolve()
    files, skipped = [], []
    for dirpath, dirnames, filenames in os.walk(folder):     # never descends into a linked folder
        here = Path(dirpath)
        for name in dirnames:
            if (here / name).is_symlink():
                skipped.append(ImportOutcome(str(here / name), "skipped",
                                             "已跳过：这是指向另一个文件夹的链接，导入文件夹时不跟随链接 (a link to a folder: not followed)"))
        for name in filenames:
            path = here / name
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            why = _not_importable(path, root)
            if why:
                skipped.append(ImportOutcome(str(path), "skipped", why))
            else:
                files.append(path)
    return sorted(files), sorted(skipped, key=lambda o: o.path)


def _not_importable(path: Path, root: Path) -> str | None:
    """Why a file found in a folder is not imported, or None."""
    target = path.resolve()
    if path.is_symlink() and not target.is_relative_to(root):
        return f"已跳过：链接指向所选文件夹之外（{target}），未导入 (a link out of the chosen folder)"
    try:
        mode = target.stat().st_mode
    except OSError as exc:
        return f"已跳过：无法读取（{exc.strerror}） (cannot read)"
    if not stat.S_ISREG(mode):
        return "已跳过：不是普通文件（命名管道、设备等），未导入 (not a regular file)"
    return None


def usable_folder(directory: str | Path | None = None, write: bool = False) -> Path:
    """The data folder (created if missing), or open_errors.StoreUnavailable for a state seen before SQLite opens
    anything: a folder that cannot be created, a folder or a non-SQLite file in the store file's place, a store
    from a newer PolicyDesk, a read-only folder (for writing, or for a store not yet created)."""
    from .migrate import HEAD, known_revisions
    from .open_errors import check_folder, opening
    hint = Path(directory) if directory else Path(".")
    with opening(hint, hint / STORE_FILE):
        folder = data_dir(directory)
    check_folder(folder, folder / STORE_FILE, write, known_revisions(), HEAD)
    return folder


class Store:
    def __init__(self, url, directory: Path | None = None):
        self.directory = directory
        self._connect(url)

    def _connect(self, url) -> None:
        """Engine, migrations, the kept id floor (after a restore, see id_floor), sessions."""
        from .id_floor import apply_floor
        self.engine = make_engine(url)
        upgrade(self.engine)
        if self.file is not None:
            apply_floor(self.engine, self.file.parent)
        self.sessions = make_sessionmaker(self.engine)

    @classmethod
    def open(cls, directory: str | Path | None = None, write: bool = False) -> Store:
        """The store in a data folder, created or migrated as needed. Raises open_errors.StoreUnavailable, which
        says why (read-only, not a store file, disk full, made by a newer PolicyDesk); ``write`` also refuses a
        read-only folder up front, for callers that are about to write."""
        from .open_errors import opening
        folder = usable_folder(directory, write)
        with opening(folder, folder / STORE_FILE):
            return cls(store_url(folder), folder)

    def close(self) -> None:
        self.engine.dispose()

    def import_paths(self, paths: Iterable[str | Path], progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[ImportOutcome]:
        """Import files and folders one transaction per file; cancellable between files."""
        from .importer import import_file  # the engine loads only when there is something to import
        files, outcomes = expand_paths(paths)
        for i, path in enumerate(files):
            if progress:
                progress(i, len(files), path.name)
            if cancelled and cancelled():  # asked after the progress report, so a Cancel seen there counts at once
                outcomes += [ImportOutcome(str(p), "cancelled", "已取消，未导入") for p in files[i:]]
                break
            outcomes.extend(import_file(self.sessions, path))
        if progress:
            progress(len(files), len(files), "")
        return outcomes

    def documents(self):
        return self._read(queries.documents)

    def diagnostics(self, document_id: int) -> dict | None:
        """What the engine saw in the document (see core.diagnostics.Diagnostics.to_dict), None if not recorded."""
        return self._read(queries.diagnostics, document_id)

    def units(self):
        return self._read(queries.units)

    def unit_tasks(self, name: str):
        with self.sessions() as s:
            unit_id = queries.resolve_unit(s, name)
            return None if unit_id is None else queries.unit_tasks(s, unit_id)

    def search(self, text: str, limit: int = 100):
        return self._read(search_measures, text, limit)

    def measure_ids(self, f: queries.MeasureFilter = queries.MeasureFilter(), order: str = "document"):
        return self._read(queries.measure_ids, f, order)

    def measure_rows(self, ids: list[int]):
        return self._read(queries.measure_rows, ids)

    def _read(self, fn, *args, **kwargs):
        with self.sessions() as s:
            return fn(s, *args, **kwargs)

    def _write(self, fn, *args, **kwargs):
        """One write transaction; a failure of the database itself (locked too long, disk full, read-only) rolls
        back and is raised as open_errors.StoreWriteFailed, which says so."""
        from .team.server import retried
        try:
            return retried(self.sessions.begin, fn, *args, **kwargs)
        except DBAPIError as exc:
            from .open_errors import write_failure
            raise write_failure(exc, self.directory) from exc

    # reads for the review window
    def outline(self, document_id: int):
        return self._read(review_queries.outline, document_id)

    def outlines(self, document_ids: list[int]):
        """Document id → its outline, for many documents at once."""
        return self._read(review_queries.outlines, list(document_ids))

    def document_text(self, document_id: int):
        return self._read(review_queries.document_text, document_id)

    def measure_detail(self, measure_id: int):
        return self._read(review_queries.measure_detail, measure_id)

    def measure_details(self, measure_ids: list[int]):
        """Measure id → its detail, for many measures at once."""
        return self._read(review_queries.measure_details, list(measure_ids))

    def assignments(self, measure_ids: list[int]):
        return self._read(review_queries.assignments, measure_ids)

    def annotations(self, document_id: int | None = None, measure_id: int | None = None, orphans_only: bool = False):
        return self._read(review_queries.annotations, document_id, measure_id, orphans_only)

    def snippets(self, measure_ids: list[int], query: str):
        return self._read(review_queries.snippets, measure_ids, query)

    def unit_choices(self):
        return self._read(review_queries.unit_choices)

    def tag_names(self):
        return self._read(review_queries.tag_names)

    def orphans(self, document_id: int | None = None):
        return self._read(review_queries.orphans, document_id)

    def task_table(self, document_id: int | None = None, unit_id: int | None = None):
        return self._read(review_queries.task_table, document_id, unit_id)

    def due_tasks(self, today: dt.date, within_days: int = 14):
        return self._read(review_queries.due_tasks, today, within_days)

    def status_counts(self):
        return self._read(queries.status_counts)

    def export_scope(self, document_id: int | None = None, unit_id: int | None = None, status: str | None = None,
                     include_context: bool = False):
        """What an export of this selection would hold: its documents, measures and units (nothing is written)."""
        from .scope_queries import export_scope
        return self._read(export_scope, document_id, unit_id, status, include_context)

    # reports: plain core.reports models built in one place (desktop/store/reports)
    def ledger_report(self, document_ids=None, unit_id: int | None = None, status: str | None = None,
                      include_context: bool = False):
        from .reports.report_queries import ledger_report
        return ledger_report(self, document_ids, unit_id, status, include_context)

    def unit_report(self, unit_id: int, document_ids=None):
        from .reports.report_queries import unit_report
        return unit_report(self, unit_id, None if document_ids is None else set(document_ids))

    def briefing_report(self, document_id: int | None = None, unit_id: int | None = None,
                        include_internal: bool = False, today: dt.date | None = None, include_context: bool = False,
                        issuer: str = ""):
        from .reports.report_queries import briefing_report
        return briefing_report(self, document_id, unit_id, include_internal, today,
                               include_context=include_context, issuer=issuer)

    def resolve_unit(self, name: str):
        return self._read(queries.resolve_unit, name)

    # edits: each returns what an undo needs to put things back
    def update_assignments(self, ids: list[int], expected: dict[int, int] | None = None, **values) -> dict[int, dict]:
        """Set fields on assignments; returns their previous values by id. With ``expected`` (id → the version the
        edit was based on), a row changed since raises team.versions.EditConflict and nothing is written."""
        def run(s):
            if expected is not None:
                from .team.versions import check_versions
                check_versions(s, m.Assignment, expected, values)
            old = correction_services.assignment_values(s, ids, (*values, "state"))
            services.update_assignments(s, ids, **values)
            return old
        return self._write(run)

    def restore_assignments(self, old: dict[int, dict], expected: dict[int, dict] | None = None):
        """Undo of update_assignments or change_unit: the old values and extraction state. With ``expected`` (the
        values the step wrote), a field someone else has changed since is kept; returns those (ChangedSince)."""
        if expected is None:
            self._write(correction_services.restore_assignment_values, old)
            return []
        from .compare_and_set import set_if_unchanged
        return self._write(set_if_unchanged, old, expected, "undo")

    def reapply_assignments(self, values: dict[int, dict], expected: dict[int, dict]):
        """Redo: each assignment's ``values`` again, where the field still holds ``expected`` (what the undo left);
        returns the fields kept because someone else changed them since (ChangedSince)."""
        from .compare_and_set import set_if_unchanged
        return self._write(set_if_unchanged, values, expected, "redo")

    def assignment_versions(self, ids: list[int]) -> dict[int, int]:
        """Assignment id → its row version (what an edit based on the current values names as ``expected``)."""
        from .team.versions import assignment_versions
        return self._read(assignment_versions, list(ids))

    def add_assignment(self, measure_id: int, unit_name: str, role: str) -> int:
        return self._write(correction_services.add_assignment, measure_id, unit_name, role)

    def restore_assignment(self, snapshot: dict) -> int:
        """Undo of remove_assignment: the same row back."""
        return self._write(correction_services.restore_assignment, snapshot)

    def remove_assignment(self, assignment_id: int) -> dict:
        return self._write(correction_services.remove_assignment, assignment_id)

    def change_unit(self, assignment_id: int, unit_name: str, expected_version: int | None = None) -> dict[int, dict]:
        """With ``expected_version`` (the row version the edit was based on), a row changed since raises
        team.versions.EditConflict and nothing is written."""
        return self._write(correction_services.change_unit, assignment_id, unit_name,
                           expected_version=expected_version)

    def fix_deadline(self, deadline_id: int, due: str | None, state: str = "edited") -> tuple[str | None, str]:
        return self._write(correction_services.fix_deadline, deadline_id, due, state=state)

    def add_annotation(self, document_id: int, start: int, end: int, body: str, visibility: str = "internal",
                       tags: list[str] | None = None) -> int:
        def run(s):
            aid = services.add_annotation(s, document_id, start, end, body, visibility)
            annotation_services.set_tags(s, aid, tags or [])
            return aid
        return self._write(run)

    def update_annotation(self, annotation_id: int, body: str | None = None, visibility: str | None = None,
                          tags: list[str] | None = None) -> None:
        self._write(annotation_services.update_annotation, annotation_id, body, visibility, tags)

    def delete_annotation(self, annotation_id: int) -> dict:
        return self._write(annotation_services.delete_annotation, annotation_id)

    def restore_annotation(self, snapshot: dict) -> int:
        return self._write(annotation_services.restore_annotation, snapshot)

    # reads for the Excel ledgers
    def ledger_details(self, measure_ids: list[int]):
        """Measure id → LedgerDetail: the measure's text, the earliest deadline it writes, its units' tracking."""
        from .ledger_queries import ledger_details
        return self._read(ledger_details, measure_ids)

    # reads for the Word briefing pack
    def quantities(self, measure_ids: list[int]):
        """Measure id → its targets as written (e.g. 2000亿元), in text order."""
        from .briefing_queries import quantities
        return self._read(quantities, measure_ids)

    # a returned per-unit ledger: read the tracking, then apply every row's values in one write
    def assignment_tracking(self, ids: list[int]) -> dict[int, dict]:
        """Assignment id → unit_id, measure_id, status, owner, progress, issues, next_steps."""
        from .return_services import assignment_tracking
        return self._read(assignment_tracking, ids)

    def record_export(self, values: dict[int, dict], at) -> None:
        """What a per-unit workbook exported for each assignment id, stamped ``at`` (its creation time)."""
        from .return_services import record_export
        self._write(record_export, values, at)
        if self.file is not None and values:   # these ids are out in a file now: never to be handed out again
            from .id_floor import raise_floor
            raise_floor(self.file.parent, max(values))

    def exported_values(self, ids: list[int], at=None):
        """(assignment id → the values the export stamped ``at`` wrote, else the latest export; that export's time)."""
        from .return_services import exported_values
        return self._read(exported_values, ids, at)

    def set_assignment_values(self, values: dict[int, dict], actor: str = "returned-ledger") -> dict[int, dict]:
        """Each assignment's own fields, one transaction, audited; restore_assignments(result) undoes it."""
        from .return_services import set_assignment_values
        self.backup("return-import")
        return self._write(set_assignment_values, values, actor)

    def apply_return(self, values: dict[int, dict], path) -> tuple[dict[int, dict], object]:
        """A returned file's values: the file kept under returns/ first, then set_assignment_values (see
        return_services.with_evidence). Returns (what restore_assignments needs to undo it, the kept copy or None)."""
        from .return_services import with_evidence
        return with_evidence(self.directory, Path(path), lambda: self.set_assignment_values(values) if values else {})

    # compare
    def compare_measures(self, document_id: int):
        """The document's measures as desktop.core.compare sees them (key = measure id)."""
        from .compare_queries import compare_measures
        return self._read(compare_measures, document_id)

    def compare_pins(self, doc_a: int, doc_b: int):
        """(pins, unpins) between the two documents, each a list of (a_path, b_path) tuples."""
        from .compare_queries import compare_pins
        return self._read(compare_pins, doc_a, doc_b)

    def set_compare_pin(self, doc_a: int, doc_b: int, a_path, b_path, pinned: bool) -> None:
        """Pin (pinned=True) or break apart (False) the pair; a later call for the same pair replaces it."""
        from .compare_queries import set_compare_pin
        self._write(set_compare_pin, doc_a, doc_b, tuple(a_path), tuple(b_path), pinned)

    def clear_compare_pin(self, doc_a: int, doc_b: int, a_path, b_path) -> None:
        """Forget the officer's choice for the pair (the undo of set_compare_pin)."""
        from .compare_queries import clear_compare_pin
        self._write(clear_compare_pin, doc_a, doc_b, tuple(a_path), tuple(b_path))

    # backups
    @property
    def file(self) -> Path | None:
        """The SQLite file behind the store; None for an in-memory or server store."""
        from .backup import sqlite_file
        return sqlite_file(self.engine.url)

    def backup(self, reason: str) -> Path | None:
        """A verified copy in <store folder>/backups, then the rotation; None for a store without a file.
        Raises backup.BackupFailed when the copy fails its check (the store itself is then likely damaged)."""
        from .backup import backup_engine_store
        return backup_engine_store(self.engine.url, reason)

    def backups(self):
        """The store's backups (BackupInfo: path, taken, reason, size), newest first."""
        from .backup import backup_dir, list_backups
        return [] if self.file is None else list_backups(backup_dir(self.file))

    def restore(self, chosen: Path) -> Path | None:
        """Back up the current state (reason "before-restore"), copy ``chosen`` over the store, and reopen it
        (migrating an older backup). Returns the before-restore backup."""
        from .backup import BackupFailed, keep_damaged, restore_into
        if self.file is None:
            raise ValueError("this store has no file to restore into")
        try:
            safety = self.backup("before-restore")
        except BackupFailed:  # the store is damaged: keep its bytes aside instead of a backup SQLite can't make
            safety = None
        self.engine.dispose()
        if safety is None:
            safety = keep_damaged(self.file)
        restore_into(Path(chosen), self.file)
        self._connect(self.engine.url)  # the URL object: str(url) would mask a password
        return safety

    # about
    def schema_revision(self) -> str | None:
        """The store's Alembic revision (alembic_version), as the About dialog shows it."""
        return current_revision(self.engine)
