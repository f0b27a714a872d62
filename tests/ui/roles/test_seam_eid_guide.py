"""The eID action pages inside the guide, in the real window at home, over real loopback WebSockets:

* ``eid.read-card`` (the practice card stands in for AusweisApp; the page itself offers no practice)
  continues at the guide step of the card's answer; "Zurück" leads to the step before; "Start" keeps
  the place, which the next program start offers to continue;
* ``eid.change-pin`` practised on the screen (no AusweisApp) continues at the "not changed" step — a
  practice success never counts; "Zurück" and "Start" from inside the page keep the place and end
  the practice card with the page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ports import free_port
from tests.ui.eid.flows import click, finish, new_pin_twice, type_digits, wait_screen
from tests.ui.support import attached


def _at_action(window, walk, step_id: str):
    window.open_guide("eid-pin")
    walk(window.run, step_id)
    window.show_current()
    assert window.screen_id == f"action:eid-pin/{step_id}"
    return window.page, window.run.path[-1].step


def _saved_place(window) -> str:
    from assistant.core import store
    from assistant.ui.main_window import resume_path

    window.wait_for_saving()
    return store.read_json(resume_path())["current"]


def test_read_card_in_the_guide(qtbot, make_window, walk, monkeypatch):
    from assistant.eid.practice_card import PracticeCard
    from assistant.ui.eid.connection import URL_ENV

    card = PracticeCard("tries-2", scan_delay=0.05)
    monkeypatch.setenv(URL_ENV, card.start())
    try:
        window = make_window(conf="")
        roles, controller = attached(window)
        outcomes = window.ctx.library.get("eid-pin", "de").steps["check-card"].outcomes
        # Back from inside the page: the step before, the way there unchanged
        page, before = _at_action(window, walk, "check-card")
        path = [v.step for v in window.run.path]
        qtbot.mouseClick(window.bar.back, Qt.MouseButton.LeftButton)
        assert window.screen_id == f"eid-pin/{before}" and [v.step for v in window.run.path] == path[:-1]
        # the card's answer takes the guide to its step
        page, _ = _at_action(window, walk, "check-card")
        assert "practice" not in page.buttons and not page.banner.isVisible()  # no practice card here
        qtbot.waitUntil(lambda: page.chk.result is not None, timeout=8000)
        click(qtbot, page, "next")
        assert window.screen_id == f"eid-pin/{outcomes['tries-2']}"
        assert [v.step for v in window.run.path][-1] == "check-card"
        # Start from inside the page: home, and the place is kept for the next start
        page, _ = _at_action(window, walk, "check-card")
        qtbot.mouseClick(window.bar.start, Qt.MouseButton.LeftButton)
        assert window.screen_id == "home"
        assert _saved_place(window) == "check-card"
        window.close()
        roles.close()
        again = make_window(conf="")  # the program starts again
        roles2, _c = attached(again)
        assert again.screen_id == "resume"
        qtbot.mouseClick(again.page.yes, Qt.MouseButton.LeftButton)
        assert again.screen_id == "action:eid-pin/check-card"
    finally:
        card.stop()


def test_change_pin_practised_in_the_guide(qtbot, make_window, walk, monkeypatch):
    from assistant.eid.workflow import Screen
    from assistant.ui.eid.connection import PRACTICE, URL_ENV

    monkeypatch.setenv(URL_ENV, f"ws://127.0.0.1:{free_port()}/eID-Kernel")  # no AusweisApp on this computer
    window = make_window(conf="")
    roles, controller = attached(window)
    outcomes = window.ctx.library.get("eid-pin", "de").steps["change-known"].outcomes

    def practise(page) -> None:
        wait_screen(qtbot, page, Screen.WAIT_APP)
        click(qtbot, page, "practice")
        click(qtbot, page, "practice-tries-3")
        qtbot.waitUntil(lambda: page.banner.isVisible() and PRACTICE.active, timeout=5000)
        wait_screen(qtbot, page, Screen.PIN)

    try:
        # a whole practice run: the guide goes on at "not changed" (a practice success never counts)
        page, before = _at_action(window, walk, "change-known")
        practise(page)
        type_digits(qtbot, page, PRACTICE.values()[1])
        new_pin_twice(qtbot, page, "264819")
        assert finish(qtbot, page) == "not-changed"
        assert window.screen_id == f"eid-pin/{outcomes['not-changed']}"
        assert not PRACTICE.active

        # "Zurück" from inside the page, while practising: first inside the page, then the step before
        page, before = _at_action(window, walk, "change-known")
        path = [v.step for v in window.run.path]
        practise(page)
        for _ in range(6):
            if not window.screen_id.startswith("action:"):
                break
            qtbot.mouseClick(window.bar.back, Qt.MouseButton.LeftButton)
        assert window.screen_id == f"eid-pin/{before}" and [v.step for v in window.run.path] == path[:-1]
        assert not PRACTICE.active

        # "Start" from inside the page: the practice card ends with the page, the place is kept
        page, _ = _at_action(window, walk, "change-known")
        practise(page)
        qtbot.mouseClick(window.bar.start, Qt.MouseButton.LeftButton)
        assert window.screen_id == "home"
        qtbot.waitUntil(lambda: not PRACTICE.active, timeout=3000)
        assert _saved_place(window) == "change-known"
    finally:
        PRACTICE.stop()
