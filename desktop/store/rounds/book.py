"""RoundBook: open a round from the workbooks written for it, record returns against their round, close it, and read
its status, each measure's history and the changes since the round before."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core.rounds.model import Outstanding, ProgressEntry, RoundInfo, RoundUnit
from desktop.core.rounds.rules import DONE, RoundChanges, changes, check_open
from desktop.core.readers.workbook_stamp import nearest_moment
from desktop.core.vocabulary import TASK

from .. import models as m
from .tables import Round, RoundProgress, RoundUnitRow

TRACKED = ("status", "progress", "issues", "next_steps")


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _info(r: Round) -> RoundInfo:
    return RoundInfo(r.id, r.name, _date(r.due), _date(r.exported), _date(r.closed),
                     None if r.document_ids is None else tuple(json.loads(r.document_ids)), r.folder)


def _scope(session: Session, document_ids) -> select:
    """(assignment id, measure id, unit id) of the tasks in the documents (every document for None)."""
    q = (select(m.Assignment.id, m.Assignment.measure_id, m.Assignment.unit_id)
         .join(m.Node, m.Node.id == m.Assignment.measure_id).where(m.Node.kind == TASK))
    return q if document_ids is None else q.where(m.Node.document_id.in_(list(document_ids)))


class RoundBook:
    """The store's rounds. Every write is one transaction through the store's own writer."""

    def __init__(self, store):
        self.store = store

    # reads
    def rounds(self) -> list[RoundInfo]:
        """Every round, oldest first."""
        return self.store._read(lambda s: [_info(r) for r in s.scalars(select(Round).order_by(Round.id))])

    def find(self, name: str) -> RoundInfo | None:
        return next((r for r in self.rounds() if r.name == name.strip()), None)

    def current(self) -> RoundInfo | None:
        """The newest open round, else the newest round, else None."""
        rounds = self.rounds()
        return next((r for r in reversed(rounds) if r.is_open), rounds[-1] if rounds else None)

    def previous(self, round_id: int) -> RoundInfo | None:
        return next((r for r in reversed(self.rounds()) if r.id < round_id), None)

    def scope_units(self, document_ids=None) -> list[int]:
        """Units with a task in the documents (every document for None), in the registry's order."""
        return self.store._read(lambda s: sorted({u for _, _, u in s.execute(_scope(s, document_ids))}))

    def units(self, round_id: int) -> list[RoundUnit]:
        def run(s):
            rows = s.execute(select(RoundUnitRow, m.Unit.qualified_name).join(m.Unit, m.Unit.id == RoundUnitRow.unit_id)
                             .where(RoundUnitRow.round_id == round_id).order_by(RoundUnitRow.id)).all()
            return [RoundUnit(u.unit_id, name, u.file_name, len(json.loads(u.shown)), _date(u.received))
                    for u, name in rows]
        return self.store._read(run)

    def round_of_workbook(self, unit_id: int, stamp: dt.datetime | None) -> RoundInfo | None:
        """The round whose workbook for the unit was created at ``stamp`` (a returned copy keeps it), else None."""
        if stamp is None:
            return None
        def run(s):
            window = dt.timedelta(hours=14)   # an .xls re-saved in another time zone carries the stamp shifted
            near = s.execute(select(Round, RoundUnitRow.stamp).join(RoundUnitRow, RoundUnitRow.round_id == Round.id)
                             .where(RoundUnitRow.unit_id == unit_id,
                                    RoundUnitRow.stamp.between(stamp - window, stamp + window))
                             .order_by(Round.id.desc())).all()      # two rounds in one second: the newer
            chosen = nearest_moment([t for _, t in near], stamp)
            r = next((r for r, t in near if t == chosen), None)
            return None if r is None else _info(r)
        return self.store._read(run)

    def outstanding(self, round_id: int, unit_id: int) -> list[Outstanding]:
        """The unit's tasks in the round not finished (as far as the store knows now), as its workbook showed them."""
        def run(s):
            row = s.scalars(select(RoundUnitRow).where(RoundUnitRow.round_id == round_id,
                                                       RoundUnitRow.unit_id == unit_id)).one()
            shown = json.loads(row.shown)
            status = dict(s.execute(select(m.Assignment.id, m.Assignment.status)
                                    .where(m.Assignment.id.in_([int(a) for a in shown]))).all())
            return [Outstanding(v["number"], v["task"], v.get("due") or "", status.get(int(a), ""))
                    for a, v in shown.items() if int(a) in status and status[int(a)] != DONE]
        return self.store._read(run)

    def history(self, measure_id: int) -> list[ProgressEntry]:
        """The measure's tracking round by round, each unit's row (oldest round first)."""
        def run(s):
            rows = s.execute(select(Round.name, m.Unit.qualified_name, RoundProgress)
                             .join(Round, Round.id == RoundProgress.round_id)
                             .join(m.Unit, m.Unit.id == RoundProgress.unit_id)
                             .where(RoundProgress.measure_id == measure_id)
                             .order_by(Round.id, RoundProgress.assignment_id)).all()
            return [ProgressEntry(name, unit, p.status or "", p.progress or "", p.issues or "", p.next_steps or "")
                    for name, unit, p in rows]
        return self.store._read(run)

    def changes(self, round_id: int) -> RoundChanges:
        """Measures newly 已完成 and newly 滞后 in the round, against the round before it (for the first round,
        against the statuses its workbooks went out with)."""
        before = self.previous(round_id)
        def statuses(s, rid, column):
            out: dict[int, list] = {}
            for measure, value in s.execute(select(RoundProgress.measure_id, column)
                                            .where(RoundProgress.round_id == rid)):
                out.setdefault(measure, []).append(value)
            return out
        def run(s):
            now = statuses(s, round_id, RoundProgress.status)
            was = (statuses(s, before.id, RoundProgress.status) if before
                   else statuses(s, round_id, RoundProgress.sent_status))
            return changes(was, now)
        return self.store._read(run)

    # writes
    def check_new(self, name: str, due: dt.date) -> str:
        """The name to use for a new round; ValueError (in Chinese) for an empty or taken name."""
        name = (name or "").strip()
        if not name:
            raise ValueError("请填写本期名称，如“2026年第1期”")
        if self.find(name) is not None:
            raise ValueError(f"已有名为“{name}”的一期，请换一个名称")
        if not isinstance(due, dt.date):
            raise ValueError("请填写报送截止日期（YYYY-MM-DD）")
        return name

    def create(self, name: str, due: dt.date, exported: dt.date, document_ids, folder: str | None,
               workbooks: list[tuple[int, str, dt.datetime | None, dict]]) -> RoundInfo:
        """Record a round whose workbooks are written: (unit id, file name, creation stamp, assignment id → the row it
        showed) each. Every task in scope gets its progress row, with the status it went out with."""
        name = self.check_new(name, due)
        def run(s):
            r = Round(name=name, due=due.isoformat(), exported=exported.isoformat(), folder=folder,
                      document_ids=None if document_ids is None else json.dumps(sorted(document_ids)))
            s.add(r)
            s.flush()
            sent = {u for u, *_ in workbooks}
            s.add_all(RoundUnitRow(round_id=r.id, unit_id=u, file_name=f, stamp=stamp,
                                   shown=json.dumps({str(a): v for a, v in shown.items()}, ensure_ascii=False))
                      for u, f, stamp, shown in workbooks)
            ids = [a for a, _, u in s.execute(_scope(s, document_ids)) if u in sent]
            _snapshot(s, r.id, ids, first=True)
            return _info(r)
        return self.store._write(run)

    def record_return(self, round_id: int, unit_id: int, received: dt.date, file_name: str) -> None:
        """The unit's return is in (on ``received``): its tasks' progress rows take the store's values now. A closed
        round refuses (ValueError in Chinese), as does a unit the round did not include."""
        def run(s):
            check_open(_info(s.get(Round, round_id)))
            row = s.scalars(select(RoundUnitRow).where(RoundUnitRow.round_id == round_id,
                                                       RoundUnitRow.unit_id == unit_id)).first()
            if row is None:
                raise ValueError("该单位不在本期报送范围内，回收的台账未计入本期")
            row.received, row.return_file = received.isoformat(), file_name
            ids = [a for (a,) in s.execute(select(RoundProgress.assignment_id).where(
                RoundProgress.round_id == round_id, RoundProgress.unit_id == unit_id))]
            _snapshot(s, round_id, ids)
        self.store._write(run)

    def close(self, round_id: int, day: dt.date) -> None:
        """Close the round on ``day``: every progress row keeps the store's values at closing; no return after."""
        def run(s):
            r = s.get(Round, round_id)
            check_open(_info(r))
            ids = [a for (a,) in s.execute(select(RoundProgress.assignment_id)
                                           .where(RoundProgress.round_id == round_id))]
            _snapshot(s, round_id, ids)
            r.closed = day.isoformat()
        self.store._write(run)


def _snapshot(s: Session, round_id: int, assignment_ids: list[int], first: bool = False) -> None:
    """Write the assignments' tracking now into the round's progress rows (new rows when ``first``)."""
    for i in range(0, len(assignment_ids), 500):
        part = assignment_ids[i:i + 500]
        rows = s.execute(select(m.Assignment.id, m.Assignment.measure_id, m.Assignment.unit_id,
                                *(getattr(m.Assignment, f) for f in TRACKED)).where(m.Assignment.id.in_(part))).all()
        if first:
            s.add_all(RoundProgress(round_id=round_id, assignment_id=a, measure_id=mid, unit_id=u,
                                    sent_status=vals[0], **dict(zip(TRACKED, vals)))
                      for a, mid, u, *vals in rows)
        else:
            for a, _, _, *vals in rows:
                s.execute(update(RoundProgress).where(RoundProgress.round_id == round_id,
                                                      RoundProgress.assignment_id == a).values(**dict(zip(TRACKED, vals))))
