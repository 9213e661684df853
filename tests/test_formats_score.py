"""The seeds turned into .docx, .pdf and .html score within 0.02 of the .txt originals on every metric."""

import json

import pytest

from conftest import GOLD, SAMPLES
from desktop.core.engine import parse_file
from scoring import score

MAKERS = {
    "docx": lambda fx, text, path: fx.make_docx(text, path, numbering=True),
    "pdf": lambda fx, text, path: fx.make_pdf(text, path),
    "html": lambda fx, text, path: fx.make_html(text, path, encoding="gb2312"),
}


def _gold():
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


@pytest.fixture(scope="module")
def txt_scores():
    return score([(g, parse_file(SAMPLES / g["file"]).to_eval_dict()) for g in _gold()])


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_format_scores_match_txt(fmt, txt_scores, tmp_path):
    import fixtures_formats as fx
    pairs = []
    for g in _gold():
        text = (SAMPLES / g["file"]).read_text(encoding="utf-8")
        path = tmp_path / (g["file"].rsplit(".", 1)[0] + "." + fmt)
        MAKERS[fmt](fx, text, path)
        pairs.append((g, parse_file(path).to_eval_dict()))
    scores = score(pairs)
    worse = {k: (round(scores[k], 3), round(txt_scores[k], 3)) for k in scores if scores[k] < txt_scores[k] - 0.02}
    assert not worse, f"{fmt} scores more than 0.02 below txt (got, txt): {worse}"
