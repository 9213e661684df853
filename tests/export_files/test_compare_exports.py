"""The comparison's Word 对照表 and Excel sheet, re-opened as an officer would: rows, kinds, redline marks, fonts,
print setup, and text that cannot turn into a formula."""

from __future__ import annotations

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm, RGBColor

from desktop.core.compare.model import Alignment, CharOp, CompareMeasure, Delta, Pair
from exporters.compare_docx import DELETED_COLOR, INSERTED_COLOR, write_compare_docx
from exporters.compare_xlsx import COLUMNS, FIRST_ROW, HEADER_ROW, write_compare_xlsx

FONTS = {"title": "方正小标宋简体", "body": "仿宋_GB2312", "heading1": "黑体", "heading2": "楷体_GB2312",
         "page_number": "宋体", "latin": "Times New Roman"}
TITLES = ("征求意见稿", "正式稿")
REWORDED_A = "到2025年集装箱吞吐量达到3700万标箱。（省交通运输厅牵头）"
REWORDED_B = "到2025年集装箱吞吐量达到4000万标箱。（省商务厅牵头）"
FORMULA_TEXT = "=HYPERLINK(\"http://x\")推进数据跨境安全有序流动。"


def _alignment() -> Alignment:
    a = [CompareMeasure(("二", "一", "1"), "", "推进数据跨境安全有序流动。", 0),
         CompareMeasure(("二", "一", "2"), "", REWORDED_A, 20),
         CompareMeasure(("二", "二", "1"), "", "建设国际航运枢纽。", 60)]
    b = [CompareMeasure(("二", "一", "1"), "", "推进数据跨境安全有序流动。", 0),
         CompareMeasure(("二", "一", "2"), "", REWORDED_B, 20),
         CompareMeasure(("二", "一", "3"), "", FORMULA_TEXT, 60)]
    # 3700 → 4000 and 交通运输 → 商务, the rest equal
    q, u_a, u_b = REWORDED_A.index("3700"), REWORDED_A.index("交通运输"), REWORDED_B.index("商务")
    ops = [CharOp("equal", (0, q), (0, q)), CharOp("replace", (q, q + 4), (q, q + 4)),
           CharOp("equal", (q + 4, u_a), (q + 4, u_b)), CharOp("replace", (u_a, u_a + 4), (u_b, u_b + 2)),
           CharOp("equal", (u_a + 4, len(REWORDED_A)), (u_b + 2, len(REWORDED_B)))]
    delta = Delta(units_added=["省商务厅"], units_removed=["省交通运输厅"],
                  role_changes=[], quantities=[("3700万标箱", "4000万标箱")], deadlines=[("2025年", "2026年")],
                  text_change="wording", ops=ops)
    pairs = [Pair((0,), (0,), "same", 1.0, Delta()),
             Pair((1,), (1,), "reworded", 0.82, delta, pinned=True),
             Pair((2,), (), "only_a", 0.0, Delta()),
             Pair((), (2,), "only_b", 0.0, Delta())]
    return Alignment(a, b, pairs)


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    return docx.Document(str(write_compare_docx(_alignment(), tmp_path_factory.mktemp("w") / "对照.docx", TITLES,
                                                fonts=FONTS)))


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    path = write_compare_xlsx(_alignment(), tmp_path_factory.mktemp("x") / "对照.xlsx", TITLES)
    return openpyxl.load_workbook(path).active


def _table(doc):
    return doc.tables[-1]


def _runs(cell):
    return [r for p in cell.paragraphs for r in p.runs]


def test_word_holds_one_row_per_pair_with_both_sides(word):
    rows = _table(word).rows
    assert [c.text for c in rows[0].cells] == ["序号", "A：征求意见稿", "B：正式稿", "差异"]
    assert len(rows) == 1 + 4
    kinds = [r.cells[3].paragraphs[0].text for r in rows[1:]]
    assert kinds == ["相同", "改写（固定）", "仅A有", "仅B有"]
    assert rows[2].cells[1].text.splitlines() == ["二.（一）.2", REWORDED_A]
    assert rows[2].cells[2].text.splitlines() == ["二.（一）.2", REWORDED_B]
    assert rows[3].cells[2].text == "—" and rows[4].cells[1].text == "—"
    assert rows[4].cells[2].text.endswith(FORMULA_TEXT)


