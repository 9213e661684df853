"""Round-trip the sample policy texts through .docx, .pdf and .html and check what an officer would see."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import zipfile  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.core.errors import ReadError  # noqa: E402
from desktop.core.readers import read_document  # noqa: E402
from desktop.core.readers.docx_reader import format_number  # noqa: E402
from fixtures_formats import (W_NS, add_numbering_part, cjk_font_family, make_docx, make_encrypted_docx,  # noqa: E402
                              make_encrypted_pdf, make_html, make_pdf, make_scanned_pdf, make_zip_bomb_docx,
                              set_num)

_HERE = Path(__file__).resolve()
SEEDS = sorted((_HERE.parents[1] / "resources" / "samples").glob("*.txt"))
HEADER = "内部资料 注意保存"
LABEL_AT_START = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．])")



def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def lines_of(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def check_blocks(doc) -> None:
    """Blocks tile the display text: consecutive, separated by one newline, no newline inside."""
    pos = 0
    for block in doc.blocks:
        assert block.start == pos
        assert "\n" not in doc.block_text(block)
        pos = block.end + 1
    assert pos - 1 == len(doc.text)


def in_order_coverage(expected: str, got: str, chunk: int = 20) -> float:
    """Share of ``expected`` (in chunks) found in ``got`` in the same order."""
    found, pos, total = 0, 0, 0
    for i in range(0, len(expected), chunk):
        part = expected[i:i + chunk]
        total += len(part)
        hit = got.find(part, pos)
        if hit >= 0:
            found, pos = found + len(part), hit + len(part)
    return found / max(total, 1)


def read_error(path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_document(path)
    return info.value


# ---------------------------------------------------------------- .docx

@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_docx_round_trip_restores_text_and_numbering(seed, tmp_path):
    text = seed.read_text("utf-8")
    path = make_docx(text, tmp_path / "doc.docx")
    doc = read_document(path)
    check_blocks(doc)
    assert doc.format == "docx"
    assert [squash(doc.block_text(b)) for b in doc.blocks] == [squash(ln) for ln in lines_of(text)]

    labelled = [ln for ln in lines_of(text) if LABEL_AT_START.match(ln)]
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    numbered = xml.count("<w:numPr>")
    if labelled:
        # most labels were stripped from the file and live only in numbering.xml ...
        assert numbered >= 0.8 * len(labelled)
        # ... yet every one of them is back at the start of its line
        shown = {squash(doc.block_text(b)) for b in doc.blocks}
        assert all(squash(ln) in shown for ln in labelled)
        assert any(re.match(r"^（[一二三四五六七八九十]+）", doc.block_text(b)) for b in doc.blocks)


def test_docx_labels_are_rendered_not_stored(tmp_path):
    seed = next(s for s in SEEDS if "一、总体要求" in s.read_text("utf-8"))
    path = make_docx(seed.read_text("utf-8"), tmp_path / "doc.docx")
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert "一、总体要求" not in xml and "总体要求" in xml
    text = read_document(path).text
    assert re.search(r"^一、总体要求$", text, re.M)
    assert re.search(r"^（一）", text, re.M)
    assert re.search(r"^1\. ?\S", text, re.M)
    plain = read_document(make_docx(seed.read_text("utf-8"), tmp_path / "plain.docx", numbering=False))
    assert squash(plain.text) == squash(text)


def test_number_formats():
    cn = [format_number(n, "chineseCounting") for n in (1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110)]
    assert cn == ["一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十"]
    assert format_number(12, "chineseCountingThousand") == "十二"
    assert [format_number(n, "decimalEnclosedCircle") for n in (1, 10, 20, 21, 50)] == ["①", "⑩", "⑳", "㉑", "㊿"]
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert format_number(3, "upperLetter") == "C"
    assert format_number(4, "upperRoman") == "IV" and format_number(9, "lowerRoman") == "ix"
    assert format_number(3, "decimalZero") == "03"
    assert format_number(7, "decimal") == "7"


def _numbering_fixture_xml() -> str:
    def lvl(ilvl, fmt, text, suff="tab", extra=""):
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
                f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/></w:lvl>')
    tiao = lvl(0, "chineseCounting", "第%1条", "space", '<w:pStyle w:val="Tiao"/>')
    return (
        f'<w:numbering xmlns:w="{W_NS}">'
        f'<w:abstractNum w:abstractNumId="10">{lvl(0, "decimalEnclosedCircle", "%1", "nothing")}'
        f'{lvl(1, "lowerLetter", "%2)")}{lvl(2, "upperLetter", "%3.")}</w:abstractNum>'
        f'<w:abstractNum w:abstractNumId="11">{tiao}</w:abstractNum>'
        f'<w:abstractNum w:abstractNumId="12">{lvl(0, "decimal", "%1.")}{lvl(1, "decimal", "%1.%2")}</w:abstractNum>'
        f'<w:abstractNum w:abstractNumId="13">{lvl(0, "chineseCounting", "%1、", "nothing")}'
        f'{lvl(1, "chineseCounting", "（%2）", "nothing")}</w:abstractNum>'
        f'<w:num w:numId="10"><w:abstractNumId w:val="10"/></w:num>'
        f'<w:num w:numId="11"><w:abstractNumId w:val="10"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
        f'<w:num w:numId="12"><w:abstractNumId w:val="11"/></w:num>'
        f'<w:num w:numId="13"><w:abstractNumId w:val="12"/></w:num>'
        f'<w:num w:numId="14"><w:abstractNumId w:val="13"/></w:num>'
        f'<w:num w:numId="15"><w:abstractNumId w:val="13"/></w:num>'
        f'</w:numbering>')


def test_docx_numbering_formats_styles_and_overrides(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    document = docx.Document()
    add_numbering_part(document, _numbering_fixture_xml())
    style = document.styles.add_style("Tiao", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="12"/></w:numPr>'))

    def para(text, num=None, ilvl=0, style=None):
        p = document.add_paragraph(text, style=style)
        if num is not None:
            set_num(p, num, ilvl)

    para("甲事项", 10)
    para("子项一", 10, 1)
    para("子项二", 10, 1)
    para("细目", 10, 2)
    para("乙事项", 10)
    para("子项三", 10, 1)
    para("重新编号", 11)
    para("继续编号", 11)
    for i in range(12):
        para(f"条文内容{i + 1}。", style="Tiao")
    para("总则", 13)
    para("细则", 13, 1)
    para("细则", 13, 1)
    para("附则", 13)
    para("附细则", 13, 1)
    para("不编号", 0)
    para("总体要求", 14)
    para("接着编号", 15)  # another num on the same abstractNum continues the list, as Word does
    para("小标题", 15, 1)
    path = tmp_path / "numbering.docx"
    document.save(str(path))

    got = [read_document(path).block_text(b) for b in read_document(path).blocks]
    assert got[:8] == ["①甲事项", "a) 子项一", "b) 子项二", "A. 细目", "②乙事项", "a) 子项三", "⑤重新编号", "⑥继续编号"]
    tiao = got[8:20]
    assert tiao[0] == "第一条 条文内容1。" and tiao[10] == "第十一条 条文内容11。" and tiao[11].startswith("第十二条 ")
    assert got[20:25] == ["1. 总则", "1.1 细则", "1.2 细则", "2. 附则", "2.1 附细则"]
    assert got[25:] == ["不编号", "一、总体要求", "二、接着编号", "（一）小标题"]


def test_docx_tables_breaks_and_body_order(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("表格前的段落")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "牵头单位"
    table.cell(0, 1).text = "任务"
    table.cell(1, 0).text = "市商务局"
    table.cell(1, 1).text = "负责一"
    table.cell(1, 1).add_paragraph("")
    table.cell(1, 1).add_paragraph("负责二")
    run = document.add_paragraph().add_run("第一行")
    run.add_break()
    run.add_text("第二行")
    document.add_paragraph("表格后的段落")
    path = tmp_path / "table.docx"
    document.save(str(path))

    doc = read_document(path)
    check_blocks(doc)
    assert [(doc.block_text(b), b.kind) for b in doc.blocks] == [
        ("表格前的段落", "p"), ("牵头单位", "cell"), ("任务", "cell"), ("市商务局", "cell"), ("负责一", "cell"),
        ("负责二", "cell"), ("第一行", "p"), ("第二行", "p"), ("表格后的段落", "p")]
    assert doc.blocks[6].para == doc.blocks[7].para


def test_docx_truncated_is_reported_as_damaged(tmp_path):
    good = make_docx(SEEDS[0].read_text("utf-8"), tmp_path / "good.docx")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "文件已损坏" in read_error(bad).zh
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"PK\x03\x04" + os.urandom(3000))
    assert "文件已损坏" in read_error(junk).zh


def test_docx_encrypted_and_legacy_doc(tmp_path):
    err = read_error(make_encrypted_docx(tmp_path / "secret.docx"))
    assert "加密" in err.zh and "密码" in err.zh
    legacy = tmp_path / "old.docx"
    legacy.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4000)
    assert "97-2003" in read_error(legacy).zh


def test_docx_zip_bomb_is_refused_without_inflating(tmp_path):
    path = make_zip_bomb_docx(tmp_path / "bomb.docx", inflated_mb=250)
    assert path.stat().st_size < 2 * 1024 * 1024
    import tracemalloc
    tracemalloc.start()
    try:
        err = read_error(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "过大" in err.zh
    assert peak < 32 * 1024 * 1024      # refused from the zip's directory: the 250 MB part is never inflated


# ---------------------------------------------------------------- .pdf

@pytest.fixture(scope="module")
def cjk_font():
    family = cjk_font_family()
    if family is None:
        pytest.skip("no CJK font installed (e.g. apt-get install fonts-wqy-microhei)")
    return family


def raw_pdf_lines(path) -> list[list[str]]:
    """pdfium's own text lines per page, untouched by the reader."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    try:
        return [[ln for ln in pdf[i].get_textpage().get_text_range().split("\r\n") if ln.strip()]
                for i in range(len(pdf))]
    finally:
        pdf.close()


