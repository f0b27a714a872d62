"""Plain words that are true for the role: Help in a library or at a counter never says "bleibt
gespeichert" (a session end deletes it); the helper view has one way to close it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from assistant.ui.roles.helper_view import HelperDock


@pytest.mark.parametrize("role", ["library", "counter"])
def test_help_in_a_library_or_at_a_counter_promises_no_keeping(qtbot, make_window, role):
    roles, window, controller = make_window(f"[lotse]\nrole = {role}\n")
    window.show_help()
    said = window.page.read_aloud_text()
    assert "merkt sich" in said and "Dann wird alles gelöscht" in said
    window.close_help()
    tile = next(t for t in window.ctx.registry.tiles if t.id == "portal.booking")
    window.open_tile(tile)
    help_text = window.page.help_text()
    assert "bleibt gespeichert" not in help_text and "bis Sie fertig sind" in help_text


def test_at_home_help_says_it_is_kept(qtbot, make_window):
    roles, window, controller = make_window("")
    window.show_help()
    assert "Das Programm merkt sich, wo Sie waren." in window.page.read_aloud_text()
    window.close_help()
    tile = next(t for t in window.ctx.registry.tiles if t.id == "portal.booking")
    window.open_tile(tile)
    assert "bleibt gespeichert" in window.page.help_text()


def test_the_helper_view_has_one_close_button(qtbot, make_window):
    roles, window, controller = make_window("[lotse]\nrole = library\n")
    if not controller.dock.isVisible():
        controller.toggle_helper()
    qtbot.waitUntil(lambda: controller.dock is not None and controller.dock.isVisible())
    closing = [b for b in window.findChildren(QAbstractButton)
               if b.isVisible() and "schließen" in b.accessibleName() and "Helfer" in b.accessibleName()]
    assert len(closing) == 1, [b.accessibleName() for b in closing]
    qtbot.mouseClick(closing[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not controller.dock.isVisible())
    assert isinstance(controller.dock, HelperDock)
