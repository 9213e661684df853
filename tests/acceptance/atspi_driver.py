"""Reads what the screen shows through the accessibility bus, as a screen reader would (run by /usr/bin/python3).

pyatspi is Debian's own binding, so this runs as a separate process beside the tests (which run in the project's
venv): one JSON request a line on stdin, one JSON answer a line on stdout. It only reads; the tests act with real
X events (xdotool). A query names a node by the end of its accessible id (Qt: the chain of object names), its
accessible name, its role, the window it is in, or a mix; nodes off screen (not showing) are skipped.
"""

from __future__ import annotations

import json
import sys
import time
import traceback

import pyatspi

CONTAINERS = ("table", "tree table", "tree", "list", "list box")   # their rows are read by "table"/"items" only


def _safe(call, default=None):
    try:
        return call()
    except Exception:
        return default


def application(name: str, timeout: float):
    deadline = time.monotonic() + timeout
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = _safe(lambda: desktop.getChildAtIndex(i))
            if child is not None and _safe(lambda: child.name) == name:
                return child
        if time.monotonic() > deadline:
            raise LookupError(f"no application {name!r} on the accessibility bus")
        time.sleep(0.3)


def extents(node) -> list[int]:
    e = _safe(lambda: node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS))
    return [e.x, e.y, e.width, e.height] if e is not None else [0, 0, 0, 0]


def states(node) -> list[str]:
    s = _safe(lambda: node.getState())
    if s is None:
        return []
    wanted = {pyatspi.STATE_SHOWING: "showing", pyatspi.STATE_ENABLED: "enabled", pyatspi.STATE_FOCUSED: "focused",
              pyatspi.STATE_SELECTED: "selected", pyatspi.STATE_CHECKED: "checked", pyatspi.STATE_ACTIVE: "active",
              pyatspi.STATE_EXPANDED: "expanded", pyatspi.STATE_EDITABLE: "editable"}
    return [label for state, label in wanted.items() if s.contains(state)]


def text_of(node) -> str | None:
    t = _safe(lambda: node.queryText())
    return _safe(lambda: t.getText(0, -1)) if t is not None else None


def describe(node, with_text: bool = True) -> dict:
    role = _safe(lambda: node.getRoleName(), "")
    out = {"role": role, "name": _safe(lambda: node.name, ""), "id": _safe(lambda: node.accessibleId, ""),
           "description": _safe(lambda: node.description, ""), "extents": extents(node), "states": states(node),
           "children": _safe(lambda: node.childCount, 0)}
    if with_text and role in ("text", "entry", "password text", "paragraph", "label", "combo box", "spin button"):
        out["text"] = text_of(node)
    return out


def matches(node, q: dict) -> bool:
    if "id" in q:
        ident = _safe(lambda: node.accessibleId, "") or ""
        if not (ident == q["id"] or ident.endswith("." + q["id"])):
            return False
    if "name" in q and _safe(lambda: node.name) != q["name"]:
        return False
    if "name_contains" in q and q["name_contains"] not in (_safe(lambda: node.name) or ""):
        return False
    if "role" in q and _safe(lambda: node.getRoleName()) != q["role"]:
        return False
    return True


def showing(node) -> bool:
    s = _safe(lambda: node.getState())
    return s is not None and s.contains(pyatspi.STATE_SHOWING)


def windows(app, q: dict):
    """Top-level windows of the app, those whose name contains q["window"] if given, showing ones first."""
    out = []
    for i in range(_safe(lambda: app.childCount, 0)):
        w = _safe(lambda: app.getChildAtIndex(i))
        if w is None:
            continue
        if "window" in q and q["window"] not in (_safe(lambda: w.name) or ""):
            continue
        if "window_role" in q and _safe(lambda: w.getRoleName()) != q["window_role"]:
            continue
        out.append(w)
    return out


def find_all(app, q: dict, limit: int = 50) -> list:
    found = []
    hidden_ok = q.get("hidden", False)

    def walk(node, depth: int) -> None:
        if len(found) >= limit or depth > 40 or not (hidden_ok or showing(node)):
            return
        if matches(node, q):
            found.append(node)
        if _safe(lambda: node.getRoleName()) in CONTAINERS and not q.get("inside_containers"):
            return
        for i in range(_safe(lambda: node.childCount, 0)):
            child = _safe(lambda: node.getChildAtIndex(i))
            if child is not None:
                walk(child, depth + 1)

    for w in windows(app, q):
        walk(w, 0)
    return found[:limit]


