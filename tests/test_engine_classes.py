"""The engine on the class documents of issue 13 (tests/data/classes): every measure's units with roles,
targets, deadlines and kind, and the client's scorer over each document."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from desktop.core.engine import parse_file
from scoring import NAMES, load_scorer

CLASSES = Path(__file__).parent / "data" / "classes"
GOLD = sorted(CLASSES.glob("*.json"))


_scorer = functools.lru_cache(maxsize=1)(load_scorer)


def _norm(s: str) -> str:
    return _scorer().norm_text(s)


def _key(m: dict) -> str:
    return "/".join(m["path"])


@functools.lru_cache(maxsize=None)
def _parsed(stem: str):
    gold = json.loads((CLASSES / f"{stem}.json").read_text(encoding="utf-8"))
    return gold, parse_file(CLASSES / gold["file"])


def test_every_class_document_has_gold_and_a_readme_line():
    sources = sorted(p for p in CLASSES.iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md")
    readme = (CLASSES / "README.md").read_text(encoding="utf-8")
    assert len(sources) >= 11
    for src in sources:
        assert (CLASSES / f"{src.stem}.json").exists(), src.name
        assert src.name in readme, src.name


@pytest.mark.parametrize("stem", [p.stem for p in GOLD])
def test_class_document_scores_1_on_every_metric(stem):
    gold, result = _parsed(stem)
    scorer = _scorer()
    tally = scorer.Tally()
    scorer.score_doc(gold, result.to_eval_dict(), tally)
    low = {n: round(tally.f1(n)[2], 3) for n in NAMES if tally.f1(n)[2] < 1.0}
    assert not low, f"{stem}: {low}"


@pytest.mark.parametrize("stem", [p.stem for p in GOLD])
def test_class_document_measures_units_targets_deadlines_and_kinds(stem):
    gold, result = _parsed(stem)
    got = {"/".join(m.path): m for m in result.measures}
    assert list(got) == [_key(m) for m in gold["measures"]], "measures and their order"
    problems = []
    for g in gold["measures"]:
        m = got[_key(g)]
        want = (sorted(map(_norm, g["lead"])), sorted(map(_norm, g["support"])))
        have = (sorted(map(_norm, m.lead)), sorted(map(_norm, m.support)))
        if want != have:
            problems.append(f"{_key(g)} units lead/support {have}, want {want}")
        if sorted(map(_norm, g["quantities"])) != sorted(_norm(q.text) for q in m.quantities):
            problems.append(f"{_key(g)} quantities {[q.text for q in m.quantities]}, want {g['quantities']}")
        have_d = [_norm(d.text) for d in m.deadlines]
        want_d = [_norm(d) for d in g["deadlines"]]
        if len(have_d) != len(want_d) or not all(any(a in b or b in a for b in have_d) for a in want_d):
            problems.append(f"{_key(g)} deadlines {[d.text for d in m.deadlines]}, want {g['deadlines']}")
        if m.kind != g["kind"]:
            problems.append(f"{_key(g)} kind {m.kind}, want {g['kind']}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("stem", [p.stem for p in GOLD])
def test_no_markdown_markers_reach_what_users_see(stem):
    _, result = _parsed(stem)
    shown = [result.meta.title or ""] + [m.heading for m in result.measures] + [m.text for m in result.measures]
    assert not [s for s in shown if "**" in s or s.lstrip().startswith("#")]


def test_units_are_no_declaration_note_or_tail():
    bad = re.compile(r"第一|牵头单位|不再|列出|以下|下同|等有关|等相关|按职责")
    for gold_file in GOLD:
        _, result = _parsed(gold_file.stem)
        names = [u.name for m in result.measures for u in m.units]
        assert not [n for n in names if bad.search(n)], gold_file.stem
