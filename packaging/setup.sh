#!/usr/bin/env bash
# Set up PolicyDesk on Debian/Ubuntu (idempotent): the system libraries Qt needs, Chinese fonts, a venv with
# PolicyDesk in .venv/, and a `policydesk` command on PATH.
#   bash packaging/setup.sh          what running the app needs
#   bash packaging/setup.sh --test   also what the whole test suite and the Linux bundle build need
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODE=${1:-run}

# Qt's xcb platform plugin and what it loads (libxcb-randr0 included: without it Qt aborts under X), EGL/GL,
# fontconfig (fc-list picks the briefing's fonts), D-Bus, and a CJK font.
RUN_PACKAGES="libgl1 libegl1 libxkbcommon0 libfontconfig1 fontconfig libfreetype6 libglib2.0-0 libdbus-1-3 fonts-wqy-microhei
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render0
  libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-randr0 libxcb-util1
  libxkbcommon-x11-0"
# Tests: a virtual X server, real X input and the accessibility bus for the acceptance suite, PDF tools,
# makensis for the Windows installer script, binutils for PyInstaller's ELF scan, and the shared libpython
# PyInstaller bundles; the PostgreSQL server the team-store tests talk to (packaging/pg_test_server.sh); a C compiler
# for the glibc check's tests, which build small libraries pinned to old symbol versions.
TEST_PACKAGES="xvfb xauth xdotool dbus-x11 at-spi2-core python3-pyatspi gir1.2-atspi-2.0 imagemagick
  poppler-utils qpdf nsis binutils strace libreoffice-calc-nogui postgresql gcc libc6-dev"

PY=${PYTHON:-python3}
wanted=$RUN_PACKAGES
if [ "$MODE" = "--test" ]; then
  wanted="$wanted $TEST_PACKAGES"
  # PyInstaller needs libpython3.X.so; Debian's own python3 keeps it in a package of its own
  if [ "$("$PY" -c 'import sys; print(sys.base_prefix)')" = "/usr" ]; then
    wanted="$wanted libpython$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
  fi
fi

if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=""
  for p in $wanted; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = "0" ]; then
      echo "== installing system packages:$missing"
      apt-get update -qq
      log=$(mktemp)
      if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >"$log" 2>&1; then
        cat "$log" >&2; rm -f "$log"; exit 1
      fi
      # apt's "delaying package configuration, since apt-utils is not installed" is noise on a minimal system
      grep -iE "^(E|W):|error" "$log" | grep -v "apt-utils" >&2 || true
      rm -f "$log"
    else
      echo "== missing system packages (run as root, or: sudo apt-get install$missing)" >&2
    fi
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.policydesk-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "== installing PolicyDesk and its dependencies into .venv"
  # PYTHONWARNINGS: setuptools' build backend prints a boxed warning about editable installs on every set-up
  PYTHONWARNINGS=ignore .venv/bin/python -m pip install -q --upgrade pip
  PYTHONWARNINGS=ignore .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi

# The team-store tests need a PostgreSQL server: start a throwaway one when none answers on 127.0.0.1:5432
if [ "$MODE" = "--test" ] && [ "${POLICYDESK_TEST_PG:-}" != "off" ]; then
  bash packaging/pg_test_server.sh
fi

# `policydesk` on PATH: /usr/local/bin as root, else ~/.local/bin. An existing command elsewhere is left alone.
if [ "$(id -u)" = "0" ]; then bindir=/usr/local/bin; else bindir="$HOME/.local/bin"; fi
link="$bindir/policydesk"
if [ ! -e "$link" ] && [ ! -L "$link" ]; then
  mkdir -p "$bindir" && ln -s "$ROOT/.venv/bin/policydesk" "$link" && echo "== policydesk command: $link"
elif [ "$(readlink "$link" 2>/dev/null)" != "$ROOT/.venv/bin/policydesk" ]; then
  echo "== $link already exists and is left as it is; this checkout's command is $ROOT/.venv/bin/policydesk"
fi
case ":$PATH:" in *":$bindir:"*) ;; *) echo "== add $bindir to PATH to type policydesk anywhere" ;; esac
