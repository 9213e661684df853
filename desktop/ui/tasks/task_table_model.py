"""Task assignment table: measures × units (● lead, ○ support) and the tracking of the assignments in scope."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from desktop.core.vocabulary import LEAD, STATUSES, SUPPORT
from desktop.store.open_errors import write_failure
from desktop.store.rows import TaskTable, TaskTableRow
from desktop.store.team.versions import EditConflict, FieldConflict

from desktop.ui.context import AppContext
from desktop.core.path_format import format_path
from desktop.ui.common.status_labels import status_label, status_value
from desktop.ui.common.undo_commands import AddAssignment, RemoveAssignment, UpdateAssignments

MARKS = {LEAD: "●", SUPPORT: "○"}
KIND_ROLE = Qt.ItemDataRole.UserRole + 1      # the column's kind, for the delegate
MEASURE_ROLE = Qt.ItemDataRole.UserRole + 2   # the row's measure id
SOON_DAYS = 14
OVERDUE_BG, SOON_BG, MARKED_FG = QColor("#f9d6d5"), QColor("#fdebc4"), QColor("#1f1f1f")

# column kinds; "unit" columns are inserted between heading and the tracking columns
TRACKING = ("status", "due_date", "owner", "progress")
EDITABLE = {"unit", *TRACKING}
_CENTERED = {"unit", "status", "due_date", "path"}


def parse_role(value) -> str | None:
    """A role cell's new value: ● / lead → lead, ○ / support → support, empty → none."""
    text = str(value or "").strip()
    if text in (LEAD, MARKS[LEAD]):
        return LEAD
    if text in (SUPPORT, MARKS[SUPPORT]):
        return SUPPORT
    if text in ("", "—", "-"):
        return None
    raise ValueError(text)


def iso_date(value) -> str | None:
    """A due date cell's new value (QDate, date or ISO text; empty clears it) as yyyy-MM-dd."""
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value or "").strip()
    return dt.date.fromisoformat(text).isoformat() if text else None


def urgency(status: str | None, due_date: str | None, today: dt.date) -> str | None:
    """"overdue" (due before today, not done), "soon" (due within 14 days) or None."""
    if not due_date or status == "已完成":
        return None
    try:
        due = dt.date.fromisoformat(due_date)
    except ValueError:
        return None
    if due < today:
        return "overdue"
    return "soon" if due <= today + dt.timedelta(days=SOON_DAYS) else None


