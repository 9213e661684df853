"""The layers hold: the Qt-free ones load no PySide6, and import-linter's contracts (pyproject) pass and bite."""

import pkgutil
import subprocess
import sys

from conftest import ROOT

QT_FREE = ["desktop.core", "desktop.store", "exporters"]


def _modules():
    names = []
    for pkg_name in QT_FREE:
        names.append(pkg_name)
        # walk the source folders themselves, whatever else is on sys.path
        folder = str(ROOT / pkg_name.replace(".", "/"))
        names += [m.name for m in pkgutil.walk_packages([folder], pkg_name + ".")]
    # Alembic's env.py and revisions only run under Alembic; the static check below still reads them.
    return [n for n in names if not n.startswith("desktop.store.migrations.")]


def test_qt_free_layers_import_no_qt():
    modules = _modules()
    assert "desktop.core.engine" in modules and "desktop.core.readers.text" in modules
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6')]\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"Qt loaded by a Qt-free layer: {out.stdout}"


def test_no_qt_import_statements_in_qt_free_layers():
    offenders = []
    for folder in ("desktop/core", "desktop/store", "exporters"):
        for path in (ROOT / folder).rglob("*.py"):
            for line in path.read_text(encoding="utf-8").splitlines():
                s = line.strip()
                if s.startswith(("import PySide6", "from PySide6", "import shiboken6", "from shiboken6")):
                    offenders.append(f"{path.relative_to(ROOT)}: {s}")
    assert offenders == []


def _lint_imports(tree):
    """Run import-linter with the repository's contracts on the packages under ``tree``."""
    lint = ROOT / ".venv" / "bin" / "lint-imports"
    lint = str(lint) if lint.exists() else "lint-imports"
    return subprocess.run([lint, "--config", str(ROOT / "pyproject.toml"), "--no-cache"], cwd=tree,
                          env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                          timeout=300)


def test_the_layer_contracts_hold():
    out = _lint_imports(ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "4 kept, 0 broken" in out.stdout


def test_the_layer_contracts_catch_a_core_module_that_imports_the_store(tmp_path):
    import shutil
    for pkg in ("desktop", "exporters"):
        shutil.copytree(ROOT / pkg, tmp_path / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    vocabulary = tmp_path / "desktop" / "core" / "vocabulary.py"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8") + "\nfrom desktop.store import models\n",
                          encoding="utf-8")
    exporter = tmp_path / "exporters" / "fonts.py"
    exporter.write_text(exporter.read_text(encoding="utf-8") + "\nimport desktop.ui.app\n", encoding="utf-8")
    out = _lint_imports(tmp_path)
    assert out.returncode != 0
    assert "desktop.core.vocabulary -> desktop.store.models" in out.stdout
    assert "exporters.fonts -> desktop.ui.app" in out.stdout
    assert "2 kept, 2 broken" in out.stdout