def test_word_strikes_deleted_and_underlines_inserted_characters(word):
    row = _table(word).rows[2]
    a_marked = [(r.text, r.font.strike, r.font.color.rgb) for r in _runs(row.cells[1]) if r.font.strike]
    assert a_marked == [("3700", True, RGBColor.from_string(DELETED_COLOR)),
                        ("交通运输", True, RGBColor.from_string(DELETED_COLOR))]
    b_marked = [(r.text, bool(r.font.underline), r.font.color.rgb) for r in _runs(row.cells[2]) if r.font.underline]
    assert b_marked == [("4000", True, RGBColor.from_string(INSERTED_COLOR)),
                        ("商务", True, RGBColor.from_string(INSERTED_COLOR))]
    plain = [r for r in _runs(row.cells[1])[1:] if not r.font.strike]
    assert "".join(r.text for r in plain) == "到2025年集装箱吞吐量达到万标箱。（省厅牵头）"
    assert all(r.font.color.rgb is None for r in plain)
    # a pair without changes and the unmatched sides carry no marks
    for r in (_table(word).rows[i] for i in (1, 3, 4)):
        assert not any(x.font.strike or x.font.underline for c in r.cells[1:3] for x in _runs(c))


def test_word_summary_counts_kinds_and_lists_the_changes(word):
    texts = [p.text for p in word.paragraphs]
    assert texts[0] == "《征求意见稿》与《正式稿》对照表"
    assert "共对照4组，其中相同1组、改写1组、仅A有1组、仅B有1组。" in texts
    i = texts.index("责任单位变化（1处）")
    assert texts[i + 1] == "二.（一）.2→二.（一）.2：新增：省商务厅；减少：省交通运输厅"
    assert "二.（一）.2→二.（一）.2：3700万标箱→4000万标箱" in texts
    assert "二.（一）.2→二.（一）.2：2025年→2026年" in texts
    note = _table(word).rows[2].cells[3].text.splitlines()
    assert note == ["改写（固定）", "相似度 82%", "文字：措辞", "新增单位：省商务厅", "减少单位：省交通运输厅",
                    "目标指标：3700万标箱→4000万标箱", "完成时限：2025年→2026年"]


def test_word_is_a4_landscape_with_east_asian_fonts(word):
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)
    assert section.page_width - section.left_margin - section.right_margin >= Mm(250)
    for run in _runs(_table(word).rows[2].cells[1]):
        fonts = run._r.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312" and fonts.get(qn("w:ascii")) == "Times New Roman"
    assert _table(word).rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None   # header repeats on each page
    assert "PAGE" in section.footer._element.xml


def _sheet_rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows(min_row=FIRST_ROW)]


def test_excel_holds_one_row_per_pair_with_the_deltas_as_columns(sheet):
    headers = [c.value for c in sheet[HEADER_ROW]]
    assert headers == [c.header for c in COLUMNS]
    rows = {r[0]: dict(zip(headers, r)) for r in _sheet_rows(sheet)}
    assert [rows[n]["对照结果"] for n in (1, 2, 3, 4)] == ["相同", "改写（固定）", "仅A有", "仅B有"]
    assert rows[2]["相似度"] == 0.82 and rows[3]["相似度"] is None
    assert (rows[2]["A条目"], rows[2]["A原文"], rows[2]["B条目"], rows[2]["B原文"]) == \
        ("二.（一）.2", REWORDED_A, "二.（一）.2", REWORDED_B)
    assert (rows[2]["新增单位"], rows[2]["减少单位"], rows[2]["目标指标变化"], rows[2]["完成时限变化"],
            rows[2]["文字变化"]) == ("省商务厅", "省交通运输厅", "3700万标箱→4000万标箱", "2025年→2026年", "措辞")
    assert rows[3]["B条目"] is None and rows[4]["A条目"] is None and rows[1]["文字变化"] == "无"


def test_excel_keeps_formula_like_text_as_text(sheet):
    cell = sheet.cell(FIRST_ROW + 3, [c.key for c in COLUMNS].index("b_text") + 1)
    assert cell.value == FORMULA_TEXT and cell.data_type == "s" and cell.quotePrefix


def test_excel_prints_a3_landscape_one_page_wide_with_the_header_on_every_page(sheet):
    setup = sheet.page_setup
    assert (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight) == (8, "landscape", 1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert sheet.freeze_panes == f"B{FIRST_ROW}"
    text = sheet.cell(FIRST_ROW + 1, 5)
    assert text.alignment.wrap_text and text.font.name == "仿宋"
    assert sheet.row_dimensions[FIRST_ROW + 1].height > sheet.row_dimensions[FIRST_ROW].height  # two lines, one


def test_an_export_replaces_the_old_file_and_leaves_no_temporary_file(tmp_path):
    out = tmp_path / "对照.xlsx"
    out.write_bytes(b"old")
    write_compare_xlsx(_alignment(), out, TITLES)
    assert openpyxl.load_workbook(out).active.title == "对照表"
    assert [p.name for p in tmp_path.iterdir()] == ["对照.xlsx"]
