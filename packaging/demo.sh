#!/usr/bin/env bash
# Set up (idempotent) and open PolicyDesk on a throwaway demo store holding the bundled sample documents.
# With no display (and no QT_QPA_PLATFORM chosen) it runs the headless self-test of the same window instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    echo "没有图形显示：以无界面方式打开演示数据库并自检 (no display: headless self-test of the demo window)"
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/policydesk --self-test "$@"
fi
if [ "${QT_QPA_PLATFORM:-}" = "offscreen" ]; then
    exec .venv/bin/policydesk --self-test "$@"
fi
exec .venv/bin/policydesk --demo "$@"
