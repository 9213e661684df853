"""Compile forms/*.ui into desktop/ui/forms/ui_*.py with pyside6-uic (frozen builds cannot load .ui at run time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS, OUT = ROOT / "forms", ROOT / "desktop" / "ui" / "forms"


def uic() -> str:
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compiled(ui: Path) -> str:
    """The Python module pyside6-uic makes of one form."""
    return subprocess.run([uic(), "--no-autoconnection", str(ui)], check=True, capture_output=True,
                          text=True).stdout


def target(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "__init__.py").write_text('"""Modules generated from forms/*.ui by packaging/compile_forms.py; do not edit."""\n')
    for ui in sorted(FORMS.glob("*.ui")):
        target(ui).write_text(compiled(ui), encoding="utf-8")
        print(f"{ui.relative_to(ROOT)} → {target(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
