"""Practice mode releases the new PIN like the real path does (issue 17).

The check itself is ``practice_memory_case.py``; it runs in a process of its own, so scanning every
live object (with the practice card's event loop held still) can never disturb other tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CASE = Path(__file__).with_name("practice_memory_case.py")


def test_practice_change_leaves_no_new_pin_in_memory():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(CASE.relative_to(ROOT))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "PRACTICE-MEMORY: clean" in r.stdout and r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
