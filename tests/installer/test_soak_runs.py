"""bench/soak.py keeps working: a short soak drives the real window and the practice portal to the end,
makes every call it counts, and leaves no top-level widget behind. (The long run's figures are in
docs/install.md; memory growth is judged there, not on a run this short.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.installer.installer_files import REPO

pytestmark = pytest.mark.slow


def test_short_soak_runs_through_and_leaks_no_window(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOTSE_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, str(REPO / "bench" / "soak.py"), "--steps", "200", "--portal-calls", "30", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr  # 1 = a target missed; judged on long runs
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    assert figures["step_changes"] == 200 and figures["portal_calls"] == 30
    assert figures["portal_failures"] == 0
    assert figures["leaked_top_level_widgets"] == 0
    assert figures["visible_top_levels_end"] == figures["visible_top_levels_baseline"] == 1
    kinds = figures["step_kinds"]
    assert kinds.get("answer", 0) > 0 and kinds.get("forward", 0) > 0 and kinds.get("go_back", 0) > 0
    assert set(figures["call_kinds"]) >= {"zms.reserve+cancel"}
    for line in ("memory growth", "leaked top-levels", "step changes", "portal calls"):
        assert line in proc.stdout
    assert not (tmp_path / ".local" / "share" / "Lotse").exists(), "the soak must use a throw-away user folder"
