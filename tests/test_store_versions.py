"""A revised version of a document: the officer's statuses and notes carry over; what cannot is listed."""

from sqlalchemy import select

from conftest import SAMPLES
from desktop.store import models as m
from desktop.store.services import add_annotation, update_assignments
from desktop.store.store import Store

SEED = SAMPLES / "002_5422648186973203.txt"


def _edited_copy(path):
    text = SEED.read_text(encoding="utf-8")
    # reworded: measure 二.二.3 gains a sentence
    text = text.replace("3.加快建设“港澳仓”。", "3.加快建设“港澳仓”。力争年内建成首批港澳仓。", 1)
    # deleted: measure 二.三.8 goes away (its line and the numbering after it stay)
    lines = text.split("\n")
    lines = [ln for ln in lines if not ln.startswith("8.探索建立大湾区检验检测技术联盟")]
    text = "\n".join(lines)
    # added: a new measure 二.七.27 at the end of section 七
    text = text.replace("三、工作要求", "27.建设跨境贸易数字化服务平台。推动单证电子化和数据互认。（负责单位：市商务局）\n\n三、工作要求", 1)
    # unit changed: 二.三.7's supporting 中国铁路广州局集团 becomes 广州港集团
    text = text.replace("（负责单位：市商务局，配合单位：广州海关，中国铁路广州局集团）",
                        "（负责单位：市商务局，配合单位：广州海关，广州港集团）", 1)
    path.write_text(text, encoding="utf-8")
    return path


def _assignment(s, doc_id, path, unit):
    return s.scalars(select(m.Assignment).join(m.Node, m.Node.id == m.Assignment.measure_id)
                     .where(m.Node.document_id == doc_id, m.Node.path == path, m.Assignment.as_written == unit)).one()


def test_new_version_carries_statuses_and_notes_and_lists_orphans(tmp_path):
    st = Store.open(tmp_path / "store")
    [first] = st.import_paths([SEED])
    with st.sessions.begin() as s:
        doc = s.get(m.Document, first.document_id)
        reworded = _assignment(s, doc.id, "二/二/3", "黄埔区政府")
        unit_changed = _assignment(s, doc.id, "二/三/7", "中国铁路广州局集团")
        deleted = _assignment(s, doc.id, "二/三/8", "广州海关")
        kept = _assignment(s, doc.id, "二/一/1", "市商务局")
        update_assignments(s, [reworded.id], status="推进中", owner="张三")
        update_assignments(s, [unit_changed.id], status="滞后", progress="铁路专线待协调")
        update_assignments(s, [deleted.id], status="已完成")
        update_assignments(s, [kept.id], status="推进中", progress="已召开协调会")
        quote = "建立大湾区检验检测技术联盟"
        gone_note = add_annotation(s, doc.id, doc.text.index(quote), doc.text.index(quote) + len(quote), "联盟进展？")
        quote2 = "全球溯源中心"
        kept_note = add_annotation(s, doc.id, doc.text.index(quote2), doc.text.index(quote2) + len(quote2), "重点跟踪")
    assert gone_note and kept_note

    [second] = st.import_paths([_edited_copy(tmp_path / "002_revised.txt")])
    assert second.status == "new_version"
    docs = st.documents()
    assert docs[-1].version_of == first.document_id and docs[-1].version_no == 2
    assert docs[-1].measure_count == 30  # one deleted, one added

    with st.sessions() as s:
        new_id = second.document_id
        carried = _assignment(s, new_id, "二/二/3", "黄埔区政府")
        assert (carried.status, carried.owner) == ("推进中", "张三")
        assert _assignment(s, new_id, "二/一/1", "市商务局").progress == "已召开协调会"
        new_unit = _assignment(s, new_id, "二/三/7", "广州港集团")
        assert new_unit.status == "未启动"
        orphans = s.scalars(select(m.Orphan).where(m.Orphan.document_id == new_id)).all()
        kinds = sorted((o.kind, o.old_path) for o in orphans)
        assert ("assignment", "二/三/7") in kinds      # 中国铁路广州局集团's 滞后 status had no place to go
        assert ("measure", "二/三/8") in kinds         # the deleted measure's 已完成
        assert ("annotation", "二/三/8") in kinds      # the note on the deleted text
        notes = s.scalars(select(m.Annotation).where(m.Annotation.document_id == new_id)).all()
        by_body = {n.body: n for n in notes}
        assert not by_body["重点跟踪"].orphan and by_body["重点跟踪"].measure_path == "二/七/22"
        assert by_body["联盟进展？"].orphan  # kept, never lost
    st.close()
    assert len(kinds) == 3


def _units_at(st, doc_id, path):
    with st.sessions() as s:
        return sorted(s.scalars(select(m.Unit.name).join(m.Assignment, m.Assignment.unit_id == m.Unit.id)
                                .join(m.Node, m.Node.id == m.Assignment.measure_id)
                                .where(m.Node.document_id == doc_id, m.Node.path == path)))


def test_a_unit_the_officer_removed_stays_off_in_later_versions_unless_put_back(tmp_path):
    st = Store.open(tmp_path / "store")
    [first] = st.import_paths([SEED])
    with st.sessions() as s:
        removed = _assignment(s, first.document_id, "二/一/1", "市商务局").id
        undone = _assignment(s, first.document_id, "二/三/7", "广州海关").id
    assert "市商务局" in _units_at(st, first.document_id, "二/一/1")
    st.remove_assignment(removed)                                  # a misread the officer took off
    st.restore_assignment(st.remove_assignment(undone))            # removed, then undone: it stays
    [second] = st.import_paths([_edited_copy(tmp_path / "002_revised.txt")])
    assert second.status == "new_version"
    assert "市商务局" not in _units_at(st, second.document_id, "二/一/1")
    assert "广州海关" in _units_at(st, second.document_id, "二/三/7")
    third_text = (tmp_path / "002_revised.txt").read_text(encoding="utf-8").replace("三、工作要求", "三、工作要求\n\n", 1)
    (tmp_path / "002_third.txt").write_text(third_text, encoding="utf-8")
    [third] = st.import_paths([tmp_path / "002_third.txt"])
    assert third.status == "new_version"
    assert "市商务局" not in _units_at(st, third.document_id, "二/一/1")     # and in the version after that
    st.close()
