"""The eID pages inside the real window and the real eID guide: the card's answer takes the guide's
branch; Zurück, Vorlesen and the helper view behave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assistant.eid.workflow import Screen
from tests.ui.eid.flows import TIMEOUT, Sentinels, click, start_practice, type_digits, wait_screen


def window_at(make_window, step_id: str):
    from assistant.ui.tour import run_at

    w = make_window(capabilities=["assistant.ui.eid"])
    guide = w.ctx.library.get("eid-pin", "de")
    w.run = run_at(guide, step_id)
    w.show_current()
    return w


def test_card_check_takes_the_guides_branch(qtbot, make_window, app):
    from assistant.ui.eid.pages import ReadCardPage

    app("tries-1")
    w = window_at(make_window, "check-card")
    page = w.page
    assert isinstance(page, ReadCardPage)
    qtbot.waitUntil(lambda: page.chk.result == "tries-1", timeout=TIMEOUT)
    click(qtbot, page, "next")
    qtbot.waitUntil(lambda: w.run.current_id == "tries-1", timeout=TIMEOUT)
    assert w.run.facts.get("eid_read_card") == "tries-1"


def test_back_inside_the_pin_change_and_helper_view(qtbot, make_window, practice):
    from assistant.ui.eid.pages import ChangePinPage

    practice()
    w = window_at(make_window, "change-last")  # the guide said which PIN (pin_kind): not asked again
    page = w.page
    assert isinstance(page, ChangePinPage)
    assert w.run.facts.get("pin_kind") in ("own", "transport")
    assert page.wf.view.screen is not Screen.LETTER and page.wf.letter is not None and not page.is_secret_entry()
    start_practice(qtbot, page, "tries-3")
    wait_screen(qtbot, page, Screen.PIN)
    assert page.is_secret_entry()  # the helper view asks helpers to look away
    type_digits(qtbot, page, Sentinels.PIN[:4], enter=False)
    text = page.read_aloud_text()
    assert "PIN" in text and not any(s in text for s in Sentinels.ALL)
    w.go_back()  # Zurück: to the question which PIN (AusweisApp keeps waiting)
    assert page.wf.view.screen is Screen.LETTER and w.page is page
    click(qtbot, page, "letter-own")
    wait_screen(qtbot, page, Screen.PIN)
    w.go_back()
    w.go_back()  # leaves the page: back to the step before, the workflow cancelled
    qtbot.waitUntil(lambda: w.page is not page, timeout=TIMEOUT)
    assert w.run.current_id != "change-last"


def test_keyboard_only(qtbot, make_window, practice):
    """Every control of the pad is in the Tab order; digits, Backspace and Enter work wherever the
    focus is inside the pad; Enter presses the focused key."""
    practice()
    w = window_at(make_window, "change-known")
    page = w.page
    start_practice(qtbot, page, "tries-3")
    wait_screen(qtbot, page, Screen.PIN)
    pad = page.pad
    chain, widget = [], pad
    for _ in range(200):
        widget = widget.nextInFocusChain()
        chain.append(widget)
        if widget is pad:
            break
    for control in [*pad.buttons.values(), pad.delete_button, pad.done_button, pad.reveal, *page.buttons.values()]:
        assert control in chain, control.accessibleName()
    qtbot.keyClick(pad.buttons["5"], Sentinels.PIN[0])  # typed while the focus is on a key
    qtbot.keyClick(pad.buttons["5"], Qt.Key.Key_Return)  # Enter presses the focused key: a 5
    assert pad.typed() == 2
    qtbot.keyClick(pad.delete_button, Qt.Key.Key_Return)  # Enter on Löschen deletes
    qtbot.keyClick(pad.reveal, Qt.Key.Key_Backspace)
    assert pad.typed() == 0
    for d in Sentinels.PIN:
        qtbot.keyClick(pad, d)
    qtbot.keyClick(pad.done_button, Qt.Key.Key_Return)  # Enter on Fertig sends
    wait_screen(qtbot, page, Screen.NEW_PIN)


# Screens the person reads and acts on inside a live page (not the short "Einen Moment bitte" while
# AusweisApp answers, nor "Legen Sie den Ausweis auf", which a card already on the reader skips).
ACTING = {
    Screen.LETTER,
    Screen.PIN,
    Screen.CAN,
    Screen.LAST_TRY_STOP,
    Screen.PUK,
    Screen.NEW_PIN,
    Screen.NEW_PIN_ADVICE,
    Screen.NEW_PIN_REPEAT,
    Screen.KEYPAD,
    Screen.WAIT_ANSWER,
    Screen.END,
}


def _walk_named_path(qtbot, w, guide, path_name, drive_change):
    from PySide6.QtCore import Qt as _Qt

    path = next(p for p in guide.paths if p.name == path_name)
    w.open_guide("eid-pin")
    seen = 0
    for sid, nxt in zip(path.steps, (*path.steps[1:], None), strict=True):
        qtbot.waitUntil(lambda sid=sid: w.run.current_id == sid, timeout=TIMEOUT)
        step = guide.steps[sid]
        if step.type == "question":
            seen += 1
            i = next(i for i, a in enumerate(step.answers) if a.next == nxt)
            qtbot.mouseClick(w.page.answer_buttons[i], _Qt.MouseButton.LeftButton)
        elif step.action == "eid.read-card":
            page = w.page
            qtbot.waitUntil(lambda page=page: page.chk.result is not None, timeout=TIMEOUT)
            seen += 1  # the result, with Weiter
            click(qtbot, page, "next")
        elif step.action == "eid.change-pin":
            page = w.page
            drive_change(page)
            wait_screen(qtbot, page, Screen.END)
            acting = [s for s, _e in page.history if s in ACTING]
            seen += len([s for i, s in enumerate(acting) if i == 0 or s is not acting[i - 1]])
            click(qtbot, page, "next")
        else:
            assert step.is_end
            seen += 1
    return seen, path


def _first_pin(qtbot, page):
    from tests.ui.eid.flows import new_pin_twice

    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.TRANSPORT)
    new_pin_twice(qtbot, page)


def _last_try(qtbot, page):
    from tests.ui.eid.flows import new_pin_twice

    wait_screen(qtbot, page, Screen.CAN)
    type_digits(qtbot, page, Sentinels.CAN)
    wait_screen(qtbot, page, Screen.LAST_TRY_STOP)  # the one "Halt" before the last try
    click(qtbot, page, "sure")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN)
    new_pin_twice(qtbot, page)


@pytest.mark.parametrize(
    "scenario,path_name,drive,screens",
    [
        ("transport-pin", "new-card-with-pin-letter", _first_pin, 10),
        ("tries-1", "two-wrong-pins-last-try", _last_try, 12),
    ],
)
def test_the_named_paths_counted_in_the_real_window(qtbot, make_window, app, scenario, path_name, drive, screens):
    """Issue 11 §4: the screen counts declared in the guide (and checked by --check-content) are what
    a person really sees in the window, the live screens of the PIN page included."""
    app(scenario)
    w = make_window(capabilities=["assistant.ui.eid"])
    guide = w.ctx.library.get("eid-pin", "de")
    seen, path = _walk_named_path(qtbot, w, guide, path_name, lambda page: drive(qtbot, page))
    assert seen == guide.screens_on(path.steps) == screens <= path.max
    assert w.run.current_id == "end-ready"
