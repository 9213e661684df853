"""Font profiles for the briefing pack: per role, the first installed family of a GB/T 9704 fallback chain."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

# each chain starts with what GB/T 9704 asks for and ends with fonts a bare Linux or Windows machine has
CHAINS: dict[str, tuple[str, ...]] = {
    "title": ("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "宋体", "SimSun", "Noto Serif CJK SC",
              "Source Han Serif SC", "WenQuanYi Micro Hei"),
    "body": ("仿宋_GB2312", "仿宋", "方正仿宋_GBK", "FangSong", "Noto Serif CJK SC", "Source Han Serif SC",
             "WenQuanYi Micro Hei"),
    "heading1": ("黑体", "方正黑体_GBK", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"),
    "heading2": ("楷体_GB2312", "楷体", "方正楷体_GBK", "KaiTi", "AR PL UKai CN", "WenQuanYi Micro Hei"),
    "page_number": ("宋体", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Micro Hei"),
    "latin": ("Times New Roman", "Liberation Serif", "DejaVu Serif"),
}

# a font answers to its Chinese and its English family name; Windows registers some under one of them only
SAME_FONT = {"仿宋": "FangSong", "楷体": "KaiTi", "黑体": "SimHei", "宋体": "SimSun", "仿宋_GB2312": "FangSong_GB2312",
             "楷体_GB2312": "KaiTi_GB2312", "华文中宋": "STZhongsong", "方正小标宋简体": "FZXiaoBiaoSong-B05S"}

# Windows font files whose family names the registry may list only in English
WINDOWS_FILES = {"simfang.ttf": "仿宋", "simkai.ttf": "楷体", "simhei.ttf": "黑体", "simsun.ttc": "宋体",
                 "stzhongs.ttf": "华文中宋", "fzxbsjw.ttf": "方正小标宋简体", "方正小标宋简体.ttf": "方正小标宋简体",
                 "仿宋_gb2312.ttf": "仿宋_GB2312", "楷体_gb2312.ttf": "楷体_GB2312", "times.ttf": "Times New Roman"}


@dataclass(frozen=True)
class FontProfile:
    """The family written into the document for each role."""
    title: str
    body: str
    heading1: str
    heading2: str
    page_number: str
    latin: str


ROLES = tuple(f.name for f in fields(FontProfile))


def _linux_families() -> set[str]:
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, timeout=20).stdout
        latin = subprocess.run(["fc-list", ":lang=en", "family"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {name.strip() for line in (out + latin).splitlines() for name in line.split(",") if name.strip()}


def _windows_families() -> set[str]:
    names: set[str] = set()
    try:
        import winreg
        for root in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
            try:
                key = winreg.OpenKey(root, r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts")
            except OSError:
                continue
            with key:
                for i in range(winreg.QueryInfoKey(key)[1]):
                    label = winreg.EnumValue(key, i)[0].split(" (")[0]   # "仿宋 (TrueType)", "SimSun & NSimSun"
                    names.update(part.strip() for part in label.split("&"))
    except ImportError:
        pass
    for folder in (Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
                   Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"):
        if folder.is_dir():
            names.update(WINDOWS_FILES[f.name.lower()] for f in folder.iterdir() if f.name.lower() in WINDOWS_FILES)
    return names


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    """Family names of the fonts installed on this machine, under both their Chinese and English names."""
    names = _windows_families() if sys.platform == "win32" else _linux_families()
    both = dict(SAME_FONT) | {en: cn for cn, en in SAME_FONT.items()}
    return frozenset(names | {both[n] for n in names if n in both})


def first_installed(chain: Iterable[str], installed: Iterable[str]) -> str:
    """The first family of ``chain`` that is installed, else the chain's first (what GB/T 9704 asks for)."""
    chain = tuple(chain)
    have = set(installed)
    return next((name for name in chain if name in have), chain[0])


def pick_fonts(installed: Iterable[str] | None = None, overrides: Mapping[str, str] | FontProfile | None = None
               ) -> FontProfile:
    """The profile for this machine; ``overrides`` (role → family, or a whole profile) win over the chains."""
    if isinstance(overrides, FontProfile):
        return overrides
    have = installed_families() if installed is None else frozenset(installed)
    profile = FontProfile(**{role: first_installed(CHAINS[role], have) for role in ROLES})
    unknown = set(overrides or {}) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown font roles {sorted(unknown)}; roles are {ROLES}")
    return replace(profile, **{role: family for role, family in (overrides or {}).items() if family})
