"""Reading a returned per-unit ledger back (.xlsx, .xls from WPS or older Excel, .ods from LibreOffice) and comparing
it with plain data: what each task's workbook showed and what the store holds now (desktop.return_jobs reads those
from the store and writes the result through the store's one rule for returns)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from desktop.core.errors import ReadError
from desktop.core.readers.workbook import Sheet, read_workbook
from desktop.core.readers.workbook_stamp import created_stamp, same_moment
from desktop.core.vocabulary import STATUSES

from .ledger_columns import RETURN_FIELDS, TASK_SHEET
from .return_due import due_changed, due_reading, due_text
from .return_sheet import assignment_id, find_header, rows_below, unit_name_in
from .xlsx_safety import clean_text, fit_cell

FIELD_NAMES = {"status": "状态", "owner": "责任人", "progress": "进展情况", "issues": "存在问题",
               "next_steps": "下一步措施"}
ACCEPTED_SUFFIXES = (".xlsx", ".xls", ".ods")     # what a department may send back; the file dialog offers these
RESAVE = "请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）后再导入"


class UnitNotFound(ValueError):
    """The sheet names no 填报单位 the registry knows, and the caller named none."""


FUZZY_THRESHOLD = 85   # weighted 序号 + 重点任务 similarity (0–100) a row without its id needs to be matched
TEXT_LIMIT = 600       # characters of 重点任务 compared: enough to tell tasks apart, bounded for a hostile file
_TASK_CUTOFF = (FUZZY_THRESHOLD - 30) / 0.7      # below this task similarity the weighted score cannot reach it
_SPACE = re.compile(r"\s+")
_READER_ADVICE = re.compile(r"[，；]请(?:用|作为)[^，；]*另存[^，；]*$")


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
    """A row matched by 序号 + 重点任务 instead of its id (lost, unknown here, another unit's, or from a workbook this
    store did not write); its changes are in the preview, flagged here."""
    row: int
    assignment_id: int
    number: str
    score: float
    why: str = "系统编号缺失"    # why the id was not used


@dataclass(frozen=True)
class DueChange:
    """A 完成时限 the department changed: shown for the officer to decide, never written from the file."""
    row: int
    assignment_id: int
    number: str
    exported: str             # the date the export showed ('' for none)
    file: str                 # what the file says
    reading: str              # the file's text read as a date ('' when it is no single date: 6月底前)


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
    due_changes: tuple[DueChange, ...] = ()


def _unsupported(path: Path) -> ReadError:
    suffix = path.suffix.lower()
    if suffix in (".et", ".ett"):
        return ReadError(f"“{path.name}”是 WPS 表格专用格式（{suffix}），无法直接读取；{RESAVE}",
                         f"a WPS {suffix} workbook: save it as .xlsx")
    return ReadError(f"“{path.name}”不是可读取的工作簿（可读取 {'、'.join(ACCEPTED_SUFFIXES)}）；{RESAVE}",
                     f"not a .xlsx, .xls or .ods workbook: save it as .xlsx")


def read_sheet(path: Path) -> Sheet:
    """The returned ledger's task sheet (任务分工表, else the first sheet) as a bounded grid: the document importer's
    reader, formulas kept as their text. A file of another type, or one that cannot be read, is a ReadError that
    says how to re-save it."""
    if path.suffix.lower() not in ACCEPTED_SUFFIXES:
        raise _unsupported(path)
    try:
        sheets = (read_workbook(path, [TASK_SHEET], formulas=True)
                  or read_workbook(path, formulas=True, max_sheets=1))
    except ReadError as exc:        # the reader's own advice (用 Excel/WPS 打开后重新另存) gives way to the one for returns
        zh = _READER_ADVICE.sub("", exc.zh)
        raise ReadError(zh if "另存为 Excel 工作簿" in zh else f"{zh}；{RESAVE}", exc.en) from None
    if not sheets:
        raise ReadError(f"“{path.name}”中没有工作表；{RESAVE}", "the workbook has no sheet")
    return sheets[0]


def _exported_task(line: dict) -> str:
    return fit_cell(clean_text(line["task"] or ""))


def _disagrees(values: dict, line: dict) -> bool:
    """The row's 重点任务 (or, without one, its 序号) is not the task its id names in the store now. The task text
    decides: a department may renumber rows, and another document's measure can carry the same 序号."""
    task, number = values.get("task", ""), values.get("number", "")
    if task:
        return fuzz.ratio(task[:3000], _exported_task(line)[:3000]) < FUZZY_THRESHOLD
    return bool(number) and number != line["number"]


