"""Dates as documents write them (2024年3月5日, 二〇二四年三月五日, 2024-03-05) and lines that are only a date."""

from __future__ import annotations

import re

from .labels import cn_to_int

DATE = re.compile(
    r"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2}))")
# 二○二六年 is often typed with ○ (a white circle) or Ｏ/O for 〇.
CN_DATE = re.compile(r"([〇○◯ＯO零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
# A signed date whose 年 was typed as 月 (2026月3月26日): only ever read on a line of its own.
_SLIPPED_DATE = re.compile(r"((?:19|20)\d{2})\s*月\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "◯": 0, "Ｏ": 0, "O": 0}
_ISSUER_END = r"(?:人民政府|政府|委员会|办公厅|办公室|厅|局|委|办|部|院|署)"
# 杭州市上城区人民政府办公室2026年3月17日发布。: issuer and date run together on the last line.
_SIGNED = re.compile(rf"^([\u4e00-\u9fa5、]{{2,40}}?{_ISSUER_END})\s*((?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
                     r"\s*(?:发布|印发|公布)?[。.]?$")


def iso_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD."""
    m = DATE.search(text)
    if m:
        y, mo, d = m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)
        return _valid(int(y), int(mo), int(d))
    m = CN_DATE.search(text)
    if m:
        y = int("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
        return _valid(y, cn_to_int(m.group(2)), cn_to_int(m.group(3)))
    return None


def _valid(y: int, mo: int, d: int) -> str | None:
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def date_line(text: str) -> str | None:
    """The ISO date of a line that holds only a date (a signature's date), else None."""
    if len(text) > 20:
        return None
    t = text.strip("（）() \u3000")
    if len(t) > 14:
        return None
    if DATE.fullmatch(t) or CN_DATE.fullmatch(t):
        return iso_date(t)
    m = _SLIPPED_DATE.fullmatch(t)
    return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def signed_line(text: str) -> tuple[str, str] | None:
    """(issuer, ISO date) of a line that is an issuer followed by its date (…办公室2026年3月17日发布。)."""
    if len(text) > 60 or "年" not in text:
        return None
    m = _SIGNED.match(text.strip())
    if not m:
        return None
    date = iso_date(m.group(2))
    return (m.group(1), date) if date else None
