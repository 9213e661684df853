"""The library (issuer → year → document, versions nested) and the outline tree, over the real sample store."""

from PySide6.QtCore import Qt

from conftest import SAMPLES
from desktop.ui.review.library_model import DOCUMENT_ID, LibraryModel
from desktop.ui.review.outline_model import IS_MEASURE, NODE_ID, OutlineModel


def test_library_groups_by_issuer_and_year_and_nests_versions(sample_store, qtmodeltester, tmp_path):
    revised = tmp_path / "002_revised.txt"
    original = (SAMPLES / "002_5422648186973203.txt").read_text(encoding="utf-8")
    revised.write_text(original.replace("全球溯源中心", "全球溯源服务中心", 1), encoding="utf-8")
    [outcome] = sample_store.import_paths([revised])
    assert outcome.status == "new_version"
    model = LibraryModel()
    model.set_documents(sample_store.documents())
    qtmodeltester.check(model)
    everything, *issuers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert everything == "全部文件（6 个）" and model.index(0, 1).data() == str(sum(
        d.measure_count for d in sample_store.documents()))
    assert "广州市人民政府办公厅" in issuers and issuers == sorted(issuers)
    assert sorted(model.document_ids()) == sorted(d.id for d in sample_store.documents())
    # the newest version is the row; the first version sits under it
    newest = next(d for d in sample_store.documents() if d.id == outcome.document_id)
    hits = model.match(model.index(0, 0), DOCUMENT_ID, newest.id, -1, Qt.MatchExactly | Qt.MatchRecursive)
    row = next(i for i in hits if i.column() == 0)
    assert "第2版" in row.data()
    assert model.rowCount(row) == 1 and model.index(0, 0, row).data(DOCUMENT_ID) == newest.version_of
    assert model.index(row.row(), 1, row.parent()).data() == str(newest.measure_count)


def test_outline_tree_follows_the_document(sample_store, qtmodeltester):
    doc = next(d for d in sample_store.documents() if d.source_name.startswith("000"))
    rows = sample_store.outline(doc.id)
    model = OutlineModel()
    model.set_outline(rows)
    qtmodeltester.check(model)
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top[0].startswith("一、") and len(top) == sum(1 for r in rows if r.parent_id is None)
    measure = next(r for r in rows if r.is_measure)
    index = model.index_of(measure.id)
    assert index.data(NODE_ID) == measure.id and index.data(IS_MEASURE)
    assert index.data().startswith(measure.label)
