"""Task tables in every format score against their gold: rows as measures, units by column, sections as levels."""

from __future__ import annotations

import json

import pytest

import fixtures_formats as fx
from conftest import DATA
from desktop.core.engine import parse_file
from scoring import score

TABLES = DATA / "tables"
TABBED = ["t01_xiamen_yingshang_tabs", "t03_fuzhou_ftz_annex_notice"]  # tab-separated: the source of the other formats
MERGE = ("牵头单位", "责任单位", "完成时限", "推广范围")  # equal consecutive cells of these columns merged vertically


def _gold(name: str) -> dict:
    return json.loads((TABLES / f"{name}.json").read_text(encoding="utf-8"))


def _text(name: str) -> str:
    return (TABLES / f"{name}.txt").read_text(encoding="utf-8")


MAKERS = {
    "docx": lambda text, path: fx.make_table_docx(text, path),
    "docx-merged": lambda text, path: fx.make_table_docx(text, path, merge=MERGE),
    "html": lambda text, path: fx.make_table_html(text, path),
    "html-sloppy-merged": lambda text, path: fx.make_table_html(text, path, merge=MERGE, sloppy=True),
    "xlsx-merged": lambda text, path: fx.make_table_xlsx(text, path, merge=MERGE),
    "xls-merged": lambda text, path: fx.make_table_xls(text, path, merge=MERGE),
    "pdf": lambda text, path: fx.make_table_pdf(text, path),
    "pdf-no-repeated-header": lambda text, path: fx.make_table_pdf(text, path, repeat_header=False),
    "pdf-filled-borders": lambda text, path: fx.make_table_pdf(text, path, filled_borders=True),
}
SUFFIX = {"docx": ".docx", "docx-merged": ".docx", "html": ".html", "html-sloppy-merged": ".html",
          "xlsx-merged": ".xlsx", "xls-merged": ".xls", "pdf": ".pdf", "pdf-no-repeated-header": ".pdf",
          "pdf-filled-borders": ".pdf"}


def _assert_scores(pairs, label: str) -> dict:
    scores = score(pairs)
    assert scores["measures"] >= 0.97, (label, scores)
    assert scores["units+role"] >= 0.95, (label, scores)
    assert scores["headings"] >= 0.97, (label, scores)
    assert scores["deadlines"] >= 0.95, (label, scores)
    return scores


def test_text_tables_score_as_their_gold():
    sources = sorted(p for p in TABLES.iterdir() if p.suffix in (".txt", ".md") and p.with_suffix(".json").exists())
    assert len(sources) >= 4
    pairs = [(_gold(p.stem), parse_file(p).to_eval_dict()) for p in sources]
    scores = _assert_scores(pairs, "txt")
    assert scores["meta"] == 1.0, scores


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_table_formats_score_as_the_text(fmt, tmp_path):
    pairs = []
    for name in TABBED:
        path = MAKERS[fmt](_text(name), tmp_path / f"{name}{SUFFIX[fmt]}")
        pairs.append((_gold(name), parse_file(path).to_eval_dict()))
    scores = _assert_scores(pairs, fmt)
    assert scores["meta"] == 1.0, (fmt, scores)  # title, 文号, issuer and date around the table are kept


def test_rows_are_measures_with_units_by_column():
    d = parse_file(TABLES / "t01_xiamen_yingshang_tabs.txt").to_eval_dict()
    by_path = {"/".join(m["path"]): m for m in d["measures"]}
    assert list(by_path)[:5] == ["一/1", "一/2", "一/3", "一/4", "二/5"]
    row = by_path["一/1"]
    assert row["table_row"] is True and row["heading"] == "深化“一件事一次办”改革"
    assert row["lead"] == ["市政务服务中心管委会"]
    assert row["support"] == ["市市场监管局", "市人社局", "市医保局", "各区人民政府"]  # 市 shared along the 、-run
    assert row["deadlines"] == ["2025年6月底前"]
    assert by_path["一/4"]["support"] == ["各区人民政府"]  # 等相关单位 dropped
    assert by_path["一/4"]["deadlines"] == []  # 长期坚持 is no time limit
    assert by_path["二/6"]["lead"] == ["厦门证监局", "市中级人民法院"] and by_path["二/6"]["support"] == []


