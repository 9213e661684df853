"""Update resources/translations/policydesk_en.ts from the GUI's sources (pyside6-lupdate) and compile policydesk_en.qm.

Run after changing any user-visible string: `.venv/bin/python packaging/compile_translations.py`, then translate
the new entries (type="unfinished") in the .ts, e.g. with pyside6-linguist, and run it again so the .qm follows.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI, FORMS = ROOT / "desktop" / "ui", ROOT / "forms"
TS = ROOT / "resources" / "translations" / "policydesk_en.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[Path]:
    """The GUI's modules and the Designer forms. The modules uic generates from the forms are left out: lupdate's
    Python parser does not read their u"\\u…" literals, so the strings are taken from forms/*.ui (same contexts)."""
    modules = [p for p in sorted(UI.rglob("*.py")) if (UI / "forms") not in p.parents]
    return modules + sorted(FORMS.glob("*.ui"))


def _helper_context(node: ast.stmt) -> str | None:
    """"Ctx" for `def f(text): return QCoreApplication.translate("Ctx", text)`, else None."""
    if not (isinstance(node, ast.FunctionDef) and node.args.args and len(node.body) == 1
            and isinstance(node.body[0], ast.Return) and isinstance(node.body[0].value, ast.Call)):
        return None
    call = node.body[0].value
    if (isinstance(call.func, ast.Attribute) and call.func.attr == "translate" and len(call.args) >= 2
            and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name) and call.args[1].id == node.args.args[0].arg):
        return call.args[0].value
    return None


def indirect_messages(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of strings lupdate cannot attribute: calls of a module helper that wraps
    QCoreApplication.translate with a fixed context, and of a local alias `tr = SomeClass.tr` (lupdate gives those
    the empty context, while at run time the lookup is in SomeClass)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = {node.name: ctx for node in tree.body if (ctx := _helper_context(node))}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Attribute) and node.value.attr == "tr"
                and isinstance(node.value.value, ast.Name)):
            wrappers[node.targets[0].id] = node.value.value.id
    return [(wrappers[node.func.id], node.args[0].value, node.lineno) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]


def lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", "en", *map(str, files), "-ts", str(ts)], check=True)


def fix_indirect(ts: Path, found: dict[Path, list[tuple[str, str, int]]], stub: Path) -> None:
    """Point the stub's messages at their real lines and drop lupdate's empty-context copies of alias calls."""
    def relative(path: Path) -> str:
        return Path(os.path.relpath(path, ts.parent)).as_posix()

    where = {(ctx, text): (path, line) for path, messages in found.items() for ctx, text, line in messages}
    texts = {text for _, text in where}
    tree = ET.parse(ts)
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source")
            seen = set()
            for location in message.findall("location"):
                if location.get("filename") == relative(stub):
                    path, line = where[(name, source)]
                    location.set("filename", relative(path))
                    location.set("line", str(line))
                if (location.get("filename"), location.get("line")) in seen:
                    message.remove(location)
                seen.add((location.get("filename"), location.get("line")))
            if not name and source in texts:
                context.remove(message)
        if not context.findall("message"):
            tree.getroot().remove(context)
        elif not name:
            print(f"warning: messages without a context in {ts.name}", file=sys.stderr)
    ET.indent(tree, space="    ")
    with open(ts, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    return [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
            if m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or "").strip()]


def update(ts: Path) -> None:
    """Merge the sources' current strings into ``ts``: translations kept, new strings unfinished, gone ones dropped."""
    files = sources()
    found = {p: m for p in files if p.suffix == ".py" and (m := indirect_messages(p))}
    with tempfile.TemporaryDirectory() as tmp:
        stub = Path(tmp) / "indirect_messages.py"
        stub.write_text("from PySide6.QtCore import QCoreApplication\n" + "".join(
            f"QCoreApplication.translate({json.dumps(ctx)}, {json.dumps(text, ensure_ascii=False)})\n"
            for messages in found.values() for ctx, text, _ in messages), encoding="utf-8")
        lupdate(files + [stub], ts)
        fix_indirect(ts, found, stub)


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    update(TS)
    lrelease(TS, QM)
    missing = unfinished(TS)
    print(f"{TS.relative_to(ROOT)} → {QM.relative_to(ROOT)}; {len(missing)} untranslated")
    for text in missing:
        print(f"  untranslated: {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