class _TextMatch:
    """The unit's tasks not yet claimed, found by 序号 + 重点任务: exactly by a dictionary, else by similarity over
    the first TEXT_LIMIT characters (rapidfuzz with a cut-off, so a sheet of 20,000 unmatched rows stays fast)."""

    def __init__(self, lines: dict[int, dict]):
        self.numbers = {aid: ln["number"] for aid, ln in lines.items()}
        self.tasks = {aid: _exported_task(ln)[:TEXT_LIMIT] for aid, ln in lines.items()}
        self.exact: dict[tuple[str, str], list[int]] = {}
        for aid in lines:
            self.exact.setdefault(self._key(self.numbers[aid], self.tasks[aid]), []).append(aid)

    @staticmethod
    def _key(number: str, task: str) -> tuple[str, str]:
        return _SPACE.sub("", number), _SPACE.sub("", task)

    def take(self, number: str, task: str) -> tuple[int, float] | None:
        task = task[:TEXT_LIMIT]
        best = next(((aid, 100.0) for aid in self.exact.get(self._key(number, task), ()) if aid in self.tasks), None)
        if best is None and task and self.tasks:
            for _, task_score, aid in process.extract(task, self.tasks, scorer=fuzz.ratio, limit=None,
                                                      score_cutoff=_TASK_CUTOFF):
                score = 0.3 * fuzz.ratio(number, self.numbers[aid]) + 0.7 * task_score
                if score >= FUZZY_THRESHOLD and (best is None or score > best[1]):
                    best = (aid, score)
        if best is not None:
            del self.tasks[best[0]]
        return best


@dataclass(frozen=True)
class ReturnedSheet:
    """A returned workbook as read: its grid's task rows and the unit its 填报单位 line names."""
    path: Path
    rows: list                        # (row number, column key → text) below the header
    columns: dict[str, int]           # the column keys found in the header
    unit_written: str | None          # the 填报单位 as written, None when absent
    created: dt.datetime | None       # the workbook's creation stamp (see core.readers.workbook_stamp)

    def ids(self) -> set[int]:
        return {assignment_id(v.get("id", "")) for _, v in self.rows} - {None}


def read_returned(path) -> ReturnedSheet:
    """The returned workbook's task rows (formulas as their text, never evaluated); ReadError that says how to re-save
    a file that cannot be read."""
    path = Path(path)
    sheet = read_sheet(path)
    header_row, columns = find_header(sheet)
    return ReturnedSheet(path, rows_below(sheet, header_row, columns), columns, unit_name_in(sheet, header_row),
                         created_stamp(path))


