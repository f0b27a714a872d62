"""Issue 11 §2 on the real pages, against the practice card over loopback (the real AusweisApp: see
tests/ui/eid/test_real_ausweisapp.py): the start-up race, "not installed" vs "not running" and the
"AusweisApp starten" button, a too-old AusweisApp, the waiting screen after Cancel, the strip on endings."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt

from assistant.eid.workflow import Ending, Screen, Strip
from tests.ui.eid.flows import TIMEOUT, Sentinels, click, type_digits, wait_screen
from tests.ui.eid.test_status import strip_is


def test_startup_race_the_reader_list_is_asked_again(qtbot, make_page, app):
    """A connection made just as AusweisApp opened its port never gets a READER message: the page asks
    for the reader list again until it is there (it never stays at 'no reader')."""
    card = app("tries-2", start_race=True, simulator_reader=False)
    page = make_page("read")
    qtbot.waitUntil(lambda: page.chk.result == "tries-2", timeout=TIMEOUT)
    assert card.refused == 0 and page.conn.client.is_connected


def test_no_reader_always_offers_retry(qtbot, make_page, app):
    app("simulator-only")
    page = make_page("read")
    strip_is(qtbot, page, Strip.NO_READER)
    assert page.strip.retry_button.isVisible()
    qtbot.mouseClick(page.strip.retry_button, Qt.MouseButton.LeftButton)  # a new connection: nothing breaks
    strip_is(qtbot, page, Strip.NO_READER)


def fake_program(tmp_path, card_url_file):
    """A program standing in for the installed AusweisApp: started by the button, it starts the
    practice card on the port the page looks at (written by the test into card_url_file)."""
    script = tmp_path / "AusweisApp"
    script.write_text("#!/bin/sh\necho started >> " + str(card_url_file) + "\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_installed_but_not_running_offers_a_large_start_button_that_connects(qtbot, make_page, tmp_path, monkeypatch):
    from assistant.eid.locate import PROGRAM_ENV
    from assistant.eid.practice_card import PracticeCard
    from assistant.ui.eid.connection import URL_ENV

    mark = tmp_path / "started.txt"
    monkeypatch.setenv(PROGRAM_ENV, str(fake_program(tmp_path, mark)))
    card = PracticeCard("tries-3", scan_delay=0.05)
    url = card.start()
    port = card.port
    card.stop()  # AusweisApp "installed", not running
    monkeypatch.setenv(URL_ENV, url)
    page = make_page("read")
    page.conn.client.reconnect_interval = 60  # only the button's own retry may connect in time
    strip_is(qtbot, page, Strip.APP_MISSING)
    assert "installiert, aber sie läuft nicht" in page.strip.text.text()
    button = page.strip.start_button
    assert button.isVisible() and button.accessibleName() == "AusweisApp starten"
    assert button.height() >= 56  # large
    later = PracticeCard("tries-3", port=port, scan_delay=0.05)
    try:
        later.start()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: mark.is_file(), timeout=TIMEOUT)  # the program was really started
        assert "startet" in page.strip.text.text()
        qtbot.waitUntil(lambda: page.chk.result == "tries-3", timeout=TIMEOUT)
        assert not page.strip.start_button.isVisible()
    finally:
        later.stop()
        from assistant.eid import locate

        locate.stop_started()  # the stand-in "AusweisApp" ends with the test (the real one would stay)


def test_a_start_that_fails_says_so(qtbot, make_page, tmp_path, monkeypatch):
    from assistant.eid.locate import PROGRAM_ENV

    broken = tmp_path / "AusweisApp"
    broken.write_text("not a program", encoding="utf-8")  # not executable: the start fails
    monkeypatch.setenv(PROGRAM_ENV, str(broken))
    page = make_page("read")
    strip_is(qtbot, page, Strip.APP_MISSING)
    qtbot.mouseClick(page.strip.start_button, Qt.MouseButton.LeftButton)
    assert "ließ sich nicht starten" in page.strip.text.text()


def test_too_old_ausweisapp_is_named_plainly(qtbot, make_page, app):
    app("tries-3")
    page = make_page("read")
    qtbot.waitUntil(lambda: page.chk.watch.api_levels is not None, timeout=TIMEOUT)
    from assistant.eid import messages as m

    # what an old AusweisApp answers (only API level 1, an old version)
    page.chk.receive(m.parse_object({"msg": "INFO", "VersionInfo": {"Implementation-Version": "1.20.0"}}))
    page.chk.receive(m.parse_object({"msg": "API_LEVEL", "available": [1], "current": 1}))
    page.refresh()
    assert page.chk.status().kind is Strip.APP_TOO_OLD
    assert "zu alt" in page.strip.text.text() and "1.20.0" in page.strip.text.text()
    assert "ausweisapp.bund.de" in page.strip.text.text()


def test_real_answers_at_connect_give_version_and_level(qtbot, make_page, app):
    app("tries-3")
    page = make_page("read")
    qtbot.waitUntil(lambda: page.chk.watch.api_levels is not None and bool(page.chk.watch.version), timeout=TIMEOUT)
    assert 2 in page.chk.watch.api_levels and page.chk.status().kind is not Strip.APP_TOO_OLD


def test_cancel_after_the_new_pin_waits_for_the_answer_and_reports_it(qtbot, make_page, app):
    app("tries-3")
    page = make_page(step_id="change-known")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN)
    wait_screen(qtbot, page, Screen.NEW_PIN)
    type_digits(qtbot, page, Sentinels.NEW_PIN)
    wait_screen(qtbot, page, Screen.NEW_PIN_REPEAT)
    type_digits(qtbot, page, Sentinels.NEW_PIN)
    if page.wf.view.screen is Screen.WORKING:  # the answer has not come yet: Abbrechen waits for it
        click(qtbot, page, "cancel")
    qtbot.waitUntil(lambda: page.wf.ended, timeout=TIMEOUT)
    assert page.wf.view.ending is Ending.CHANGED  # AusweisApp said so for this run: that wins
    assert not page.strip.isVisible()  # no "put your card on the reader" on an ending
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as sig:
        click(qtbot, page, "next")
    assert sig.args == ["changed"]


def test_wait_screen_has_a_way_out(qtbot, make_page, app):
    from assistant.eid.workflow import ChangePin

    app("tries-3")
    page = make_page(step_id="change-known")
    wait_screen(qtbot, page, Screen.PIN)
    wf: ChangePin = page.wf
    wf._sent_new_pin = True  # as after SET_NEW_PIN; AusweisApp has not answered
    page.act(wf.cancel)
    assert page.wf.view.screen is Screen.WAIT_ANSWER
    texts = " ".join(page._texts)
    assert "Wir warten auf die AusweisApp" in texts and "Abbrechen" in texts
    click(qtbot, page, "stop-waiting")
    assert page.wf.view.ending is Ending.UNCERTAIN
    assert "Wir wissen nicht sicher" in " ".join(page._texts)
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as sig:
        click(qtbot, page, "next")
    assert sig.args == ["uncertain"]
