#!/usr/bin/env bash
# Sets up (see setup.sh) and runs every check: the linter and formatter check (ruff), the type checker
# (mypy), then every test: core, UI (offscreen), accessibility, integration against the real
# AusweisApp and loopback servers. Arguments go to pytest. How to run the linters alone: docs/testing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# the quick checks first: a finding stops the run before the tests' minutes (settings in pyproject.toml)
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