def compare_return(returned: ReturnedSheet, unit_id: int, unit_name: str, lines: dict[int, dict],
                   tracking: dict[int, dict], snapshot: dict[int, dict], exported_at: dt.datetime | None
                   ) -> ReturnPreview:
    """Compare the returned rows with the unit's tasks (``lines``: assignment id → its workbook columns now),
    the store's values (``tracking``: id → fields and unit_id, for the ids in the file and the unit's) and what the
    export stamped ``exported_at`` wrote (``snapshot``).

    A row is matched by its id when the id is one of this unit's tasks and the row's text agrees with it. Otherwise
    (no id, an id unknown here or another unit's, or — in a workbook this store did not write, such as one exported
    from another store holding the same documents — an id naming another task) it is matched by its 序号 + 重点任务
    among the tasks no row claims, and flagged. In a workbook this store wrote, an id naming another task is refused.
    """
    path, rows, columns, created = returned.path, returned.rows, returned.columns, returned.created
    ids_in_file = returned.ids()
    # this store exported this very file (or an .xls/.ods saved from it): its ids hold
    ours = created is not None and exported_at is not None and same_moment(exported_at, created)

    rejected, fuzzy, matched, pending = [], [], [], []
    claimed: set[int] = set()
    for row, values in rows:
        aid = assignment_id(values.get("id", ""))
        if aid is None:
            pending.append((row, values, None, "系统编号缺失"))
        elif aid not in tracking:
            pending.append((row, values, aid, f"系统编号 A{aid} 不存在"))
        elif tracking[aid]["unit_id"] != unit_id:
            pending.append((row, values, aid, f"系统编号 A{aid} 不属于{unit_name}"))
        elif aid in lines and _disagrees(values, lines[aid]):
            why = f"系统编号 A{aid} 现在对应的任务（{lines[aid]['number']}）与本行的序号、重点任务不符"
            if ours:
                rejected.append(RejectedRow(row, aid, why + "（导出后可能恢复过备份），未读取，请核对"))
            else:
                pending.append((row, values, aid, why + "（文件不是本库导出的）"))
        elif aid in claimed:
            rejected.append(RejectedRow(row, aid, f"系统编号 A{aid} 重复出现，只读第一行"))
        else:
            claimed.add(aid)
            matched.append((row, aid, values))

    # in a workbook this store wrote, every id it carries is spoken for; in another, only those matched by id
    free = _TextMatch({a: ln for a, ln in lines.items()
                                   if a not in claimed and not (ours and a in ids_in_file)})
    for row, values, aid, why in pending:
        number, task = values.get("number", ""), values.get("task", "")
        if not task and not number:
            rejected.append(RejectedRow(row, aid, "无系统编号，也无序号和重点任务，无法对应" if aid is None
                                        else f"{why}，本行也无序号和重点任务，无法对应"))
            continue
        found = free.take(number, task)
        if found is None:
            rejected.append(RejectedRow(row, aid, f"{why}，按序号和重点任务也找不到对应任务"))
            continue
        target = found[0]
        fuzzy.append(FuzzyMatch(row, target, lines[target]["number"], round(found[1], 1), why))
        matched.append((row, target, values))
    matched.sort(key=lambda m: m[0])
    rejected.sort(key=lambda r: r.row)
    fuzzy.sort(key=lambda f: f.row)

    changes, conflicts, dues = [], [], []
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
        if "due" in columns and aid in lines and due_changed(values.get("due", ""), lines[aid]["due"]):
            dues.append(DueChange(row, aid, number, due_text(lines[aid]["due"]), values.get("due", ""),
                                  due_text(due_reading(values.get("due", "")))))
    # stored in UTC (as the workbook's creation time); shown in the officer's local time
    stamp = exported_at.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M:%S") if exported_at else None
    return ReturnPreview(path, unit_id, unit_name, stamp, tuple(changes), tuple(conflicts),
                         tuple(rejected), tuple(fuzzy), len(matched), tuple(dues))


def return_values(preview: ReturnPreview, choices: dict[tuple[int, str], str] | None = None) -> dict[int, dict]:
    """Assignment id → field → value to write: every change, and each conflict whose (assignment id, field) is chosen
    "file" ("store" or no choice keeps the store's value). A 完成时限 change is never among them."""
    choices = choices or {}
    values: dict[int, dict] = {}
    for c in preview.changes:
        values.setdefault(c.assignment_id, {})[c.field] = c.new or None
    for c in preview.conflicts:
        if choices.get((c.assignment_id, c.field)) == "file":
            values.setdefault(c.assignment_id, {})[c.field] = c.file or None
    return values
