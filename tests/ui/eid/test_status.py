"""The status strip and the card check in plain words, against real loopback servers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assistant.eid.workflow import Screen, Strip
from tests.ui.eid.flows import TIMEOUT, click, start_practice, wait_screen


def strip_is(qtbot, page, kind: Strip) -> None:
    qtbot.waitUntil(lambda: page.strip.status is not None and page.strip.status.kind is kind, timeout=TIMEOUT)


def test_ausweisapp_missing_says_how_to_get_it_and_offers_retry_and_practice(qtbot, make_page, practice, monkeypatch):
    from assistant.eid.locate import PROGRAM_ENV

    practice()
    monkeypatch.setenv(PROGRAM_ENV, "/nonexistent/AusweisApp")  # not installed on this computer
    page = make_page()
    strip_is(qtbot, page, Strip.APP_MISSING)
    assert "nicht installiert" in page.strip.text.text() and "ausweisapp.bund.de" in page.strip.text.text()
    assert not page.strip.start_button.isVisible()
    assert page.strip.retry_button.isVisible() and page.buttons["practice"].isVisible()
    qtbot.mouseClick(page.strip.retry_button, Qt.MouseButton.LeftButton)  # nothing breaks
    strip_is(qtbot, page, Strip.APP_MISSING)
    assert page.wf.view.screen is Screen.LETTER  # the question is still there; no place lost


def test_reconnects_by_itself_when_ausweisapp_appears(qtbot, make_page, practice, monkeypatch):
    """AusweisApp started after Lotse: the page finds it without a click."""
    from assistant.eid.practice_card import PracticeCard
    from assistant.ui.eid.connection import URL_ENV

    card = PracticeCard("tries-3", scan_delay=0.05)
    url = card.start()
    port = card.port
    card.stop()  # the port is known; 'AusweisApp' is not running yet
    monkeypatch.setenv(URL_ENV, url)
    page = make_page(step_id="change-known")
    page.conn.client.reconnect_interval = 0.2
    strip_is(qtbot, page, Strip.APP_MISSING)
    assert page.wf.view.screen is Screen.WAIT_APP
    # one 'Noch einmal versuchen' and one practice offer on the screen, none twice
    assert not page.strip.retry_button.isVisible() and {"retry", "practice"} <= set(page.buttons)
    later = PracticeCard("tries-3", port=port, scan_delay=0.05)
    try:
        later.start()
        wait_screen(qtbot, page, Screen.PIN)
        strip_is(qtbot, page, Strip.CARD)
    finally:
        page.conn.close()
        later.stop()


def test_busy_with_another_program(qtbot, make_page, practice, monkeypatch):
    from websockets.sync.client import connect

    from assistant.eid.practice_card import PracticeCard
    from assistant.ui.eid.connection import URL_ENV

    card = PracticeCard("tries-3", scan_delay=0.05)
    url = card.start()
    try:
        with connect(url) as other:  # another program holds AusweisApp
            monkeypatch.setenv(URL_ENV, url)
            page = make_page()
            strip_is(qtbot, page, Strip.APP_BUSY)
            assert "anderes Programm" in page.strip.text.text()
            assert card.refused >= 1
            other.close()
        page.conn.client.retry_now()
        qtbot.waitUntil(lambda: page.strip.status.kind in (Strip.NO_READER, Strip.NO_CARD, Strip.CARD), timeout=TIMEOUT)
        page.conn.close()
    finally:
        card.stop()


@pytest.mark.parametrize(
    "scenario,kind,words",
    [
        ("simulator-only", Strip.NO_READER, "Kein Kartenleser gefunden"),
        ("no-card", Strip.NO_CARD, "Bitte legen Sie Ihren Ausweis darauf"),
        ("tries-2", Strip.CARD, "Sie haben noch 2 Versuche"),
        ("deactivated", Strip.CARD, "Online-Funktion ist deaktiviert"),
        ("inoperative", Strip.CARD, "Die PUK ist aufgebraucht"),
    ],
)
def test_strip_on_the_card_check_page(scenario, kind, words, qtbot, make_page, app):
    app(scenario)
    page = make_page("read")
    strip_is(qtbot, page, kind)
    if kind is Strip.CARD:  # the result box says the card's state, the strip does not say it again
        qtbot.waitUntil(lambda: words in " ".join(page._texts), timeout=TIMEOUT)
        assert words not in page.strip.text.text()
    else:
        assert words in page.strip.text.text()
        assert page.strip.retry_button.isVisible() == (kind is Strip.NO_READER)  # never hidden there
    assert not page.banner.isVisible()


@pytest.mark.parametrize("scenario", ["tries-3", "tries-2", "tries-1", "blocked", "inoperative", "deactivated"])
def test_card_check_outcomes(scenario, qtbot, make_page, app):
    card = app(scenario)
    page = make_page("read")
    qtbot.waitUntil(lambda: page.chk.result == scenario, timeout=TIMEOUT)
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as sig:
        click(qtbot, page, "next")
    assert sig.args == [scenario]
    assert card.card_state()["retryCounter"] == {"tries-3": 3, "tries-2": 2, "tries-1": 1}.get(scenario, 0)


def test_card_check_never_uses_the_practice_card(qtbot, make_page, practice):
    """Practice mode belongs to the PIN change; the guide's card check always asks the real AusweisApp."""
    from assistant.ui.eid.connection import PRACTICE

    practice()
    PRACTICE.start(scenario="tries-1")
    page = make_page("read")
    strip_is(qtbot, page, Strip.APP_MISSING)
    assert page.chk.result is None and "practice" not in page.buttons
    fresh = make_page()  # a new PIN-change page starts with the real card too
    assert not PRACTICE.active and not fresh.banner.isVisible()


