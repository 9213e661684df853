"""The rules every report follows: whose tracking a row shows, which date it is due, how a task reads."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping

from desktop.core.vocabulary import LEAD

# A trailing （省商务厅牵头，…按职责分工负责） names the units, which have their own columns.
_DUTY_WORDS = ("牵头", "负责", "配合", "参与", "责任单位", "分工")
_TRAILING_PARENS = re.compile(r"[（(]([^（）()]*)[）)]\s*[。；;]?\s*$")


def iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def cn_date(value: str | dt.date | None) -> str:
    """2021-06-01 → 2021年6月1日 (GB/T 9704: full year, no leading zeros)."""
    day = value if isinstance(value, dt.date) else iso_date(value)
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def tracked(assignments, unit_id: int | None = None):
    """Whose tracking a measure's row shows: ``unit_id``'s own when given and assigned, else the lead unit's, else the
    first unit's; None when nobody is assigned."""
    if unit_id is not None:
        own = [a for a in assignments if a.unit_id == unit_id]
        if own:
            return own[0]
    return next((a for a in assignments if a.role == LEAD), assignments[0] if assignments else None)


def due_date(own_due: str | None, written_due: str | None) -> dt.date | None:
    """When a task is due: the date an officer set on the assignment, else the earliest the policy's text names."""
    return iso_date(own_due) or iso_date(written_due)


def task_text(body: str, label: str) -> str:
    """The measure's text without its leading label (序号 shows it)."""
    body = body.strip()
    if label and body.startswith(label):
        body = body[len(label):].lstrip(" \u3000")
    return body


def without_duties(text: str) -> str:
    """The task's text without its closing responsibility parenthetical (the units have their own columns)."""
    text = text.rstrip()
    while True:
        hit = _TRAILING_PARENS.search(text)
        if not hit or not any(w in hit.group(1) for w in _DUTY_WORDS):
            return text
        text = text[:hit.start()].rstrip()


def task_content(body: str, label: str, name: str) -> str:
    """What the task asks beyond its name: the text without label, name and responsibility parenthetical."""
    text = without_duties(task_text(body, label))
    if name and text.startswith(name):
        text = text[len(name):].lstrip("。．.；;，, \u3000")
    return text


def section_text(label: str, heading: str) -> str:
    """一、 + 总体要求 → 一、总体要求; 1 + 总则 → 1 总则."""
    sep = "" if label.endswith(("、", "）", ")", "．", ".", "章", "节", "条")) else " "
    return f"{label}{sep}{heading}".strip()


def days_late(due: dt.date | None, today: dt.date) -> int:
    return (today - due).days if due and due < today else 0


# 各区人民政府, 广州市各区政府, 指挥部各成员单位, 市有关部门: a group of units, not one office
_COLLECTIVE = re.compile(r"^各|各(成员|有关|相关|级)?(单位|部门)|有关(单位|部门)$|各(区|市|县|镇|街道|片区|地)")


def is_collective(name: str) -> bool:
    return bool(_COLLECTIVE.search(name))


def unit_order(roles: Mapping[int, Mapping[int, str]], names: Mapping[int, str]) -> list[tuple[int, str]]:
    """The matrix's unit columns: units that lead a task first, then those that only support, collective units
    (各区人民政府, 各成员单位) last; within each, most tasks first, then by name."""
    tasks: Counter = Counter()
    leads: Counter = Counter()
    for per_measure in roles.values():
        for uid, role in per_measure.items():
            tasks[uid] += 1
            leads[uid] += role == LEAD
    return sorted(((uid, names[uid]) for uid in tasks if uid in names),
                  key=lambda u: (is_collective(u[1]), leads[u[0]] == 0, -tasks[u[0]], u[1]))