PAGE_NO = re.compile(r"^[\s\-—–－]*\d+[\s\-—–－]*$")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_pdf_round_trip(seed, tmp_path, cjk_font):
    text = seed.read_text("utf-8")
    path = make_pdf(text, tmp_path / "doc.pdf", header=HEADER)
    raw = raw_pdf_lines(path)
    assert len(raw) >= 5 and any(ln.strip() == "— 2 —" for ln in raw[1])  # wrapped, paginated, numbered
    doc = read_document(path)
    check_blocks(doc)
    assert doc.format == "pdf" and doc.pages == len(raw)

    # the text is all there, in order
    assert in_order_coverage(squash(text), squash(doc.text)) >= 0.99
    # no page numbers or running header survive
    assert not any(PAGE_NO.match(doc.block_text(b)) for b in doc.blocks)
    assert "— 2 —" not in doc.text and HEADER not in doc.text and HEADER.replace(" ", "") not in doc.text
    # wrapped lines are re-joined into the original paragraphs
    paragraphs = {squash(ln) for ln in lines_of(text)}
    blocks = [squash(doc.block_text(b)) for b in doc.blocks]
    assert sum(b in paragraphs for b in blocks) >= 0.95 * len(paragraphs)
    pages = [b.page for b in doc.blocks]
    assert pages == sorted(pages) and pages[0] == 1 and doc.pages - 1 <= pages[-1] <= doc.pages

    # every page break that falls inside a paragraph is joined
    joined = 0
    for page, nxt in zip(raw, raw[1:]):
        body, next_body = [ln for ln in page if ln.strip() not in (HEADER,) and not PAGE_NO.match(ln)], \
                          [ln for ln in nxt if ln.strip() != HEADER and not PAGE_NO.match(ln)]
        seam = squash(body[-1])[-6:] + squash(next_body[0])[:6]
        if any(seam in p for p in paragraphs):
            assert any(seam in b for b in blocks), seam
            joined += 1
    assert joined >= 1


