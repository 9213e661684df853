"""Reading a returned per-unit ledger back: preview its changes and conflicts, then apply them as one undoable write."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from rapidfuzz import fuzz

from desktop.core.errors import ReadError
from desktop.core.readers.zip_guard import check_package
from desktop.core.vocabulary import STATUSES

from .ledger_columns import RETURN_FIELDS, TASK_SHEET
from .return_sheet import assignment_id, cell_text, find_header, unit_name_in
from .unit_ledger import unit_lines
from .xlsx_safety import clean_text, fit_cell

FIELD_NAMES = {"status": "状态", "owner": "责任人", "progress": "进展情况", "issues": "存在问题",
               "next_steps": "下一步措施"}
class UnitNotFound(ValueError):
    """The sheet names no 填报单位 the registry knows, and the caller named none."""


FUZZY_THRESHOLD = 85   # weighted 序号 + 重点任务 similarity (0–100) a row without its id needs to be matched


@dataclass(frozen=True)
class FieldChange:
    """A field the department changed and the store has not changed since the export."""
    row: int                  # row number in the returned sheet
    assignment_id: int
    number: str               # 序号 as exported
    field: str                # assignment field: status, owner, progress, issues, next_steps
    old: str                  # the store's value now ('' for blank)
    new: str                  # the file's value


@dataclass(frozen=True)
class FieldConflict:
    """A field changed both in the file and in the store since the export: the officer picks a side."""
    row: int
    assignment_id: int
    number: str
    field: str
    exported: str
    store: str
    file: str


@dataclass(frozen=True)
class RejectedRow:
    row: int
    assignment_id: int | None
    reason: str


@dataclass(frozen=True)
class FuzzyMatch:
    """A row whose id was lost, matched by 序号 + 重点任务; its changes are in the preview, flagged here."""
    row: int
    assignment_id: int
    number: str
    score: float


@dataclass(frozen=True)
class ReturnPreview:
    path: Path
    unit_id: int
    unit_name: str
    exported_at: str | None              # None: no export of these tasks on record, conflicts cannot be told apart
    changes: tuple[FieldChange, ...]
    conflicts: tuple[FieldConflict, ...]
    rejected: tuple[RejectedRow, ...]
    fuzzy: tuple[FuzzyMatch, ...]
    matched_rows: int


def _resolve_unit(store, ws, header_row: int, unit_id: int | None) -> tuple[int, str]:
    names = {u.id: u.qualified_name for u in store.units()}
    if unit_id is None:
        name = unit_name_in(ws, header_row)
        unit_id = store.resolve_unit(name) if name else None
        if unit_id is None:
            raise UnitNotFound("无法从文件判断填报单位（“填报单位”一行缺失或无法识别）")
    if unit_id not in names:
        raise KeyError(f"unknown unit id {unit_id}")
    return unit_id, names[unit_id]


def _best_fuzzy(number: str, task: str, candidates: dict[int, dict]) -> tuple[int, float] | None:
    best = None
    for aid, line in candidates.items():
        score = 0.3 * fuzz.ratio(number, line["number"]) + 0.7 * fuzz.ratio(task, line["task"] or "")
        if best is None or score > best[1]:
            best = (aid, score)
    return best if best and best[1] >= FUZZY_THRESHOLD else None


def _disagrees(values: dict, line: dict) -> bool:
    """The row's 重点任务 (or, without one, its 序号) is not the task its id names in the store now. The task text
    decides: a department may renumber rows, and another document's measure can carry the same 序号."""
    task, number = values.get("task", ""), values.get("number", "")
    if task:
        exported = fit_cell(clean_text(line["task"] or ""))
        return fuzz.ratio(task[:3000], exported[:3000]) < FUZZY_THRESHOLD
    return bool(number) and number != line["number"]


def merged_values(ws, header_row: int) -> dict[tuple[int, int], object]:
    """(row, column) → value for every cell inside a merged range below the header: a department that merges
    进展情况 over several rows means the same text for each of them (openpyxl leaves all but the top-left empty)."""
    out = {}
    for rng in ws.merged_cells.ranges:
        if rng.min_row > header_row:
            value = ws.cell(rng.min_row, rng.min_col).value
            out.update(((r, c), value) for r in range(rng.min_row, rng.max_row + 1)
                       for c in range(rng.min_col, rng.max_col + 1))
    return out


