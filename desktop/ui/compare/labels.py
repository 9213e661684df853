"""What the compare view calls each pair kind, and the colours it paints them in (panes, connector, overview)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.core.compare.model import CompareMeasure, Delta, Pair
from desktop.core.labels import CN_DIGITS
from exporters.compare_rows import measure_number

UNMATCHED = ("only_a", "only_b")

# kind → (pane background, connector/overview fill); pale backgrounds keep black text readable
KIND_COLORS = {
    "same": ("#ffffff", "#d1d5db"),
    "reworded": ("#dbeafe", "#60a5fa"),
    "moved": ("#ede9fe", "#a78bfa"),
    "split": ("#e0f2fe", "#38bdf8"),
    "merged": ("#e0f2fe", "#38bdf8"),
    "only_a": ("#fee2e2", "#f87171"),
    "only_b": ("#dcfce7", "#4ade80"),
}
SAME_BUT_FIELDS = ("#fef9c3", "#facc15")   # identical text, but a unit, target or deadline moved
CURRENT_BACKGROUND = "#fde68a"
DELETED_BACKGROUND = "#fca5a5"
INSERTED_BACKGROUND = "#86efac"
NOTE_UNDERLINE = "#c2185b"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareLabels", text)


def kind_label(kind: str) -> str:
    labels = {"same": _tr("相同"), "reworded": _tr("改写"), "moved": _tr("移动"), "split": _tr("拆分"),
              "merged": _tr("合并"), "only_a": _tr("仅A有"), "only_b": _tr("仅B有")}
    return labels.get(kind, kind)


def text_change_label(change: str) -> str:
    labels = {"none": _tr("文字无变化"), "whitespace": _tr("仅空白变化"), "punctuation": _tr("仅标点变化"),
              "wording": _tr("措辞变化")}
    return labels.get(change, change)


def shown_number(measure: CompareMeasure) -> str:
    """A measure's number as the views show it: a top-level item keeps its 、 (一、), because a bare 一 cannot be
    told from the — of a missing side."""
    number = measure_number(measure)
    if len(measure.path) == 1 and number and all(c in CN_DIGITS for c in number):
        return number + "、"
    return number


def side_numbers(measures: list[CompareMeasure], indexes: tuple[int, ...]) -> str:
    """The numbers of one side of a pair, or （无对应） when that side has none."""
    if not indexes:
        return _tr("（无对应）")
    return "、".join(shown_number(measures[i]) for i in indexes)


def is_difference(pair: Pair) -> bool:
    """Anything an officer should look at: every pair but identical text with identical units and figures."""
    return pair.kind != "same" or not pair.delta.is_empty()


def colors(pair: Pair) -> tuple[QColor, QColor]:
    """(pane background, connector fill) of a pair."""
    if pair.kind == "same" and not pair.delta.is_empty():
        background, fill = SAME_BUT_FIELDS
    else:
        background, fill = KIND_COLORS.get(pair.kind, KIND_COLORS["reworded"])
    return QColor(background), QColor(fill)


def delta_summary(delta: Delta) -> str:
    """One line for the change list: units, targets, deadlines, then the kind of text change."""
    parts = []
    if delta.units_added:
        parts.append(_tr("增：{units}").format(units="、".join(delta.units_added)))
    if delta.units_removed:
        parts.append(_tr("减：{units}").format(units="、".join(delta.units_removed)))
    for unit, old, new in delta.role_changes:
        parts.append(_tr("{unit} {old}→{new}").format(unit=unit, old=role_label(old), new=role_label(new)))
    for before, after in delta.quantities + delta.deadlines:
        parts.append(f"{before or '—'}→{after or '—'}")
    if delta.text_change != "none":
        parts.append(text_change_label(delta.text_change))
    return "；".join(parts)


def role_label(role: str) -> str:
    return {"lead": _tr("牵头"), "support": _tr("配合")}.get(role, role)