def _last_body_line(raw_page):
    return [ln for ln in raw_page if not PAGE_NO.match(ln)][-1]


def test_pdf_joins_unit_list_split_by_page_break(tmp_path, cjk_font):
    """"…执委会按" at the foot of page 1 and "职责分工负责）" on page 2 are one sentence."""
    target = ("（省商务厅牵头，广东自贸试验区广州南沙新区片区管委会、广东自贸试验区深圳前海蛇口片区管委会，"
              "横琴粤澳深度合作区执委会按职责分工负责）")
    probe = raw_pdf_lines(make_pdf("测" * 4000, tmp_path / "probe.pdf"))[0]
    per_page = len([ln for ln in probe if not PAGE_NO.match(ln)])
    # find a lead-in length that puts "按" at the end of a line, then pad so that line ends page 1
    for k in range(60):
        para = "推进重点工作，" + "测" * k + "。" + target
        lines = raw_pdf_lines(make_pdf(para, tmp_path / "p.pdf"))[0]
        hit = [i for i, ln in enumerate(lines) if ln.endswith("执委会按")]
        if hit:
            break
    else:
        pytest.fail("could not place the page break")
    filler = "\n".join(f"第{i}项。" for i in range(per_page - 1 - hit[0]))
    path = make_pdf(filler + "\n" + para + "\n下一段。", tmp_path / "break.pdf")
    raw = raw_pdf_lines(path)
    assert _last_body_line(raw[0]).endswith("执委会按") and raw[1][0].startswith("职责分工负责）")

    doc = read_document(path)
    block = next(b for b in doc.blocks if "执委会按" in doc.block_text(b))
    assert doc.block_text(block).endswith("执委会按职责分工负责）") and block.page == 1
    assert doc.block_text(doc.blocks[-1]) == "下一段。"


