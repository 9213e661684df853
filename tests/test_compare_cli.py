"""``policydesk compare`` as an officer runs it, in-process: JSON for checking, a Chinese summary, clear errors."""

import json

import pytest

from conftest import SAMPLES
from desktop.cli import main
from desktop.store.store import Store

FTZ = next(SAMPLES.glob("000_*.txt"))
SERVICES = next(SAMPLES.glob("004_*.txt"))


def run(capsys, *args):
    code = main(["compare", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_pairs_with_paths_as_the_parse_json(capsys):
    code, out, err = run(capsys, FTZ, SERVICES, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert all(set(r) >= {"a", "b", "kind", "score", "deltas"} for r in rows)
    data = next(r for r in rows if r["a"] == ["二", "二", "7"])
    assert (data["b"], data["kind"]) == (["二", "七"], "moved") and 0 < data["score"] < 1
    assert data["deltas"]["units_added"] and data["deltas"]["text_change"] == "wording"
    assert {r["kind"] for r in rows if r["b"] is None} == {"only_a"}
    assert sum(r["a"] is not None for r in rows) == 25 and sum(r["b"] is not None for r in rows) == 22


def test_summary_is_readable_chinese(capsys):
    code, out, _ = run(capsys, FTZ, FTZ)
    assert code == 0
    assert "相同 25" in out and "其余 25 对措施相同" in out


def test_document_ids_with_data_dir_use_the_stored_pins(capsys, tmp_path):
    store = Store.open(tmp_path)
    store.import_paths([FTZ, SERVICES])
    ids = {d.source_name[:3]: d.id for d in store.documents()}
    store.set_compare_pin(ids["000"], ids["004"], ("一", "一"), ("一", "一"), True)
    store.close()
    code, out, err = run(capsys, ids["000"], ids["004"], "--json", "--data-dir", tmp_path)
    assert code == 0, err
    pinned = [r for r in json.loads(out) if r.get("pinned")]
    assert [(r["a"], r["b"]) for r in pinned] == [(["一", "一"], ["一", "一"])]
    code, out, _ = run(capsys, ids["000"], ids["004"], "--data-dir", tmp_path)
    assert "（手动配对）" in out and "[移动]" in out


@pytest.mark.parametrize("args, message", [
    (("missing.txt", FTZ), "找不到文件"),
    (("7", FTZ), "须配合 --data-dir"),
])
def test_bad_input_is_one_chinese_line_and_exit_code_2(capsys, args, message):
    code, out, err = run(capsys, *args)
    assert code == 2 and message in err and "Traceback" not in err and out == ""


def test_unknown_document_id_and_unreadable_file(capsys, tmp_path):
    Store.open(tmp_path).close()
    code, _, err = run(capsys, "99", FTZ, "--data-dir", tmp_path)
    assert code == 2 and "没有编号为 99 的文件" in err
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip at all")
    code, _, err = run(capsys, broken, FTZ)
    assert code == 2 and err.startswith("错误：") and "Traceback" not in err
