"""Issuing bodies as documents write them: joint issuers, run together or spaced, and the issuer before 关于."""

from __future__ import annotations

import re

from .gazetteer import starts_with_place

ORG_END = re.compile(r"(人民政府|政府|委员会|省委|市委|区委|县委|党委|办公厅|办公室|部|厅|局|院|委|署)$")
_PART = re.compile(r"(?:中共|中国共产党)?[\u4e00-\u9fa5]{2,12}?(?:省委|市委|区委|县委|党委|人民政府|办公厅|办公室|委员会|政府)")
_PLACE = re.compile(r"^[\u4e00-\u9fa5]{2,6}?(?:省|市|自治区|自治州|州|县|区)")
_BOUNDARY = re.compile(r"(人民政府|政府|委员会|办公厅|办公室|厅|局|委|办|署)")


def split_issuers(text: str) -> list[str]:
    """中共广东省委 广东省人民政府 / 中共广东省委广东省人民政府 / 成都市经济和信息化局成都市科学技术局 → the bodies."""
    parts = [p for p in re.split(r"[\s、，,]+", text.strip()) if p]
    if len(parts) != 1:
        return parts
    whole = parts[0]
    joined = _PART.findall(whole)
    # each body after the first names its place or party again (马鞍山市数字政府建设领导小组办公室 is one body)
    if len(joined) > 1 and "".join(joined) == whole \
            and all(starts_with_place(p) or p.startswith(("中共", "中国共产党")) for p in joined[1:]):
        return joined
    return _split_at_repeated_place(whole)


def _split_at_repeated_place(text: str) -> list[str]:
    """Two bodies of one place written without a separator: split where the place name starts again."""
    place = _PLACE.match(text)
    if not place:
        return [text]
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        rest = text[m.end():]
        if rest and (rest.startswith(place.group()) or (starts_with_place(rest) and len(rest) >= 4)):
            out.append(text[start:m.end()])
            start = m.end()
    out.append(text[start:])
    return out if all(ORG_END.search(p) for p in out) else [text]


def issuer_of_title(title: str) -> tuple[str | None, str]:
    """(issuer, title) for a title opening with its issuer: 国务院关于… keeps its title whole.

    Joint issuers (中共广东省委 广东省人民政府 关于…) and an issuer set apart by a space head the title as a block of
    their own and are not part of it.
    """
    m = re.match(r"^(.+?)(\s*)(关于.+)$", title)
    if not m:
        return None, title
    parts = split_issuers(m.group(1))
    if not parts or not all(ORG_END.search(p) for p in parts):
        return None, title
    issuer = "、".join(parts)
    if len(parts) > 1 or m.group(2):
        return issuer, m.group(3)
    return issuer, title