def test_pdf_letter_spaced_text_is_closed_up(tmp_path, cjk_font):
    spaced = " ".join("牵头单位：省商务厅，配合单位：省发展改革委、省财政厅、省市场监管局、海关总署广东分署")
    text = "一、总体要求\n" + spaced * 2 + "\n提升实施 RCEP 规则质量，加快探索制度型开放。"
    doc = read_document(make_pdf(text, tmp_path / "spaced.pdf"))
    assert "牵 头" not in doc.text
    assert "牵头单位：省商务厅，配合单位：省发展改革委、省财政厅" in doc.text
    assert "提升实施 RCEP 规则质量" in doc.text  # spaces next to Latin text stay


def test_pdf_encrypted(tmp_path):
    err = read_error(make_encrypted_pdf(tmp_path / "secret.pdf"))
    assert "PDF 已加密" in err.zh


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed")
def test_pdf_encrypted_by_qpdf(tmp_path, cjk_font):
    plain = make_pdf("一、总体要求\n加密测试文本。", tmp_path / "plain.pdf")
    locked = tmp_path / "locked.pdf"
    subprocess.run(["qpdf", "--encrypt", "user-pw", "owner-pw", "256", "--", str(plain), str(locked)], check=True)
    assert "PDF 已加密" in read_error(locked).zh
    # an owner password alone (no password to open) does not stop reading
    owner_only = tmp_path / "owner.pdf"
    subprocess.run(["qpdf", "--encrypt", "", "owner-pw", "256", "--", str(plain), str(owner_only)], check=True)
    assert "加密测试文本" in read_document(owner_only).text


