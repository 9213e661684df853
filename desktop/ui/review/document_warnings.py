"""How the window names the engine's warnings on a document (no measures, no units, irregular numbering)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

ALARM_COLOR = QColor("#b00020")    # 需核对 and 失败, in the import list and the library


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentWarnings", text)


def warning_names() -> dict[str, str]:
    return {"no_measures": _tr("未识别措施"), "no_units": _tr("未识别责任单位"), "unusual_labels": _tr("编号不连续")}


def warning_reasons(codes) -> list[str]:
    """One Chinese sentence per warning code, what is missing and what to do."""
    reasons = {
        "no_measures": _tr("未识别措施：没有找到编号的措施条目（一、/（一）/1./第X条）或任务分工表"),
        "no_units": _tr("未识别责任单位：措施中没有找到牵头或配合单位"),
        "unusual_labels": _tr("编号不连续：部分条目跳号或重复，提纲可能不完整"),
    }
    return [reasons.get(c, c) for c in codes]


def library_tooltip(d) -> str:
    """What the library says of a document when the pointer rests on it: its metadata and the engine's confidence."""
    lines = [x for x in (d.title, d.doc_number, d.issuer, d.date, d.source_name) if x]
    if d.alarming:
        lines.insert(0, _tr("需核对：") + "；".join(warning_reasons(
            [w for w in d.warnings if w in ("no_measures", "no_units")])))
    if "unusual_labels" in d.warnings:
        lines.append(warning_reasons(["unusual_labels"])[0])
    lines.append(_tr("识别出 {n} 项措施").format(n=d.measure_count))
    if d.units_share is not None:
        lines.append(_tr("有责任单位的任务：{share:.0%}").format(share=d.units_share))
    if d.warnings:
        lines.append(_tr("右键 → 识别情况… 查看引擎识别到的内容"))
    return "\n".join(lines)
