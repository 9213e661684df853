"""The round's plain rules: a unit's state and days late, who to remind, the change counts and their sentence."""

import datetime as dt

import pytest

from desktop.core.rounds.model import RoundInfo, RoundUnit
from desktop.core.rounds.rules import changes, check_open, late_units, state_text, unit_state

DUE = dt.date(2026, 5, 10)


def unit(received=None, name="市商务局"):
    return RoundUnit(1, name, "f.xlsx", 3, received)


def test_states_and_the_words_the_table_shows():
    today = dt.date(2026, 5, 13)
    assert unit_state(unit(), DUE, dt.date(2026, 5, 10)) == "未报送"
    assert state_text(unit(), DUE, today) == "逾期3天"
    assert state_text(unit(dt.date(2026, 5, 9)), DUE, today) == "已报送（5月9日）"
    assert state_text(unit(dt.date(2026, 5, 12)), DUE, today) == "已报送（5月12日，逾期2天）"
    units = [unit(dt.date(2026, 5, 12), "甲"), unit(None, "乙")]
    assert [u.unit_name for u in late_units(units, DUE, today)] == ["乙"]
    assert late_units(units, DUE, DUE) == []


def test_changes_count_measures_that_became_done_or_lagging():
    before = {1: ["推进中"], 2: ["推进中", "已完成"], 3: ["滞后"], 4: ["已完成"]}
    now = {1: ["已完成"], 2: ["已完成", "已完成"], 3: ["滞后"], 4: ["已完成"], 5: ["推进中", "滞后"]}
    c = changes(before, now)
    assert (c.newly_done, c.newly_lagging, c.measures) == (2, 1, 5)
    assert c.sentence() == "本期新完成 2 项，新增滞后 1 项"


def test_a_closed_round_refuses_in_words():
    closed = RoundInfo(1, "2026年第1期", DUE, dt.date(2026, 5, 1), dt.date(2026, 5, 20), None)
    with pytest.raises(ValueError, match="“2026年第1期”已于2026-05-20关闭，不再接收报送"):
        check_open(closed)
    check_open(RoundInfo(2, "2026年第2期", DUE, DUE, None, None))
