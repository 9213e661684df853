"""Logical paragraphs: reader blocks cleaned of page chrome and re-joined where a break split a sentence."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .blocks import Document
from .labels import Label, match_label
from .textnorm import fold

# Lines that are page furniture of saved web pages or PDFs, never content.
_NOISE = re.compile(
    r"^(译|打印|关闭|【?打印】?|【?关闭】?|分享到[:：]?.*|字号[:：]?\s*[大中小\s]*|"
    r"[—\-－]\s*\d+\s*[—\-－]|第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?|\d{1,3})$")
_FINAL = "。！？；!?;"
_CONTINUE_END = "，、,（(“‘《"
_LONG_LINE = 26
_SENTENCE_PUNCT = re.compile(r"[，。；]")
_DOC_TYPES = ("通知", "方案", "意见", "措施", "办法", "规划", "计划", "要点", "细则", "规定", "纲要", "决定", "函")
# "发布机构：…" style lines of a saved government page's header table.
# The keys may be spaced out to a table cell's width (文　　号：, 索 引 号：).
_FIELD_LINE = re.compile(r"^[*\s]*(?:" + "|".join(r"\s*".join(key) for key in (
    "索引号", "主题分类", "分类", "发布机构", "成文日期", "名称", "标题", "文号", "发文字号", "发布日期", "主题词", "公开方式",
    "主送", "抄送", "附件", "信息来源", "来源", "生效日期", "有效性", "牵头单位", "牵头部门", "负责单位", "负责部门",
    "责任单位", "责任部门", "配合单位", "配合部门", "协办单位", "参与单位", "完成时限", "完成时间", "时间要求")) + r")[*\s]*[:：]")
# A 文号 or a date on a line of its own never continues the line above.
_STANDALONE = re.compile(r"^[\u4e00-\u9fa5]{0,12}[〔\[［【(（﹝]\s*(19|20)\d{2}\s*[〕\]］】)）﹞]\s*\d+\s*号$|"
                         r"^(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


@dataclass
class Paragraph:
    """Display text of one logical paragraph plus the map back to document offsets."""

    text: str
    # (offset in paragraph, offset in document) at the start of each joined piece
    pieces: list[tuple[int, int]] = field(default_factory=list)
    index: int = 0
    fold: str | None = None  # the analysis form of ``text`` (textnorm.fold), same length; computed if not given
    label: Label | None = None  # the outline label that opens the paragraph, if any

    def __post_init__(self):
        if self.fold is None:
            self.fold = fold(self.text)

    def doc_offset(self, i: int) -> int:
        """Document offset of character ``i`` of this paragraph."""
        if len(self.pieces) == 1:
            return self.pieces[0][1] + i
        k = max(0, bisect.bisect_right(self.pieces, (i, float("inf"))) - 1)
        p, d = self.pieces[k]
        return d + (i - p)

    def doc_span(self, start: int, end: int) -> tuple[int, int]:
        if len(self.pieces) == 1:  # the usual case, inlined: spans are taken for every unit and target
            base = self.pieces[0][1]
            return base + start, base + (end if end > start else start)
        if end <= start:
            return self.doc_offset(start), self.doc_offset(start)
        return self.doc_offset(start), self.doc_offset(end - 1) + 1

    @property
    def start(self) -> int:
        return self.pieces[0][1]

    @property
    def end(self) -> int:
        return self.doc_offset(len(self.text) - 1) + 1 if self.text else self.start


def _bare(text: str) -> str:
    return text.strip().strip("*#").strip()


def _should_join(prev: str, nxt: str, nxt_label: Label | None) -> bool:
    # Every test that answers False comes before the first that answers True, so the cheap,
    # common ones (a label, a finished sentence) go first.
    if nxt_label is not None:
        return False
    p = _bare(prev)
    if not p or p[-1] in _FINAL or p[-1] in "：:":
        return False
    n = _bare(nxt)
    if not n:
        return False
    if nxt.lstrip().startswith("#") or prev.lstrip().startswith("#") or _STANDALONE.match(n) \
            or _FIELD_LINE.match(n) or _FIELD_LINE.match(p):
        return False
    if p.endswith(_DOC_TYPES) and not _SENTENCE_PUNCT.search(p):
        return False  # a title line
    last = p[-1]
    if p.count("（") + p.count("(") > p.count("）") + p.count(")"):
        return True
    if last in _CONTINUE_END:
        return True
    if last in "）)】〕”’》":
        return False
    return len(p) >= _LONG_LINE


def _strip_span(text: str) -> tuple[int, int]:
    start = len(text) - len(text.lstrip()) if text[:1].isspace() else 0
    end = len(text.rstrip()) if text[-1:].isspace() else len(text)
    return start, end


def logical_paragraphs(doc: Document) -> list[Paragraph]:
    folded = doc.folded if doc.folded is not None else fold(doc.text)  # once for the whole text: it keeps offsets
    paras: list[Paragraph] = []
    last_place = (None, None, None)  # table cell of the last paragraph: a break between two cells never joins
    for block in doc.blocks:
        if block.end == block.start:
            continue
        raw = doc.text[block.start:block.end]
        s, e = _strip_span(raw)
        text = raw[s:e]
        if not text:
            continue
        start = block.start + s
        ftext = folded[start:start + len(text)]
        if len(ftext) <= 24 and _NOISE.match(ftext):
            continue
        label = match_label(ftext)
        place, place_before = (block.table, block.row, block.col), last_place
        last_place = place
        if paras and block.kind == "p" and place == place_before and _should_join(paras[-1].fold, ftext, label):
            para = paras[-1]
            para.pieces.append((len(para.text), start))
            para.text += text
            para.fold += ftext
            continue
        paras.append(Paragraph(text, [(0, start)], len(paras), ftext, label))
    return paras
