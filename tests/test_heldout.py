"""The held-out set (tests/data/heldout), written without sight of the engine, scored with the client's scorer."""

import json
from pathlib import Path

from desktop.core.engine import parse_file
from scoring import score

HELDOUT = Path(__file__).parent / "data" / "heldout"


def test_heldout_documents_score_095_on_every_metric():
    pairs = []
    for gold_file in sorted(HELDOUT.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        pairs.append((gold, parse_file(HELDOUT / gold["file"]).to_eval_dict()))
    assert len(pairs) == 8
    scores = score(pairs)
    low = {k: round(v, 3) for k, v in scores.items() if v < 0.95}
    assert not low, f"held-out metrics below 0.95: {low}"
