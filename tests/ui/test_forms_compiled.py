"""Every Designer form is compiled, and the compiled module is up to date with its .ui (frozen builds need both)."""

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
from compile_forms import FORMS, compiled, target  # noqa: E402


def _body(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("## Created by")]


@pytest.mark.parametrize("ui", sorted(FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_module_matches_its_form(ui):
    assert target(ui).exists(), f"run packaging/compile_forms.py for {ui.name}"
    assert _body(target(ui).read_text(encoding="utf-8")) == _body(compiled(ui))


def test_the_main_window_is_a_form():
    assert (FORMS / "main_window.ui").exists() and len(list(FORMS.glob("*.ui"))) >= 3
