"""Nothing a person must press is ever out of view: the real window, in a real X server with a window
manager (Xvfb + openbox, platform ``xcb``), on the five screens older people own, at 100 % and 200 %.

One process a screen size (``tests/a11y/fit_driver.py``) walks every screen at both text sizes: home,
Help, every step of every guide (every page of a long answer list), the language chooser (German and
Arabic, right to left), in Arabic too (the tallest lines, right to left) and on the smallest screen in
every language of the list, the eID PIN page (also after a PIN of the wrong length), the first screen of every portal tile
and the portal's form screens (the place, the description and the contact of a report, the name of a
booking; in every language on the smallest screen). A control outside the screen, the window or its
scroll area's view when the screen appears is a failure, and so is a field a person types into that is
not in view with its label (further fields of a form may lie below "Weiter lesen ↓").
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCREENS = [(1024, 768), (1280, 720), (1366, 768), (1536, 864), (1920, 1080)]
IDS = [f"{w}x{h}" for w, h in SCREENS]
ROOT = Path(__file__).resolve().parents[2]

_runs: dict[tuple[int, int], tuple[dict, list[dict]]] = {}


def walk(width: int, height: int, home: Path) -> tuple[dict, list[dict]]:
    """Run the driver once per screen size (both tests of a size share the run)."""
    if (width, height) in _runs:
        return _runs[(width, height)]
    if shutil.which("xvfb-run") is None or shutil.which("openbox") is None:
        if os.environ.get("CI"):
            pytest.fail("xvfb-run and openbox are needed (scripts/setup.sh installs them)")
        pytest.skip("xvfb-run or openbox missing: run scripts/setup.sh")
    # every language on the smallest screen (the tightest fit: longer words, Arabic right to left);
    # German and Arabic (the tallest lines, right to left) on the others
    langs = "all" if (width, height) == SCREENS[0] else "de,ar"
    env = dict(os.environ, LOTSE_HOME=str(home), QT_QPA_PLATFORM="xcb", LOTSE_FIT_LANGS=langs)
    env.pop("LOTSE_TTS_ENGINE", None)
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24", sys.executable, "-m", "tests.a11y.fit_driver"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and lines and lines[-1].get("summary"), proc.stderr[-3000:]
    _runs[(width, height)] = (lines[-1], lines[:-1])
    return _runs[(width, height)]


def is_portal(problem: dict) -> bool:
    """A portal screen ("portal.reports/where@200", in Arabic "ar:portal.reports/where@200")."""
    return problem["screen"].split(":", 1)[-1].startswith("portal.")


def shown(problems: list[dict]) -> str:
    return "\n".join(f"{p['screen']}: {p['control']!r} {p['rect']} {', '.join(p['where'])}" for p in problems[:40])


@pytest.mark.slow
@pytest.mark.parametrize("width,height", SCREENS, ids=IDS)
def test_every_control_in_view(width, height, tmp_path_factory):
    summary, problems = walk(width, height, tmp_path_factory.mktemp("lotse-home"))
    assert summary["platform"] == "xcb" and summary["window_manager"]
    assert summary["screen"] == [width, height]
    assert summary["maximized"], "at home the window fills the screen"
    assert summary["screens"] >= 100, summary  # home, help, every guide step, eID and portal at two sizes
    ours = [p for p in problems if not is_portal(p)]
    assert not ours, f"{len(ours)} controls out of view at {width}×{height}:\n{shown(ours)}"


@pytest.mark.slow
@pytest.mark.parametrize("width,height", SCREENS, ids=IDS)
def test_portal_first_screens_in_view(width, height, tmp_path_factory):
    _, problems = walk(width, height, tmp_path_factory.mktemp("lotse-home"))
    portal = [p for p in problems if is_portal(p)]
    assert not portal, f"{len(portal)} portal controls out of view at {width}×{height}:\n{shown(portal)}"
