"""The ``policydesk parse`` command as an officer runs it: outlines, JSON, and one clear line per bad file."""

import json
import os
import subprocess
import sys
import time

from conftest import ROOT, SAMPLES


def run(*args, timeout=120):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "desktop.cli", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


def test_parse_prints_a_readable_outline():
    out = run("parse", SAMPLES / "002_5422648186973203.txt")
    assert out.returncode == 0, out.stderr
    assert "《广州市推动落实粤港澳大湾区贸易自由化通关便利化行动方案》" in out.stdout
    assert "牵头：市商务局" in out.stdout
    assert "共 30 项措施" in out.stdout
    assert "Traceback" not in out.stderr


def test_parse_json_writes_one_file_per_input_in_the_eval_schema(tmp_path):
    out = run("parse", *sorted(SAMPLES.glob("*.txt")), "--json", tmp_path)
    assert out.returncode == 0, out.stderr
    files = sorted(p.name for p in tmp_path.glob("*.json"))
    assert files == sorted(p.stem + ".json" for p in SAMPLES.glob("*.txt"))
    data = json.loads((tmp_path / "000_55174da676faff8d.json").read_text(encoding="utf-8"))
    assert set(data) >= {"file", "title", "doc_number", "issuer", "date", "measures"}
    m = data["measures"][2]
    assert m["path"] == ["二", "一", "1"] and m["lead"] == ["省商务厅"]
    assert set(m) >= {"label", "path", "heading", "lead", "support", "quantities", "deadlines"}


