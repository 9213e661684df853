"""The store side of comparing: measures read back as CompareMeasure, pins that outlive the Store."""

import pytest

from conftest import SAMPLES
from desktop.core.compare.adapters import measures_from_parse
from desktop.core.compare.align import align
from desktop.core.engine import parse_file
from desktop.store.store import Store


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("store")
    store = Store.open(directory)
    store.import_paths([next(SAMPLES.glob("000_*.txt")), next(SAMPLES.glob("004_*.txt"))])
    store.close()
    return directory


def _ids(store):
    by_file = {d.source_name[:3]: d.id for d in store.documents()}
    return by_file["000"], by_file["004"]


def test_store_measures_match_the_parsed_file(store_dir):
    store = Store.open(store_dir)
    doc_a, _ = _ids(store)
    from_store = store.compare_measures(doc_a)
    from_file = measures_from_parse(parse_file(next(SAMPLES.glob("000_*.txt"))))
    store.close()
    assert [m.path for m in from_store] == [m.path for m in from_file]
    assert all(m.key for m in from_store)
    water = next(m for m in from_store if m.heading == "提升粤港澳大湾区物流一体化功能")
    assert water.units[0] == ("省交通运输厅", "lead") and "3700万标箱" in water.quantities
    assert water.deadlines[0][1] == "2025-12-31"
    alignment = align(from_store, from_file)
    assert {p.kind for p in alignment.pairs} == {"same"}


def test_pins_persist_across_reopening_and_clear_undoes_them(store_dir):
    store = Store.open(store_dir)
    doc_a, doc_b = _ids(store)
    store.set_compare_pin(doc_a, doc_b, ("二", "一", "1"), ("一", "一"), True)
    store.set_compare_pin(doc_a, doc_b, ("二", "二", "7"), ("二", "七"), False)
    store.close()

    store = Store.open(store_dir)
    pins, unpins = store.compare_pins(doc_a, doc_b)
    assert pins == [(("二", "一", "1"), ("一", "一"))] and unpins == [(("二", "二", "7"), ("二", "七"))]
    assert store.compare_pins(doc_b, doc_a) == ([], [])
    pairs = align(store.compare_measures(doc_a), store.compare_measures(doc_b), pins, unpins).pairs
    a, b = store.compare_measures(doc_a), store.compare_measures(doc_b)
    assert any(p.pinned and a[p.a[0]].path == ("二", "一", "1") and b[p.b[0]].path == ("一", "一") for p in pairs)
    assert not any(p.a and p.b and a[p.a[0]].path == ("二", "二", "7") and b[p.b[0]].path == ("二", "七")
                   for p in pairs)

    store.set_compare_pin(doc_a, doc_b, ("二", "二", "7"), ("二", "七"), True)   # the same pair, now pinned
    store.clear_compare_pin(doc_a, doc_b, ("二", "一", "1"), ("一", "一"))
    assert store.compare_pins(doc_a, doc_b) == ([(("二", "二", "7"), ("二", "七"))], [])
    store.close()
