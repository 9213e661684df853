"""Document metadata (title, 文号, issuer, dates, 公开方式) and where the plan body starts and ends."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import date_line, iso_date, signed_line
from .issuers import ORG_END, issuer_of_title, split_issuers
from .labels import match_label
from .outline import strip_markdown
from .paragraphs import Paragraph
from .textnorm import to_simplified
from .units import UNIT_SUFFIX

_DOC_NUMBER_CORE = re.compile(r"[〔\[［【(（﹝]\s*(?:19|20)\d{2}\s*[〕\]］】)）﹞]\s*\d{1,4}\s*号")  # ﹝﹞: Beijing's sites
_DOC_NUMBER_HEAD = re.compile(r"[\u4e00-\u9fa5]{1,12}$")


def find_doc_number(text: str) -> str | None:
    """The first 文号 (粤府函〔2024〕9号) in ``text``, found from its bracketed year outwards."""
    if "号" not in text:  # cheaper than letting the pattern scan the text
        return None
    for m in _DOC_NUMBER_CORE.finditer(text):
        head = _DOC_NUMBER_HEAD.search(text, max(0, m.start() - 12), m.start())
        if head:
            return re.sub(r"\s+", "", head.group() + m.group())
    return None
_KV = re.compile(r"(索引号|分类|发布机构|成文日期|名称|文号|发文字号|发布日期|主题词|公开方式|发文机关|标题)\s*[:：]\s*"
                 r"([^\t]*?)(?=\s*(?:\t|\s{2,}|索引号|分类[:：]|发布机构|成文日期|名称[:：]|文号|发布日期|主题词|$))")
_KV_OPENERS = ("索引号", "分类", "发布机构", "成文日期", "名称", "文号", "发布日期", "主题词", "发文字号")
# The header table's keys spaced out to a cell's width (文　　号：, 索 引 号：), closed up before reading it.
_SPACED_KEY = re.compile("|".join(r"[ \u3000]*".join(k) for k in (
    "索引号", "发布机构", "成文日期", "发文字号", "发布日期", "主题词", "公开方式", "发文机关", "文号", "分类", "名称",
    "标题")))
_NOTICE = re.compile(r"^(.*?)关于(印发|转发|发布)(.+?)的(通知|函)")
_DOC_TYPES = ("方案", "意见", "措施", "办法", "规划", "计划", "要点", "细则", "规定", "纲要", "决定", "通知",
              "若干政策", "政策", "行动", "条例", "指引", "清单", "任务分工", "分工表", "安排", "指导意见")
# A web page's breadcrumb saved with the text (首页 > 政务公开 > 政策文件, 当前位置：…): never a title.
_NAVIGATION = re.compile(r"^(?:当前位置|您的位置|您现在的位置)|[>＞›»].*[>＞›»]")
# A plan period after the title's document type: 行动计划（2026-2028年）.
_PERIOD = re.compile(r"[（(][^（()）]*\d{4}[^（()）]*[)）]$")
_SPACE_CJK = re.compile(r"(?<=[\u3000-\u9fff（）《》“”])\s+(?=[\u3000-\u9fff（）《》“”])")
_DISCLOSURE_FIELD = re.compile(r"^\s*(?:公开方式|信息公开选项)\s*[:：]\s*(\S+)")
_DISCLOSURE_NOTE = re.compile(r"[（(]此件(公开发布|不公开|依申请公开)[)）]")
# 中华人民共和国国务院令 / 第706号: a decree's header names its issuer and number.
_DECREE = re.compile(r"^(?:中华人民共和国)?([\u4e00-\u9fa5]{2,20}?)令$")
_DECREE_NUMBER = re.compile(r"^第\s*\d{1,4}\s*号$")
_DECREE_LINE = re.compile(r"^(?:中华人民共和国)?([\u4e00-\u9fa5]{2,20}?)令\s*第\s*\d{1,4}\s*号$")
_DECREE_NOTE = re.compile(r"(?:中华人民共和国)?([\u4e00-\u9fa5]{2,16}?)令第\d{1,4}号(?=公布)")
# Dashes and tildes that two copies of one title write differently: 2026-2028, 2026~2028, 2026—2028.
_TITLE_FOLD = str.maketrans({"~": "-", "～": "-", "〜": "-", "—": "-", "–": "-", "－": "-", "―": "-",
                             "(": "（", ")": "）"})


@dataclass
class Metadata:
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None
    publish_date: str | None = None
    disclosure: str | None = None
    notice_title: str | None = None
    title_para: int | None = None  # index of the plan's own title line, when found


def squeeze(text: str) -> str:
    """Drop the spaces a layout put between Chinese characters (标题 折行)."""
    return _SPACE_CJK.sub("", text).strip()


def _norm(text: str) -> str:
    return re.sub(r"[\s*#]", "", text)


def _title_key(text: str) -> str:
    return _norm(strip_markdown(text)).translate(_TITLE_FOLD).strip("《》")


def _is_titleish(text: str) -> bool:
    t = strip_markdown(text).strip()
    return 4 <= len(t) <= 80 and t[-1] not in "。，；：,;:" and match_label(t) is None and not _NAVIGATION.search(t)


def _names_doc_type(text: str) -> bool:
    t = _PERIOD.sub("", strip_markdown(text).strip()).strip()
    return t.endswith(_DOC_TYPES)


def _read_fields(head: list[Paragraph], meta: Metadata) -> set[int]:
    """The 政府信息公开 header table (发布机构：… 成文日期：…); returns the indexes of its lines."""
    kv: dict[str, str] = {}
    kv_paras = set()
    for i, p in enumerate(head):
        if ":" not in p.fold and "：" not in p.fold:
            continue
        found = False
        line = _SPACED_KEY.sub(lambda m: re.sub(r"[ \u3000]", "", m.group()), p.fold)
        for m in _KV.finditer(line):
            if m.group(2).strip():
                kv.setdefault(m.group(1), m.group(2).strip())
            found = True
        if found and line.lstrip().startswith(_KV_OPENERS):
            kv_paras.add(i)
    if "成文日期" in kv:
        meta.date = iso_date(kv["成文日期"])
    if "发布日期" in kv:
        meta.publish_date = iso_date(kv["发布日期"])
    if "公开方式" in kv:
        meta.disclosure = kv["公开方式"]
    for key in ("文号", "发文字号"):
        if key in kv and find_doc_number(kv[key]):
            meta.doc_number = find_doc_number(kv[key])
    if "发布机构" in kv:
        meta.issuer = kv["发布机构"]
    return kv_paras


def _find_notice(head: list[Paragraph], skip: set[int], meta: Metadata) -> int | None:
    """The 印发通知 wrapper's title (also wrapped over two lines); its index, the plan's title from it."""
    for i, p in enumerate(head):
        if i in skip or len(p.fold) > 200 or "关于" not in p.fold:
            continue
        t = re.sub(r"^(标题|名称)\s*[:：]\s*", "", strip_markdown(p.fold).strip())
        last = i
        m = _NOTICE.match(t)
        if not m and i + 1 < len(head) and i + 1 not in skip and not _date_line_or_number(head[i + 1].fold):
            t = t + strip_markdown(head[i + 1].fold).strip()
            m = _NOTICE.match(t)
            last = i + 1
        if m and len(t) < 160:
            meta.notice_title = squeeze(re.sub(r"[（(][^（）()]*号[)）]\s*$", "", t))
            if m.group(1).strip():
                meta.issuer = meta.issuer or "、".join(split_issuers(squeeze(m.group(1))))
            inner = squeeze(m.group(3))
            q = re.search(r"《(.+)》", inner)
            meta.title = q.group(1) if q else inner
            return last
    return None


def _date_line_or_number(text: str) -> bool:
    return bool(date_line(text) or find_doc_number(text))


def _read_decree(head: list[Paragraph], meta: Metadata) -> int | None:
    """中华人民共和国国务院令 / 第706号: the decree's number and issuer; the index of the number line.

    A regulation printed without that header often names its decree in a note under the title
    (…厦门市人民政府令第215号公布…): the number and issuer come from there, and no wrapper is recognised.
    """
    bare = [strip_markdown(p.fold).strip() for p in head[:9]]  # each line once, not once per test
    for i in range(min(len(head) - 1, 8)):
        m = _DECREE.match(bare[i])
        number = bare[i + 1]
        if m and _DECREE_NUMBER.match(number):
            meta.doc_number = meta.doc_number or re.sub(r"\s+", "", head[i].fold.strip() + number)
            meta.issuer = meta.issuer or m.group(1)
            return i + 1
    for p, text in zip(head[:6], bare):
        one_line = _DECREE_LINE.match(text)  # 中华人民共和国国务院令第706号
        if one_line:
            meta.doc_number = meta.doc_number or re.sub(r"\s+", "", one_line.group(0))
            meta.issuer = meta.issuer or one_line.group(1)
            return head.index(p)
    for p in head[:6]:
        m = _DECREE_NOTE.search(p.fold) if "令第" in p.fold else None
        if m:
            meta.doc_number = meta.doc_number or m.group(0)
            meta.issuer = meta.issuer or m.group(1)
            break
    return None


def _find_title_line(head: list[Paragraph], title: str, after: int) -> tuple[int, str] | None:
    """The plan's own title line after the wrapper (or the second of two lines it is wrapped over), and its text."""
    key = _title_key(title)
    for i in range(after, len(head)):
        k = _title_key(head[i].fold)
        if k == key:
            return i, _line(head[i])
        if k and key.startswith(k) and i + 1 < len(head) and k + _title_key(head[i + 1].fold) == key:
            return i + 1, _line(head[i]) + _line(head[i + 1])
    return None