def _bad(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bad_files_get_one_clear_line_each_and_the_good_ones_still_parse(tmp_path):
    empty = _bad(tmp_path, "empty.txt", b"")
    junk = _bad(tmp_path, "junk.txt", os.urandom(20000))
    odd = _bad(tmp_path, "table.xyz", b"abc")
    doc = _bad(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    missing = tmp_path / "missing.txt"
    good = SAMPLES / "002_5422648186973203.txt"
    out = run("parse", empty, junk, good, odd, doc, missing, "--json", tmp_path / "out")
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert "Traceback" not in out.stderr
    expect = {
        "empty.txt": "文件为空",
        "junk.txt": "不是文本文件",
        "table.xyz": "不支持的文件类型",
        "old.doc": "暂不支持 Word 97-2003 .doc 格式",
        "missing.txt": "文件不存在",
    }
    for name, words in expect.items():
        hits = [ln for ln in lines if ln.startswith(name + ":")]
        assert len(hits) == 1, (name, lines)
        assert words in hits[0] and "(error:" in hits[0], hits[0]
    assert (tmp_path / "out" / "002_5422648186973203.json").exists()


def test_a_50_mb_text_file_is_refused_quickly(tmp_path):
    big = tmp_path / "huge.txt"
    line = ("（一）推进贸易便利化改革，提升通关效率。（省商务厅牵头）\n" * 2000).encode("utf-8")
    with open(big, "wb") as f:
        while f.tell() < 50 * 1024 * 1024:
            f.write(line)
    t0 = time.perf_counter()
    out = run("parse", big)
    elapsed = time.perf_counter() - t0
    assert out.returncode == 1
    assert "huge.txt: 错误：文件过大（50 MB）" in out.stderr
    assert elapsed < 30


def test_a_50_mb_docx_with_large_media_parses_in_bounded_memory(tmp_path):
    import zipfile

    import docx
    path = tmp_path / "big.docx"
    d = docx.Document()
    d.add_paragraph("某市推进贸易便利化行动方案")
    d.add_paragraph("一、重点任务")
    d.add_paragraph("（一）提升通关效率。推广提前申报模式。（市商务局牵头，广州海关按职责分工负责）")
    d.save(path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_STORED) as z:
        z.writestr("word/media/scan.bin", os.urandom(50 * 1024 * 1024))
    assert path.stat().st_size > 50 * 1024 * 1024
    code = ("import resource, sys; from desktop.cli import main; rc = main(['parse', sys.argv[1]]);"
            "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(rc)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                         encoding="utf-8", timeout=120)
    assert out.returncode == 0, out.stderr
    assert "牵头：市商务局" in out.stdout
    rss_mb = int(out.stdout.split("RSS")[-1]) / 1024
    assert rss_mb < 400, f"peak memory {rss_mb:.0f} MB"


def test_damaged_and_protected_files_get_clear_messages(tmp_path):
    import fixtures_formats as fx
    good_docx = fx.make_docx("某市行动方案\n一、重点任务\n（一）推进试点。（市商务局牵头）", tmp_path / "good.docx")
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(good_docx.read_bytes()[: good_docx.stat().st_size // 2])
    files = {
        truncated: "文件已损坏",
        fx.make_encrypted_docx(tmp_path / "locked.docx"): "加密",
        fx.make_encrypted_pdf(tmp_path / "locked.pdf"): "PDF 已加密",
        fx.make_scanned_pdf(tmp_path / "scan.pdf"): "可能是扫描件",
        fx.make_zip_bomb_docx(tmp_path / "bomb.docx"): "解压",
    }
    out = run("parse", *files, good_docx, "--json", tmp_path / "out")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    for path, words in files.items():
        hits = [ln for ln in lines if ln.startswith(path.name + ":")]
        assert len(hits) == 1 and words in hits[0] and "(error:" in hits[0], (path.name, lines)
    assert json.loads((tmp_path / "out" / "good.json").read_text(encoding="utf-8"))["measures"][0]["lead"] == ["市商务局"]


def test_store_commands_give_stable_json(tmp_path):
    data = tmp_path / "store"
    out = run("--data-dir", data, "import", SAMPLES)
    assert out.returncode == 3, out.stderr   # sample 003 names no responsible unit: imported, flagged for a look
    assert "共 5 个文件：导入 5，未改动 0，失败 0，需核对 1" in out.stdout
    assert "需核对  003_34d0ec4623e87f5b.txt" in out.stdout
    assert "5/5" in out.stderr  # the progress bar
    docs = json.loads(run("--data-dir", data, "documents", "--json").stdout)
    assert [d["measure_count"] for d in docs] == [25, 30, 30, 25, 22]
    assert set(docs[0]) >= {"id", "title", "doc_number", "issuer", "date", "measure_count", "version_of"}
    units = json.loads(run("--data-dir", data, "units", "--json").stdout)
    pboc = next(u for u in units if u["qualified_name"] == "人民银行广东省分行")
    assert "中国人民银行广东省分行" in pboc["aliases"] and pboc["lead_count"] + pboc["support_count"] == 7
    tasks = json.loads(run("--data-dir", data, "tasks", "--unit", "广州市商务局", "--json").stdout)
    assert {t["document_id"] for t in tasks} == {3, 5}
    assert set(tasks[0]) >= {"document", "path", "heading", "role", "status", "due_date", "owner", "progress",
                             "issues", "next_steps", "assignment_id"}
    from desktop.store.store import Store
    store = Store.open(data)
    store.set_assignment_values({tasks[0]["assignment_id"]: {"owner": "李明", "progress": "已完成调研",
                                                             "issues": "资金未到位", "next_steps": "下月报送方案"}})
    store.close()
    tracked = json.loads(run("--data-dir", data, "tasks", "--unit", "广州市商务局", "--json").stdout)[0]
    assert [tracked[k] for k in ("owner", "progress", "issues", "next_steps")] == ["李明", "已完成调研", "资金未到位",
                                                                                   "下月报送方案"]
    hits = json.loads(run("--data-dir", data, "search", "海关", "--json").stdout)
    assert hits and set(hits[0]) >= {"document", "path", "snippet"}
    again = run("--data-dir", data, "import", SAMPLES / "000_55174da676faff8d.txt")
    assert "未改动" in again.stdout and again.returncode == 0
    missing = run("--data-dir", data, "tasks", "--unit", "不存在的单位")
    assert missing.returncode == 1 and "找不到单位" in missing.stderr


def test_every_option_has_help_in_chinese_and_english():
    import argparse
    import re
    from desktop.cli import build_parser

    def actions(parser):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from ((f"{name} {n}", a) for n, a in actions(sub))
            elif not isinstance(action, argparse._HelpAction):
                yield action.dest, action

    missing = [name for name, a in actions(build_parser())
               if not (a.help and re.search(r"[\u4e00-\u9fff]", a.help) and re.search(r"\([A-Za-z]", a.help))]
    assert missing == []


def test_measures_lists_a_stored_documents_measures_with_their_units(tmp_path):
    assert run("--data-dir", tmp_path, "import", SAMPLES / "000_55174da676faff8d.txt").returncode == 0
    out = run("--data-dir", tmp_path, "measures", "--document", "1", "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) == 25
    first_task = next(r for r in rows if r["path"] == ["二", "一", "1"])
    assert first_task["lead"] == ["广东省商务厅"] and "广东省公安厅" in first_task["support"]
    text = run("--data-dir", tmp_path, "measures").stdout
    assert "牵头：广东省商务厅" in text and text.rstrip().endswith("共 25 项措施")
