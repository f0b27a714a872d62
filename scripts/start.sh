#!/usr/bin/env bash
# Sets up (see setup.sh) and starts the assistant.
set -euo pipefail
cd "$(dirname "$0")/.."
LOTSE_EXTRAS=test LOTSE_WINDOWS_BUILD=0 bash scripts/setup.sh  # no Wine: only the tests build for Windows
exec .venv/bin/python -m assistant "$@"
