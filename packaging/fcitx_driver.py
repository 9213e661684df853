"""Type pinyin into PolicyDesk's note editor through a running input method, with real X key events, and read back
what the editor holds through AT-SPI (test_fcitx_typing.sh runs this with Debian's python3 and pyatspi).

Steps: wait for the window on the accessibility bus; click a measure in the measure table, so its document shows in
the text view; drag-select text there; Ctrl+M (添加批注) opens the note editor; switch the input method on (Ctrl+Space,
fcitx's trigger key); type the pinyin; Space commits the first candidate; print the text of the field that had the
focus after Ctrl+M. Exit 0 when it holds Chinese characters.
Usage: python3 fcitx_driver.py PINYIN
"""

import subprocess
import sys
import time

import pyatspi


def log(*args):
    print("  ", *args, flush=True)


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


def find_app(name="PolicyDesk", timeout=90):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(1)
    sys.exit(f"no {name} on the accessibility bus after {timeout} s")


def walk(node, depth=0):
    yield node
    if depth > 40:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def text_fields(app):
    fields = []
    for node in walk(app):
        try:
            if node.getRoleName() != "text":
                continue
            states = node.getState()
            if not states.contains(pyatspi.STATE_SHOWING):
                continue
            text = node.queryText().getText(0, -1)
            fields.append((node, text, states.contains(pyatspi.STATE_EDITABLE), states.contains(pyatspi.STATE_ENABLED)))
        except Exception:   # a node gone while walking
            continue
    return fields


def extents(node):
    e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return e.x, e.y, e.width, e.height


def main(pinyin: str) -> int:
    app = find_app()
    log("found", app.name)
    tables = [n for n in walk(app) if n.getRoleName() == "table"]
    table = max(tables, key=lambda t: t.queryTable().nRows)
    cell = table.queryTable().getAccessibleAt(2, 3)          # a measure: its document appears in the text view
    x, y, w, h = extents(cell)
    log(f"clicking measure {cell.name!r}")
    xdotool("mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
    source = None
    for _ in range(30):
        fields = [f for f in text_fields(app) if not f[2]]
        if fields:
            source = max(fields, key=lambda f: len(f[1]))
            if len(source[1]) > 200:
                break
        time.sleep(1)
    if source is None or len(source[1]) <= 200:
        sys.exit("no document text on screen")
    x, y, w, h = extents(source[0])
    log(f"document view at {x},{y} {w}x{h}, {len(source[1])} characters")
    xdotool("mousemove", str(x + 30), str(y + 40), "mousedown", "1")
    xdotool("mousemove", str(x + 30 + min(200, w // 2)), str(y + 40))
    xdotool("mouseup", "1")
    time.sleep(0.5)
    xdotool("key", "ctrl+m")            # 添加批注: the note editor opens with the focus
    time.sleep(1.5)
    focused = [f[0] for f in text_fields(app) if f[2] and f[0].getState().contains(pyatspi.STATE_FOCUSED)]
    if not focused:
        sys.exit("no text field has the focus after Ctrl+M")
    editor = focused[0]
    log(f"focused field after Ctrl+M (the note editor) at {extents(editor)[:2]}, holding {editor.queryText().getText(0, -1)!r}")
    xdotool("key", "ctrl+space")        # fcitx's trigger key: the input method on
    time.sleep(1)
    for ch in pinyin:
        xdotool("key", ch)
        time.sleep(0.15)
    time.sleep(1)
    xdotool("key", "space")             # commit the first candidate
    time.sleep(1.5)
    text = editor.queryText().getText(0, -1)
    log(f"the note editor now holds: {text!r}")
    if not any("\u4e00" <= c <= "\u9fff" for c in text):
        log("no Chinese characters in the note editor")
        return 1
    print("READ BACK:", text, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "zhengce"))
