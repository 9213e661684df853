"""Issue 15, item 7: a page's widgets never swallow the paragraphs after them (browsers show those paragraphs)."""

import pytest

from desktop.core.engine import parse_file

HEAD = ('<html><head><meta charset="utf-8"><title>临江市促进外贸实施方案_临江市人民政府</title></head><body>'
        '<div class="nav"><ul><li>首页</li><li>政务公开</li></ul></div><div class="article">'
        '<p>临江市促进外贸实施方案</p><p>一、重点任务</p>'
        '<p>（一）稳定外贸主体。支持企业参加境外展会。（市商务局牵头，市财政局配合）</p>')
TAIL = ('<p>（二）培育外贸新业态。建设一批海外仓。（市商务局牵头）</p>'
        '<p>（三）优化口岸服务。压缩整体通关时间。（临江海关牵头）</p></div></body></html>')
WIDGETS = {
    "embed without a closing slash": '<embed src="player.swf" width="400" height="300">',
    "unclosed button": '<button type="button" onclick="window.print()">打印本页',
    "unclosed textarea": '<textarea name="comment" rows="3">',
    "unclosed select": '<select name="size"><option>大<option>中<option>小',
    "object": '<object data="movie.swf" type="application/x-shockwave-flash">',
}


@pytest.mark.parametrize("widget", sorted(WIDGETS))
def test_paragraphs_after_a_widget_are_still_measures(tmp_path, widget):
    page = tmp_path / "page.html"
    page.write_text(HEAD + WIDGETS[widget] + TAIL, encoding="utf-8")
    result = parse_file(page)
    assert [m.path for m in result.measures] == [["一", "一"], ["一", "二"], ["一", "三"]]
    assert result.measures[2].lead == ["临江海关"]
    assert "打印本页" not in result.document.text and "player.swf" not in result.document.text


def test_a_page_held_in_one_form_keeps_its_article_and_drops_its_controls(tmp_path):
    page = tmp_path / "aspnet.html"
    page.write_text(HEAD.replace('<div class="article">', '<form id="form1" method="post"><div class="article">')
                    + '<input type="text" name="q" value="请输入关键字"><button>搜索</button>'
                    + TAIL.replace("</div></body>", "</div></form></body>"), encoding="utf-8")
    result = parse_file(page)
    assert len(result.measures) == 3
    assert "搜索" not in result.document.text and "请输入关键字" not in result.document.text