def _line(p: Paragraph) -> str:
    """A title line as written (characters simplified, punctuation such as ～ kept), without Markdown."""
    return strip_markdown(to_simplified(p.text)).strip()


def _signature(head: list[Paragraph], start: int, meta: Metadata, prefer_signer: bool) -> int | None:
    """The wrapper's signature date (and the issuer on the line above it); the index of the date line."""
    for i in range(start, len(head)):
        d = date_line(head[i].fold)
        if d:
            meta.date = meta.date or d
            signers = _signers_above(head, i)
            if prefer_signer and signers:
                meta.issuer = "、".join(part for s in signers for part in split_issuers(s))
            return i
    return None


def _signers_above(head: list[Paragraph], date_idx: int) -> list[str]:
    """The issuing bodies signed on the lines just above a date, one or several (joint issuers)."""
    out: list[str] = []
    for i in range(date_idx - 1, max(date_idx - 5, -1), -1):
        line = head[i].fold.strip()
        if not (2 < len(line) <= 40 and ORG_END.search(line) and head[i].label is None) or "关于" in line:
            break
        out.insert(0, line)
    return out


def _plan_title_after(head: list[Paragraph], start: int, skip: set[int]) -> int | None:
    """A title line naming a document type between the wrapper's signature and the first numbered item."""
    for i in range(start, len(head)):
        p = head[i]
        if p.label is not None:
            return None
        if i not in skip and _is_titleish(p.fold) and _names_doc_type(p.fold) and "关于印发" not in p.fold:
            return i
    return None


