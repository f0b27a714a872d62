#!/usr/bin/env bash
# Sets up (see setup.sh) and runs every test: core, UI (offscreen), accessibility, integration
# against the real AusweisApp and loopback servers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
