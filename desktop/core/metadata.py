"""Document metadata (title, 文号, issuer, dates, 公开方式) and where the plan body starts and ends."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .labels import match_label
from .outline import strip_markdown
from .paragraphs import Paragraph
from .units import UNIT_SUFFIX

_DOC_NUMBER_CORE = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号")
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
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
DATE = re.compile(
    r"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2}))")
CN_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_KV = re.compile(r"(索引号|分类|发布机构|成文日期|名称|文号|发文字号|发布日期|主题词|公开方式|发文机关|标题)\s*[:：]\s*"
                 r"([^\t]*?)(?=\s*(?:\t|\s{2,}|索引号|分类[:：]|发布机构|成文日期|名称[:：]|文号|发布日期|主题词|$))")
_NOTICE = re.compile(r"^(.*?)关于(印发|转发|发布)(.+?)的(通知|函)")
_DOC_TYPES = ("方案", "意见", "措施", "办法", "规划", "计划", "要点", "细则", "规定", "纲要", "决定", "通知",
              "若干政策", "政策", "行动", "条例", "指引", "清单", "任务分工", "分工表", "安排", "指导意见")
# 本措施自印发之日起施行 and the like: a closing provision after the last item, not part of it.
_PROVISION = re.compile(r"^(本|上述)(措施|方案|意见|办法|通知|规定|细则|计划|政策|实施方案|行动方案)[^。]{0,30}"
                        r"(施行|实施|执行|有效期|解释|负责解释|废止)")
_CLOSING = re.compile(r"^\s*(公开方式|主送|抄送|印发|附件|（此件|\(此件|此件公开|信息公开选项|相关附件|附：)")
_SPACE_CJK = re.compile(r"(?<=[\u3000-\u9fff（）《》“”])\s+(?=[\u3000-\u9fff（）《》“”])")
_DISCLOSURE_FIELD = re.compile(r"^\s*(?:公开方式|信息公开选项)\s*[:：]\s*(\S+)")
_DISCLOSURE_NOTE = re.compile(r"[（(]此件(公开发布|不公开|依申请公开)[)）]")
_ORG_ISSUER = re.compile(r"(人民政府|政府|委员会|省委|市委|区委|县委|党委|办公厅|办公室|部|厅|局|院|委|署)$")


@dataclass
class Metadata:
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None
    publish_date: str | None = None
    disclosure: str | None = None
    notice_title: str | None = None
    body_start: int = 0
    body_end: int = 0
    title_para: int | None = None


def squeeze(text: str) -> str:
    """Drop the spaces a layout put between Chinese characters (标题 折行)."""
    return _SPACE_CJK.sub("", text).strip()


def _iso(text: str) -> str | None:
    m = DATE.search(text)
    if m:
        y, mo, d = m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)
        return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    m = CN_DATE.search(text)
    if m:
        from .labels import cn_to_int
        y = "".join(str(_CN_DIGIT[c]) for c in m.group(1))
        return f"{y}-{cn_to_int(m.group(2)):02d}-{cn_to_int(m.group(3)):02d}"
    return None


def _date_line(text: str) -> str | None:
    if len(text) > 20:
        return None
    t = text.strip("（）() ")
    if len(t) <= 14 and (DATE.fullmatch(t) or CN_DATE.fullmatch(t)):
        return _iso(t)
    return None


def _norm(text: str) -> str:
    return re.sub(r"[\s*#]", "", text)


def _is_titleish(text: str) -> bool:
    t = strip_markdown(text).strip()
    return 4 <= len(t) <= 80 and t[-1] not in "。，；：,;:" and match_label(t) is None


_ISSUER_PART = re.compile(r"(?:中共|中国共产党)?[\u4e00-\u9fa5]{2,12}?(?:省委|市委|区委|县委|党委|人民政府|办公厅|办公室|"
                          r"委员会|政府)")


def _split_issuers(title: str) -> tuple[str | None, str]:
    """中共广东省委 广东省人民政府 关于… → (中共广东省委、广东省人民政府, 关于…)."""
    m = re.match(r"^(.+?)\s*(关于.+)$", title)
    if not m:
        return None, title
    head = m.group(1).strip()
    parts = [p for p in re.split(r"[\s、，,]+", head) if p]
    if len(parts) == 1:
        # Joint issuers with the separating spaces lost (PDF letter-spacing repair): 中共广东省委广东省人民政府.
        joined = _ISSUER_PART.findall(parts[0])
        if joined and "".join(joined) == parts[0]:
            parts = joined
    if parts and all(_ORG_ISSUER.search(p) for p in parts):
        return "、".join(parts), m.group(2)
    return None, title


def extract_metadata(paras: list[Paragraph]) -> Metadata:
    meta = Metadata(body_end=len(paras))
    head = paras[:60]
    kv: dict[str, str] = {}
    kv_paras = set()
    for i, p in enumerate(head):
        found = False
        if ":" not in p.fold and "：" not in p.fold:
            continue
        for m in _KV.finditer(p.fold):
            if m.group(2).strip():
                kv.setdefault(m.group(1), m.group(2).strip())
            found = True
        if found and p.fold.lstrip().startswith(tuple(k for k in ("索引号", "分类", "发布机构", "成文日期", "名称",
                                                                    "文号", "发布日期", "主题词", "发文字号"))):
            kv_paras.add(i)
    if "成文日期" in kv:
        meta.date = _iso(kv["成文日期"])
    if "发布日期" in kv:
        meta.publish_date = _iso(kv["发布日期"])
    if "公开方式" in kv:
        meta.disclosure = kv["公开方式"]
    for key in ("文号", "发文字号"):
        if key in kv and find_doc_number(kv[key]):
            meta.doc_number = find_doc_number(kv[key])
    if "发布机构" in kv:
        meta.issuer = kv["发布机构"]

    # The 印发通知 wrapper: its title names the plan.
    notice_idx = None
    for i, p in enumerate(head):
        if i in kv_paras:
            continue
        if len(p.fold) > 200 or "关于" not in p.fold:
            continue
        t = re.sub(r"^(标题|名称)\s*[:：]\s*", "", strip_markdown(p.fold).strip())
        m = _NOTICE.match(t)
        if m and len(t) < 160:
            notice_idx = i
            meta.notice_title = squeeze(re.sub(r"[（(][^（）()]*号[)）]\s*$", "", t))
            if m.group(1).strip() and not meta.issuer:
                meta.issuer = squeeze(m.group(1))
            inner = squeeze(m.group(3))
            q = re.search(r"《(.+)》", inner)
            meta.title = q.group(1) if q else inner
            break
    if notice_idx is not None:
        for p in head[notice_idx:notice_idx + 30]:
            q = re.search(r"(?:将|把)《(.+?)》(?:印发|转发|发)给", p.fold)
            if not q and re.search(r"(现|特)?(印发|转发)给你们", p.fold):
                q = re.search(r"《(.+?)》", p.fold)
            if q:
                meta.title = squeeze(q.group(1))
                break
    scan_from = notice_idx or 0
    if meta.doc_number is None:
        for p in head[scan_from:]:
            number = find_doc_number(p.fold)
            if number and "索引号" not in p.fold:
                meta.doc_number = number
                break

    # Signature date of the wrapper (or the first standalone date line near the top).
    date_idx = None
    for i in range(scan_from, len(head)):
        d = _date_line(head[i].fold)
        if d:
            date_idx = i
            meta.date = meta.date or d
            if notice_idx is not None and i > 0 and not meta.issuer:
                meta.issuer = head[i - 1].fold.strip()
            break

    # Where the plan itself starts: its title line, else after the wrapper's date.
    title_idx = None
    if meta.title:
        key = _norm(meta.title)
        start = notice_idx + 1 if notice_idx is not None else 0
        for i in range(start, len(head)):
            if i != notice_idx and _norm(strip_markdown(head[i].fold)) == key:
                title_idx = i
                break
    if title_idx is None and notice_idx is None:
        title_idx = _guess_title(head, kv_paras)
        if title_idx is not None:
            t = strip_markdown(head[title_idx].fold).strip()
            if title_idx > 0 and _joins_title(head[title_idx - 1].fold, t):
                t = strip_markdown(head[title_idx - 1].fold).strip() + t
            issuer, t = _split_issuers(t)
            t = squeeze(t)
            meta.title = t
            if issuer and not meta.issuer:
                meta.issuer = issuer
    if title_idx is not None:
        meta.title_para = title_idx
        meta.body_start = title_idx + 1
    elif date_idx is not None:
        meta.body_start = date_idx + 1
    elif notice_idx is not None:
        meta.body_start = notice_idx + 1
    meta.body_end = _closing_index(paras, meta.body_start)
    for i in range(meta.body_end, min(meta.body_end + 12, len(paras))):
        d = _date_line(paras[i].fold)
        if d:
            meta.date = meta.date or d
            prev = paras[i - 1].fold.strip() if i > 0 else ""
            if not meta.issuer and 2 < len(prev) <= 30 and _ORG_ISSUER.search(prev):
                meta.issuer = prev
            break
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


def _joins_title(prev: str, title: str) -> bool:
    p = strip_markdown(prev).strip()
    if re.fullmatch(r"[（(【〔].*[）)】〕]", p):
        return False
    return _is_titleish(p) and len(p) <= 30 and not p.endswith(_DOC_TYPES) and not _date_line(p) \
        and not find_doc_number(p) and len(p + title) <= 80


def _guess_title(head: list[Paragraph], skip: set[int]) -> int | None:
    """Index of the plan's title in a document with no 印发通知: a short line naming a document type."""
    first_label = next((i for i, p in enumerate(head) if match_label(p.fold)), len(head))
    best = None
    for i, p in enumerate(head[:first_label]):
        if i in skip:
            continue
        t = strip_markdown(p.fold).strip()
        if _is_titleish(t) and t.endswith(_DOC_TYPES):
            best = i
            break
    if best is None:
        for i, p in enumerate(head[:first_label]):
            if i not in skip and _is_titleish(p.fold) and not UNIT_SUFFIX.search(p.fold.strip()):
                return i
    return best


def _closing_index(paras: list[Paragraph], start: int) -> int:
    """First paragraph of the closing block (公开方式, 抄送, signature and date)."""
    for i in range(start, len(paras)):
        t = paras[i].fold
        if len(t) > 200:
            continue
        t = t.strip()
        if _CLOSING.match(t) or (_PROVISION.match(t) and match_label(t) is None):
            return i
        if _date_line(t) and i > start:
            prev = paras[i - 1].fold.strip()
            return i - 1 if len(prev) <= 30 and UNIT_SUFFIX.search(prev) else i
    return len(paras)
