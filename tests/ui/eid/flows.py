"""Every eID flow, driven the way a person would: buttons and the keyboard on the real pages, the
practice card answering over a real loopback WebSocket. Used by tests/ui/eid and tests/eid/test_secrets.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from assistant.eid.workflow import EidNotice, Ending, Screen

TIMEOUT = 5000


class Sentinels:
    """Numbers that appear nowhere else: any hit in a file or an output is a leak."""

    PIN = "483726"
    CAN = "591827"
    PUK = "7391846205"
    NEW_PIN = "264819"
    TRANSPORT = "58214"
    ALL = (PIN, CAN, PUK, NEW_PIN, TRANSPORT)


def wait_screen(qtbot, page, screen: Screen, timeout: int = TIMEOUT) -> None:
    qtbot.waitUntil(lambda: page.wf.view.screen is screen, timeout=timeout)


def click(qtbot, page, key: str) -> None:
    """Press a button of the page; where it is on a later page of the buttons (large text, small
    window), press "Weitere Möglichkeiten" first, as a person would."""
    qtbot.waitUntil(lambda: key in page.buttons, timeout=TIMEOUT)
    pager = page.pager
    while pager.index > 0:
        pager.go_back()
    while not page.buttons[key].isVisible() and pager.can_go_on():
        qtbot.mouseClick(pager.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.buttons[key].isVisible(), timeout=TIMEOUT)
    qtbot.mouseClick(page.buttons[key], Qt.MouseButton.LeftButton)


def type_digits(qtbot, page, digits: str, *, enter: bool = True) -> None:
    """Type on the keyboard into the number pad (some digits by on-screen buttons, like people do)."""
    qtbot.waitUntil(lambda: page.pad is not None and page.pad.isVisible(), timeout=TIMEOUT)
    pad = page.pad
    for i, d in enumerate(digits):
        if i % 3 == 1:
            qtbot.mouseClick(pad.buttons[d], Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(pad, d)
    if enter:
        qtbot.keyClick(pad, Qt.Key.Key_Return)


def answer_letter(qtbot, page, which: str) -> None:
    """Answer 'Welche PIN haben Sie?': which = "transport" | "own" | "unknown"."""
    wait_screen(qtbot, page, Screen.LETTER)
    click(qtbot, page, f"letter-{which}")


def start_practice(qtbot, page, choice: str) -> None:
    """Choose practice mode on the screen and what to practise."""
    click(qtbot, page, "practice")
    click(qtbot, page, f"practice-{choice}")


def new_pin_twice(qtbot, page, pin: str = Sentinels.NEW_PIN) -> None:
    wait_screen(qtbot, page, Screen.NEW_PIN)
    type_digits(qtbot, page, pin)
    wait_screen(qtbot, page, Screen.NEW_PIN_REPEAT)
    type_digits(qtbot, page, pin)


def finish(qtbot, page) -> str:
    """Press 'Weiter' on the ending; returns the outcome the page reports to the guide."""
    wait_screen(qtbot, page, Screen.END)
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as sig:
        click(qtbot, page, "next")
    return sig.args[0]


# --- the flows (the practice card stands in for AusweisApp unless practice mode is chosen) --------


def happy_transport(qtbot, make_page, app, practice) -> str:
    app("transport-pin")
    page = make_page()
    answer_letter(qtbot, page, "transport")
    wait_screen(qtbot, page, Screen.PIN)
    assert page.wf.view.digits == 5
    type_digits(qtbot, page, Sentinels.TRANSPORT)
    new_pin_twice(qtbot, page)
    return finish(qtbot, page)


def happy_own(qtbot, make_page, app, practice) -> str:
    app("tries-3")
    page = make_page(step_id="change-known")  # the guide already knows: own PIN, not asked again
    wait_screen(qtbot, page, Screen.PIN)
    assert page.wf.view.digits == 6 and (Screen.LETTER, None) not in page.history
    type_digits(qtbot, page, Sentinels.PIN)
    new_pin_twice(qtbot, page)
    return finish(qtbot, page)


def wrong_pin_then_office(qtbot, make_page, app, practice) -> str:
    app("tries-3")
    page = make_page()
    answer_letter(qtbot, page, "own")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, "000000")
    qtbot.waitUntil(lambda: page.wf.view.notice is EidNotice.PIN_WRONG, timeout=TIMEOUT)
    assert page.wf.view.tries_left == 2 and "office" in page.buttons
    assert page.notice_label.text() == "Die PIN war nicht richtig. Sie haben noch 2 Versuche."
    click(qtbot, page, "office")
    return finish(qtbot, page)


def last_try_confirmed(qtbot, make_page, app, practice) -> str:
    app("tries-1")
    page = make_page(step_id="change-known")
    wait_screen(qtbot, page, Screen.CAN)
    type_digits(qtbot, page, "000000")  # a wrong CAN costs nothing
    qtbot.waitUntil(lambda: page.wf.view.notice is EidNotice.CAN_WRONG, timeout=TIMEOUT)
    type_digits(qtbot, page, Sentinels.CAN)
    wait_screen(qtbot, page, Screen.LAST_TRY_STOP)
    assert page.pad is None  # nothing can be typed at the stop
    click(qtbot, page, "sure")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN)
    new_pin_twice(qtbot, page)
    return finish(qtbot, page)


def last_try_office(qtbot, make_page, app, practice) -> str:
    app("tries-1")
    page = make_page(step_id="change-known")
    wait_screen(qtbot, page, Screen.CAN)
    type_digits(qtbot, page, Sentinels.CAN)
    wait_screen(qtbot, page, Screen.LAST_TRY_STOP)
    assert page.focusWidget() is page.buttons["office"]  # the safe way is first, focused: one press away
    click(qtbot, page, "office")
    return finish(qtbot, page)


def blocked_puk(qtbot, make_page, app, practice) -> str:
    app("blocked")
    page = make_page(step_id="change-known")
    wait_screen(qtbot, page, Screen.PUK)
    type_digits(qtbot, page, "1111111111")
    qtbot.waitUntil(lambda: page.wf.view.notice is EidNotice.PUK_WRONG, timeout=TIMEOUT)
    type_digits(qtbot, page, Sentinels.PUK)
    wait_screen(qtbot, page, Screen.PIN)
    assert page.wf.view.notice is EidNotice.PUK_OK and page.wf.view.tries_left == 3
    type_digits(qtbot, page, Sentinels.PIN)
    new_pin_twice(qtbot, page)
    return finish(qtbot, page)


def deactivated(qtbot, make_page, app, practice) -> str:
    app("deactivated")
    page = make_page()
    qtbot.waitUntil(lambda: page.wf.view.ending is Ending.DEACTIVATED, timeout=TIMEOUT)  # not even asked
    return finish(qtbot, page)


def inoperative(qtbot, make_page, app, practice) -> str:
    app("puk-used-up")
    page = make_page(step_id="change-known")
    wait_screen(qtbot, page, Screen.PUK)
    type_digits(qtbot, page, Sentinels.PUK)
    qtbot.waitUntil(lambda: page.wf.view.ending is Ending.INOPERATIVE, timeout=TIMEOUT)
    return finish(qtbot, page)


def keypad(qtbot, make_page, app, practice) -> str:
    """A reader with its own keys: the person types there; Lotse sends no values, shows no pad."""
    app("keypad")
    page = make_page(step_id="change-known")
    wait_screen(qtbot, page, Screen.END)
    from assistant.eid.workflow import Entry

    assert (Screen.KEYPAD, Entry.PIN) in page.history and (Screen.KEYPAD, Entry.NEW_PIN) in page.history
    assert not any(screen in (Screen.PIN, Screen.NEW_PIN) for screen, _ in page.history)
    assert page.wf.view.ending is Ending.CHANGED
    return finish(qtbot, page)


def card_removed(qtbot, make_page, app, practice) -> str:
    card = app("tries-3")
    page = make_page(step_id="change-known")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN[:3], enter=False)
    card.remove_card()
    wait_screen(qtbot, page, Screen.CARD_REMOVED)
    assert page.title.text() == "Bitte legen Sie den Ausweis wieder auf"
    card.insert_card()
    wait_screen(qtbot, page, Screen.PIN)
    assert page.wf.view.notice is EidNotice.CARD_BACK
    assert page.pad.typed() == 3  # nothing typed was lost
    type_digits(qtbot, page, Sentinels.PIN[3:])
    new_pin_twice(qtbot, page)
    return finish(qtbot, page)


def ausweisapp_closed_midway(qtbot, make_page, app, practice) -> str:
    import threading

    from assistant.eid.workflow import Strip

    card = app("tries-3")
    page = make_page(step_id="change-known")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN[:2], enter=False)
    stopper = threading.Thread(target=card.stop)  # closed from outside, like a real AusweisApp
    stopper.start()
    wait_screen(qtbot, page, Screen.APP_GONE)
    qtbot.waitUntil(lambda: page.strip.status.kind is Strip.APP_MISSING, timeout=TIMEOUT)
    assert page.title.text() == "Die AusweisApp ist nicht mehr da"
    stopper.join(5)
    click(qtbot, page, "cancel")
    return finish(qtbot, page)


def typo_never_sent(qtbot, make_page, app, practice) -> str:
    card = app("tries-3")
    page = make_page(step_id="change-known")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN[:5])
    qtbot.waitUntil(lambda: page.wf.view.notice is EidNotice.WRONG_LENGTH, timeout=TIMEOUT)
    assert page.notice_label.text().startswith("Die PIN hat 6 Ziffern. Sie haben 5 eingegeben.")
    assert card.card_state()["retryCounter"] == 3  # the typo cost nothing
    type_digits(qtbot, page, Sentinels.PIN)
    new_pin_twice(qtbot, page)
    return finish(qtbot, page)


def read_card(qtbot, make_page, app, practice) -> str:
    app("tries-2")
    page = make_page("read")
    qtbot.waitUntil(lambda: page.chk.result is not None, timeout=TIMEOUT)
    assert "practice" not in page.buttons and not page.banner.isVisible()
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as sig:
        click(qtbot, page, "next")
    return sig.args[0]


def practice_mode(qtbot, make_page, app, practice) -> str:
    """No AusweisApp here: the person practises on the screen. The practice 'success' is never
    reported as their PIN being changed."""
    practice()
    page = make_page(step_id="change-known")
    start_practice(qtbot, page, "tries-1")
    assert page.banner.isVisible()
    assert page.banner.title.text() == "Übungsmodus – Ihr echter Ausweis wird nicht benutzt"
    wait_screen(qtbot, page, Screen.CAN)
    type_digits(qtbot, page, Sentinels.CAN)
    wait_screen(qtbot, page, Screen.LAST_TRY_STOP)
    click(qtbot, page, "sure")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN)
    new_pin_twice(qtbot, page)
    wait_screen(qtbot, page, Screen.END)
    assert page.wf.view.ending is Ending.CHANGED
    assert any("Das war nur eine Übung" in t for t in page._texts)
    texts = " ".join(page._texts)  # practice never says the real PIN changed (issue 10)
    assert "Ihre neue PIN gilt" not in texts and "gilt nicht mehr" not in texts
    assert "An Ihrem echten Ausweis hat sich nichts geändert" in texts
    return finish(qtbot, page)


FLOWS: dict[str, tuple[Callable, str]] = {
    "happy_transport": (happy_transport, "changed"),
    "happy_own": (happy_own, "changed"),
    "wrong_pin_then_office": (wrong_pin_then_office, "office"),
    "last_try_confirmed": (last_try_confirmed, "changed"),
    "last_try_office": (last_try_office, "office"),
    "blocked_puk": (blocked_puk, "changed"),
    "deactivated": (deactivated, "deactivated"),
    "inoperative": (inoperative, "inoperative"),
    "keypad": (keypad, "changed"),
    "card_removed": (card_removed, "changed"),
    "ausweisapp_closed_midway": (ausweisapp_closed_midway, "not-changed"),
    "typo_never_sent": (typo_never_sent, "changed"),
    "read_card": (read_card, "tries-2"),
    "practice_mode": (practice_mode, "not-changed"),
}