def extract_metadata(paras: list[Paragraph]) -> Metadata:
    """Title, 文号, issuer and dates, from the header table, the 印发通知 or 令 wrapper and its signature."""
    meta = Metadata()
    head = paras[:60]
    kv_paras = _read_fields(head, meta)
    field_issuer = meta.issuer
    notice_idx = _find_notice(head, kv_paras, meta)
    decree_idx = _read_decree(head, meta) if notice_idx is None else None
    if notice_idx is not None:
        for p in head[notice_idx:notice_idx + 30]:
            q = re.search(r"(?:将|把)《(.+?)》(?:印发|转发|发)给", p.fold)
            if not q and re.search(r"(现|特)?(印发|转发)给你们", p.fold):
                q = re.search(r"《(.+?)》", p.fold)
            if q:
                meta.title = squeeze(q.group(1))
                break
    wrapper = notice_idx if notice_idx is not None else decree_idx
    scan_from = wrapper or 0
    if meta.doc_number is None:
        for p in head[scan_from:]:
            number = find_doc_number(p.fold)
            if number and "索引号" not in p.fold:
                meta.doc_number = number
                break

    date_idx = _signature(head, scan_from, meta, prefer_signer=notice_idx is not None and field_issuer is None)

    # The plan's own title: the line the wrapper names, else a title line after the wrapper's signature.
    found = _find_title_line(head, meta.title, notice_idx + 1 if notice_idx is not None else 0) if meta.title else None
    if found is None and wrapper is not None:
        after = _plan_title_after(head, (date_idx if date_idx is not None else wrapper) + 1, kv_paras)
        found = (after, _line(head[after])) if after is not None else None
    title_idx = found[0] if found else None
    if found:
        meta.title = squeeze(found[1])
    if title_idx is None and wrapper is None:
        title_idx = _guess_title(head, kv_paras)
        if title_idx is not None:
            t = _line(head[title_idx])
            if title_idx > 0 and _joins_title(head[title_idx - 1].fold, t):
                t = _line(head[title_idx - 1]) + t
            issuer, t = issuer_of_title(squeeze(t))
            meta.title = squeeze(t)
            if issuer and not meta.issuer:
                meta.issuer = issuer
    meta.title_para = title_idx
    if meta.disclosure is None:
        for p in paras:
            m = _DISCLOSURE_FIELD.match(p.fold)
            if m:
                meta.disclosure = m.group(1)
                break
            if "此件" in p.fold and _DISCLOSURE_NOTE.fullmatch(p.fold.strip()):
                meta.disclosure = p.fold.strip()[1:-1]
    if meta.title:
        meta.title = squeeze(meta.title)
    return meta


