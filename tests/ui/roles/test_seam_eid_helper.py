"""eID × roles: in a library session the helper view follows the real PIN change page.

The practice card stands in for AusweisApp over a real loopback WebSocket. While the person types a
PIN, CAN or PUK — on the screen or on a reader with its own keypad — the volunteer's view shows only
"Bitte schauen Sie weg." (with a keypad reader: that the person types on the reader), and no digit."""

from __future__ import annotations

import pytest

from tests.ui.eid.flows import Sentinels, click, finish, type_digits, wait_screen
from tests.ui.support import attached

LIBRARY = "[lotse]\nrole = library\n[library]\nhelper_view = yes\n"
KEYPAD_LINE = "Die Person tippt die PIN am Lesegerät ein."


def _watch_every_screen(monkeypatch, page, controller, seen: list) -> None:
    """After every screen the page draws, note what the helper view shows (the real view, updated
    by the real controller) — also for screens that last only a moment, like the keypad ones."""
    real_refresh = page.refresh
    view = controller.dock.view

    def refresh_and_look() -> None:
        real_refresh()
        controller.update_helper()
        seen.append(
            (
                page.wf.view.screen,
                page.wf.view.entry,
                page.is_secret_entry(),
                page.secret_on_keypad(),
                tuple(view.texts()),
            )
        )

    monkeypatch.setattr(page, "refresh", refresh_and_look)


def _start(monkeypatch, make_window, walk, card):
    from assistant.ui.eid.connection import URL_ENV

    monkeypatch.setenv(URL_ENV, card.start())
    window = make_window(conf=LIBRARY)
    roles, controller = attached(window)
    window.open_guide("eid-pin")
    walk(window.run, "change-known")
    window.show_current()
    page = window.page
    assert type(page).__name__ == "ChangePinPage"
    return window, controller, page


def test_keypad_reader_tells_the_helper_to_let_the_person_type(qtbot, make_window, walk, monkeypatch):
    from assistant.eid.practice_card import PracticeCard
    from assistant.eid.workflow import Entry, Screen

    card = PracticeCard("keypad", pin=Sentinels.PIN, can=Sentinels.CAN, puk=Sentinels.PUK, scan_delay=0.05)
    try:
        window, controller, page = _start(monkeypatch, make_window, walk, card)
        seen: list = []
        _watch_every_screen(monkeypatch, page, controller, seen)
        wait_screen(qtbot, page, Screen.END)
        on_keypad = [s for s in seen if s[0] is Screen.KEYPAD]
        assert {s[1] for s in on_keypad} == {Entry.PIN, Entry.NEW_PIN}
        for _screen, _entry, secret, keypad, texts in on_keypad:
            assert secret and keypad
            assert "Bitte schauen Sie weg." in texts
            assert any(KEYPAD_LINE in t for t in texts), texts
            assert not any(ch.isdigit() for t in texts for ch in t)
        # not on the keypad screens: never the keypad line, and the view comes back afterwards
        assert all(not s[3] for s in seen if s[0] is not Screen.KEYPAD)
        assert finish(qtbot, page) == "changed"
        controller.update_helper()
        assert not controller.dock.view.secret
        assert not any(KEYPAD_LINE in t for t in controller.dock.view.texts())
    finally:
        card.stop()


@pytest.mark.parametrize(
    "scenario,screen_name,value",
    [
        ("tries-1", "CAN", Sentinels.CAN),
        ("blocked", "PUK", Sentinels.PUK),
    ],
)
def test_can_and_puk_entry_on_screen_ask_the_helper_to_look_away(
    qtbot, make_window, walk, monkeypatch, scenario, screen_name, value
):
    from assistant.eid.practice_card import PracticeCard
    from assistant.eid.workflow import Screen

    screen = Screen[screen_name]
    card = PracticeCard(scenario, pin=Sentinels.PIN, can=Sentinels.CAN, puk=Sentinels.PUK, scan_delay=0.05)
    try:
        window, controller, page = _start(monkeypatch, make_window, walk, card)
        seen: list = []
        _watch_every_screen(monkeypatch, page, controller, seen)
        wait_screen(qtbot, page, screen)
        type_digits(qtbot, page, value[:3], enter=False)  # half typed: the volunteer still looks away
        controller.update_helper()
        texts = controller.dock.view.texts()
        assert page.is_secret_entry() and not page.secret_on_keypad()
        assert "Bitte schauen Sie weg." in texts and not any(KEYPAD_LINE in t for t in texts)
        assert not any(ch.isdigit() for t in texts for ch in t)
        click(qtbot, page, "cancel")
        wait_screen(qtbot, page, Screen.END)
        controller.update_helper()
        assert not controller.dock.view.secret
        shown = " ".join(" ".join(s[4]) for s in seen) + " ".join(controller.dock.view.texts())
        for sentinel in Sentinels.ALL:
            assert sentinel[:3] not in shown
    finally:
        card.stop()
