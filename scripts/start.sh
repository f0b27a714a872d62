#!/usr/bin/env bash
# Sets up (see setup.sh) and starts the assistant.
set -euo pipefail
cd "$(dirname "$0")/.."
LOTSE_EXTRAS=test bash scripts/setup.sh
exec .venv/bin/python -m assistant "$@"