def one(app, q: dict):
    nodes = find_all(app, q, limit=2 if q.get("unique") else 1)
    if not nodes:
        raise LookupError(f"nothing on screen matches {q}")
    if q.get("unique") and len(nodes) > 1:
        raise LookupError(f"more than one node matches {q}")
    return nodes[0]


def table(node, first: int, count: int, columns: list[int] | None) -> dict:
    t = node.queryTable()
    rows, cols = t.nRows, t.nColumns
    columns = columns if columns is not None else list(range(cols))
    headers = []
    for c in range(cols):
        h = _safe(lambda: t.getColumnHeader(c))
        headers.append(_safe(lambda: h.name, "") if h is not None else _safe(lambda: t.getColumnDescription(c), ""))
    cells, boxes, marked = [], [], []
    for r in range(first, min(rows, first + count)):
        row, box = [], []
        for c in columns:
            cell = _safe(lambda: t.getAccessibleAt(r, c))
            row.append(_safe(lambda: cell.name, "") if cell is not None else "")
            box.append(extents(cell) if cell is not None else [0, 0, 0, 0])
            if c == columns[0] and cell is not None and "selected" in states(cell):
                marked.append(r)     # trees answer getSelectedRows with nothing: their cells say it
        cells.append(row)
        boxes.append(box)
    header_boxes = []
    for c in range(cols):
        h = _safe(lambda: t.getColumnHeader(c))
        header_boxes.append(extents(h) if h is not None else [0, 0, 0, 0])
    selected = sorted(set(_safe(lambda: t.getSelectedRows(), []) or []) | set(marked))
    return {"rows": rows, "columns": cols, "headers": headers, "header_extents": header_boxes, "cells": cells,
            "extents": boxes, "selected_rows": selected, "first": first}


def items(node) -> list[dict]:
    """The children of a list, tree or menu: name, extents, states."""
    out = []
    for i in range(_safe(lambda: node.childCount, 0)):
        child = _safe(lambda: node.getChildAtIndex(i))
        if child is not None:
            out.append({"name": _safe(lambda: child.name, ""), "role": _safe(lambda: child.getRoleName(), ""),
                        "extents": extents(child), "states": states(child)})
    return out


def dump(node, depth: int = 0, lines: list | None = None, max_depth: int = 30) -> list[str]:
    lines = [] if lines is None else lines
    d = describe(node, with_text=False)
    lines.append("  " * depth + f"[{d['role']}] {d['name']!r} id={d['id'].rsplit('.', 1)[-1]!r} {d['extents']} "
                 f"{','.join(d['states'])}")
    if depth < max_depth and d["role"] not in CONTAINERS:
        for i in range(d["children"]):
            child = _safe(lambda: node.getChildAtIndex(i))
            if child is not None and showing(child):
                dump(child, depth + 1, lines, max_depth)
    return lines


def handle(app_name: str, request: dict, cache: dict):
    cmd = request["cmd"]
    if cmd == "ping":
        return "pong"
    if cmd == "wait_app":
        cache["app"] = application(request.get("name", app_name), request.get("timeout", 60))
        return True
    app = cache.get("app") or application(app_name, 30)
    cache["app"] = app
    q = request.get("query", {})
    if cmd == "find":
        return [describe(n) for n in find_all(app, q, request.get("limit", 50))]
    if cmd == "windows":
        return [describe(w, with_text=False) for w in windows(app, q) if q.get("hidden") or showing(w)]
    if cmd == "table":
        return table(one(app, q), request.get("first", 0), request.get("count", 50), request.get("columns"))
    if cmd == "items":
        return items(one(app, q))
    if cmd == "dump":
        lines: list[str] = []
        for w in windows(app, q):
            if showing(w) or q.get("hidden"):
                dump(w, 0, lines)
        return "\n".join(lines)
    raise ValueError(f"unknown command {cmd}")


def main() -> int:
    app_name = sys.argv[1] if len(sys.argv) > 1 else "PolicyDesk"
    cache: dict = {}
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            answer = {"ok": handle(app_name, request, cache)}
        except LookupError as exc:
            answer = {"error": str(exc), "kind": "lookup"}
        except Exception as exc:
            cache.pop("app", None)   # the app may have restarted: find it again next time
            answer = {"error": f"{type(exc).__name__}: {exc}", "kind": "other", "trace": traceback.format_exc()}
        print(json.dumps(answer, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
