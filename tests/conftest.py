"""Shared test set-up: every test gets its own empty user folder, never the real one."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def lotse_home(tmp_path, monkeypatch):
    home = tmp_path / "lotse-home"
    monkeypatch.setenv("LOTSE_HOME", str(home))
    return home
