"""Plain words that are true for the role: Help in a library or at a counter never says "bleibt
gespeichert" (a session end deletes it); the helper view has one way to close it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from assistant.ui.roles.helper_view import HelperDock
from tests.ui.support import attached, settle


@pytest.mark.parametrize("role", ["library", "counter"])
def test_help_in_a_library_or_at_a_counter_promises_no_keeping(qtbot, make_window, role):
    window = make_window(conf=f"[lotse]\nrole = {role}\n")
    roles, controller = attached(window)
    window.show_help()
    said = window.page.read_aloud_text()
    assert "merkt sich" in said and "Dann wird alles gelöscht" in said
    window.close_help()
    tile = next(t for t in window.ctx.registry.tiles if t.id == "portal.booking")
    window.open_tile(tile)
    help_text = window.page.help_text()
    assert "bleibt gespeichert" not in help_text and "bis Sie fertig sind" in help_text


def test_at_home_help_says_it_is_kept(qtbot, make_window):
    window = make_window(conf="")
    roles, controller = attached(window)
    window.show_help()
    assert "Das Programm merkt sich, wo Sie waren." in window.page.read_aloud_text()
    window.close_help()
    tile = next(t for t in window.ctx.registry.tiles if t.id == "portal.booking")
    window.open_tile(tile)
    assert "bleibt gespeichert" in window.page.help_text()


def test_the_helper_view_has_one_close_button(qtbot, make_window):
    window = make_window(conf="[lotse]\nrole = library\n")
    roles, controller = attached(window)
    if not controller.dock.isVisible():
        controller.toggle_helper()
    qtbot.waitUntil(lambda: controller.dock is not None and controller.dock.isVisible())
    closing = [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and "schließen" in b.accessibleName() and "Helfer" in b.accessibleName()
    ]
    assert len(closing) == 1, [b.accessibleName() for b in closing]
    qtbot.mouseClick(closing[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not controller.dock.isVisible())
    assert isinstance(controller.dock, HelperDock)


def test_the_helper_view_hears_the_pin_entry_from_the_page_without_polling(qtbot, make_window, walk, monkeypatch):
    """The eID page says when a PIN is being typed (``secret_entry_changed``): the helper view asks
    to look away at once — no timer polls the page."""
    from PySide6.QtCore import QTimer

    from assistant.eid.workflow import Screen
    from assistant.ui.eid.connection import PRACTICE, URL_ENV
    from tests.ports import free_port
    from tests.ui.eid.flows import click, wait_screen

    monkeypatch.setenv(URL_ENV, f"ws://127.0.0.1:{free_port()}/eID-Kernel")
    window = make_window(conf="[lotse]\nrole = library\n[library]\nhelper_view = yes\n")
    roles, controller = attached(window)
    assert not [t for t in controller.findChildren(QTimer) if t.interval() == 250]
    window.open_guide("eid-pin")
    walk(window.run, "change-known")
    window.show_current()
    page = window.page
    settle()
    wait_screen(qtbot, page, Screen.WAIT_APP)
    view = controller.dock.view
    assert "Bitte schauen Sie weg." not in view.texts()
    click(qtbot, page, "practice")
    seen: list[bool] = []
    page.secret_entry_changed.connect(lambda on: seen.append("Bitte schauen Sie weg." in view.texts()))
    click(qtbot, page, "practice-tries-3")
    qtbot.waitUntil(lambda: page.is_secret_entry(), timeout=5000)
    assert seen and seen[-1] is True  # at the moment the page said so, the view already asked
    assert PRACTICE.active
    window.go_home()
    settle()
    assert "Bitte schauen Sie weg." not in view.texts()


def test_a_wrong_staff_code_is_announced(qtbot, make_window):
    from assistant.ui.announce import announcer

    heard: list[str] = []
    announcer().said.connect(heard.append)
    window = make_window(conf="[lotse]\nrole = counter\n[counter]\nstaff_code = 4711\n")
    roles, controller = attached(window)
    dialog = controller.ask_staff_exit()
    dialog.field.setText("1234")
    qtbot.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)
    assert "Der Code stimmt nicht. Bitte noch einmal." in heard
    dialog.reject()
