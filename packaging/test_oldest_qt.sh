#!/usr/bin/env bash
# The oldest supported Qt: a second venv (.venv-qt69) with the newest PySide6-Essentials 6.9.x (the last release for
# glibc < 2.34, i.e. UOS/Kylin) runs the architecture and GUI smoke tests. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh --test   # system libraries and fonts, as for the main venv
VENV=.venv-qt69
PIN="PySide6-Essentials==6.9.*"
if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating $VENV"
  "${PYTHON:-python3}" -m venv "$VENV"
fi
stamp="$VENV/.policydesk-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "== installing PolicyDesk with $PIN"
  PYTHONWARNINGS=ignore "$VENV/bin/python" -m pip install -q --upgrade pip
  PYTHONWARNINGS=ignore "$VENV/bin/python" -m pip install -q -e ".[test]" "$PIN"
  touch "$stamp"
fi
"$VENV/bin/python" -c "import PySide6, PySide6.QtCore as c; print(f'== PySide6 {PySide6.__version__}, Qt {c.qVersion()}')"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest -q -rs -p no:cacheprovider tests/test_architecture.py tests/ui/test_app_start.py \
  tests/ui/test_main_window.py tests/ui/test_about_dialog.py "$@"