def test_single_role_column_is_all_lead_and_scope_is_no_unit():
    d = parse_file(TABLES / "t03_fuzhou_ftz_annex_notice.txt").to_eval_dict()
    rows = {"/".join(m["path"]): m for m in d["measures"]}
    assert rows["附件/二/6"]["lead"] == ["市市场监管局", "市数据管理局", "各县（市）区人民政府"]
    assert all(not m["support"] for m in rows.values())
    assert not any("全市" in u or "片区" in u for m in rows.values() for u in m["lead"])  # 推广范围 is no unit


def test_cells_per_line_with_empty_cells_dropped():
    d = parse_file(TABLES / "t02_ningbo_waimao_cells_per_line.txt").to_eval_dict()
    rows = {"/".join(m["path"]): m for m in d["measures"]}
    assert len(rows) == 8
    assert rows["一/3"]["lead"] == ["市商务局"] and rows["一/3"]["support"] == []  # 配合单位 left empty
    assert rows["二/5"]["lead"] == ["宁波市税务局"] and rows["二/5"]["deadlines"] == ["2025年6月底前"]
    assert rows["二/6"]["heading"] == "加大外贸企业信贷投放力度"  # a task cell of two paragraphs
    assert rows["二/6"]["support"] == ["市财政局", "市商务局"]


def test_a_table_without_a_task_header_adds_no_measures(tmp_path):
    """Control: the same rows under a header naming no task or unit column stay plain text."""
    text = _text("t01_xiamen_yingshang_tabs").replace("序号\t重点任务\t主要内容\t牵头单位\t配合单位\t完成时限",
                                                    "甲\t乙\t丙\t丁\t戊\t己")
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    assert not any(m["table_row"] for m in parse_file(path).to_eval_dict()["measures"])


def test_docx_merged_cells_cover_every_row_they_span(tmp_path):
    from desktop.core.readers import read_document
    path = fx.make_table_docx(_text("t03_fuzhou_ftz_annex_notice"), tmp_path / "m.docx", merge=MERGE)
    doc = read_document(path)
    deadline = [b for b in doc.blocks if doc.block_text(b) == "2025年6月底前"]
    assert [(b.row, b.col, b.rowspan) for b in deadline] == [(2, 3, 2), (8, 3, 2)]  # tasks 1–2 and 6–7 (a section row between)
    section = next(b for b in doc.blocks if doc.block_text(b).startswith("一、投资贸易便利化"))
    assert (section.col, section.colspan) == (0, 5)
    header = [b for b in doc.blocks if b.row == 0 and b.table is not None]
    assert header and all(b.header for b in header)
    rows = {"/".join(m["path"]): m for m in parse_file(path).to_eval_dict()["measures"]}
    assert rows["附件/一/2"]["deadlines"] == ["2025年6月底前"]  # the merged cell's value, on its second row


def test_html_table_model_rowspan_zero_and_clamped_spans(tmp_path):
    from desktop.core.readers import read_document
    page = ("<html><body><p>标题</p><table><tbody>"
            "<tr><td>序号<td>重点任务<td>牵头单位<td colspan=0>完成时限"
            "<tr><td>1<td>任务甲。<td rowspan=0>市商务局<td>2025年底前"
            "<tr><td>2<td colspan=99999>任务乙。"
            "</tbody><tbody><tr><td>3<td>任务丙。<td>市财政局<td>2026年底前</table></body></html>")
    path = tmp_path / "model.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    cells = {doc.block_text(b): (b.row, b.col, b.rowspan, b.colspan) for b in doc.blocks if b.table is not None}
    assert cells["市商务局"] == (1, 2, 2, 1)  # rowspan=0: to the end of its tbody, not into the next one
    assert cells["完成时限"][3] == 1  # colspan=0 is 1
    assert cells["任务乙。"] == (2, 1, 1, 1000)  # clamped as browsers do
    assert cells["市财政局"] == (3, 2, 1, 1)
    rows = {m["label"]: m for m in parse_file(path).to_eval_dict()["measures"]}
    assert rows["2"]["lead"] == ["市商务局"] and rows["3"]["lead"] == ["市财政局"]


def test_parse_json_marks_table_rows_and_text_measures(tmp_path):
    from desktop.core.engine import parse_document
    from desktop.core.readers import read_document
    d = parse_document(read_document(TABLES / "t03_fuzhou_ftz_annex_notice.txt")).to_eval_dict()
    assert all(m["table_row"] is True and m["tracking"] == {} for m in d["measures"])
    plain = tmp_path / "plain.txt"
    plain.write_text("关于推进口岸建设的实施方案\n一、总体要求\n（一）加快建设。（省商务厅牵头）\n", encoding="utf-8")
    [m] = parse_file(plain).to_eval_dict()["measures"]
    assert m["table_row"] is False and m["tracking"] == {}


