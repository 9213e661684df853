"""Renaming, merging and splitting units changes every assignment and leaves an audit trail."""

import pytest
from sqlalchemy import select

from conftest import SAMPLES
from desktop.store import models as m
from desktop.store.queries import resolve_unit
from desktop.store.store import Store
from desktop.store.unit_services import UnitConflict, merge_units, rename_unit, split_unit


@pytest.fixture()
def store(tmp_path):
    st = Store.open(tmp_path)
    st.import_paths([SAMPLES / "002_5422648186973203.txt", SAMPLES / "004_2bc7027df24d19d8.txt"])
    yield st
    st.close()


def _audit(s, action):
    return s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == action)).all()


def test_rename_keeps_old_name_findable(store):
    with store.sessions.begin() as s:
        uid = resolve_unit(s, "广州市港务局")
        rename_unit(s, uid, "广州港务局")
    tasks_new, tasks_old = store.unit_tasks("广州港务局"), store.unit_tasks("广州市港务局")
    assert tasks_new == tasks_old and len(tasks_new) >= 5
    with store.sessions() as s:
        [entry] = _audit(s, "rename")
        assert (entry.old, entry.new) == ("广州市港务局", "广州港务局")


def test_rename_onto_another_unit_is_refused(store):
    with store.sessions.begin() as s:
        with pytest.raises(UnitConflict, match="合并"):
            rename_unit(s, resolve_unit(s, "广州海关"), "黄埔海关")


def test_merge_moves_assignments_and_lead_wins(store):
    with store.sessions.begin() as s:
        keep, other = resolve_unit(s, "广州海关"), resolve_unit(s, "黄埔海关")
        before = len(store.unit_tasks("广州海关")) + len(store.unit_tasks("黄埔海关"))
        merge_units(s, keep, [other])
    tasks = store.unit_tasks("黄埔海关")  # the old name now finds the merged unit
    assert tasks == store.unit_tasks("广州海关")
    assert len(tasks) < before  # measures naming both now count once
    assert len({t.measure_id for t in tasks}) == len(tasks)
    with store.sessions() as s:
        assert _audit(s, "merge")[0].old == "黄埔海关"


def test_split_moves_chosen_assignments(store):
    tasks = store.unit_tasks("广州市商务局")
    moved = [t.assignment_id for t in tasks if t.document_id == 2]
    with store.sessions.begin() as s:
        split_unit(s, resolve_unit(s, "广州市商务局"), "广州市商务局（服务贸易处）", moved)
    assert {t.document_id for t in store.unit_tasks("广州市商务局（服务贸易处）")} == {2}
    assert {t.document_id for t in store.unit_tasks("广州市商务局")} == {1}
    with store.sessions() as s:
        assert len(_audit(s, "split")) == len(moved)
