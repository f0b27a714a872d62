"""The window as a screen reader sees it, out of process: Xvfb + a D-Bus session + the AT-SPI bus, the
real program with Qt's AT-SPI bridge, and ``atspi_walk.py`` run by the system Python with pyatspi
(Debian ``python3-pyatspi``, like Orca). It checks what docs/accessibility.md asks: page titles are
headings (not labels described as "title"), a step's text and "Schritt n von m" come with the step,
and a message said beside the bar and the search results arrive as ``object:announcement``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"


def _have_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(
    not (
        shutil.which("dbus-run-session")
        and shutil.which("xvfb-run")
        and Path("/usr/libexec/at-spi-bus-launcher").exists()
        and _have_pyatspi()
    ),
    reason="needs dbus-run-session, xvfb-run, at-spi2-core and python3-pyatspi (scripts/setup.sh installs them)",
)

SCRIPT = """
/usr/libexec/at-spi-bus-launcher --launch-immediately &
BUS=$!
sleep 1
"$LOTSE_PY" -m assistant --lang de &
APP=$!
{system} {walker}
rc=$?
kill $APP $BUS 2>/dev/null
wait $APP 2>/dev/null
exit $rc
"""


def test_headings_step_text_and_announcements_reach_at_spi(tmp_path):
    env = dict(
        os.environ,
        QT_ACCESSIBILITY="1",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_QPA_PLATFORM="xcb",
        LOTSE_HOME=str(tmp_path / "home"),
        LOTSE_PY=sys.executable,
        PYTHONPATH=str(ROOT),
        TMPDIR=str(tmp_path),
    )  # an earlier test may leave TMPDIR at a session folder that is gone
    env.pop("LOTSE_DEPLOY_CONFIG", None)
    script = SCRIPT.format(system=SYSTEM_PYTHON, walker=HERE / "atspi_walk.py")
    done = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", "bash", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, (done.returncode, done.stdout[-2000:], done.stderr[-2000:])
    seen = json.loads(lines[-1])
    home, step = seen["home"], seen["step"]
    assert "frame|Lotse|" in home  # the window's title once
    assert "heading|Guten Tag! Wobei kann ich helfen?|" in home
    assert not any(n.endswith(("|title", "|heading")) for n in home + step)  # no English words as descriptions
    body = next(n for n in step if n.startswith("filler|Welchen Ausweis haben Sie?|"))
    assert "Wir helfen Ihnen mit der PIN" in body and "Schritt 1 von" in body
    assert "heading|Welchen Ausweis haben Sie?|" in step
    assert "Sie sind schon auf der Startseite." in seen["announced"]
    found = [a for a in seen["announced"] if "gefunden" in a]  # search results, said once typing pauses
    assert len(found) == 1 and "Personalausweis beantragen" in found[0], seen["announced"]