def test_pdf_ruled_table_cells_and_page_break(tmp_path):
    """Cells come from the rules: a section row spans the table; the table goes on over the page break as one."""
    from desktop.core.readers import read_document
    doc = read_document(fx.make_table_pdf(_text("t01_xiamen_yingshang_tabs"), tmp_path / "t.pdf"))
    cells = [b for b in doc.blocks if b.table is not None]
    assert {b.table for b in cells} == {0} and doc.pages == 2 and {b.page for b in cells} == {1, 2}
    section = next(b for b in cells if doc.block_text(b).startswith("二、加强市场主体保护"))
    assert (section.col, section.colspan) == (0, 6)
    texts = [doc.block_text(b) for b in cells]
    assert texts.count("序号") == 1  # the header repeated on page 2 is dropped
    assert "市市场监管局、人社局、医保局，各区人民政府" in texts  # a wrapped cell line joined back


def test_markdown_pipe_table_under_a_plan_heading():
    """A table right under 二、重点任务分工 gives that item its rows; the text items around it stay as they are."""
    d = parse_file(TABLES / "t04_hangzhou_kuajing_plan_pipes.md").to_eval_dict()
    paths = ["/".join(m["path"]) for m in d["measures"]]
    assert paths == ["一/一", "一/二", "二/1", "二/2", "二/3", "二/4", "二/5", "三/一", "三/二"]
    rows = {"/".join(m["path"]): m for m in d["measures"]}
    assert rows["二/2"]["lead"] == ["市商务局", "各区（县、市）人民政府"]  # one unit a <br> line, collective verbatim
    assert rows["三/一"]["table_row"] is False and rows["三/一"]["support"] == ["各成员单位"]
    assert not any("年度" in u or "试点" in u for m in rows.values() for u in m["lead"])  # 备注 is no unit


def test_two_row_header_and_a_task_over_two_rows(tmp_path):
    """责任单位 over 牵头单位 | 配合单位; a task whose 序号 and task cells are merged over two rows of units."""
    import docx

    document = docx.Document()
    document.add_paragraph("东莞市加快发展新质生产力重点任务分工表")
    rows = [["序号", "重点任务", "责任单位", "", "完成时限"],
            ["", "", "牵头单位", "配合单位", ""],
            ["1", "建设松山湖科学城重大科技基础设施。", "市科技局", "松山湖管委会", "2026年底前"],
            ["", "", "市发展改革委", "市财政局", ""],
            ["2", "实施制造业数字化转型行动。", "市工业和信息化局", "各镇街（园区）", "2025年底前"]]
    table = document.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            if value:
                table.cell(r, c).text = value
    table.cell(0, 2).merge(table.cell(0, 3))          # 责任单位 over two columns
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c))      # the other header cells over two rows
        table.cell(2, c).merge(table.cell(3, c))      # task 1 over two rows
    path = tmp_path / "two_rows.docx"
    document.save(path)
    d = parse_file(path).to_eval_dict()
    assert [(m["path"], m["heading"]) for m in d["measures"]] == [
        (["1"], "建设松山湖科学城重大科技基础设施"), (["2"], "实施制造业数字化转型行动")]
    first, second = d["measures"]
    assert first["lead"] == ["市科技局", "市发展改革委"] and first["support"] == ["松山湖管委会", "市财政局"]
    assert first["deadlines"] == ["2026年底前"]
    assert second["lead"] == ["市工业和信息化局"] and second["support"] == ["各镇街（园区）"]


def test_table_without_number_column_numbers_its_rows(tmp_path):
    page = ("<html><body><h1>推进会展业发展工作任务</h1><table border=1>"
            "<tr><th>工作任务</th><th>牵头单位</th><th>配合单位</th></tr>"
            "<tr><td>举办中国（广州）国际投资年会。</td><td>市商务局</td><td>市贸促会</td></tr>"
            "<tr><td>引进国际知名展会项目。</td><td>市商务局</td><td>琶洲管委会</td></tr>"
            "</table></body></html>")
    path = tmp_path / "no_number.html"
    path.write_text(page, encoding="utf-8")
    d = parse_file(path).to_eval_dict()
    assert [(m["label"], m["lead"], m["support"]) for m in d["measures"]] == [
        ("1", ["市商务局"], ["市贸促会"]), ("2", ["市商务局"], ["琶洲管委会"])]


