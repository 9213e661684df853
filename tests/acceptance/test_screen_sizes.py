"""The window on the screens officers have: a 1366×768 laptop (the demo, as a new user starts it), a 1600×1000
desktop, and 1920×1080 at 150 % (QT_SCALE_FACTOR=1.5). Everything essential is on the screen: the status bar, the
measure table's 措施 / 牵头单位 / 完成时限 / 状态 without scrolling, the editor's 完成时限, the 批注 保存 button."""

from __future__ import annotations

import pytest

from acceptance.conftest import DESKTOP, LAPTOP, start_app, stop_app

ESSENTIAL = ("措施", "牵头单位", "完成时限", "状态")


def inside(box, area) -> bool:
    x, y, w, h = box
    ax, ay, aw, ah = area
    return w > 0 and h > 0 and x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


def assert_essentials_in_view(screen, size) -> None:
    screen_area = (0, 0, *size)
    frame = screen.get(role="frame", name_contains="政策台账")
    assert inside(frame.extents, screen_area), frame.extents
    assert inside(screen.get(role="status bar").extents, screen_area)
    table = screen.get(id="measureTable")
    t = screen.table(id="measureTable", count=1)
    shown = {h: box for h, box in zip(t["headers"], t["header_extents"]) if box[2] > 0}
    for header in ESSENTIAL:
        assert header in shown and inside(shown[header], table.extents), (header, shown.get(header), table.extents)
        assert shown[header][2] >= 50, (header, shown[header])


def select_measure(screen, row: int = 4) -> str:
    t = screen.table(id="measureTable", count=row + 1)
    column = t["headers"].index("措施")
    x, y, w, h = t["extents"][row][column]
    screen.click((x + 20, y + h // 2))
    heading = t["cells"][row][column]
    screen.wait(lambda: heading in screen.get(id="measureTitle").name, what="the editor to show the measure")
    return heading


def scroll_editor_to(screen, ident: str) -> None:
    """Wheel the editor's scroll area until ``ident`` is wholly inside it (a small screen scrolls the editor)."""
    area = screen.get(id="editorScroll")
    for _ in range(12):
        node = screen.get(id=ident)
        if inside(node.extents, area.extents):
            return
        screen.xdotool("mousemove", *map(str, screen.real(*area.center)), "click", "5")
    pytest.fail(f"{ident} never came into view in the editor")


@pytest.fixture(scope="module")
def demo(laptop, tmp_path_factory):
    started = start_app(laptop, tmp_path_factory.mktemp("home"), ["--demo"])
    yield started
    stop_app(started)


def test_a_new_user_on_a_laptop_sees_the_window_whole(laptop, demo):
    screen = laptop
    screen.wait_text("共 132 项措施", timeout=60, id="measureCount")
    assert_essentials_in_view(screen, LAPTOP)
    assert not screen.find(id="noteList")                          # the 批注 bar waits for F9 or 添加批注
    heading = select_measure(screen)
    scroll_editor_to(screen, "deadlineBox")
    screen.shot("main_1366x768_measure_selected")
    assert heading in screen.get(id="measureTitle").name


def test_the_notes_bar_on_a_laptop_keeps_its_save_button_and_the_table_its_columns(laptop, demo):
    screen = laptop
    demo.focus()
    screen.key("F9")
    save = screen.get(id="saveButton")
    assert inside(save.extents, (0, 0, *LAPTOP))
    assert_essentials_in_view(screen, LAPTOP)
    screen.shot("main_1366x768_notes_bar")
    screen.key("F9")
    screen.gone(id="noteList")


def test_a_desktop_screen_shows_the_notes_bar_and_everything_else(screens, sample_folder, tmp_path):
    screen = screens(DESKTOP)
    app = start_app(screen, tmp_path / "home", ["--data-dir", str(sample_folder)])
    try:
        assert_essentials_in_view(screen, DESKTOP)
        assert inside(screen.get(id="saveButton").extents, (0, 0, *DESKTOP))
        select_measure(screen)
        assert inside(screen.get(id="deadlineBox").extents, (0, 0, *DESKTOP))
        screen.shot("main_1600x1000")
    finally:
        stop_app(app)


def test_a_full_hd_screen_at_150_percent(screens, sample_folder, tmp_path):
    screen = screens((1920, 1080))
    app = start_app(screen, tmp_path / "home", ["--data-dir", str(sample_folder)], {"QT_SCALE_FACTOR": "1.5"})
    try:
        assert_essentials_in_view(screen, (1280, 720))        # the bus measures in Qt's logical pixels
        select_measure(screen)
        scroll_editor_to(screen, "deadlineBox")
        screen.shot("main_1920x1080_at_150")
    finally:
        stop_app(app)
