"""installer/lotse.spec stops when the build interpreter cannot import a part of the program.

issue 14: ``collect_submodules("assistant")`` silently found nothing (or less) when a package could not be
imported, and the frozen build shipped without its eID and portal parts. The spec compares what it
collected with the modules in the source tree and stops before PyInstaller analyses anything (~5 s).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.installer.installer_files import INSTALLER, REPO

pytest.importorskip("PyInstaller", reason="the build extra (pip install -e .[build]; scripts/setup.sh does it)")


def run_spec(tmp_path, **env_extra):
    env = dict(os.environ, **env_extra)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(INSTALLER / "lotse.spec"),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_build_interpreter_without_qt_stops_the_build(tmp_path):
    fake = tmp_path / "shadow" / "PySide6"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text('raise ImportError("no Qt in this build interpreter (test)")\n')
    proc = run_spec(tmp_path, PYTHONPATH=str(fake.parent))
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert "lotse.spec:" in out and "cannot be imported by the build interpreter" in out, out
    assert "assistant.ui.portal" in out, out  # the portal part (its package imports Qt) would be lost
    assert not (tmp_path / "dist" / "lotse").exists()