def test_cells_per_line_with_bare_numeral_sections(tmp_path):
    """一 on its own line and the section's name on the next: a section row, not a task."""
    lines = _text("t02_ningbo_waimao_cells_per_line").splitlines()
    out = []
    for line in lines:
        if line[:2] in ("一、", "二、", "三、"):
            out += [line[0], line[2:]]
        else:
            out.append(line)
    path = tmp_path / "bare.txt"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    d = parse_file(path).to_eval_dict()
    assert [m["path"] for m in d["measures"]] == [m["path"] for m in _gold("t02_ningbo_waimao_cells_per_line")["measures"]]


def test_word_numbered_number_cells(tmp_path):
    """序号 cells numbered by Word (an empty paragraph with a list number) read as their numbers."""
    import docx

    document = docx.Document()
    fx.add_numbering_part(document, fx._numbering_xml((0, 0, 0)))
    for text in ("加强组织领导。", "强化要素保障。", "做好宣传引导。"):  # the list runs on into the table: 4, 5
        fx.set_num(document.add_paragraph(text), 1, 2)
    table = document.add_table(rows=3, cols=3)
    for c, name in enumerate(["序号", "重点任务", "牵头单位"]):
        table.cell(0, c).text = name
    for r, (task, unit) in enumerate([("推进口岸智能化改造。", "市口岸办"), ("发展保税维修业务。", "市商务局")], 1):
        fx.set_num(table.cell(r, 0).paragraphs[0], 1, 2)  # level 3: decimal "%3."
        table.cell(r, 1).text, table.cell(r, 2).text = task, unit
    path = tmp_path / "numbered.docx"
    document.save(path)
    rows = [m for m in parse_file(path).to_eval_dict()["measures"] if m["table_row"]]
    assert [(m["label"], m["lead"]) for m in rows] == [("4", ["市口岸办"]), ("5", ["市商务局"])]


def test_role_notes_inside_a_unit_cell(tmp_path):
    """省商务厅（牵头）、省财政厅 in a 责任单位 column: the note gives the role, and no name keeps it."""
    cells = ["省商务厅（牵头）、省财政厅", "省财政厅（配合）、省商务厅（牵头）", "省委宣传部、省文化和旅游厅（按职责分工负责）",
             "省商务厅牵头，省财政厅、省税务局配合"]
    lines = ["某省外贸任务分工表", "序号\t重点任务\t责任单位\t完成时限"]
    lines += [f"{i}\t任务{i}。\t{cell}\t2025年底前" for i, cell in enumerate(cells, 1)]
    path = tmp_path / "notes.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = parse_file(path)
    assert [(m.lead, m.support) for m in result.measures] == [
        (["省商务厅"], ["省财政厅"]), (["省商务厅"], ["省财政厅"]), (["省委宣传部", "省文化和旅游厅"], []),
        (["省商务厅"], ["省财政厅", "省税务局"])]
    assert all(result.document.text[u.span[0]:u.span[1]] == u.name for m in result.measures for u in m.units)


def test_cells_per_line_with_empty_cells_kept_as_empty_lines(tmp_path):
    """A converter that keeps an empty cell as an empty line: positions decide, even where content would not."""
    lines = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限",
             "1", "推进口岸智能化改造。", "市口岸办", "", "2025年底前",
             "2", "发展保税维修业务。", "", "市商务局", "2026年底前",
             "3", "培育外贸综合服务企业。", "市商务局", "市税务局", ""]
    path = tmp_path / "empty_lines.txt"
    path.write_text("重点任务分工\n" + "\n".join(lines) + "\n", encoding="utf-8")
    rows = [(m["label"], m["lead"], m["support"], m["deadlines"]) for m in parse_file(path).to_eval_dict()["measures"]]
    assert rows == [("1", ["市口岸办"], [], ["2025年底前"]), ("2", [], ["市商务局"], ["2026年底前"]),
                    ("3", ["市商务局"], ["市税务局"], [])]


