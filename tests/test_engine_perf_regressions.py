"""The engine's speed-ups give the same results: its caches, and 繁→简 conversion of only the lines that need it."""

import json
import random
import subprocess
from pathlib import Path

import opencc
import pytest

from desktop.core import textnorm
from desktop.core.engine import parse_file
from desktop.core.memo import clear_caches
from desktop.core.responsibility import find_clauses

ROOT = Path(__file__).resolve().parents[1]
OPENCC = Path(opencc.__file__).parent / "clib"


def _t2s_entries(tmp_path):
    """(key, first value) of every dictionary the t2s configuration uses, dumped with OpenCC's own tool."""
    config = json.loads((OPENCC / "share" / "opencc" / "t2s.json").read_text(encoding="utf-8"))
    files = [step["dict"]["file"] for step in config["normalization"]]
    for step in config["conversion_chain"]:
        files += [d["file"] for d in step["dict"].get("dicts", [step["dict"]])]
    entries = []
    for name in files:
        out = tmp_path / (name + ".txt")
        subprocess.run([str(OPENCC / "bin" / "opencc_dict"), "-i", str(OPENCC / "share" / "opencc" / name),
                        "-o", str(out), "-f", "ocd2", "-t", "text"], check=True, capture_output=True)
        for line in out.read_text(encoding="utf-8").splitlines():
            key, values = line.split("\t")
            entries.append((key, values.split(" ")[0]))
    return entries


def test_every_converting_dictionary_key_holds_a_convertible_character(tmp_path):
    if not (OPENCC / "bin" / "opencc_dict").exists():
        pytest.skip("this OpenCC build ships no opencc_dict")
    entries = _t2s_entries(tmp_path)
    assert len(entries) > 5000
    convertible = textnorm._marks(False)
    missed = [(k, v) for k, v in entries if k != v and not convertible.search(k)]
    assert not missed  # a new dictionary phrase: add its character to textnorm._PHRASE_ONLY
    assert not any("\n" in k for k, _ in entries)  # line-by-line conversion relies on it


def test_line_by_line_folding_equals_whole_text_folding():
    whole = textnorm._converter().convert
    rng = random.Random(11)
    words = ["回覆", "深沈", "覆盖", "國務院", "廣東省商務廳", "牽頭", "乾燥", "著作", "省商务厅", "推进", "，", "。",
             "\n", " ", "\u3000", "２０２５年", "ＡＢＣ", "（一）"]
    for _ in range(2000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        assert textnorm.to_simplified(text) == whole(text), text
        assert textnorm.fold(text) == whole(text.translate(textnorm._FW_TABLE)), text


def test_caches_do_not_change_results():
    paths = sorted((ROOT / "resources" / "samples").glob("*.txt"))
    clear_caches()
    cold = [parse_file(p).to_eval_dict() for p in paths]
    warm = [parse_file(p).to_eval_dict() for p in paths]
    assert cold == warm


def test_a_cached_clause_reading_is_placed_where_each_clause_stands():
    text = "推进开放。（省商务厅牵头，省财政厅配合）加强合作，做好服务。（省商务厅牵头，省财政厅配合）"
    first, second = find_clauses(text)
    shift = text.rindex("（") - text.index("（")
    assert [(u.name, u.role) for u in first.units] == [(u.name, u.role) for u in second.units]
    assert [(u.start + shift, u.end + shift) for u in first.units] == [(u.start, u.end) for u in second.units]
    assert [text[u.start:u.end] for u in second.units] == ["省商务厅", "省财政厅"]
