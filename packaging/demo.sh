#!/usr/bin/env bash
# Set up (idempotent) and run PolicyDesk's main job on the bundled sample documents.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
exec .venv/bin/policydesk parse resources/samples/*.txt "$@"
