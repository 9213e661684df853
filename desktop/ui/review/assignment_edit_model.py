"""One measure's units for correction: name and role are edited in place, each edit an undoable command."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.core.vocabulary import CONFIRMED, EDITED, LEAD
from desktop.store.rows import AssignmentRow

from desktop.ui.context import AppContext
from desktop.ui.common.row_list_model import RowListModel
from desktop.ui.common.undo_commands import ChangeUnit, UpdateAssignments

EDITED_COLOR = QColor("#1d4ed8")


class AssignmentEditModel(RowListModel):
    """Rows are the measure's AssignmentRow; a refused edit is reported through ``edit_refused``, never raised."""

    UNIT, ROLE, STATE = range(3)
    edit_refused = Signal(str)
    conflicted = Signal(object)   # team.versions.EditConflict: someone saved this row since it was read

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.measure_id: int | None = None
        # where the unit came from (extracted, corrected, confirmed): not the task's tracking status
        self.headers = [self.tr("单位"), self.tr("角色"), self.tr("来源")]
        ctx.assignments_changed.connect(self._on_assignments_changed)

    def set_measure(self, measure_id: int | None) -> None:
        self.measure_id = measure_id
        self.beginResetModel()
        self.rows = self._load()
        self.endResetModel()

    def _load(self) -> list[AssignmentRow]:
        return self.ctx.store.assignments([self.measure_id]) if self.measure_id is not None else []

    def refresh(self) -> None:
        """Same units: rows update in place and keep their order (a role change does not move the row, an open
        editor stays valid); a unit added or removed: the rows are reset."""
        fresh = {r.id: r for r in self._load()}
        if set(fresh) != {r.id for r in self.rows}:
            self.set_measure(self.measure_id)
            return
        for i, old in enumerate(self.rows):
            if fresh[old.id] != old:
                self.rows[i] = fresh[old.id]
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def _on_assignments_changed(self, measure_ids: list) -> None:
        if self.measure_id in measure_ids:
            self.refresh()

    def role_text(self, role: str) -> str:
        return self.tr("● 牵头") if role == LEAD else self.tr("○ 配合")

    def state_text(self, state: str) -> str:
        return {EDITED: self.tr("已更正"), CONFIRMED: self.tr("已确认")}.get(state, self.tr("提取"))

    # Qt model interface
    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return flags | Qt.ItemIsEditable if index.column() in (self.UNIT, self.ROLE) else flags

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        r = self.row_at(index)
        if r is None:
            return None
        col = index.column()
        if role == Qt.DisplayRole:
            return (r.unit, self.role_text(r.role), self.state_text(r.state))[col]
        if role == Qt.EditRole:
            return (r.unit, r.role, r.state)[col]
        if role == Qt.ForegroundRole and col == self.STATE and r.state == EDITED:
            return QBrush(EDITED_COLOR)
        if role == Qt.ToolTipRole and col == self.STATE:
            return self.tr("已由经办人更正，重新导入时保留") if r.state == EDITED else self.tr("由系统从原文提取")
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:
        r = self.row_at(index)
        if r is None or role != Qt.EditRole or index.column() not in (self.UNIT, self.ROLE):
            return False
        if index.column() == self.UNIT:
            name = str(value or "").strip()
            if name == r.unit:
                return False
            if not name:   # the store's change_unit would register an empty unit
                self.edit_refused.emit(self.tr("单位名称不能为空"))
                return False
            command = ChangeUnit(self.ctx, r.id, r.measure_id, name, expected_version=r.version)
        else:
            if value == r.role:
                return False
            command = UpdateAssignments(self.ctx, [r.id], [r.measure_id], expected={r.id: r.version}, role=value)
        return self._execute(command)

    def apply_chosen(self, conflict, keep_mine: set[tuple[int, str]]) -> bool:
        """After a conflict: save this officer's value for each (assignment id, field) kept, based on the version
        now seen; the others keep what was saved meanwhile."""
        ok = True
        for c in conflict.conflicts:
            if (c.entity_id, c.field) not in keep_mine:
                continue
            if c.theirs is None and c.version == 0:   # the row is gone: nothing to save onto
                self.edit_refused.emit(self.tr("该单位已被他人移除，修改未保存"))
                ok = False
                continue
            if c.field == "unit":
                ok &= self._execute(ChangeUnit(self.ctx, c.entity_id, self.measure_id, c.mine,
                                               expected_version=c.version))
            else:
                ok &= self._execute(UpdateAssignments(self.ctx, [c.entity_id], [self.measure_id],
                                                      expected={c.entity_id: c.version}, **{c.field: c.mine}))
        return ok

    def _execute(self, command) -> bool:
        from desktop.store.team.versions import EditConflict
        try:
            message = self.ctx.execute(command)   # the command's signal refreshes this model
        except EditConflict as conflict:
            self.refresh()   # the rows now show what the other officer saved
            self.conflicted.emit(conflict)
            return False
        if message:
            self.edit_refused.emit(message)
            return False
        return True