def read_return(store, path, unit_id: int | None = None) -> ReturnPreview:
    """Read a returned workbook (formulas as their text, never evaluated) and compare it with the export and the store."""
    path = Path(path)
    check_package(path, "Excel .xlsx")    # zip bombs, encryption, DTDs: ReadError before openpyxl inflates
    try:
        wb = openpyxl.load_workbook(path, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        # openpyxl's own errors are in English and name internals: one Chinese reason instead
        raise ReadError("不是有效的 Excel 工作簿（.xlsx），无法读取", f"not a readable .xlsx: {exc}") from exc
    ws = wb[TASK_SHEET] if TASK_SHEET in wb.sheetnames else wb.worksheets[0]
    header_row, columns = find_header(ws)
    unit_id, unit_name = _resolve_unit(store, ws, header_row, unit_id)
    lines = {ln["assignment_id"]: ln for ln in unit_lines(store, unit_id)}

    merged = merged_values(ws, header_row)
    rows = []                   # (row number, {key: text}) for non-blank rows
    for cells in ws.iter_rows(min_row=header_row + 1):
        r = cells[0].row
        values = {key: cell_text(merged.get((r, col), cells[col - 1].value if col - 1 < len(cells) else None))
                  for key, col in columns.items()}
        if any(values.values()):
            rows.append((r, values))

    ids_in_file = {assignment_id(v.get("id", "")) for _, v in rows} - {None}
    tracking = store.assignment_tracking(sorted(ids_in_file | set(lines)))
    snapshot, exported_at = store.exported_values(sorted(lines), wb.properties.created)
    rejected, fuzzy, matched = [], [], []
    seen: set[int] = set()
    for row, values in rows:
        aid = assignment_id(values.get("id", ""))
        if aid is None:
            if not values.get("task") and not values.get("number"):
                rejected.append(RejectedRow(row, None, "无系统编号，也无序号和重点任务，无法对应"))
                continue
            found = _best_fuzzy(values.get("number", ""), values.get("task", ""),
                                {a: ln for a, ln in lines.items() if a not in ids_in_file and a not in seen})
            if found is None:
                rejected.append(RejectedRow(row, None, "系统编号缺失，按序号和重点任务也找不到对应任务"))
                continue
            aid = found[0]
            fuzzy.append(FuzzyMatch(row, aid, lines[aid]["number"], round(found[1], 1)))
        elif aid not in tracking:
            rejected.append(RejectedRow(row, aid, f"系统编号 A{aid} 不存在"))
            continue
        elif tracking[aid]["unit_id"] != unit_id:
            rejected.append(RejectedRow(row, aid, f"系统编号 A{aid} 不属于{unit_name}"))
            continue
        elif aid in lines and _disagrees(values, lines[aid]):
            rejected.append(RejectedRow(row, aid, f"系统编号 A{aid} 现在对应的任务（{lines[aid]['number']}）与本行的序号、"
                                                  f"重点任务不符（导出后可能恢复过备份），未读取，请核对"))
            continue
        if aid in seen:
            rejected.append(RejectedRow(row, aid, f"系统编号 A{aid} 重复出现，只读第一行"))
            continue
        seen.add(aid)
        matched.append((row, aid, values))

    changes, conflicts = [], []
    for row, aid, values in matched:
        now = {f: "" if tracking[aid][f] is None else str(tracking[aid][f]) for f in RETURN_FIELDS.values()}
        before = snapshot.get(aid, now)        # no snapshot: only the store to compare with
        number = lines[aid]["number"] if aid in lines else values.get("number", "")
        for key, field in RETURN_FIELDS.items():
            if key not in columns:
                continue
            new = values.get(key, "")
            if new == before[field] or new == now[field]:
                continue                        # untouched in the file, or already what the store holds
            if field == "status" and new not in STATUSES:
                rejected.append(RejectedRow(row, aid, f"状态“{new}”不是可选值（{'/'.join(STATUSES)}），未读取"))
                continue
            if now[field] != before[field]:
                conflicts.append(FieldConflict(row, aid, number, field, before[field], now[field], new))
            else:
                changes.append(FieldChange(row, aid, number, field, now[field], new))
    # stored in UTC (as the workbook's creation time); shown in the officer's local time
    stamp = exported_at.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M:%S") if exported_at else None
    return ReturnPreview(path, unit_id, unit_name, stamp, tuple(changes), tuple(conflicts),
                         tuple(rejected), tuple(fuzzy), len(matched))


EVIDENCE_STEM_BYTES = 120   # the kept copy's name: a time stamp and at most this much of the file's own name


def evidence_name(path: Path, now: dt.datetime) -> str:
    """<time>_<name> bounded in bytes (a 248-byte name made the copy's name too long for the file system)."""
    stem = path.stem
    while len(stem.encode("utf-8")) > EVIDENCE_STEM_BYTES:
        stem = stem[:-1]
    return f"{now:%Y%m%d-%H%M%S-%f}_{stem}{path.suffix[:10]}"


def keep_evidence(store, path: Path) -> Path | None:
    """Copy the returned file into the store's folder (returns/<time>_<name>): whole under a temporary name, flushed,
    then renamed, so a full disk leaves no truncated copy under a real name. None for a store without a folder;
    OSError when the copy cannot be kept."""
    if store.directory is None:
        return None
    folder = Path(store.directory) / "returns"
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now()
    out = folder / evidence_name(Path(path), now)
    temp = folder / f".{now:%Y%m%d-%H%M%S-%f}.part"
    try:
        shutil.copyfile(path, temp)
        with open(temp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out


def return_values(preview: ReturnPreview, choices: dict[tuple[int, str], str] | None = None) -> dict[int, dict]:
    """Assignment id → field → value to write: every change, and each conflict whose (assignment id, field) is chosen
    "file" ("store" or no choice keeps the store's value)."""
    choices = choices or {}
    values: dict[int, dict] = {}
    for c in preview.changes:
        values.setdefault(c.assignment_id, {})[c.field] = c.new or None
    for c in preview.conflicts:
        if choices.get((c.assignment_id, c.field)) == "file":
            values.setdefault(c.assignment_id, {})[c.field] = c.file or None
    return values


def apply_return(store, preview: ReturnPreview, choices: dict[tuple[int, str], str] | None = None) -> dict:
    """Keep the file, then apply ``return_values`` as one audited write: OSError (the copy) or the store's error (the
    write) with nothing written either way. Returns {"undo": …, "applied": n,
    "evidence": path}; ``store.restore_assignments(result["undo"])`` puts every value back."""
    values = return_values(preview, choices)
    evidence = keep_evidence(store, preview.path)     # first: a copy that cannot be kept stops the write
    try:
        undo = store.set_assignment_values(values) if values else {}
    except Exception:
        if evidence is not None:                      # nothing was written: no copy of an applied return
            evidence.unlink(missing_ok=True)
        raise
    return {"undo": undo, "applied": sum(len(v) for v in values.values()), "evidence": evidence}