class TaskTableModel(QAbstractTableModel):
    """One document's measures (tracking of each task as a whole) or one unit's measures across all plans
    (tracking of that unit's own assignment). Every edit is an undoable command through ``ctx.execute``."""

    edit_refused = Signal(str)    # the store's message when an edit was refused
    conflicted = Signal(object, list)   # (EditConflict, row numbers): someone saved these rows since they were read

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._scope: tuple[str, int] | None = None
        self._table = TaskTable((), ())
        self._columns: list[tuple[str, int | None]] = []
        self._short_names: dict[int, str] = {}
        ctx.assignments_changed.connect(self._on_assignments_changed)
        ctx.documents_changed.connect(self.refresh)

    # scope
    def set_document(self, document_id: int) -> None:
        self._set_scope(("document", document_id))

    def set_unit(self, unit_id: int) -> None:
        self._set_scope(("unit", unit_id))

    def scope(self) -> tuple[str, int] | None:
        return self._scope

    def _set_scope(self, scope: tuple[str, int]) -> None:
        self._scope = scope
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _query(self) -> TaskTable:
        if self._scope is None:
            return TaskTable((), ())
        kind, ident = self._scope
        return self.ctx.store.task_table(**{f"{kind}_id": ident})

    def _load(self, table: TaskTable | None = None) -> None:
        self._table = table or self._query()
        self._short_names = {u.id: u.name for u in self.ctx.store.units()}
        head = [("document", None)] if self._scope and self._scope[0] == "unit" else []
        self._columns = (head + [("path", None), ("heading", None)] + [("unit", uid) for uid, _ in self._table.units]
                         + [(kind, None) for kind in TRACKING])

    def refresh(self) -> None:
        """Re-read the table; only rows that changed are repainted unless rows or unit columns changed."""
        if self._scope is None:
            return
        new = self._query()
        old = self._table
        if new.units != old.units or [r.measure_id for r in new.rows] != [r.measure_id for r in old.rows]:
            self.beginResetModel()
            self._load(new)
            self.endResetModel()
            return
        self._table = new
        last = self.columnCount() - 1
        for i, (a, b) in enumerate(zip(old.rows, new.rows)):
            if a != b:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def _on_assignments_changed(self, measure_ids: list) -> None:
        # One query either way: a changed measure may join the table (a unit added to an unassigned measure).
        self.refresh()

    # reading
    def row_at(self, row: int) -> TaskTableRow:
        return self._table.rows[row]

    def column_kind(self, column: int) -> str:
        return self._columns[column][0]

    def unit_at(self, column: int) -> int | None:
        return self._columns[column][1]

    def unit_name(self, unit_id: int) -> str:
        return dict(self._table.units).get(unit_id, "")

    def row_of_measure(self, measure_id: int) -> int:
        return next((i for i, r in enumerate(self._table.rows) if r.measure_id == measure_id), -1)

    def column_of(self, kind: str, unit_id: int | None = None) -> int:
        return self._columns.index((kind, unit_id))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self._columns):
            return None
        kind, uid = self._columns[section]
        if kind == "unit":
            if role == Qt.ItemDataRole.DisplayRole:
                return _vertical(self._short_names.get(uid) or self.unit_name(uid))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.unit_name(uid)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[kind]
        return None

    def _headers(self) -> dict[str, str]:
        return {"document": self.tr("文件"), "path": self.tr("序号"), "heading": self.tr("措施"),
                "status": self.tr("状态"), "due_date": self.tr("完成时限"), "owner": self.tr("责任人"),
                "progress": self.tr("进展")}

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._table.rows[index.row()]
        kind, uid = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, kind, uid, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, kind, uid)
        if role == Qt.ItemDataRole.BackgroundRole:
            state = urgency(row.status, row.due_date, self.ctx.today())
            return OVERDUE_BG if state == "overdue" else SOON_BG if state == "soon" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            # the light backgrounds need dark text even under a dark palette
            return MARKED_FG if urgency(row.status, row.due_date, self.ctx.today()) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in _CENTERED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == KIND_ROLE:
            return kind
        if role == MEASURE_ROLE:
            return row.measure_id
        return None

    def _text(self, row: TaskTableRow, kind: str, uid: int | None, edit: bool) -> str:
        if kind == "unit":
            value = row.roles.get(uid)
            return (value or "") if edit else MARKS.get(value, "")
        if kind == "document":
            return row.document_title or ""
        if kind == "path":
            return format_path(row.path)
        if kind == "status" and not edit:
            return status_label(row.status)
        return getattr(row, kind) or ""

    def _tooltip(self, row: TaskTableRow, kind: str, uid: int | None) -> str | None:
        if kind == "unit":
            role = row.roles.get(uid)
            what = {LEAD: self.tr("牵头"), SUPPORT: self.tr("配合")}.get(role, self.tr("未分工"))
            return f"{self.unit_name(uid)}：{what}"
        if kind in ("path", "heading", "document"):
            return f"{row.document_title or ''} {format_path(row.path)} {row.heading}".strip()
        if kind == "progress":
            return row.progress or None
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._columns[index.column()][0] in EDITABLE else base

    # editing
    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        kind, uid = self._columns[index.column()]
        row = self._table.rows[index.row()]
        try:
            if kind == "unit":
                return self._set_role(row, uid, parse_role(value))
            values = {kind: _tracking_value(kind, value)}
        except ValueError:
            self.edit_refused.emit(self.tr("无法识别的值：{v}").format(v=value))
            return False
        if getattr(row, kind) == values[kind]:
            return True
        return self.apply([index.row()], **values)

    def apply(self, rows: list[int], **values) -> bool:
        """Set tracking values on the assignments of ``rows`` in scope: one undo step however many rows."""
        chosen = [self._table.rows[r] for r in sorted(set(rows))]
        ids = [aid for r in chosen for aid in r.assignment_ids]
        if not ids or not values:
            return False
        expected = {aid: v for r in chosen for aid, v in zip(r.assignment_ids, r.versions)}
        command = UpdateAssignments(self.ctx, ids, [r.measure_id for r in chosen], expected=expected, **values)
        try:
            return self._execute(command)
        except EditConflict as conflict:
            self.refresh()              # the table now shows what they saved
            self.conflicted.emit(conflict, sorted(set(rows)))
            return False

    def apply_chosen(self, conflict, keep_mine: set[tuple[int, str]]) -> bool:
        """After a conflict: save this officer's value for each (assignment id, field) in ``keep_mine``, based on
        the version now seen; the others keep what was saved meanwhile."""
        by_id: dict[int, dict] = {}
        for c in conflict.conflicts:
            if (c.entity_id, c.field) not in keep_mine:
                continue
            if c.theirs is None and c.version == 0:   # the row is gone: nothing to save onto
                self.edit_refused.emit(self.tr("该单位已被他人从任务中移除，修改未保存"))
                continue
            by_id.setdefault(c.entity_id, {})[c.field] = c.mine
        ok = True
        for aid, values in by_id.items():
            measure = next((r.measure_id for r in self._table.rows if aid in r.assignment_ids), None)
            version = max(c.version for c in conflict.conflicts if c.entity_id == aid)
            ok &= self._execute(UpdateAssignments(self.ctx, [aid], [measure] if measure else [],
                                                  expected={aid: version}, **values))
        return ok

    def _set_role(self, row: TaskTableRow, unit_id: int, role: str | None) -> bool:
        current = row.roles.get(unit_id)
        if role == current:
            return True
        name = self.unit_name(unit_id)
        if current is None:
            return self._execute(AddAssignment(self.ctx, row.measure_id, name, role))
        aid = next((a.id for a in self.ctx.store.assignments([row.measure_id]) if a.unit_id == unit_id), None)
        if aid is None:   # someone took the unit off this task since the table was read
            self.refresh()
            self.conflicted.emit(EditConflict([FieldConflict(0, "role", role, None, 0)]), [])
            return False
        if role is None:
            return self._execute(RemoveAssignment(self.ctx, aid, row.measure_id, name))
        version = dict(zip(row.assignment_ids, row.versions)).get(aid)
        try:
            return self._execute(UpdateAssignments(self.ctx, [aid], [row.measure_id],
                                                   expected=None if version is None else {aid: version}, role=role))
        except EditConflict as conflict:
            self.refresh()
            self.conflicted.emit(conflict, [self._table.rows.index(row)] if row in self._table.rows else [])
            return False

    def _execute(self, command) -> bool:
        try:
            error = self.ctx.execute(command)
        except EditConflict:
            raise
        except Exception as exc:   # an edit is never dropped silently: whatever failed, the cell says it was not saved
            error = str(write_failure(exc, None))
        if error:
            self.edit_refused.emit(error)
        return error is None


def _tracking_value(kind: str, value):
    if kind == "due_date":
        return iso_date(value)
    text = str(value or "").strip()
    if kind == "status":
        text = status_value(text)
    if kind == "status" and text not in STATUSES:
        raise ValueError(text)
    return text or None


def _vertical(name: str, limit: int = 7) -> str:
    """Unit headers are written top to bottom so the ●/○ columns stay narrow."""
    text = name if len(name) <= limit else name[:limit - 1] + "…"
    return "\n".join(text)
