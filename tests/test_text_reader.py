"""The .txt/.md reader: encodings detected and reported, bad bytes refused with a clear message."""

import codecs

import pytest

from desktop.core.errors import ReadError
from desktop.core.readers import read_document

SAMPLE = "一、总体要求\n（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。（省商务厅牵头）\n"
TRAD = "一、總體要求\n（一）指導思想。堅持改革開放，推進貿易便利化。（省商務廳牽頭，省財政廳按職責分工負責）\n"


@pytest.mark.parametrize("data, encoding", [
    (SAMPLE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8 (BOM)"),
    (SAMPLE.encode("utf-16"), "utf-16"),
    (SAMPLE.encode("gbk"), "gb18030"),
    (SAMPLE.encode("gb18030"), "gb18030"),
    (TRAD.encode("big5"), "big5"),
])
def test_encodings_are_detected_and_reported(tmp_path, data, encoding):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.encoding == encoding
    assert doc.text.splitlines()[0] in ("一、总体要求", "一、總體要求")


def test_gb18030_only_characters_survive(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("（一）支持䶮𠀀企业发展。".encode("gb18030"))
    assert read_document(path).text == "（一）支持䶮𠀀企业发展。"


def test_blocks_keep_offsets_into_the_display_text(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text("## 一、总体要求\n\n正文一段。\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "md"
    assert [doc.block_text(b) for b in doc.blocks if doc.block_text(b)] == ["## 一、总体要求", "正文一段。"]


@pytest.mark.parametrize("data, words", [
    (b"", "文件为空"),
    (b"   \n\n  ", "文件为空"),
    (bytes(range(256)) * 40, "不是文本文件"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(200)) * 10, "不是文本文件"),
])
def test_bad_text_files_are_refused(tmp_path, data, words):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert words in err.value.zh