def test_a_header_row_repeated_inside_the_table_is_no_task(tmp_path):
    text = _text("t01_xiamen_yingshang_tabs").replace(
        "二、加强市场主体保护（共3项）", "序号\t重点任务\t主要内容\t牵头单位\t配合单位\t完成时限\n二、加强市场主体保护（共3项）")
    path = tmp_path / "repeated.txt"
    path.write_text(text, encoding="utf-8")
    _assert_scores([(_gold("t01_xiamen_yingshang_tabs"), parse_file(path).to_eval_dict())], "repeated header")
    assert len(parse_file(path).measures) == 10


def test_merged_task_category_gives_each_row_its_own_measure_heading(tmp_path):
    """重点任务 merged over the rows of its 具体措施: each row's heading is its own measure, units its own."""
    text = "\n".join([
        "江门市推进侨乡文旅融合发展任务分工",
        "序号\t重点任务\t具体措施\t牵头单位\t完成时限",
        "1\t打造侨乡文化品牌。\t推进开平碉楼与村落保护利用。\t开平市人民政府\t2025年底前",
        "2\t打造侨乡文化品牌。\t举办世界江门青年大会。\t团市委\t2025年10月底前",
        "3\t发展乡村旅游。\t建设乡村旅游重点村10个。\t市文化广电旅游体育局\t2026年底前"])
    path = fx.make_table_docx(text, tmp_path / "category.docx", merge=("重点任务",))
    rows = parse_file(path).to_eval_dict()["measures"]
    assert [(m["label"], m["heading"], m["lead"]) for m in rows] == [
        ("1", "推进开平碉楼与村落保护利用", ["开平市人民政府"]), ("2", "举办世界江门青年大会", ["团市委"]),
        ("3", "发展乡村旅游", ["市文化广电旅游体育局"])]


def test_header_wording_and_sections_in_the_task_column(tmp_path):
    """主要任务 / 主办单位 / 协办单位 / 时间进度; a section written in the task column with the 序号 cell empty."""
    text = "\n".join([
        "佛山市制造业当家重点工作安排",
        "序号\t主要任务\t主办单位\t协办单位\t时间进度",
        "\t一、推动产业集群升级\t\t\t",
        "1\t实施工业投资倍增计划。\t市发展改革局\t市工业和信息化局\t2025年12月",
        "2\t培育专精特新企业。\t市工业和信息化局\t市科技局、市市场监管局\t2026年",
        "\t二、强化要素支撑\t\t\t",
        "3\t保障产业用地供给。\t市自然资源局\t各区人民政府\t长期"])
    path = tmp_path / "wording.txt"
    path.write_text(text, encoding="utf-8")
    rows = [(m["path"], m["lead"], m["support"], m["deadlines"]) for m in parse_file(path).to_eval_dict()["measures"]]
    assert rows == [(["一", "1"], ["市发展改革局"], ["市工业和信息化局"], ["2025年12月"]),
                    (["一", "2"], ["市工业和信息化局"], ["市科技局", "市市场监管局"], ["2026年"]),
                    (["二", "3"], ["市自然资源局"], ["各区人民政府"], [])]


def test_two_annex_tables_keep_their_own_prefixes(tmp_path):
    text = "\n".join([
        "珠海市人民政府办公室关于印发珠海市加快发展海洋经济两项任务清单的通知",
        "珠府办函〔2025〕18号",
        "各区人民政府，市政府各部门：",
        "现将《珠海市加快发展海洋经济重点任务清单》《珠海市海洋经济重大项目清单》印发给你们，请认真贯彻执行。",
        "珠海市人民政府办公室",
        "2025年5月9日",
        "附件1",
        "珠海市加快发展海洋经济重点任务清单",
        "序号\t重点任务\t牵头单位\t完成时限",
        "1\t建设海洋科技创新平台。\t市科技创新局\t2026年底前",
        "2\t发展海洋高端装备制造。\t市工业和信息化局\t2027年底前",
        "附件2",
        "珠海市海洋经济重大项目清单",
        "序号\t项目名称\t责任单位\t完成时间",
        "1\t高栏港海上风电运维基地。\t金湾区人民政府\t2026年6月底前"])
    path = tmp_path / "annexes.txt"
    path.write_text(text, encoding="utf-8")
    d = parse_file(path).to_eval_dict()
    assert [m["path"] for m in d["measures"]] == [["附件1", "1"], ["附件1", "2"], ["附件2", "1"]]
    assert d["measures"][2]["lead"] == ["金湾区人民政府"] and d["doc_number"] == "珠府办函〔2025〕18号"
