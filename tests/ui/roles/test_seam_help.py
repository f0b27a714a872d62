"""Help in the real window: the program's version, and "Einstellungen für Mitarbeitende" as a small
entry that returns to the person's place — but never at a service counter, where a citizen could
otherwise change the portal keys or switch to the practice portal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.portal.conftest import Driver
from tests.ui.support import attached

COUNTER = "[lotse]\nrole = counter\n[counter]\nfullscreen = no\n"


@pytest.fixture(autouse=True)
def _portal_cleanup():
    from assistant.ui import worker
    from assistant.ui.portal.servers import forget_sessions

    yield
    worker.shutdown()
    forget_sessions()


def open_help(qtbot, window):
    qtbot.mouseClick(window.bar.help, Qt.MouseButton.LeftButton)
    assert window.screen_id == "help"
    return window.page


def test_help_shows_the_version_and_staff_settings_return_to_the_guide(qtbot, make_window, walk):
    from assistant import __version__
    from assistant.ui.portal.staff_settings import StaffSettingsPage

    window = make_window(conf="")  # at home
    roles, controller = attached(window)
    page = open_help(qtbot, window)
    assert page.version.isVisible() and page.version.text() == f"Lotse, Version {__version__}"
    assert __version__ in page.read_aloud_text()
    qtbot.mouseClick(window.bar.help, Qt.MouseButton.LeftButton)  # second press: help stays, says so
    window.close_help()

    window.open_guide("eid-pin")
    walk(window.run, "change-known")
    window.run.back()
    window.show_current()
    place, path = window.screen_id, list(window.run.path)
    page = open_help(qtbot, window)
    assert page.staff_button is not None and page.staff_button.isVisible()
    assert page.staff_button.accessibleName() == "Einstellungen für Mitarbeitende"
    assert page.staff_button.height() >= 44
    qtbot.mouseClick(page.staff_button, Qt.MouseButton.LeftButton)
    assert window.screen_id == "staff-settings" and isinstance(window.page, StaffSettingsPage)
    d = Driver(qtbot, window.page)
    d.wait_title("Einstellungen für Mitarbeitende")
    d.wait_text("Welcher Server?")
    qtbot.mouseClick(window.bar.back, Qt.MouseButton.LeftButton)  # the bar's "Zurück": back to the guide
    assert window.screen_id == place and list(window.run.path) == path

    open_help(qtbot, window)
    qtbot.mouseClick(window.page.staff_button, Qt.MouseButton.LeftButton)
    d = Driver(qtbot, window.page)
    d.wait_title("Einstellungen für Mitarbeitende")
    d.press("back")  # the page's own "Zurück" ends it: the guide again, the same step
    qtbot.waitUntil(lambda: window.screen_id == place)
    assert list(window.run.path) == path


def test_counter_offers_no_staff_settings_and_no_practice_switch(qtbot, make_window):
    window = make_window(conf=COUNTER)
    roles, controller = attached(window)
    page = open_help(qtbot, window)
    assert page.staff_button is None and page.version.isVisible()
    window.close_help()
    window.open_staff_settings()  # even if asked for: nothing happens at a counter
    assert window.screen_id == "home"
    tile = next(t for t in window.ctx.registry.tiles if t.id == "portal.booking")
    window.open_tile(tile)
    d = Driver(qtbot, window.page)
    d.wait_title("Termin buchen")
    from assistant.ui import words

    keys = [b.objectName() for b in d.buttons()]
    assert "practice" not in keys and words.staff_settings() not in [b.text() for b in d.buttons()]
    assert keys  # the person's own choices are still there
    assert not hasattr(window.page, "open_staff_settings")  # portal pages offer them nowhere (Help only)


def test_library_offers_the_staff_settings(qtbot, make_window):
    window = make_window(conf="[lotse]\nrole = library\n")
    roles, controller = attached(window)
    page = open_help(qtbot, window)
    assert page.staff_button is not None
