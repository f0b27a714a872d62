"""The keyring recorder is installed on the first keyring use (assistant.core.keyring_hook), not at
start: an entry created through assistant.portal.secrets is still recorded before it exists and
deleted at the session end or by "Alles vergessen". (That a program which never uses the keyring
never opens it: tests/ui/test_startup_and_tools.py::test_heavy_modules_wait_until_they_are_needed.)"""

from __future__ import annotations

from argparse import Namespace

import pytest
from PySide6.QtWidgets import QApplication

from assistant.app import create_window
from assistant.core import keyring_hook
from assistant.core.memory import KeyringEntry, _recording_keyring_class
from assistant.portal import secrets
from tests.ui.support import settle


@pytest.fixture
def fresh_hook(monkeypatch):
    """As in a new program run: the keyring has not been opened yet (restored afterwards)."""
    monkeypatch.setattr(keyring_hook, "_opened", False)
    monkeypatch.setattr(keyring_hook, "_pending", [])


def attach(qtbot, tmp_path, monkeypatch, conf: str):
    """The window and roles exactly as run() creates them (no explicit recorder install)."""
    path = tmp_path / "lotse.conf"
    path.write_text(conf, encoding="utf-8")
    monkeypatch.setenv("LOTSE_DEPLOY_CONFIG", str(path))
    window, roles = create_window(QApplication.instance(), Namespace(lang=None, city=None, smoke_test=True))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.screen_id == "home" and roles.controller is not None)
    return roles, window, roles.controller


@pytest.mark.parametrize("role", ["library", "counter"])
def test_an_entry_made_through_secrets_is_recorded_and_forgotten(
    qtbot, tmp_path, lotse_home, kr, fresh_hook, monkeypatch, role
):
    roles, window, controller = attach(qtbot, tmp_path, monkeypatch, f"[lotse]\nrole = {role}\n")
    settle()  # what used to run right after the start (timers of 0 ms)
    assert not isinstance(__import__("keyring").get_keyring(), _recording_keyring_class()), (
        "the recorder waits for the first keyring use"
    )
    assert kr.entries() == []

    secrets.store_booking_secret("r1", "4711", "AUTH-1")  # the first keyring use: the recorder comes first
    secrets.store_api_key("bochum", "portal", "STAFF-KEY")  # staff's key: configuration, not recorded

    assert controller.memory.keyring_entries() == [KeyringEntry("Lotse", "booking:r1")]
    controller.end_session(quiet=True)
    assert [u for _s, u in kr.entries()] == ["api-key:bochum:portal"]
    assert secrets.booking_secret("r1") is None
    # the next session's entries are recorded too (the recorder stays, now for the new folder)
    secrets.store_booking_secret("r2", "4712", "AUTH-2")
    assert controller.memory.keyring_entries() == [KeyringEntry("Lotse", "booking:r2")]
    controller.end_session(quiet=True)
    assert [u for _s, u in kr.entries()] == ["api-key:bochum:portal"]
    roles.close()


def test_alles_vergessen_at_home_deletes_an_entry_made_after_the_start(
    qtbot, tmp_path, lotse_home, kr, fresh_hook, monkeypatch
):
    roles, window, controller = attach(qtbot, tmp_path, monkeypatch, "")
    secrets.store_booking_secret("r1", "4711", "AUTH-1")
    assert controller.memory.keyring_entries() == [KeyringEntry("Lotse", "booking:r1")]
    controller.forget_everything()
    assert kr.entries() == []
    roles.close()


def test_callbacks_run_once_in_order_and_late_ones_at_once(fresh_hook):
    ran: list[str] = []
    keyring_hook.when_keyring_opens(lambda: ran.append("a"))
    keyring_hook.when_keyring_opens(lambda: ran.append("b"))
    assert ran == []
    keyring_hook.keyring_opened()
    keyring_hook.keyring_opened()
    assert ran == ["a", "b"]
    keyring_hook.when_keyring_opens(lambda: ran.append("c"))
    assert ran == ["a", "b", "c"]
