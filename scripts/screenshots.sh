#!/usr/bin/env bash
# Regenerates every screenshot the README and docs/ show (docs/screenshots/*.png). Tests never write
# there on an ordinary run (they save into their own temporary folder); this script asks them to
# with LOTSE_WRITE_SCREENSHOTS=1. Nothing personal is touched: a throw-away user folder, an in-memory
# keyring, the practice card and the practice portal on loopback.
#   bash scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export QT_QPA_PLATFORM=offscreen
LOTSE_HOME="$(mktemp -d -t lotse-shots-XXXXXX)"
export LOTSE_HOME
trap 'rm -rf "$LOTSE_HOME"' EXIT

# Home and a step at 100 % and 200 % (README): the window as it starts at home (maximised, the strip at
# the top) on the commonest laptop screen, 1366 × 768, in a virtual X screen with the openbox window manager.
xvfb-run -a -s "-screen 0 1366x768x24" sh -c 'openbox --sm-disable >/dev/null 2>&1 & sleep 0.6;
  QT_QPA_PLATFORM=xcb "$0" -c "from assistant.ui.tour import screenshots; print(chr(10).join(map(str, screenshots(\"docs/screenshots\"))))"' "$PY"
# The portal screens (docs/portal-ui.md).
"$PY" tests/ui/portal/screenshots.py docs/screenshots
# The roles screens and the take-home sheet (docs/roles.md, README), the eID stops (docs/eid-ui.md).
LOTSE_WRITE_SCREENSHOTS=1 "$PY" -m pytest -q -p no:cacheprovider \
  tests/ui/roles/test_roles_window.py tests/ui/roles/test_sheet.py \
  "tests/ui/eid/test_a11y.py::test_screenshots_of_the_stops"
echo "screenshots written to docs/screenshots"