def test_card_check_without_reader_continues_to_the_guide_text(qtbot, make_page, practice):
    practice()
    page = make_page("read")
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as sig:
        click(qtbot, page, "skip")
    assert sig.args == ["unavailable"]


def test_practice_mode_ends_on_request_and_looks_for_the_real_ausweisapp(qtbot, make_page, practice):
    from assistant.ui.eid.connection import PRACTICE

    practice()
    page = make_page()
    start_practice(qtbot, page, "tries-3")
    wait_screen(qtbot, page, Screen.PIN)
    assert page.banner.isVisible()
    qtbot.mouseClick(page.banner.stop_button, Qt.MouseButton.LeftButton)
    assert not PRACTICE.active and not page.banner.isVisible()
    strip_is(qtbot, page, Strip.APP_MISSING)
    assert page.wf.view.screen is Screen.LETTER  # asked afresh: the practice answer was not theirs


def test_after_practice_straight_to_the_real_card(qtbot, make_page, practice, app, monkeypatch):
    """The practice ending says nothing was changed and offers the real card; the same page then
    talks to AusweisApp (here a practice card standing in for it) and the guide learns the result."""
    from assistant.ui.eid.connection import PRACTICE
    from tests.ui.eid.flows import Sentinels, new_pin_twice, type_digits

    practice()
    page = make_page(step_id="change-known")
    start_practice(qtbot, page, "tries-3")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN)
    new_pin_twice(qtbot, page)
    wait_screen(qtbot, page, Screen.END)
    assert page.notice_label is None and "Das war nur eine Übung" in " ".join(page._texts)
    assert list(page.buttons)[:3] == ["real-card", "practice-again", "next"]
    app("tries-3")  # now AusweisApp runs, with the person's card on the reader
    click(qtbot, page, "real-card")
    assert not PRACTICE.active
    wait_screen(qtbot, page, Screen.PIN)  # the guide said 'own PIN': not asked again
    type_digits(qtbot, page, Sentinels.PIN)
    new_pin_twice(qtbot, page)
    wait_screen(qtbot, page, Screen.END)
    assert "real-card" not in page.buttons
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as sig:
        click(qtbot, page, "next")
    assert sig.args == ["changed"]


def test_register_adds_both_actions_and_no_tile():
    from assistant.ui.capabilities import Registry
    from assistant.ui.eid import register

    r = Registry()
    register(r)
    assert set(r.actions) == {"eid.read-card", "eid.change-pin"} and r.tiles == []
