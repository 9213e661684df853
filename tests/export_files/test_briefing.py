"""The Word briefing pack as a reader sees it: GB/T 9704 page and type, page numbers, content, notes kept inside."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from conftest import ROOT, SAMPLES
from desktop.core.path_format import format_path
from desktop.store.queries import MeasureFilter
from desktop.store.store import Store
from desktop.export_jobs import export_briefing
from exporters.briefing import INTERNAL_MARK
from exporters.fonts import CHAINS, FontProfile, first_installed, installed_families, pick_fonts

TODAY = dt.date(2021, 6, 1)
UNIT = "广州市商务局"
SHARED_NOTE = "可共享批注甲：已与海关对接口径"
INTERNAL_NOTE = "内部批注乙：领导暂不宜知悉的分歧"
OTHER_UNIT_PROGRESS = "他单位进展丙：广州海关已完成通关系统改造"
OWN_PROGRESS = "本单位进展丁：已召开专题会"
FONTS = {"title": "方正小标宋简体", "body": "仿宋_GB2312", "heading1": "黑体", "heading2": "楷体_GB2312",
         "page_number": "宋体", "latin": "Times New Roman"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store.open(tmp_path_factory.mktemp("briefing") / "store")
    assert [o.status for o in s.import_paths([SAMPLES])] == ["imported"] * 5
    doc1 = s.measure_ids(MeasureFilter(document_id=1))
    first_with_units = next(mid for mid in doc1 if s.measure_detail(mid).assignments)
    a = s.measure_detail(first_with_units).assignments
    s.update_assignments([a[0].id], status="推进中", due_date="2021-05-20", owner="张三")    # overdue
    s.update_assignments([a[1].id], status="滞后", due_date="2021-06-10")                   # due within 14 days
    s.update_assignments([a[2].id], status="已完成", due_date="2021-05-01")                 # done: in neither list
    s.add_annotation(1, *_span(s, first_with_units), SHARED_NOTE, visibility="shareable")
    s.add_annotation(1, *_span(s, first_with_units), INTERNAL_NOTE, visibility="internal")
    unit_id = s.resolve_unit(UNIT)
    shared = next(mid for mid in s.measure_ids(MeasureFilter(unit_id=unit_id))
                  if len(s.measure_detail(mid).assignments) > 1)
    for x in s.measure_detail(shared).assignments:
        s.update_assignments([x.id], progress=OWN_PROGRESS if x.unit_id == unit_id else OTHER_UNIT_PROGRESS)
    s.first_with_units, s.unit_id, s.shared_measure = first_with_units, unit_id, shared
    yield s
    s.close()


def _span(store, measure_id):
    d = store.measure_detail(measure_id)
    return d.start, d.start + 6


@pytest.fixture(scope="module")
def doc_pack(store, tmp_path_factory):
    return export_briefing(store, tmp_path_factory.mktemp("out") / "doc1.docx", document_id=1, today=TODAY,
                           fonts=FONTS)


def _xml_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))}


def _texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def _styled(doc, *names):
    return [p for p in doc.paragraphs if p.style.name in names and p.text.strip()]


def _east_asia(run) -> str:
    return run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))


# page and type

def test_page_is_a4_with_the_gbt9704_margins(doc_pack):
    s = docx.Document(str(doc_pack)).sections[0]
    assert abs(s.page_width - Mm(210)) < Mm(0.1) and abs(s.page_height - Mm(297)) < Mm(0.1)
    for side, mm in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26)):
        assert abs(getattr(s, f"{side}_margin") - Mm(mm)) < Mm(0.05), side
    sect = _xml_parts(doc_pack)["word/document.xml"]
    assert 'w:top="2098"' in sect and 'w:bottom="1984"' in sect and 'w:left="1587"' in sect and 'w:right="1474"' in sect
    assert "w:docGrid" not in sect and "charSpace" not in sect   # Word's character grid breaks in LibreOffice


def test_body_paragraphs_have_exact_28_95pt_lines_and_minus_quarter_point_spacing(doc_pack):
    body = _styled(docx.Document(str(doc_pack)), "Briefing Body")
    assert len(body) >= 23 + 3    # a paragraph per task, the counts, problems and next steps
    for p in body:
        pf = p.paragraph_format
        assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY and pf.line_spacing == Pt(28.95), p.text
        assert pf.first_line_indent == Pt(32)  # 左空二字
        for r in p.runs:
            assert r._r.rPr.find(qn("w:spacing")).get(qn("w:val")) == "-5", p.text
            assert r.font.size == Pt(16)


def test_runs_carry_the_profile_fonts_in_east_asia_and_zh_cn(doc_pack):
    doc = docx.Document(str(doc_pack))
    # a task paragraph opens with its （一）name in 楷体, the rest in 仿宋
    roles = {"Briefing Title": {FONTS["title"]}, "Briefing Body": {FONTS["body"], FONTS["heading2"]},
             "Briefing Heading 1": {FONTS["heading1"]}, "Briefing Heading 2": {FONTS["heading2"]}}
    for style, families in roles.items():
        paragraphs = _styled(doc, style)
        assert paragraphs, style
        seen = {_east_asia(r) for p in paragraphs for r in p.runs}
        assert seen == families, style
        for p in paragraphs:
            for r in p.runs:
                fonts = r._r.rPr.find(qn("w:rFonts"))
                assert fonts.get(qn("w:ascii")) == FONTS["latin"] and fonts.get(qn("w:eastAsiaTheme")) is None
                assert r._r.rPr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    assert {r.font.size for p in _styled(doc, "Briefing Title") for r in p.runs} == {Pt(22)}
    styles = _xml_parts(doc_pack)["word/styles.xml"]
    defaults = re.search(r"<w:docDefaults>.*</w:docDefaults>", styles).group(0)
    assert f'w:eastAsia="{FONTS["body"]}"' in defaults and 'w:eastAsia="zh-CN"' in defaults
    assert "ＭＳ" not in styles and "eastAsiaTheme" not in styles and "word/theme/theme1.xml" not in _xml_parts(doc_pack)


def test_footers_hold_a_page_field_between_dashes_at_the_outside_edge(doc_pack):
    doc = docx.Document(str(doc_pack))
    section = doc.sections[0]
    assert doc.settings.odd_and_even_pages_header_footer
    assert "<w:evenAndOddHeaders/>" in _xml_parts(doc_pack)["word/settings.xml"]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT and even.alignment == WD_ALIGN_PARAGRAPH.LEFT
    for p in (odd, even):
        xml = p._p.xml
        begin, instr, end = xml.index('w:fldCharType="begin"'), xml.index("PAGE"), xml.index('w:fldCharType="end"')
        assert xml.index("— <") < begin < instr < end < xml.index("> —")
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert {_east_asia(r) for r in p.runs} == {FONTS["page_number"]} and p.runs[0].font.size == Pt(14)
    assert not section.different_first_page_header_footer    # no cover page: the first page is numbered too


# content

TASK_NUMBER = re.compile(r"^（([一二三四五六七八九十百零]+)）(.+?)。")


def _task_names(path: Path) -> list[str]:
    return [TASK_NUMBER.match(p.text).group(2) for p in _styled(docx.Document(str(path)), "Briefing Body")
            if TASK_NUMBER.match(p.text)]


def test_every_task_of_the_document_is_one_paragraph_in_order_with_no_repeated_heading(store, doc_pack):
    tasks = set(store.measure_ids(MeasureFilter(document_id=1, kind="task")))
    expected = [r.heading for r in store.outline(1) if r.is_measure and r.id in tasks]
    assert _task_names(doc_pack) == expected and len(expected) == 23   # 指导思想 and 发展目标 are context, left out
    texts = [t for t in _texts(doc_pack) if t.strip()]
    assert "一、总体情况" in texts and "二、进展情况" in texts and "三、存在问题" in texts and "四、下一步工作" in texts
    assert not any("指导思想" in t or "发展目标" in t for t in texts)
    first = store.measure_detail(store.first_with_units)
    para = next(t for t in texts if t.startswith("（一）"))
    assert para.startswith(f"（一）{first.heading}。牵头单位：") and "完成时限：" in para and "进展：" in para
    headings = [p.text for p in _styled(docx.Document(str(doc_pack)), "Briefing Heading 2")]
    assert len(headings) == len(set(headings))     # a section shows once, above its first task
    assert not any(h in para for h in headings)


def _counts_in_text(path: Path) -> tuple[int, dict[str, int]]:
    text = next(t for t in _texts(path) if t.startswith("截至"))
    total = int(re.search(r"分解到责任单位的任务(\d+)项", text).group(1))
    return total, {s: int(n) for s, n in re.findall(r"(未启动|推进中|已完成|滞后|暂缓)(\d+)项", text)}


def test_summary_counts_equal_the_store(store, doc_pack, tmp_path):
    total, got = _counts_in_text(doc_pack)
    expected = Counter(a.status for a in store.assignments(store.measure_ids(MeasureFilter(document_id=1))))
    assert got == dict(expected) and total == sum(expected.values()) == 127
    assert got["推进中"] == 1 and got["滞后"] == 1
    unit_pack = export_briefing(store, tmp_path / "unit.docx", unit_id=store.unit_id, today=TODAY, fonts=FONTS)
    total, got = _counts_in_text(unit_pack)
    from_store = {s: n for (u, s), n in store.status_counts().items() if u == UNIT}
    assert got == from_store and total == sum(from_store.values())


def test_overdue_table_names_the_task_its_lead_unit_and_days_late(store, doc_pack):
    doc = docx.Document(str(doc_pack))
    [table] = doc.tables
    rows = [[c.text for c in r.cells] for r in table.rows]
    first = store.measure_detail(store.first_with_units)
    lead = [a.unit for a in first.assignments if a.role == "lead"]
    # the lead unit's own date and status decide: 2021-05-20 推进中 is 12 days late; a supporting unit's date is not
    assert rows == [["序号", "任务名称", "牵头单位", "完成时限", "逾期天数"],
                    ["1", first.heading, "、".join(lead), "2021.5.20", "12天"]]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows)


def test_internal_notes_stay_out_unless_asked(store, doc_pack, tmp_path):
    parts = _xml_parts(doc_pack)
    assert any(SHARED_NOTE in x for x in parts.values())
    assert not any(INTERNAL_NOTE in x for x in parts.values())
    assert not any(INTERNAL_MARK in x for x in parts.values())
    inside = export_briefing(store, tmp_path / "internal.docx", document_id=1, include_internal=True, today=TODAY,
                             fonts=FONTS)
    assert any(INTERNAL_NOTE in x for x in _xml_parts(inside).values())
    cover = [t for t in _texts(inside) if t.strip()][:2]
    assert cover[0] == INTERNAL_MARK


def test_a_unit_pack_shows_only_that_units_progress(store, tmp_path):
    pack = export_briefing(store, tmp_path / "unit.docx", unit_id=store.unit_id, today=TODAY, fonts=FONTS)
    parts = _xml_parts(pack)
    assert any(OWN_PROGRESS in x for x in parts.values())
    assert not any(OTHER_UNIT_PROGRESS in x for x in parts.values())
    assert len(_task_names(pack)) == len(store.measure_ids(MeasureFilter(unit_id=store.unit_id, kind="task")))


def test_properties_carry_no_user_or_path(doc_pack):
    core = _xml_parts(doc_pack)["docProps/core.xml"]
    assert "python-docx" not in core
    assert "<dc:creator></dc:creator>" in core or "<dc:creator/>" in core
    assert "/tmp" not in core and "home" not in core


# fonts

def test_font_fallback_picks_an_installed_family_and_the_override_wins():
    fake = {"WenQuanYi Micro Hei", "黑体"}
    profile = pick_fonts(installed=fake)
    assert profile.body == "WenQuanYi Micro Hei" and profile.heading1 == "黑体"
    assert first_installed(CHAINS["body"], {"仿宋", "WenQuanYi Micro Hei"}) == "仿宋"
    assert first_installed(CHAINS["body"], set()) == "仿宋_GB2312"   # nothing installed: what the standard names
    real = installed_families()
    assert real, "fc-list found no Chinese font"
    here = pick_fonts()
    assert here.body in real and here.heading1 in real and here.title in real
    assert pick_fonts(installed=fake, overrides={"body": "方正仿宋_GBK"}).body == "方正仿宋_GBK"
    with pytest.raises(ValueError):
        pick_fonts(overrides={"bodytext": "x"})


def test_default_export_writes_the_machine_profile(store, tmp_path):
    pack = export_briefing(store, tmp_path / "here.docx", document_id=5, today=TODAY)
    profile = pick_fonts()
    body = _styled(docx.Document(str(pack)), "Briefing Body")
    assert {_east_asia(r) for p in body for r in p.runs} == {profile.body}
    assert isinstance(profile, FontProfile)


def test_template_is_built_by_our_script(tmp_path):
    built = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_briefing_template.py"),
                            str(tmp_path / "t.docx")], capture_output=True, text=True, timeout=60)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "t.docx").read_bytes() == (ROOT / "exporters" / "templates" / "briefing.docx").read_bytes()


# command line

def _cli(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(data_dir), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_cli_export_briefing(store, tmp_path):
    out = tmp_path / "cli.docx"
    data_dir = store.directory
    r = _cli("export", "briefing", "--document", "1", "--unit", "广东省商务厅", "--today", "2021-06-01",
             "--out", str(out), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    texts = [t for t in _texts(out) if t.strip()]
    assert texts[0].startswith("广东省商务厅落实") and INTERNAL_MARK not in texts
    assert texts[-2:] == ["（落款单位）", "2021年6月1日"]      # the 落款 left to fill in
    r = _cli("export", "briefing", "--document", "1", "--issuer", "广州市商务局", "--today", "2021-06-01",
             "--out", str(tmp_path / "signed.docx"), data_dir=data_dir)
    assert r.returncode == 0 and [t for t in _texts(tmp_path / "signed.docx") if t.strip()][-2:] == [
        "广州市商务局", "2021年6月1日"]
    r = _cli("export", "briefing", "--document", "1", "--include-internal", "--out", str(tmp_path / "in.docx"),
             data_dir=data_dir)
    assert r.returncode == 0 and any(INTERNAL_NOTE in x for x in _xml_parts(tmp_path / "in.docx").values())
    r = _cli("export", "briefing", "--unit", "没有这个单位", "--out", str(tmp_path / "x.docx"), data_dir=data_dir)
    assert r.returncode == 1 and "找不到单位" in r.stderr and not (tmp_path / "x.docx").exists()


def test_cli_briefing_that_cannot_be_written_is_one_chinese_line(sample_store, tmp_path, capsys):
    from desktop.cli import main
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    args = ["--data-dir", str(sample_store.directory), "export", "briefing", "--out", str(blocker / "汇报.docx")]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：无法写入") and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert main(args[:-2] + ["--unit", "不存在的单位", "--out", str(tmp_path / "b.docx")]) == 1
    assert "找不到单位" in capsys.readouterr().err and not (tmp_path / "b.docx").exists()
