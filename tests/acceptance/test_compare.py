"""The compare window under real hands at 1366×768: two documents picked in the library (Ctrl+click) open as A and B
in the order picked — the provincial plan as A against a municipal one —, F7 walks the differences, 交换 A/B swaps."""

from __future__ import annotations

from acceptance.harness import center

GUANGXI = "进一步深化中国（广西）自由贸易试验区改革开放方案"
GUANGDONG = "中国（广东）自由贸易试验区提升战略行动方案"
GUANGZHOU = "广州市关于以高水平开放推动服务贸易和数字贸易高质量发展的若干措施"


def pick_two(screen, first: str, second: str) -> None:
    library = screen.table(id="library", count=20)
    names = [r[0] for r in library["cells"]]
    screen.click(center(library["extents"][names.index(first)][0]))
    screen.xdotool("keydown", "ctrl")
    try:
        screen.click(center(library["extents"][names.index(second)][0]))
    finally:
        screen.xdotool("keyup", "ctrl")


def open_compare(screen, app, first: str, second: str):
    app.focus()
    screen.key("ctrl+1")
    pick_two(screen, first, second)
    screen.key("ctrl+d")
    return screen.get(timeout=30, role="frame", id="compareWindow")


def close_compare(screen) -> None:
    screen.key("ctrl+w")
    screen.gone(role="frame", id="compareWindow")


def position(screen) -> str:
    return screen.get(id="comparePosition").name


def test_the_order_picked_is_a_then_b_and_f7_and_swap_work(laptop, app, store):
    screen = laptop
    window = open_compare(screen, app, GUANGXI, GUANGDONG)             # two provincial plans: as picked
    assert window.name.startswith(f"对照：{GUANGXI} ↔ {GUANGDONG}")
    x, y, w, h = window.extents
    assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768          # the whole window on the laptop
    assert screen.get(id="compareTitleA").name == f"A：{GUANGXI}"
    screen.shot("compare_1366x768")

    assert position(screen).startswith("共 ")                           # no difference chosen yet
    total = int(position(screen).split()[1])
    screen.key("F7")
    screen.wait(lambda: position(screen) == f"差异 1/{total}", what="F7 to go to the first difference")
    screen.key("F7")
    screen.wait(lambda: position(screen) == f"差异 2/{total}", what="F7 to go on")
    screen.key("shift+F7")
    screen.wait(lambda: position(screen) == f"差异 1/{total}", what="Shift+F7 to go back")

    screen.click(screen.get(role="push button", name="交换 A/B"))
    screen.wait(lambda: screen.get(role="frame", id="compareWindow").name.startswith(
        f"对照：{GUANGDONG} ↔ {GUANGXI}"), what="the swap")
    assert screen.get(id="compareTitleA").name == f"A：{GUANGDONG}"
    close_compare(screen)


def test_a_provincial_plan_is_a_against_a_municipal_one(laptop, app):
    screen = laptop
    window = open_compare(screen, app, GUANGZHOU, GUANGDONG)           # the city's plan picked first
    assert window.name.startswith(f"对照：{GUANGDONG} ↔ {GUANGZHOU}")
    summary = screen.get(id="compareCoverageSummary", hidden=True).name
    assert summary.startswith("A的 25 项措施中，B体现了")
    changes = screen.table(id="compareChangeList", count=40)
    numbers = changes["headers"].index("B条目")
    b_side = [row[numbers] for row in changes["cells"]]
    assert "（无对应）" in b_side and "—" not in b_side                 # a missing side is said in words
    close_compare(screen)
