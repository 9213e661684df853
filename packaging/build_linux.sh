#!/usr/bin/env bash
# Build the Linux onedir bundle (dist/policydesk/) with PyInstaller, check that no ELF in it needs a newer glibc than
# GLIBC_MAX (default: this machine's own), then run its self-test and bundle checks offscreen.
# VENV=.venv-qt69 builds with the oldest supported Qt (make it with test_oldest_qt.sh); SKIP_BUNDLE_CHECKS=1 skips the
# bundle checks (not the glibc scan); POLICYDESK_SYSTEM_LIBS leaves libraries out (policydesk.spec). For glibc 2.28
# (UOS 20, Kylin V10) see build_linux_oldglibc.sh, which runs this script in a Debian 11 root.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh --test   # binutils and the shared libpython PyInstaller needs come with the test set-up
PY=${VENV:-.venv}/bin/python
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "== installing PyInstaller into .venv"
  "$PY" -m pip install -q "pyinstaller>=6.10"
fi
export QT_QPA_PLATFORM=offscreen
"$PY" packaging/render_icon.py build/icon
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/policydesk.spec
echo "== bundle built in $(( $(date +%s) - start )) s: $(du -sh dist/policydesk | cut -f1) in dist/policydesk"
bash packaging/check_glibc.sh dist/policydesk "${GLIBC_MAX:-$(getconf GNU_LIBC_VERSION | cut -d' ' -f2)}" >/dev/null
[ "${SKIP_BUNDLE_CHECKS:-0}" = 1 ] || bash packaging/check_bundle.sh dist/policydesk
