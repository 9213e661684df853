"""The store after importing the samples: documents, measures, the gold's units and roles, the unit registry."""

import json
import sqlite3

import pytest

from conftest import GOLD, SAMPLES
from desktop.store import models as m
from desktop.store.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store.open(tmp_path_factory.mktemp("store"))
    outcomes = st.import_paths([SAMPLES])
    assert [o.status for o in outcomes] == ["imported"] * 5
    yield st
    st.close()


def test_five_documents_and_132_measures(store):
    docs = store.documents()
    assert len(docs) == 5
    assert sum(d.measure_count for d in docs) == 132
    assert [d.measure_count for d in docs] == [25, 30, 30, 25, 22]


def test_units_and_roles_are_the_golds(store):
    from desktop.core.engine import parse_file
    with store.sessions() as s:
        for gold_file in sorted(GOLD.glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            doc = s.query(m.Document).filter(m.Document.source_name == gold["file"]).one()
            stored = {}
            for node in s.query(m.Node).filter(m.Node.document_id == doc.id, m.Node.is_measure):
                rows = s.query(m.Assignment).filter(m.Assignment.measure_id == node.id).all()
                stored[node.path] = ({a.as_written for a in rows if a.role == "lead"},
                                     {a.as_written for a in rows if a.role == "support"})
            want = {"/".join(g["path"]): (set(g["lead"]), set(g["support"])) for g in gold["measures"]}
            assert stored == want, gold["file"]


def test_guangzhou_commerce_bureau_spans_documents_002_and_004(store):
    tasks = store.unit_tasks("广州市商务局")
    titles = {t.document_title for t in tasks}
    assert titles == {"广州市推动落实粤港澳大湾区贸易自由化通关便利化行动方案",
                      "广州市关于以高水平开放推动服务贸易和数字贸易高质量发展的若干措施"}
    assert {t.role for t in tasks} == {"lead", "support"}


def test_pboc_guangdong_branch_is_one_unit_under_both_names(store):
    a = store.unit_tasks("人民银行广东省分行")
    b = store.unit_tasks("中国人民银行广东省分行")
    assert a == b
    assert {t.document_id for t in a} == {1, 5}


def test_provincial_commerce_department_is_qualified_by_jurisdiction(store):
    names = {u.qualified_name for u in store.units()}
    assert {"广东省商务厅", "广西壮族自治区商务厅"} <= names
    gd = store.unit_tasks("广东省商务厅")
    assert {t.document_id for t in gd} == {1}  # 003's 省商务厅 is in running text, assigned nothing
    gx = store.unit_tasks("广西壮族自治区商务厅")
    assert {t.document_id for t in gx} == {2}


def test_same_bytes_twice_change_nothing_and_say_so(store):
    before = store.documents()
    [outcome] = store.import_paths([SAMPLES / "000_55174da676faff8d.txt"])
    assert outcome.status == "duplicate" and "未作改动" in outcome.message
    assert store.documents() == before


def test_search_long_and_short_terms(store):
    hits = store.search("跨境电商")
    assert hits and all("跨境电商" in h.snippet.replace("【", "").replace("】", "") for h in hits)
    short = store.search("海关")
    assert len(short) > 10 and "【海关】" in short[0].snippet


def test_a_failing_file_leaves_nothing_behind(tmp_path):
    st = Store.open(tmp_path / "s")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    outcomes = st.import_paths([bad, SAMPLES / "002_5422648186973203.txt"])
    assert [o.status for o in outcomes] == ["failed", "imported"]
    assert "文件已损坏" in outcomes[0].message
    assert [d.source_name for d in st.documents()] == ["002_5422648186973203.txt"]
    st.close()


def test_cancel_between_files(tmp_path):
    st = Store.open(tmp_path / "s")
    seen = []
    outcomes = st.import_paths([SAMPLES], progress=lambda i, n, name: seen.append(i),
                               cancelled=lambda: len(seen) >= 3)   # asked once the third file is announced
    assert [o.status for o in outcomes] == ["imported", "imported", "cancelled", "cancelled", "cancelled"]
    assert len(st.documents()) == 2
    st.close()


def test_store_file_settings(tmp_path):
    st = Store.open(tmp_path)
    st.close()
    con = sqlite3.connect(tmp_path / "policydesk.sqlite3")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_data_dir_from_environment(tmp_path, monkeypatch):
    from desktop.store.paths import data_dir
    monkeypatch.setenv("POLICYDESK_HOME", str(tmp_path / "home"))
    assert data_dir() == tmp_path / "home"
    assert data_dir(tmp_path / "explicit") == tmp_path / "explicit"


def test_filtered_ids_then_rows_for_a_page(store):
    from desktop.store.queries import MeasureFilter
    with store.sessions() as s:
        from desktop.store.queries import resolve_unit
        unit = resolve_unit(s, "广州市商务局")
    ids = store.measure_ids(MeasureFilter(unit_id=unit, role="lead", text="跨境"))
    rows = store.measure_rows(ids)
    assert [r.id for r in rows] == ids and len(rows) >= 2
    assert all("广州市商务局" in r.lead for r in rows)
    first = store.measure_rows(store.measure_ids()[:3])
    assert [r.path for r in first] == ["一/一", "一/二", "二/一/1"]
    assert first[2].lead == ("广东省商务厅",) and first[2].status == "未启动"
    by_due = store.measure_ids(order="due")
    dues = [r.due_date for r in store.measure_rows(by_due) if r.due_date]
    assert dues == sorted(dues) and dues[0] == "2021-04-30"


def test_one_unit_named_twice_in_a_measure_is_one_assignment(tmp_path):
    doc = tmp_path / "plan.txt"
    doc.write_text("广东省推进试点行动方案\n\n一、重点任务\n\n（一）推进试点。（省商务厅牵头，广东省商务厅、省财政厅按职责分工负责）\n"
                   "\n（二）扩大开放。（中国人民银行广东省分行、人民银行广东省分行按职责分工负责）\n", encoding="utf-8")
    ok = tmp_path / "ok.txt"
    ok.write_text("某市行动方案\n\n一、任务\n\n（一）推进。（市商务局牵头）\n", encoding="utf-8")
    st = Store.open(tmp_path / "s")
    outcomes = st.import_paths([doc, ok])
    assert [o.status for o in outcomes] == ["imported", "imported"], [o.message for o in outcomes]
    tasks = st.unit_tasks("广东省商务厅")
    assert [(t.path, t.role) for t in tasks] == [("一/一", "lead")]
    assert len(st.unit_tasks("人民银行广东省分行")) == 1
    st.close()


def test_text_filter_applies_however_many_measures_match(store):
    from desktop.store.queries import MeasureFilter
    all_ids = store.measure_ids()
    for term in ("海关", "自贸试验区", "跨境电商 海关"):
        ids = store.measure_ids(MeasureFilter(text=term))
        rows = {r.id: r for r in store.measure_rows(ids)}
        assert 0 < len(ids) < len(all_ids)
        with store.sessions() as s:
            bodies = {n.id: n.body for n in s.query(m.Node).filter(m.Node.id.in_(ids))}
        assert all(all(t in bodies[i] for t in term.split()) for i in ids), term
        assert set(rows) == set(ids)


def test_counts_by_unit_and_status(store):
    from desktop.store.queries import status_counts
    with store.sessions() as s:
        counts = status_counts(s)
    assert counts[("广州市商务局", "未启动")] == len(store.unit_tasks("广州市商务局"))
    assert {status for _, status in counts} == {"未启动"}
    assert sum(counts.values()) == sum(u.lead_count + u.support_count for u in store.units())


def test_unit_status_and_text_filter_is_what_a_plain_scan_finds(store):
    """Assignments intersected with the trigram index first: the same ids, in the same order, as checking each measure."""
    from desktop.store.queries import MeasureFilter, resolve_unit
    with store.sessions() as s:
        unit = resolve_unit(s, "广州市商务局")
        measures = s.query(m.Node).filter(m.Node.is_measure).order_by(m.Node.document_id, m.Node.seq).all()
        assigned = {a.measure_id for a in s.query(m.Assignment).filter_by(unit_id=unit, status="未启动")}
    found = 0
    for text in ("服务贸易", "跨境电商 海关", "数字贸易 企业", "量子计算机"):
        want = [n.id for n in measures if n.id in assigned and all(t in n.body for t in text.split())]
        assert store.measure_ids(MeasureFilter(unit_id=unit, status="未启动", text=text)) == want, text
        found += len(want)
    assert found > 0


def test_display_text_is_stored_packed_and_reads_back_whole(store):
    from desktop.core.readers import read_document
    path = SAMPLES / "001_ede65df8d48175dc.txt"
    with store.sessions() as s:
        doc = s.query(m.Document).filter(m.Document.source_name == path.name).one()
        text, doc_id = doc.text, doc.id
    assert text == read_document(path).text
    con = sqlite3.connect(store.engine.url.database)
    kind, stored = con.execute("SELECT typeof(text), length(text) FROM documents WHERE id = ?", (doc_id,)).fetchone()
    con.close()
    assert kind == "blob" and stored < len(text.encode("utf-8")) / 2


def test_a_rows_due_date_is_the_officers_first_then_the_texts(tmp_path):
    st = Store.open(tmp_path / "s")
    st.import_paths([SAMPLES])
    with st.sessions.begin() as s:
        written: dict[int, str] = {}
        for mid, due in s.query(m.Deadline.measure_id, m.Deadline.due).filter(m.Deadline.due.is_not(None)):
            written[mid] = min(due, written.get(mid, due))
        assigned = {mid for (mid,) in s.query(m.Assignment.measure_id)}
        tracked, untracked = sorted(set(written) & assigned)[:2]
        s.query(m.Assignment).filter(m.Assignment.measure_id == tracked).update({"due_date": "2030-01-01"})
        s.query(m.Assignment).filter(m.Assignment.measure_id == untracked).update({"due_date": None})
    rows = {r.id: r.due_date for r in st.measure_rows([tracked, untracked])}
    assert rows == {tracked: "2030-01-01", untracked: written[untracked]}
    st.close()


def test_a_ranked_search_fills_its_page_with_measures_when_headings_match_too(store):
    # 服务贸易 is in 19 measures and in headings; a heading ranked in the top ten must not cost a measure its place
    hits = store.search("服务贸易", limit=10)
    assert len(hits) == 10
    with store.sessions() as s:
        assert all(s.get(m.Node, h.measure_id).is_measure for h in hits)
