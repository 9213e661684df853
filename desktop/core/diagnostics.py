"""What the engine found where and how sure it is, so that an import never comes back silently empty."""

from __future__ import annotations

from dataclasses import dataclass

from .outline import OutlineNode, walk

NO_MEASURES = "no_measures"        # numbered lines but no measures, or nothing numbered at all
NO_UNITS = "no_units"              # measures, but none holds a unit
UNUSUAL_LABELS = "unusual_labels"  # a numbering that skips or restarts


@dataclass(frozen=True)
class Diagnostics:
    """Plain facts about one parse, for the import report and the review window.

    body_start, body_end: document offsets of the body (its first character, one past its last);
    body_paragraphs: the same as indexes of the engine's logical paragraphs, first and one past the last;
    levels: the label style of each outline level, top first, as written the first time (("一、", "（一）", "1."));
    irregular_labels: each place where a numbering skips or restarts, as "path: previous → this" ("二/三: 一 → 三");
    warnings: codes among NO_MEASURES, NO_UNITS, UNUSUAL_LABELS;
    tasks: the number of measures of kind "task";
    tasks_with_units, tasks_with_lead: the share of those tasks holding any unit, and a lead unit (0.0 with no tasks).
    """

    body_start: int
    body_end: int
    body_paragraphs: tuple[int, int]
    levels: tuple[str, ...]
    irregular_labels: tuple[str, ...]
    warnings: tuple[str, ...]
    tasks: int
    tasks_with_units: float
    tasks_with_lead: float

    def to_dict(self) -> dict:
        return {"body_start": self.body_start, "body_end": self.body_end,
                "body_paragraphs": list(self.body_paragraphs), "levels": list(self.levels),
                "irregular_labels": list(self.irregular_labels), "warnings": list(self.warnings),
                "confidence": {"tasks": self.tasks, "tasks_with_units": round(self.tasks_with_units, 3),
                               "tasks_with_lead": round(self.tasks_with_lead, 3)}}


def label_levels(outline: list[OutlineNode]) -> tuple[str, ...]:
    """The label as first written at each depth of the outline."""
    seen: dict[int, str] = {}
    stack = [(node, 0) for node in reversed(outline)]  # depth carried along: node.depth walks up to the root
    while stack:
        node, depth = stack.pop()
        seen.setdefault(depth, node.label.text)
        stack += [(child, depth + 1) for child in reversed(node.children)]
    return tuple(seen[d] for d in sorted(seen))


def irregular_labels(outline: list[OutlineNode]) -> tuple[str, ...]:
    """Skips and restarts among items of one label kind.

    Numbering may run on across sections (（一）…（四） under 一、, （五） under 二、, even 7. straight under 三、 after
    6. one level deeper) or start again at 1 under each parent; anything else (（三） after （一）, 1 again under
    the same parent) is irregular.
    """
    found: list[str] = []
    last: dict[str, tuple[int, int]] = {}  # kind → (number, id of the parent)
    for node in walk(outline):
        key = node.label.kind
        parent = id(node.parent)
        number = node.label.number
        before = last.get(key)
        if before is None:
            ok = number == 1
        else:
            prev, prev_parent = before
            ok = number == prev + 1 or (number == 1 and parent != prev_parent)
        if not ok:
            prev_text = "—" if before is None else str(before[0])
            found.append(f"{'/'.join(node.path)}: {prev_text} → {number}")
        last[key] = (number, parent)
    return tuple(found)


def diagnose(outline: list[OutlineNode], measures, body_range: tuple[int, int], body_offsets: tuple[int, int],
             ) -> Diagnostics:
    """``measures``: the engine's measures (with ``kind``, ``units`` and ``lead``)."""
    irregular = irregular_labels(outline)
    tasks = [m for m in measures if m.kind == "task"]
    warnings = []
    if not measures:
        warnings.append(NO_MEASURES)
    elif not any(m.units for m in measures):
        warnings.append(NO_UNITS)
    if irregular:
        warnings.append(UNUSUAL_LABELS)
    share = (lambda pred: sum(1 for m in tasks if pred(m)) / len(tasks)) if tasks else (lambda pred: 0.0)
    return Diagnostics(body_offsets[0], body_offsets[1], body_range, label_levels(outline), irregular,
                       tuple(warnings), len(tasks), share(lambda m: bool(m.units)), share(lambda m: bool(m.lead)))
