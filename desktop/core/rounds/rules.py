"""One home for the round's rules: a unit's state (已报送/未报送/逾期), which units are late, and the changes
between two rounds (本期新完成 N 项，新增滞后 M 项)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core.vocabulary import STATUSES

from .model import RoundInfo, RoundUnit

RETURNED, OUTSTANDING, OVERDUE = "已报送", "未报送", "逾期"
DONE, LAGGING = STATUSES[2], STATUSES[3]          # 已完成, 滞后


def unit_state(unit: RoundUnit, due: dt.date, today: dt.date) -> str:
    """已报送 once the return is in (late or not); 逾期 when it is missing after the due date; else 未报送."""
    if unit.received is not None:
        return RETURNED
    return OVERDUE if today > due else OUTSTANDING


def days_late(unit: RoundUnit, due: dt.date, today: dt.date) -> int:
    """Days past the due date the return came (or, still missing, has been) late; 0 when on time."""
    return max(0, ((unit.received or today) - due).days)


def state_text(unit: RoundUnit, due: dt.date, today: dt.date) -> str:
    """What the round's table says for the unit: 已报送（5月3日，逾期2天）, 逾期3天, 未报送."""
    state, late = unit_state(unit, due, today), days_late(unit, due, today)
    if state == RETURNED:
        when = f"{unit.received.month}月{unit.received.day}日"
        return f"{RETURNED}（{when}，逾期{late}天）" if late else f"{RETURNED}（{when}）"
    return f"{OVERDUE}{late}天" if state == OVERDUE else OUTSTANDING


def late_units(units: list[RoundUnit], due: dt.date, today: dt.date) -> list[RoundUnit]:
    """The units to remind (催办): no return and past the due date."""
    return [u for u in units if unit_state(u, due, today) == OVERDUE]


def outstanding_units(units: list[RoundUnit]) -> list[RoundUnit]:
    return [u for u in units if u.received is None]


def check_open(round_: RoundInfo) -> None:
    """A closed round takes no more returns: ValueError that says so and what to do."""
    if not round_.is_open:
        raise ValueError(f"“{round_.name}”已于{round_.closed.isoformat()}关闭，不再接收报送，回收的台账未导入")


@dataclass(frozen=True)
class RoundChanges:
    """Measures whose state changed from the previous round (or, for the first round, from what was sent)."""
    newly_done: int
    newly_lagging: int
    measures: int              # measures the round covers

    def sentence(self) -> str:
        return f"本期新完成 {self.newly_done} 项，新增滞后 {self.newly_lagging} 项"


def measure_state(statuses: list[str | None]) -> str | None:
    """A measure's state from its units' statuses: 已完成 when every unit has finished, 滞后 when any lags."""
    if statuses and all(s == DONE for s in statuses):
        return DONE
    return LAGGING if LAGGING in statuses else None


def changes(before: dict[int, list[str | None]], now: dict[int, list[str | None]]) -> RoundChanges:
    """Measure id → its units' statuses, before and now: how many measures became 已完成 and how many became 滞后."""
    done = lagging = 0
    for measure, statuses in now.items():
        was, state = measure_state(before.get(measure, [])), measure_state(statuses)
        done += state == DONE and was != DONE
        lagging += state == LAGGING and was != LAGGING
    return RoundChanges(done, lagging, len(now))


def return_round(of_file: RoundInfo | None, named: RoundInfo | None, asked: str | None) -> RoundInfo | None:
    """The round a returned workbook counts for: the one named (``asked``), which must be the one whose workbook it
    is when that is known, else the one its creation stamp tells; None when neither (a workbook from outside any
    round). ValueError in Chinese for an unknown name, a mismatch, or a closed round: never the current one by
    default."""
    if asked and named is None:
        raise ValueError(f"没有名为“{asked}”的一期，回收的台账未导入")
    if named and of_file and named.id != of_file.id:
        raise ValueError(f"该台账是“{of_file.name}”发出的，不属于“{named.name}”，回收的台账未导入")
    target = named or of_file
    if target is not None:
        check_open(target)
    return target
