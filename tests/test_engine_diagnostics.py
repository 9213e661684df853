"""No silent empty import: the parse result's diagnostics, and what ``policydesk parse`` says and returns."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest

from conftest import DEVSET, ROOT, SAMPLES
from desktop.core.diagnostics import NO_MEASURES, NO_UNITS, UNUSUAL_LABELS, Diagnostics
from engine_text import parse_text




PLAN = """某市推进外贸发展工作方案
为推进外贸发展，制定本方案。
一、主要任务
（一）培育经营主体。支持企业开拓市场。（市商务局牵头，市财政局配合）
（二）优化通关服务。推进通关便利化，2025年底前完成改造。
二、保障措施
加强组织领导。
"""


def test_diagnostics_is_a_plain_frozen_dataclass_in_the_json():
    result = parse_text(PLAN)
    d = result.diagnostics
    assert isinstance(d, Diagnostics) and dataclasses.is_dataclass(d)
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.warnings = ()
    assert d.levels == ("一、", "（一）")
    assert d.warnings == () and d.irregular_labels == ()
    assert PLAN[d.body_start:d.body_end].startswith("一、主要任务") and PLAN[d.body_start:d.body_end].endswith("加强组织领导。")
    assert d.tasks == 3 and d.tasks_with_units == pytest.approx(1 / 3) and d.tasks_with_lead == pytest.approx(1 / 3)
    data = json.loads(json.dumps(result.to_eval_dict(), ensure_ascii=False))
    assert data["diagnostics"]["warnings"] == [] and data["diagnostics"]["levels"] == ["一、", "（一）"]
    assert [m["kind"] for m in data["measures"]] == ["task", "task", "task"]


def test_nothing_numbered_is_no_measures():
    d = parse_text("关于做好节日期间安全生产工作的通知\n各单位要高度重视，切实抓好落实。\n").diagnostics
    assert d.warnings == (NO_MEASURES,) and d.tasks == 0 and d.tasks_with_units == 0.0


def test_measures_without_any_unit_warn_no_units():
    d = parse_text(PLAN.replace("（市商务局牵头，市财政局配合）", "")).diagnostics
    assert d.warnings == (NO_UNITS,)


@pytest.mark.parametrize("labels, where", [
    (("一、", "二、", "四、"), "四: 2 → 4"),       # a gap
    (("（一）", "（二）", "（一）"), "一: 2 → 1"),  # a restart under the same parent
])
def test_skips_and_restarts_are_unusual_labels(labels, where):
    text = "某方案\n" + "\n".join(f"{lab}推进工作。（市商务局负责）" for lab in labels)
    d = parse_text(text).diagnostics
    assert UNUSUAL_LABELS in d.warnings and d.irregular_labels[-1].endswith(where)


def test_numbering_running_on_across_sections_is_regular():
    text = ("某方案\n一、任务\n（一）甲。\n（二）乙。\n二、保障\n（三）丙\n1．丁。\n2．戊。\n（四）己\n3．庚。\n"
            "三、其他\n4．辛。\n四、附则\n1．壬。")
    assert parse_text(text).diagnostics.irregular_labels == ()


def test_devset_documents_import_whole_with_their_body_range():
    for path in sorted((DEVSET / "docs").glob("*.txt")):
        d = parse_text(path.read_text(encoding="utf-8")).diagnostics
        assert NO_MEASURES not in d.warnings, path.name
        assert d.body_end > d.body_start, path.name


def _run(*args):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "desktop.cli", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_parse_exits_3_with_a_chinese_line_when_a_document_gives_no_measures(tmp_path):
    empty = tmp_path / "notice.txt"
    empty.write_text("关于做好节日期间安全生产工作的通知\n各单位要高度重视，切实抓好落实。\n", encoding="utf-8")
    good = SAMPLES / "002_5422648186973203.txt"
    out = _run("parse", good, empty, "--json", tmp_path / "out")
    assert out.returncode == 3, out.stderr
    line = [ln for ln in out.stderr.splitlines() if ln.startswith("notice.txt:")]
    assert len(line) == 1 and "未识别到措施" in line[0] and "(warning: no measures found" in line[0]
    data = json.loads((tmp_path / "out" / "notice.json").read_text(encoding="utf-8"))
    assert data["measures"] == [] and data["diagnostics"]["warnings"] == [NO_MEASURES]


def test_parse_only_warns_when_no_measure_names_a_unit(tmp_path):
    out = _run("parse", DEVSET / "docs" / "06_gov-wangzhan-2018.txt", "--json", tmp_path)
    assert out.returncode == 0
    assert "06_gov-wangzhan-2018.txt: 提示：各项措施均未标注责任单位 (note: no measure names a responsible unit)" \
        in out.stderr


def test_a_read_failure_still_exits_1(tmp_path):
    empty = tmp_path / "notice.txt"
    empty.write_text("没有编号的一段话。\n", encoding="utf-8")
    out = _run("parse", empty, tmp_path / "missing.txt")
    assert out.returncode == 1
