"""Score engine output against gold with the client's own scorer (a copy in tests/data/eval/score.py)."""

import importlib.util

import pytest

from conftest import SCORER

NAMES = ["measures", "headings", "units+role", "units", "quantities", "deadlines", "meta"]


def load_scorer():
    spec = importlib.util.spec_from_file_location("policydesk_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(pairs) -> dict[str, float]:
    """F1 per metric over [(gold_dict, predicted_dict), ...]."""
    scorer = load_scorer()
    tally = scorer.Tally()
    for gold, pred in pairs:
        scorer.score_doc(gold, pred, tally)
    return {n: tally.f1(n)[2] for n in NAMES}
