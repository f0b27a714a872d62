"""Races with the session end (issue 17), in the real window with the real worker and draft writer:

* "Sitzung beenden" / "Nächste Person" while a booking is still being sent (the practice portal on
  loopback answers the confirm slowly): the appointment is cancelled on the server and nothing of it
  — no "Meine Termine" file, no keyring entry — is in the next person's session;
* a draft save still queued on a slow disk (fsync 0.3 s) at the session end is not written into the
  new session;
* the clipboard is empty after a session end.

The assertion is the list of files and keyring entries in the new session: nothing but its marker.
"""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtWidgets import QApplication

from assistant.core.memory import SESSION_MARKER
from tests.ui.portal.test_booking_flow import fill_up_to_check
from tests.ui.roles.test_seam_portal import LIBRARY, _portal_cleanup, open_booking  # noqa: F401 - autouse fixture
from tests.ui.support import attached, settle

COUNTER = "[lotse]\nrole = counter\n[counter]\nfullscreen = no\n"


def personal(kr) -> list:
    return [e for e in kr.entries() if not e[1].startswith("api-key:")]


def only_the_fresh_session(roles) -> bool:
    inv = roles.memory.inventory()
    return inv.files == (f"{roles.memory.folder.name}/{SESSION_MARKER}",) and inv.keyring == ()


def wait_jobs_done(qtbot) -> None:
    from assistant.ui import worker

    assert worker.dispatcher().pool.waitForDone(15000)
    settle()  # the jobs' answers, queued to the GUI thread


@pytest.mark.parametrize("conf", [LIBRARY, COUNTER], ids=["library", "counter"])
def test_session_end_during_a_booking_leaves_nothing_and_cancels_it(qtbot, make_window, portal, kr, conf):
    from assistant.ui.portal.servers import session_for

    window = make_window(conf=conf)
    roles, controller = attached(window)
    session_for(window.ctx).attach_practice(portal)  # survives the session end: the server side is checked
    d = open_booking(qtbot, window)
    assert d.page.banner.isVisible()
    fill_up_to_check(d, email="erika@example.org")
    portal.fault("POST", "/confirm-appointment/", "slow:1.0")
    d.press("book")
    qtbot.waitUntil(
        lambda: any(
            p["status"] == "preconfirmed" and p["email"] == "erika@example.org" for p in portal.processes.values()
        ),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: not portal.faults)  # the slow confirm has reached the portal
    assert personal(kr) != []  # the reservation's key is in the keyring now
    controller.end_session(quiet=True)
    wait_jobs_done(qtbot)
    time.sleep(1.2)  # the slow confirm is answered meanwhile
    wait_jobs_done(qtbot)
    assert only_the_fresh_session(roles), roles.memory.inventory()
    assert personal(kr) == []
    assert not [
        p
        for p in portal.processes.values()
        if p["email"] == "erika@example.org" and p["status"] in ("confirmed", "preconfirmed")
    ]
    # the next person sees no "Meine Termine" entry and no half-finished booking
    d = open_booking(qtbot, window)
    assert "resume" not in [b.objectName() for b in d.buttons()]


def test_session_end_while_a_report_is_sent_leaves_nothing(qtbot, make_window, portal, kr):
    """Open311 knows no withdrawal: the report arrives, but its number and its draft are not kept for
    the next person (they belong to the session that ended)."""
    from assistant.ui.portal.servers import session_for
    from tests.ui.portal.test_report_flow import fill_report

    window = make_window(conf=LIBRARY)
    roles, controller = attached(window)
    session_for(window.ctx).attach_practice(portal)
    tile = next(t for t in window.ctx.registry.tiles if t.id == "portal.reports")
    window.open_tile(tile)
    from tests.ui.portal.conftest import Driver

    d = Driver(qtbot, window.page)
    d.wait_title("Problem melden")
    fill_report(d)
    portal.fault("POST", "/requests.json", "slow:1.0")
    d.press("send")
    qtbot.waitUntil(lambda: not portal.faults)  # the slow report has reached the portal
    controller.end_session(quiet=True)
    wait_jobs_done(qtbot)
    assert only_the_fresh_session(roles), roles.memory.inventory()
    assert personal(kr) == []


def test_a_queued_draft_on_a_slow_disk_is_not_written_into_the_new_session(qtbot, make_window, kr, monkeypatch):
    from assistant.ui.portal.common import draft_writer

    window = make_window(conf=LIBRARY)
    roles, controller = attached(window)
    open_booking(qtbot, window)
    real_fsync = os.fsync

    def slow_fsync(fd):
        time.sleep(0.3)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", slow_fsync)
    from assistant.portal import drafts

    # the report flow saves after every step (a report draft: the booking page open now never touches it)
    draft_writer.save(
        drafts.ReportDraft(
            service_code="pothole",
            address="Hauptstraße 12",
            description="Loch vor Haus 12",
            email="erika@example.org",
            step="real:where",
        )
    )
    draft_writer.save(
        drafts.ReportDraft(
            service_code="pothole",
            address="Hauptstraße 12",
            description="Loch vor Haus 12",
            email="erika@example.org",
            step="real:check",
        )
    )
    controller.end_session(quiet=True)
    assert draft_writer.flush(5)
    assert only_the_fresh_session(roles), roles.memory.inventory()
    assert drafts.load_draft(drafts.ReportDraft)[0].description == ""  # the next person's "Problem melden"


@pytest.mark.parametrize("conf", [LIBRARY, COUNTER, ""], ids=["library", "counter", "home"])
def test_clipboard_is_empty_after_a_session_end_or_alles_vergessen(qtbot, make_window, kr, conf):
    window = make_window(conf=conf)
    roles, controller = attached(window)
    QApplication.clipboard().setText("erika@example.org")
    if conf:
        controller.end_session(quiet=True)
    else:
        controller.forget_everything()
    assert QApplication.clipboard().text() == ""
