"""The store's reads and edits for the review window, on the real sample documents."""

import datetime as dt
import re

import pytest

from conftest import SAMPLES
from desktop.store.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store.open(tmp_path_factory.mktemp("review"))
    st.import_paths([SAMPLES])
    yield st
    st.close()


def _doc(store, prefix):
    return next(d for d in store.documents() if d.source_name.startswith(prefix))


def test_outline_labels_as_written(store):
    labels = [r.label for r in store.outline(_doc(store, "000").id)][:6]
    assert labels == ["一、", "（一）", "（二）", "二、", "（一）", "1."]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_document_text_marks_units_and_deadlines_at_their_spans(store, prefix):
    doc = store.document_text(_doc(store, prefix).id)
    units = [k for k in doc.marks if k.kind in ("lead", "support")]
    deadlines = [k for k in doc.marks if k.kind == "deadline"]
    assert units
    # An expanded name (南宁、钦州港片区管委会 → 南宁片区管委会) is longer than what its span covers, never shorter;
    # a span may hold the line break a PDF or a wrapped text put inside the name.
    spans = [re.sub(r"\s", "", doc.text[k.start:k.end]) for k in units]
    assert [s for s, k in zip(spans, units) if s not in k.text] == []
    assert all(doc.text[k.start:k.end] == k.text for k in deadlines)


def test_task_table_for_a_unit_spans_documents(store):
    uid = store.resolve_unit("广州市商务局")
    table = store.task_table(unit_id=uid)
    assert table.units[0] == (uid, "广州市商务局")
    assert {r.document_title for r in table.rows} == {d.title for d in store.documents()
                                                     if d.source_name.startswith(("002", "004"))}
    assert all(r.roles[uid] in ("lead", "support") and len(r.assignment_ids) == 1 for r in table.rows)


def test_add_assignment_qualifies_a_short_name_by_the_document(store):
    mid = store.task_table(document_id=_doc(store, "000").id).rows[0].measure_id
    aid = store.add_assignment(mid, "省统计局", "support")
    row = next(a for a in store.measure_detail(mid).assignments if a.id == aid)
    assert (row.unit, row.role, row.state) == ("广东省统计局", "support", "edited")
    with pytest.raises(ValueError, match="已有单位"):
        store.add_assignment(mid, "广东省统计局", "lead")
    snap = store.remove_assignment(aid)
    assert aid not in [a.id for a in store.measure_detail(mid).assignments]
    assert store.restore_assignment(snap) == aid
    assert aid in [a.id for a in store.measure_detail(mid).assignments]


def test_fix_deadline_refuses_a_malformed_date(store):
    detail = next(store.measure_detail(r.measure_id) for r in store.task_table(document_id=_doc(store, "002").id).rows
                  if store.measure_detail(r.measure_id).deadlines)
    deadline = detail.deadlines[0]
    with pytest.raises(ValueError):
        store.fix_deadline(deadline.id, "2021年底")
    assert store.fix_deadline(deadline.id, "2022-06-30") == (deadline.due, "extracted")
    again = store.measure_detail(detail.id).deadlines[0]
    assert (again.due, again.state) == ("2022-06-30", "edited")


def test_a_reimport_of_the_same_file_keeps_the_officers_correction(store):
    doc = _doc(store, "000")
    mid = store.task_table(document_id=doc.id).rows[0].measure_id
    a = store.measure_detail(mid).assignments[0]
    store.update_assignments([a.id], role="support" if a.role == "lead" else "lead")
    [outcome] = store.import_paths([SAMPLES / doc.source_name])
    assert outcome.status == "duplicate"
    again = next(x for x in store.measure_detail(mid).assignments if x.id == a.id)
    assert again.role != a.role and again.state == "edited"


def test_due_lists_are_ordered_and_split_at_today(store):
    mids = [r.measure_id for r in store.task_table(document_id=_doc(store, "004").id).rows[:3]]
    ids = {m: [a.id for a in store.measure_detail(m).assignments] for m in mids}
    for m, due in zip(mids, ("2021-05-20", "2021-05-01", "2021-06-10")):
        store.update_assignments(ids[m], due_date=due)
    overdue, soon = store.due_tasks(dt.date(2021, 6, 1), 14)
    assert [t.due_date for t in overdue] == sorted(t.due_date for t in overdue)
    assert {t.measure_id for t in overdue} == set(mids[:2])
    assert overdue[0].due_date == "2021-05-01"
    assert {t.measure_id for t in soon} == {mids[2]}
    store.update_assignments(ids[mids[2]], status="已完成")
    assert store.due_tasks(dt.date(2021, 6, 1), 14)[1] == []


def test_annotation_tags_and_restore(store):
    doc = _doc(store, "001")
    aid = store.add_annotation(doc.id, 100, 110, "核对数据", "shareable", ["数据", "重点"])
    [note] = [a for a in store.annotations(doc.id) if a.id == aid]
    assert (note.body, note.visibility, note.tags) == ("核对数据", "shareable", ("数据", "重点"))
    store.update_annotation(aid, body="已核对", tags=["重点"])
    snap = store.delete_annotation(aid)
    assert aid not in [a.id for a in store.annotations(doc.id)]
    store.restore_annotation(snap)
    [note] = [a for a in store.annotations(doc.id) if a.id == aid]
    assert (note.body, note.tags) == ("已核对", ("重点",))
    assert "重点" in store.tag_names()
