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


@pytest.fixture(autouse=True)
def _temp_folder_restored(monkeypatch):
    """A library or counter session sends temporary files into its own folder (core/memory.py) and
    undoes that when the program closes. A test that drops a window without closing it must not leave
    the next test writing into a deleted session folder."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)
    before = os.environ.get("TMPDIR")
    yield
    # by hand: monkeypatch.delenv of a variable that is not there records nothing, so a TMPDIR a
    # session set during the test stayed behind for the next one (and its subprocesses: xvfb-run)
    if before is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = before


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread():
    """As in the program (assistant/ui/gc_guard.py): where Qt runs, cycles are collected on the GUI
    thread only, never in a portal or practice-card thread."""
    import sys

    app = None
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
    if app is None:
        yield
        return
    from assistant.ui import gc_guard

    gc_guard.install(app)
    yield
    gc_guard.uninstall()


@pytest.fixture
def screenshot_dir(tmp_path):
    """Where a test saves its pictures: the test's own folder, so a test run never changes the tree.
    With LOTSE_WRITE_SCREENSHOTS=1 (scripts/screenshots.sh) it is docs/screenshots, for the README."""
    if os.environ.get("LOTSE_WRITE_SCREENSHOTS") == "1":
        from tests.shared_data import REPO

        folder = REPO / "docs" / "screenshots"
    else:
        folder = tmp_path / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def portal():
    """The practice portal (ZMS, Open311, catalogue) on 127.0.0.1, a free port; stopped afterwards."""
    from assistant.portal.practice_server import PracticePortal

    p = PracticePortal().start()
    yield p
    p.stop()


@pytest.fixture
def memory_keyring():
    """An in-memory keyring (tests/memory_keyring.py) for the test; the previous backend afterwards.
    A folder makes it automatic with ``@pytest.fixture(autouse=True) def memory_keyring(memory_keyring)``."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


def pytest_runtest_setup(item):
    """``@pytest.mark.shared_data("ausweisapp", "transcripts")``: the test needs that part of the shared
    data (tests/shared_data.py): it skips without it, and fails without it under CI."""
    for mark in item.iter_markers("shared_data"):
        from tests.shared_data import require_shared

        require_shared(*mark.args)


@pytest.fixture
def timer_hook(monkeypatch):
    """Records every timer the program starts (tests/timer_hook.py); ``fire_all()`` makes them go off
    now. The proof that no timer ends a step, whatever its length — instead of waiting."""
    from tests.timer_hook import TimerHook

    return TimerHook().install(monkeypatch)
