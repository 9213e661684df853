"""Undoable edits: each command holds ids and values, calls a store service and announces what changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop.core.vocabulary import EDITED
from desktop.store.compare_and_set import kept_message
from desktop.ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommands", text)


class _Notices(QObject):
    said = Signal(str)


_notices = _Notices()
conflict_messages = _notices.said    # an undo or redo that kept someone else's values says so here (tests listen)


def tell_kept(kept, undoing: bool) -> None:
    """Say which values an undo or redo left alone: the signal, the main window's status bar and a box that does
    not block."""
    text = kept_message(kept, undoing)
    conflict_messages.emit(text)
    for window in QApplication.topLevelWidgets():
        if isinstance(window, QMainWindow) and window.isVisible() and hasattr(window, "ctx"):
            window.statusBar().showMessage(text, 30000)
            box = QMessageBox(QMessageBox.Icon.Warning, "政策台账", text, parent=window)
            box.open()
            break


class StoreCommand(QUndoCommand):
    """Runs ``do`` once before it is pushed (see AppContext.execute), so a refused edit never enters the stack."""

    done_before_push = False

    def do(self):
        raise NotImplementedError

    def redo(self):
        if self.done_before_push:
            self.done_before_push = False
            return
        self.do()


class UpdateAssignments(StoreCommand):
    """Set role/status/due date/owner/progress on one or many assignments: one undo step for a bulk edit."""

    def __init__(self, ctx: AppContext, assignment_ids: list[int], measure_ids: list[int],
                 expected: dict[int, int] | None = None, **values):
        super().__init__(_tr("修改任务（{n} 项）").format(n=len(assignment_ids)))
        self.ctx, self.ids, self.measures, self.values = ctx, list(assignment_ids), list(measure_ids), values
        self.expected = expected   # the row versions the edit was based on: a stale one is a conflict (team store)
        self.old: dict[int, dict] = {}
        self.done_once = False

    def first_do(self) -> dict[int, dict]:
        return self.ctx.store.update_assignments(self.ids, expected=self.expected, **self.values)

    def written(self) -> dict[int, dict]:
        """What the step left on each assignment (its extraction state aside)."""
        return {aid: dict(self.values) for aid in self.old}

    def do(self):
        if self.done_once:   # a redo: compare-and-set against what the undo left
            before = {aid: {f: v for f, v in old.items() if f != "state"} for aid, old in self.old.items()}
            again = {aid: {**v, **({"state": EDITED} if "role" in v else {})} for aid, v in self.written().items()}
            self._kept(self.ctx.store.reapply_assignments(again, before), undoing=False)
        else:
            self.old, self.done_once = self.first_do(), True
        self.ctx.assignments_changed.emit(self.measures)

    def undo(self):
        self._kept(self.ctx.store.restore_assignments(self.old, self.written()), undoing=True)
        self.ctx.assignments_changed.emit(self.measures)

    def _kept(self, kept, undoing: bool) -> None:
        if kept:   # half undone: the step leaves the history (QUndoStack deletes an obsolete command)
            self.setObsolete(True)
            tell_kept(kept, undoing)


class AddAssignment(StoreCommand):
    def __init__(self, ctx: AppContext, measure_id: int, unit_name: str, role: str):
        super().__init__(_tr("添加单位 {name}").format(name=unit_name))
        self.ctx, self.measure_id, self.unit_name, self.role = ctx, measure_id, unit_name, role
        self.snapshot: dict | None = None
        self.assignment_id: int | None = None

    def do(self):
        # The first time the service creates the row; a redo after an undo puts back the same row (same id).
        if self.snapshot is None:
            self.assignment_id = self.ctx.store.add_assignment(self.measure_id, self.unit_name, self.role)
        else:
            self.assignment_id = self.ctx.store.restore_assignment(self.snapshot)
        self.ctx.assignments_changed.emit([self.measure_id])

    def undo(self):
        self.snapshot = self.ctx.store.remove_assignment(self.assignment_id)
        self.ctx.assignments_changed.emit([self.measure_id])


class RemoveAssignment(StoreCommand):
    def __init__(self, ctx: AppContext, assignment_id: int, measure_id: int, unit_name: str):
        super().__init__(_tr("移除单位 {name}").format(name=unit_name))
        self.ctx, self.assignment_id, self.measure_id = ctx, assignment_id, measure_id
        self.snapshot: dict | None = None

    def do(self):
        self.snapshot = self.ctx.store.remove_assignment(self.assignment_id)
        self.ctx.assignments_changed.emit([self.measure_id])

    def undo(self):
        self.ctx.store.restore_assignment(self.snapshot)
        self.ctx.assignments_changed.emit([self.measure_id])


class ChangeUnit(StoreCommand):
    """Point an assignment at another unit. ``expected_version``: the row version the edit was based on (a stale one
    raises EditConflict); the undo and redo only set the unit while it still holds what the step left there."""

    def __init__(self, ctx: AppContext, assignment_id: int, measure_id: int, unit_name: str,
                 expected_version: int | None = None):
        super().__init__(_tr("更正单位为 {name}").format(name=unit_name))
        self.ctx, self.assignment_id, self.measure_id, self.unit_name = ctx, assignment_id, measure_id, unit_name
        self.expected_version = expected_version
        self.old: dict[int, dict] = {}
        self.new_unit: int | None = None

    def do(self):
        if self.new_unit is None:
            self.old = self.ctx.store.change_unit(self.assignment_id, self.unit_name,
                                                  expected_version=self.expected_version)
            self.new_unit = next(a.unit_id for a in self.ctx.store.assignments([self.measure_id])
                                 if a.id == self.assignment_id)
        else:   # a redo: compare-and-set against what the undo left
            aid = self.assignment_id
            self._kept(self.ctx.store.reapply_assignments(
                {aid: {"unit_id": self.new_unit, "state": EDITED}}, {aid: {"unit_id": self.old[aid]["unit_id"]}}),
                undoing=False)
        self.ctx.assignments_changed.emit([self.measure_id])

    def undo(self):
        self._kept(self.ctx.store.restore_assignments(self.old, {self.assignment_id: {"unit_id": self.new_unit}}),
                   undoing=True)
        self.ctx.assignments_changed.emit([self.measure_id])

    def _kept(self, kept, undoing: bool) -> None:
        if kept:
            self.setObsolete(True)
            tell_kept(kept, undoing)


class FixDeadline(StoreCommand):
    def __init__(self, ctx: AppContext, deadline_id: int, measure_id: int, due: str | None):
        super().__init__(_tr("更正时限为 {due}").format(due=due or "—"))
        self.ctx, self.deadline_id, self.measure_id, self.due = ctx, deadline_id, measure_id, due
        self.old: tuple[str | None, str] = (None, "extracted")

    def do(self):
        self.old = self.ctx.store.fix_deadline(self.deadline_id, self.due)
        self.ctx.deadlines_changed.emit([self.measure_id])

    def undo(self):
        self.ctx.store.fix_deadline(self.deadline_id, *self.old)
        self.ctx.deadlines_changed.emit([self.measure_id])


class AddAnnotation(StoreCommand):
    def __init__(self, ctx: AppContext, document_id: int, start: int, end: int, body: str,
                 visibility: str = "internal", tags: list[str] | None = None):
        super().__init__(_tr("添加批注"))
        self.ctx, self.document_id = ctx, document_id
        self.args = (document_id, start, end, body, visibility, list(tags or []))
        self.annotation_id: int | None = None
        self.snapshot: dict | None = None

    def do(self):
        if self.snapshot is None:
            self.annotation_id = self.ctx.store.add_annotation(*self.args[:5], tags=self.args[5])
        else:
            self.annotation_id = self.ctx.store.restore_annotation(self.snapshot)
        self.ctx.annotations_changed.emit(self.document_id)

    def undo(self):
        self.snapshot = self.ctx.store.delete_annotation(self.annotation_id)
        self.ctx.annotations_changed.emit(self.document_id)


class EditAnnotation(StoreCommand):
    def __init__(self, ctx: AppContext, annotation_id: int, document_id: int, old: dict, new: dict):
        """``old``/``new``: body, visibility and tags before and after."""
        super().__init__(_tr("修改批注"))
        self.ctx, self.annotation_id, self.document_id, self.old, self.new = ctx, annotation_id, document_id, old, new

    def _apply(self, values: dict):
        self.ctx.store.update_annotation(self.annotation_id, **values)
        self.ctx.annotations_changed.emit(self.document_id)

    def do(self):
        self._apply(self.new)

    def undo(self):
        self._apply(self.old)


class DeleteAnnotation(StoreCommand):
    def __init__(self, ctx: AppContext, annotation_id: int, document_id: int):
        super().__init__(_tr("删除批注"))
        self.ctx, self.annotation_id, self.document_id = ctx, annotation_id, document_id
        self.snapshot: dict | None = None

    def do(self):
        self.snapshot = self.ctx.store.delete_annotation(self.annotation_id)
        self.ctx.annotations_changed.emit(self.document_id)

    def undo(self):
        self.ctx.store.restore_annotation(self.snapshot)
        self.ctx.annotations_changed.emit(self.document_id)


class ApplyReturn(UpdateAssignments):
    """A returned ledger's values, written in one transaction: one undo step for the whole file."""

    def __init__(self, ctx: AppContext, unit_name: str, values: dict[int, dict], path):
        StoreCommand.__init__(self, _tr("导入回收台账：{unit}（{n} 处）").format(
            unit=unit_name, n=sum(len(v) for v in values.values())))
        self.ctx, self.values, self.ids, self.path = ctx, values, list(values), path
        self.old: dict[int, dict] = {}
        self.done_once = False
        self.evidence = None       # the kept copy of the returned file
        self.measures = sorted({t["measure_id"] for t in ctx.store.assignment_tracking(self.ids).values()})

    def first_do(self) -> dict[int, dict]:
        """The store's rule for returns, as on the command line: the file kept first (OSError: nothing written)."""
        old, self.evidence = self.ctx.store.apply_return(self.values, self.path)
        return old

    def written(self) -> dict[int, dict]:
        return {aid: dict(self.values[aid]) for aid in self.old if aid in self.values}
