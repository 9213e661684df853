"""Never a silent empty import, under real hands: a folder holding an unparseable plan, imported through 文件 →
导入文件夹…, shows it as 需核对 with the reason; a double-click shows what the engine saw; the library marks it."""

from __future__ import annotations

import shutil

import pytest

from acceptance.conftest import DESKTOP, LAPTOP, start_app, stop_app
from acceptance.harness import center
from acceptance.test_files import choose_in_file_dialog, menu
from conftest import DATA, SAMPLES

UNPARSEABLE = DATA / "unparseable" / "会议纪要_无编号条目.txt"


def close_import_result(screen) -> None:
    """Click the result dialog's 关闭 (the dialog 识别情况 closed first may still be listed with its own)."""
    for _ in range(3):
        buttons = [b for b in screen.find(role="push button", name="关闭") if b.has("showing")]
        if buttons:
            screen.click(buttons[-1])
        if not screen.find(id="importSummary"):
            return
    screen.gone(id="importSummary")


@pytest.mark.parametrize("size", [LAPTOP, DESKTOP], ids=["1366x768", "1600x1000"])
def test_a_folder_with_an_unparseable_plan_shows_it_to_check(screens, size, tmp_path):
    screen = screens(size)
    folder = tmp_path / "收文"
    folder.mkdir()
    shutil.copy(UNPARSEABLE, folder / UNPARSEABLE.name)
    shutil.copy(SAMPLES / "000_55174da676faff8d.txt", folder / "自贸试验区方案.txt")
    app = start_app(screen, tmp_path / "home", ["--data-dir", str(tmp_path / "store")])
    try:
        menu(screen, "文件(F)", "menuFile", "导入文件夹…")
        choose_in_file_dialog(screen, folder)
        summary = screen.wait(lambda: (screen.find(id="importSummary") or [None])[0], timeout=90,
                              what="the import result")
        assert summary.name == "共 2 个文件：已导入 1，需核对 1"
        results = screen.table(id="importResults", count=5)
        first = results["cells"][0]
        assert first[0] == UNPARSEABLE.name and first[1] == "需核对" and first[2].startswith("未识别措施")
        assert "0 项措施" in first[2]
        assert results["cells"][1][:2] == ["自贸试验区方案.txt", "已导入"]
        assert "需核对" in screen.get(id="importCheckHint").name
        screen.shot(f"import-result-{size[0]}x{size[1]}")
        screen.double_click(center(results["extents"][0][1]))
        report = screen.get(timeout=15, id="diagnosticsText")
        text = report.text or report.name
        assert "识别结果：共 0 项措施" in text and "警告：未识别措施" in text, text
        screen.shot(f"diagnostics-{size[0]}x{size[1]}")
        screen.click(screen.get(id="copyDiagnostics"))
        screen.wait(lambda: screen.get(id="diagnosticsCopied").name == "已复制到剪贴板", what="复制 to say so")
        screen.key("Escape")
        screen.gone(id="diagnosticsText")
        close_import_result(screen)
        library = screen.wait(lambda: (lambda t: t if any(r[0].startswith("〔需核对〕") for r in t["cells"]) else None)(
            screen.table(id="library", count=20)), what="the library to mark the document")
        marked = [r for r in library["cells"] if r[0].startswith("〔需核对〕")]
        assert [r[1] for r in marked] == ["0"]
        screen.shot(f"library-to-check-{size[0]}x{size[1]}")
    finally:
        stop_app(app)