def read_closing(paras: list[Paragraph], body_end: int, meta: Metadata) -> None:
    """Issuer and date from a signature after the body, where the front gave none."""
    for i in range(body_end, min(body_end + 12, len(paras))):
        t = paras[i].fold.strip()
        signed = signed_line(t)
        if signed:
            meta.issuer = meta.issuer or "、".join(split_issuers(signed[0]))
            meta.date = meta.date or signed[1]
            return
        d = date_line(t)
        if d:
            meta.date = meta.date or d
            prev = paras[i - 1].fold.strip() if i > 0 else ""
            if not meta.issuer and 2 < len(prev) <= 30 and ORG_END.search(prev):
                meta.issuer = "、".join(split_issuers(prev))
            return


def _joins_title(prev: str, title: str) -> bool:
    p = strip_markdown(prev).strip()
    if re.fullmatch(r"[（(【〔].*[）)】〕]", p):
        return False
    return _is_titleish(p) and len(p) <= 30 and not p.endswith(_DOC_TYPES) and not date_line(p) \
        and not find_doc_number(p) and len(p + title) <= 80 and "：" not in p and ":" not in p


def _guess_title(head: list[Paragraph], skip: set[int]) -> int | None:
    """Index of the plan's title in a document with no 印发通知: a short line naming a document type."""
    first_label = next((i for i, p in enumerate(head) if match_label(p.fold)), len(head))
    best = None
    for i, p in enumerate(head[:first_label]):
        if i in skip:
            continue
        t = strip_markdown(p.fold).strip()
        if _is_titleish(t) and _names_doc_type(t):
            best = i
            break
    if best is None:
        for i, p in enumerate(head[:first_label]):
            if i not in skip and _is_titleish(p.fold) and not UNIT_SUFFIX.search(p.fold.strip()):
                return i
    return best


