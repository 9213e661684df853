"""Issue 15, item 11: a search or a text filter with about a thousand words answers instead of failing with
"Expression tree is too large (maximum depth 1000)" (SQLite nests a flat chain of ANDs one level per word)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from desktop.store.queries import MeasureFilter

# 1,000 distinct two-character words: each one is a LIKE condition (the trigram index takes 3+ characters)
SHORT = [chr(0x4E00 + i) + chr(0x4E01 + i) for i in range(1000)]


def test_a_thousand_words_search_and_filter(sample_store):
    one = {h.measure_id for h in sample_store.search("推进", limit=1000)}
    assert one
    for query in (" ".join(["推进"] * 1000), " ".join(["推进"] * 999 + ["口岸"])):
        hits = {h.measure_id for h in sample_store.search(query, limit=1000)}
        assert hits == {h.measure_id for h in sample_store.search(" ".join(dict.fromkeys(query.split())), limit=1000)}
        assert hits <= one
    assert set(sample_store.measure_ids(MeasureFilter(text=" ".join(["推进"] * 1000)))) == one
    many = " ".join(SHORT[:1000])
    assert sample_store.search(many) == []                    # no measure holds all of them: an answer, no error
    assert sample_store.measure_ids(MeasureFilter(text=many)) == []
    long_words = " ".join(f"推进口岸{i}" for i in range(1000))
    assert sample_store.search(long_words) == [] and sample_store.measure_ids(MeasureFilter(text=long_words)) == []
    mixed = " ".join(["推进", "口岸"] * 500 + SHORT[:600])
    assert sample_store.search(mixed) == []


def test_the_command_line_search_answers(sample_store):
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(sample_store.directory), "search",
                             " ".join(SHORT[:1000]), "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stderr[-1500:]


def test_a_pasted_text_longer_than_a_search_says_which_words_it_used(sample_store, qtbot):
    from desktop.core.search_terms import MAX_TERMS
    from desktop.ui.review.filter_bar import FilterBar
    import datetime as dt
    words = [chr(0x4E00 + i // 50) + chr(0x4E00 + i % 50) for i in range(MAX_TERMS + 100)]
    pasted = " ".join(words)
    bar = FilterBar(dt.date.today, sample_store.resolve_unit)
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.changed):
        bar.search.setText(pasted)
    assert bar.search.toolTip() == f"搜索词过多：只按前 {MAX_TERMS} 个词搜索，其余 100 个词未使用"
    with qtbot.waitSignal(bar.changed):
        bar.search.setText("推进")
    assert bar.search.toolTip() == ""
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(sample_store.directory), "search",
                             pasted, "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "[]"
    assert f"只按前 {MAX_TERMS} 个词检索，其余 100 个词未使用" in result.stderr