def test_pdf_scanned_has_no_text_layer(tmp_path):
    err = read_error(make_scanned_pdf(tmp_path / "scan.pdf"))
    assert "未找到文字层" in err.zh and "扫描件" in err.zh


def test_pdf_partly_scanned_warns(tmp_path, cjk_font):
    import pypdfium2 as pdfium
    merged = pdfium.PdfDocument.new()
    for part in (make_pdf("正文第一页。", tmp_path / "a.pdf"), make_scanned_pdf(tmp_path / "b.pdf")):
        src = pdfium.PdfDocument(part)
        merged.import_pages(src)
        src.close()
    path = tmp_path / "mixed.pdf"
    merged.save(path)
    merged.close()
    doc = read_document(path)
    assert doc.text == "正文第一页。" and doc.pages == 2
    assert any("第 2 页没有文字层" in w for w in doc.warnings)


def test_pdf_corrupt(tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + os.urandom(5000))
    assert "PDF 文件已损坏" in read_error(junk).zh
    not_pdf = tmp_path / "text.pdf"
    not_pdf.write_bytes("这不是 PDF 文件".encode("utf-8") * 50)
    assert "已损坏" in read_error(not_pdf).zh


def test_pdf_truncated(tmp_path, cjk_font):
    good = make_pdf("一、总体要求\n" + "正文内容，" * 400, tmp_path / "good.pdf")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "PDF 文件已损坏" in read_error(bad).zh


def test_a_100_page_pdf_reads_whole_without_its_running_header(tmp_path, cjk_font):
    """Every seed's title is read twice (the file holds the seeds twice) and the header on each page is dropped.
    Its speed is bench_parse.py --pdf-docs's business, measured against a baseline, not a timed test here."""
    text = "\n".join(s.read_text("utf-8") for s in SEEDS)
    path = make_pdf("\n".join([text] * 2), tmp_path / "big.pdf", header=HEADER)
    pages = len(raw_pdf_lines(path))
    assert pages >= 100
    doc = read_document(path)
    folded = "".join(doc.text.split())
    for seed in SEEDS:
        title = "".join(next(ln for ln in seed.read_text("utf-8").splitlines() if ln.strip()).split())
        assert folded.count(title) == 2, title
    assert "".join(HEADER.split()) not in folded


# ---------------------------------------------------------------- .html

def _expected_html_lines(text: str) -> list[str]:
    """The seed's lines minus the page chrome that some seeds (copied from web pages) still carry."""
    return [squash(ln) for ln in lines_of(text)
            if ln != "译" and not (ln.startswith("发布日期") and "浏览次数" in ln)]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_html_round_trip_drops_chrome(seed, tmp_path):
    text = seed.read_text("utf-8")
    doc = read_document(make_html(text, tmp_path / "page.html"))
    check_blocks(doc)
    assert doc.format == "html" and doc.encoding == "gb18030"
    assert [squash(doc.block_text(b)) for b in doc.blocks] == _expected_html_lines(text)
    for chrome in ("浏览次数", "打印", "分享到", "字号", "当前位置", "版权所有", "欢迎访问", "统计代码", "无障碍", "政务服务"):
        assert chrome not in doc.text or chrome in text, chrome
    assert "译" not in [doc.block_text(b) for b in doc.blocks]


def test_html_keeps_metadata_table_before_body(tmp_path):
    text = SEEDS[0].read_text("utf-8")
    meta = {"索引号": "11440100696927671X/2025-00112", "分类": "综合政务", "发布机构": "广州市人民政府办公厅",
            "成文日期": "2025-03-10", "文号": "穗府办函〔2025〕22号", "发布日期": "2025-03-12"}
    doc = read_document(make_html(text, tmp_path / "page.html", meta=meta))
    shown = [doc.block_text(b) for b in doc.blocks]
    assert shown[:6] == [f"{k}：{v}" for k, v in meta.items()]
    assert squash(shown[6]) == squash(lines_of(text)[0])  # then the title, then the body
    assert [squash(s) for s in shown[6:]] == _expected_html_lines(text)


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "gb2312", "GB18030"])
def test_html_encodings(tmp_path, encoding):
    text = "关于印发实施方案的通知\n䶮字与𠀀字属于 GB18030 扩展区。\n第二段：“引号”与〔2025〕22号。"
    doc = read_document(make_html(text, tmp_path / "page.html", encoding=encoding))
    assert [doc.block_text(b) for b in doc.blocks] == lines_of(text)
    assert doc.encoding == ("utf-8" if encoding == "utf-8" else "gb18030")


