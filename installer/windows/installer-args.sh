# Sourced by msi/build-msi.sh and nsis/build-nsis.sh: their two arguments FROZEN_DIR OUT_DIR, and
# FROZEN, OUT, ROOT (the repository), VERSION, WORK (a temporary folder, removed at the end).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 FROZEN_DIR OUT_DIR" >&2; exit 2; }
FROZEN=$(cd "$1" && pwd)
OUT=$(mkdir -p "$2" && cd "$2" && pwd)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/assistant/__init__.py")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
