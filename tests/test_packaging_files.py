"""What the packages carry: the Linux menu entry, the hand-drawn icon, and the frozen entry point's order."""

import ast
import configparser
import subprocess
import sys

from conftest import ROOT

PACKAGING = ROOT / "packaging"


def test_menu_entry_is_named_in_chinese_and_starts_the_installed_command():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "policydesk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert (section["Name"], section["Name[zh_CN]"]) == ("PolicyDesk", "政策台账")
    assert (section["Exec"], section["Icon"], section["Type"]) == ("policydesk", "policydesk", "Application")
    assert "Office" in section["Categories"].split(";")


def test_icon_renders_with_qt(qapp):
    from PySide6.QtGui import QColor
    sys.path.insert(0, str(PACKAGING))
    try:
        from render_icon import SVG, render
    finally:
        sys.path.remove(str(PACKAGING))
    from PySide6.QtSvg import QSvgRenderer
    image = render(64, QSvgRenderer(str(SVG)))
    assert image.pixelColor(0, 0).alpha() == 0                                  # rounded corner
    assert image.pixelColor(4, 32) == QColor("#b3261e")                          # red frame
    assert image.pixelColor(32, 20).lightness() > 240                           # white page


def test_frozen_entry_calls_freeze_support_before_importing_the_app():
    tree = ast.parse((ROOT / "desktop" / "__main__.py").read_text(encoding="utf-8"))
    run = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "run")
    first = run.body[0].value
    assert ast.unparse(first) == "multiprocessing.freeze_support()"
    assert "from desktop.__main__ import run" in (PACKAGING / "entry.py").read_text(encoding="utf-8")


def test_python_dash_m_desktop_is_the_policydesk_command():
    result = subprocess.run([sys.executable, "-m", "desktop", "--help"], cwd=ROOT, capture_output=True, text=True,
                            encoding="utf-8", timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("usage: policydesk")


def test_bundle_leaves_out_qt_network():
    spec = (PACKAGING / "policydesk.spec").read_text(encoding="utf-8")
    assert '"PySide6.QtNetwork"' in spec and '"libQt6Network"' in spec and '"libqvnc"' in spec
