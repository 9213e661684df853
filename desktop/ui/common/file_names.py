"""Default file names from document titles: short, safe on Windows, never cut inside a bracket."""

from __future__ import annotations

import re

UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
BRACKETS = {"（": "）", "(": ")", "《": "》", "〔": "〕", "[": "]", "【": "】", "〈": "〉", "“": "”"}
TRIM = " _-—、，,.。：:；;"


def short_title(title: str, limit: int = 30) -> str:
    """``title`` when it fits, else cut at ``limit`` characters and before any bracket left open by the cut:
    “…行动计划(2026-2027年)” becomes “…行动计划”, not “…行动计划(2026-2027”."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit]
    open_at: list[tuple[str, int]] = []
    for i, ch in enumerate(cut):
        if ch in BRACKETS:
            open_at.append((ch, i))
        elif open_at and ch == BRACKETS[open_at[-1][0]]:
            open_at.pop()
    if open_at:
        cut = cut[:open_at[0][1]]
    return cut.rstrip(TRIM) or title[:limit].rstrip(TRIM)


def file_name(*parts: str, suffix: str = "", limit: int = 30) -> str:
    """Parts (titles cut by short_title) joined by _, characters Windows refuses replaced, then the suffix."""
    kept = [UNSAFE.sub("_", short_title(p, limit)) for p in parts if p and p.strip()]
    return "_".join(kept) + suffix
