"""A readable Chinese summary of an alignment, for the command line."""

from __future__ import annotations

from desktop.core.compare.model import KINDS, Alignment, CompareMeasure, Delta, Pair
from desktop.core.path_format import format_path
from desktop.core.vocabulary import ROLE_NAMES

KIND_NAMES = {"same": "相同", "reworded": "改写", "moved": "移动", "split": "拆分", "merged": "合并",
              "only_a": "仅A有", "only_b": "仅B有"}
TEXT_CHANGE_NAMES = {"none": "", "whitespace": "仅空格变化", "punctuation": "仅标点变化", "wording": "文字改动"}


def _side(measures: list[CompareMeasure], indexes: tuple[int, ...]) -> str:
    if not indexes:
        return "—"
    return " + ".join(f"{format_path('/'.join(measures[i].path))} {measures[i].heading}".strip() for i in indexes)


def _change(before: str | None, after: str | None) -> str:
    return f"{before or '（无）'}→{after or '（无）'}"


def delta_lines(delta: Delta) -> list[str]:
    parts = []
    if delta.units_added or delta.units_removed:
        parts.append("单位：" + " ".join([f"+{u}" for u in delta.units_added] + [f"−{u}" for u in delta.units_removed]))
    if delta.role_changes:
        parts.append("角色：" + "、".join(f"{u} {ROLE_NAMES.get(a, a)}→{ROLE_NAMES.get(b, b)}"
                                        for u, a, b in delta.role_changes))
    if delta.quantities:
        parts.append("目标：" + "、".join(_change(a, b) for a, b in delta.quantities))
    if delta.deadlines:
        parts.append("时限：" + "、".join(_change(a, b) for a, b in delta.deadlines))
    return parts


def pair_line(alignment: Alignment, pair: Pair) -> str:
    line = f"[{KIND_NAMES[pair.kind]}] {_side(alignment.a, pair.a)} ↔ {_side(alignment.b, pair.b)}"
    if pair.a and pair.b:
        line += f"  相似度 {pair.score:.2f}"
        if TEXT_CHANGE_NAMES[pair.delta.text_change]:
            line += f"  {TEXT_CHANGE_NAMES[pair.delta.text_change]}"
    if pair.pinned:
        line += "  （手动配对）"
    details = delta_lines(pair.delta)
    return line + ("\n      " + "；".join(details) if details else "")


def summary_lines(alignment: Alignment, name_a: str, name_b: str) -> list[str]:
    counts = {kind: sum(p.kind == kind for p in alignment.pairs) for kind in KINDS}
    lines = [f"对照：A {name_a}（{len(alignment.a)} 项措施） ↔ B {name_b}（{len(alignment.b)} 项措施）",
             " · ".join(f"{KIND_NAMES[kind]} {counts[kind]}" for kind in KINDS)]
    lines += [pair_line(alignment, p) for p in alignment.pairs if p.kind != "same"]
    if counts["same"]:
        lines.append(f"其余 {counts['same']} 对措施相同（未列出）")
    return lines
