"""Search on the team store: the same measures as on the laptop's SQLite store for 1, 2 and 3+ character terms,
and the cluster's locale checked so the trigram index serves Chinese terms of 3+ characters."""

import pytest
from sqlalchemy import text

from desktop.cli import main
from desktop.store.queries import MeasureFilter
from desktop.store.store import Store
from desktop.store.team.search_check import trigram_status
from desktop.store.team.server_errors import open_team_store

from conftest import copy_sample_store

TERMS = ["港", "试点", "营商环境", "自由贸易试验区", "贸易 便利化", "跨境 电商 平台", "量子计算机"]


@pytest.fixture()
def both(sample_store_template, pg_url, tmp_path):
    laptop = copy_sample_store(sample_store_template, tmp_path / "laptop")
    assert main(["store", "copy", str(laptop), pg_url]) == 0
    local, server = Store.open(laptop), open_team_store(pg_url)
    yield local, server
    local.close()
    server.close()


@pytest.mark.parametrize("term", TERMS)
def test_the_same_measures_are_found_on_both_engines(both, term):
    local, server = both
    found = [{(h.document_id, h.path) for h in store.search(term, limit=10_000)} for store in both]
    assert found[0] == found[1]
    ids = [store.measure_ids(MeasureFilter(text=term)) for store in both]
    assert ids[0] == ids[1]                     # the filtered id list, in display order
    if term == "营商环境":
        assert len(found[0]) >= 3


def test_the_trigram_index_serves_chinese_terms_of_three_or_more(both):
    _, server = both
    status = trigram_status(server.engine)
    assert status.lc_ctype and status.indexed
    assert status.serves_chinese, f"LC_CTYPE {status.lc_ctype} makes no trigrams of Chinese characters"
    with server.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))   # the sample store is small enough to scan; ask for the plan
        plan = "\n".join(r[0] for r in conn.execute(text(
            "EXPLAIN SELECT id FROM nodes WHERE body LIKE '%营商环境%'")))
    assert "ix_nodes_body_trgm" in plan