def test_html_without_declared_charset_or_container(tmp_path):
    page = ("<html><body><div class='top'><a>首页</a> <a>政务公开</a></div>"
            "<p>　　第一段正文，使用全角空格缩进。</p><div>第二段<br>第三段</div>"
            "<table><tr><td>单位</td><td>任务</td></tr><tr><td>市商务局</td><td>牵头</td></tr></table>"
            "<div class='footer'>版权所有 广州市人民政府</div></body></html>")
    path = tmp_path / "bare.htm"
    path.write_bytes(page.encode("gbk"))
    doc = read_document(path)
    assert doc.encoding == "gb18030"
    assert [doc.block_text(b) for b in doc.blocks] == ["第一段正文，使用全角空格缩进。", "第二段", "第三段",
                                                      "单位", "任务", "市商务局", "牵头"]
    assert [(b.kind, b.table, b.row, b.col) for b in doc.blocks[3:]] == [
        ("cell", 0, 0, 0), ("cell", 0, 0, 1), ("cell", 0, 1, 0), ("cell", 0, 1, 1)]


def test_html_layout_table_page(tmp_path):
    body = "".join(f"<p>第{i}条 这是正文第{i}段，内容足够长以便占据页面的大部分文字。</p>" for i in range(1, 8))
    page = (f"<html><head><meta charset='utf-8'><title>某某办法_某市人民政府</title></head><body>"
            f"<table><tr><td class='nav'>首页 | 政务公开 | 互动交流</td></tr>"
            f"<tr><td><div id='zoom'>{body}</div></td></tr>"
            f"<tr><td>【打印】【关闭】</td></tr></table></body></html>")
    path = tmp_path / "layout.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert len(doc.blocks) == 7 and doc.block_text(doc.blocks[0]).startswith("第1条")


def test_html_empty_page(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = '脚本';</script></head><body>  </body></html>", encoding="utf-8")
    assert "没有找到正文" in read_error(path).zh


def test_html_title_from_article_header_or_page_title(tmp_path):
    body = "".join(f"<p>第{i}段正文，内容足够长以便占据页面的大部分文字。<a class='yi'>译</a></p>" for i in range(1, 6))
    article = (f"<html><head><meta charset='utf-8'><title>广州市促进服务贸易发展若干措施_广州市人民政府门户网站</title>"
               f"</head><body><header><div>广州市人民政府门户网站</div></header><article><header>"
               f"<h1>广州市促进服务贸易发展若干措施</h1></header><div class='content'>{body}</div></article>"
               f"<footer>版权所有</footer></body></html>")
    path = tmp_path / "article.html"
    path.write_text(article, encoding="utf-8")
    shown = [read_document(path).block_text(b) for b in read_document(path).blocks]
    assert shown[0] == "广州市促进服务贸易发展若干措施" and len(shown) == 6
    assert shown[1] == "第1段正文，内容足够长以便占据页面的大部分文字。"  # the inline "译" button is gone

    no_heading = article.replace("<h1>广州市促进服务贸易发展若干措施</h1>", "")
    path.write_text(no_heading, encoding="utf-8")
    shown = [read_document(path).block_text(b) for b in read_document(path).blocks]
    assert shown[0] == "广州市促进服务贸易发展若干措施" and len(shown) == 6
