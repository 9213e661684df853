"""Undo and redo that never overwrite someone else's change: each field is set only while it still holds the value
the undo step recorded (compare-and-set), and the fields someone changed since are kept and reported."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.path_format import format_path

from . import models as m
from .services import _audit

FIELD_NAMES = {"status": "状态", "owner": "责任人", "progress": "进展情况", "issues": "存在问题",
               "next_steps": "下一步措施", "due_date": "完成时限", "role": "角色", "remark": "备注",
               "unit_id": "单位"}


@dataclass(frozen=True)
class ChangedSince:
    """A field changed by someone else (the command line, a returned ledger) since the step: it was kept."""
    assignment_id: int
    task: str          # 二.（一）.1 of 文件标题
    unit: str
    field: str
    now: object        # what the store holds, kept
    expected: object   # what the step had left there
    wanted: object     # what the undo or redo would have written

    def message(self) -> str:
        name = FIELD_NAMES.get(self.field, self.field)
        return (f"{self.task}（{self.unit}）的“{name}”已被他人改为“{self.now or '空'}”，"
                f"保留现值，未改回“{self.wanted or '空'}”")


def set_if_unchanged(session: Session, new: dict[int, dict], expected: dict[int, dict], action: str,
                     actor: str = "officer") -> list[ChangedSince]:
    """Per assignment, set each field of ``new`` whose current value is still ``expected``'s; a field without an
    expected value (the extraction ``state``) follows the others: set only if none of them was kept."""
    kept: list[ChangedSince] = []
    rows = session.execute(select(m.Assignment, m.Node.path, m.Document.title, m.Unit.qualified_name)
                           .join(m.Node, m.Node.id == m.Assignment.measure_id)
                           .join(m.Document, m.Document.id == m.Node.document_id)
                           .join(m.Unit, m.Unit.id == m.Assignment.unit_id)
                           .where(m.Assignment.id.in_(list(new))))
    for a, path, title, unit in rows:
        want, before = new[a.id], expected.get(a.id, {})
        changed = [f for f in want if f in before and getattr(a, f) != before[f]]
        kept += [ChangedSince(a.id, f"《{title or ''}》{format_path(path)}", unit, f, getattr(a, f), before[f],
                              want[f]) for f in changed]
        touched = False
        for field, value in want.items():
            if field in changed or (field not in before and changed) or getattr(a, field) == value:
                continue
            _audit(session, actor, action, "assignment", a.id, field, getattr(a, field), value)
            setattr(a, field, value)
            touched = True
        if touched:
            a.updated_at = dt.datetime.now()
    return kept


def kept_message(kept: list[ChangedSince], undoing: bool = True) -> str:
    """One message for the window: what was kept, and that the step is gone from the undo history."""
    verb = "撤销" if undoing else "重做"
    lines = "；".join(k.message() for k in kept[:5]) + (f"；等共 {len(kept)} 处" if len(kept) > 5 else "")
    return (f"有 {len(kept)} 处未{verb}：在此之后已被他人（如命令行导入的回收台账）修改。{lines}。"
            f"其余内容已{verb}；这一步已从撤销记录中移除。"
            f" ({len(kept)} value(s) changed by someone else since were kept, not overwritten.)")
