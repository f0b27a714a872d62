"""Portal × roles in the real window, with the practice portal started by the program on loopback:

* in a library session the confirmation offers printing only, and says plainly why there is no
  "Als PDF speichern" / calendar file; at home both are there;
* a session end stops the practice portal the person used and the next person starts in staff's mode;
* "Meine Termine" lists only the entries of the current mode (practice entries never mix with real ones).
"""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import Qt

from tests.ui.portal.conftest import Driver
from tests.ui.portal.test_booking_flow import fill_up_to_check
from tests.ui.support import attached

LIBRARY = "[lotse]\nrole = library\n"
NO_FILES = "Eine Datei speichern geht an diesem Computer nicht."


@pytest.fixture(autouse=True)
def _portal_cleanup():
    from assistant.ui import worker
    from assistant.ui.portal import texts
    from assistant.ui.portal.common import draft_writer
    from assistant.ui.portal.servers import forget_sessions

    texts.register()
    yield
    worker.shutdown()
    draft_writer.flush()
    forget_sessions()


def open_booking(qtbot, window) -> Driver:
    tile = next(t for t in window.ctx.registry.tiles if t.id == "portal.booking")
    window.open_tile(tile)
    d = Driver(qtbot, window.page)
    d.wait_title("Termin buchen")
    return d


def book_in_practice(qtbot, window) -> Driver:
    d = open_booking(qtbot, window)
    d.press("practice")  # the volunteer's small button on the first screen
    qtbot.waitUntil(lambda: d.page.banner.isVisible(), timeout=5000)
    fill_up_to_check(d)
    d.press("book")
    d.wait_title("Ihr Termin ist gebucht", timeout=15000)
    return d


def keys(d: Driver) -> list[str]:
    """The object names of the buttons shown (our own buttons, whatever their words)."""
    return [b.objectName() for b in d.buttons()]


def test_library_offers_print_only_and_a_session_end_stops_the_practice_portal(qtbot, make_window):
    from assistant.ui.portal.servers import session_for

    window = make_window(conf=LIBRARY)
    roles, controller = attached(window)
    d = book_in_practice(qtbot, window)
    assert "print" in keys(d)
    assert "pdf" not in keys(d) and "calendar" not in keys(d)
    assert NO_FILES in d.texts() and "drucken" in d.texts()
    d.page.save_ics(d.page.result.appointment)  # even if called: no file dialog, the same plain reason
    assert NO_FILES in d.problem()

    session = session_for(window.ctx)
    server_url = session.practice_url()
    assert session.practice and server_url.startswith("http://127.0.0.1:")
    controller.end_session(quiet=True)
    assert window.screen_id == "home"
    assert not session.practice and session.practice_url() == ""
    with pytest.raises(requests.ConnectionError):  # the practice portal with the booking is gone
        requests.get(server_url, timeout=2)
    d = open_booking(qtbot, window)  # the next person: the city's own servers, no practice banner
    assert not d.page.banner.isVisible() and "practice" in keys(d)


def test_home_keeps_files_and_my_appointments_follow_the_mode(qtbot, make_window):
    from assistant.core import store
    from assistant.core.paths import user_file

    window = make_window(conf="")  # at home
    roles, controller = attached(window)
    store.write_json(
        user_file("portal-appointments.json"),
        [
            {
                "ref": "00000000000000aa",
                "start": "2026-12-01T09:00:00+00:00",
                "office_name": "Bürgerbüro Ost",
                "service_name": "Reisepass",
                "state": "confirmed",
                "saved_at": "2026-11-01T08:00:00+00:00",
            }
        ],
    )  # old: real
    d = book_in_practice(qtbot, window)
    assert {"print", "pdf", "calendar"} <= set(keys(d))
    assert NO_FILES not in d.texts()
    d.press("done")
    d = open_booking(qtbot, window)
    assert d.page.banner.isVisible()  # practice lasts for this run
    d.press("my-appointments")
    d.wait_title("Meine Termine")
    assert "Hier stehen nur Übungstermine." in d.texts()
    listed = [b.subtitle() for b in d.buttons() if b.objectName() != "back"]
    assert len(listed) == 1 and "Bürgerbüro Mitte" in listed[0]  # the practice booking, not the real one
    qtbot.mouseClick(d.page.banner.stop_button, Qt.MouseButton.LeftButton)
    d.wait_title("Termin buchen")
    # Bochum has no appointment server: the fallback screen leads to the real "Meine Termine" only
    d.press("my-appointments")
    d.wait_title("Meine Termine")
    assert "Übungstermine" not in d.texts()
    listed = [b.subtitle() for b in d.buttons() if b.objectName() != "back"]
    assert len(listed) == 1 and "Bürgerbüro Ost" in listed[0]
