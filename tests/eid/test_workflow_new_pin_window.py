"""Issue 11 §1: once the new PIN may have reached the card, the only endings are CHANGED and UNCERTAIN.

Every interleaving of the person's "Abbrechen", the connection going and AusweisApp's answer around
the new-PIN message is generated and run through ``ChangePin`` — for a reader without keypad (the new
PIN is sent by Lotse, ``SET_NEW_PIN`` with a value) and a keypad reader (the person types it on the
reader after ``SET_NEW_PIN`` without a value). Plain pytest, no Qt.
"""

from __future__ import annotations

import itertools

import pytest

from assistant.eid.workflow import ChangePin, Ending, Letter, Screen
from tests.eid.test_workflow import card, enter, reader_msg, started, wire

NEW_PIN = "264819"


def at_new_pin(keypad: bool) -> ChangePin:
    """A run just before the new-PIN message: the repeat is on screen (no keypad), or AusweisApp is
    about to ask the keypad reader for the new PIN."""
    wf = started(Letter.OWN)
    wf.receive(reader_msg(card(3), keypad=keypad))
    cmds = wire(wf.receive(enter("ENTER_PIN", 3, keypad=keypad)))
    if keypad:
        assert cmds == [{"cmd": "SET_PIN"}]
    else:
        assert wire(wf.submit("483726")) == [{"cmd": "SET_PIN", "value": "483726"}]
        wf.receive(enter("ENTER_NEW_PIN", 3))
        assert wf.submit(NEW_PIN) == []
        assert wf.view.screen is Screen.NEW_PIN_REPEAT
    return wf


def new_pin_message(wf: ChangePin, keypad: bool) -> list[dict]:
    if keypad:
        return wire(wf.receive(enter("ENTER_NEW_PIN", 3, keypad=True)))
    return wire(wf.submit(NEW_PIN))


def apply(wf: ChangePin, event: str, keypad: bool) -> list[dict]:
    if event == "new-pin":
        return new_pin_message(wf, keypad)
    if event == "cancel":
        return wire(wf.cancel())
    if event == "disconnect":
        return wire(wf.disconnected("closed"))
    if event == "answer-true":
        return wire(wf.receive({"msg": "CHANGE_PIN", "success": True}))
    if event == "answer-false":
        return wire(wf.receive({"msg": "CHANGE_PIN", "success": False}))
    raise AssertionError(event)


def interleavings() -> list[tuple[str, ...]]:
    out = []
    for answer in ("answer-true", "answer-false"):
        for size in range(4):
            for subset in itertools.combinations(("cancel", "disconnect", answer), size):
                for order in itertools.permutations(("new-pin", *subset)):
                    if order not in out:
                        out.append(order)
    return out


ALL = interleavings()


def test_the_interleavings_are_all_there():
    # {} 1 + {C} 2 + {D} 2 + {A}×2 4 + {C,D} 6 + {C,A}×2 12 + {D,A}×2 12 + {C,D,A}×2 48
    assert len(ALL) == 87
    assert ("cancel", "new-pin") in ALL and ("new-pin", "cancel", "answer-true", "disconnect") in ALL


def expected(order: tuple[str, ...]) -> str:
    """What the machine must end with (or 'open' while nothing decided, 'waiting' after cancel)."""
    n = order.index("new-pin")
    before = order[:n]
    after = order[n + 1 :]
    first = before[0] if before else None  # the first event before the new PIN decides alone
    if first == "cancel":
        return Ending.CANCELLED.value  # nothing was sent: honest "nothing changed"
    if first == "disconnect":  # the run died before the new PIN; the new-PIN message cannot happen
        return Ending.CANCELLED.value if "cancel" in order else "app-gone"
    if first is not None:
        return "not-changed"  # a success before any new PIN is AusweisApp's false success
    # the window is open from here on
    if "answer-true" in after:
        return Ending.CHANGED.value
    if "disconnect" in after or "answer-false" in after:
        return Ending.UNCERTAIN.value
    if "cancel" in after:
        return "waiting"
    return "open"


@pytest.mark.parametrize("keypad", [False, True], ids=["pc-pad", "keypad-reader"])
@pytest.mark.parametrize("order", ALL, ids=["-".join(o) for o in ALL])
def test_every_interleaving_around_the_new_pin(order, keypad):
    wf = at_new_pin(keypad)
    sent_cancel = False
    for event in order:
        cmds = apply(wf, event, keypad)
        sent_cancel = sent_cancel or {"cmd": "CANCEL"} in cmds
        if event == "new-pin" and wf.new_pin_may_be_on_card:
            assert cmds == ([{"cmd": "SET_NEW_PIN"}] if keypad else [{"cmd": "SET_NEW_PIN", "value": NEW_PIN}])
    want = expected(order)
    v = wf.view
    if want == "open":
        assert not wf.ended and v.screen in (Screen.WORKING, Screen.KEYPAD)
    elif want == "waiting":
        assert v.screen is Screen.WAIT_ANSWER and not wf.ended and sent_cancel
    elif want == "app-gone":
        assert v.screen is Screen.APP_GONE
    elif want == "not-changed":
        assert wf.outcome == "not-changed"
    else:
        assert wf.ended and v.ending.value == want, (order, v)
    # the misreports of issue 11 can never happen
    if wf.ended and "new-pin" in order[: len(order)] and wf.new_pin_may_be_on_card:
        assert wf.outcome in ("changed", "uncertain")
    if wf.outcome == "changed":
        assert order.index("new-pin") < order.index("answer-true")


@pytest.mark.parametrize("keypad", [False, True], ids=["pc-pad", "keypad-reader"])
def test_misreport_1_connection_lost_after_the_new_pin_is_not_sure_and_does_not_restart(keypad):
    wf = at_new_pin(keypad)
    new_pin_message(wf, keypad)
    assert wire(wf.disconnected("closed")) == []
    assert (wf.view.ending, wf.outcome, wf.view.cause) == (Ending.UNCERTAIN, "uncertain", "lost")
    assert wire(wf.connected()) == []  # AusweisApp back: no new change starts by itself
    assert wf.view.ending is Ending.UNCERTAIN


@pytest.mark.parametrize("keypad", [False, True], ids=["pc-pad", "keypad-reader"])
def test_misreport_2_cancel_waits_and_the_success_wins(keypad):
    wf = at_new_pin(keypad)
    new_pin_message(wf, keypad)
    assert wire(wf.cancel()) == [{"cmd": "CANCEL"}]
    assert wf.view.screen is Screen.WAIT_ANSWER and not wf.ended
    assert wire(wf.cancel()) == []  # a second press sends nothing more
    wf.receive(enter("ENTER_NEW_PIN", 3, keypad=keypad))  # nothing else is asked meanwhile
    assert wf.view.screen is Screen.WAIT_ANSWER
    wf.receive({"msg": "CHANGE_PIN", "success": True})
    assert wf.outcome == "changed"


def test_cancel_then_no_answer_the_person_may_stop_waiting():
    wf = at_new_pin(False)
    new_pin_message(wf, False)
    wire(wf.cancel())
    assert wire(wf.stop_waiting()) == []
    assert (wf.outcome, wf.view.cause) == ("uncertain", "stopped")
    wf.receive({"msg": "CHANGE_PIN", "success": True})  # late, but for this run: it wins
    assert wf.outcome == "changed"


def test_misreport_3_uncertain_is_its_own_outcome():
    assert Ending.UNCERTAIN.outcome == "uncertain"
    assert Ending.CANCELLED.outcome == Ending.NOTHING_CHANGED.outcome == "not-changed"


@pytest.mark.parametrize("keypad", [False, True], ids=["pc-pad", "keypad-reader"])
def test_in_the_window_no_other_ending_and_back_waits(keypad):
    wf = at_new_pin(keypad)
    new_pin_message(wf, keypad)
    wf.receive(reader_msg(card(0, deactivated=True), keypad=keypad))
    assert wf.outcome == "uncertain"
    wf = at_new_pin(keypad)
    new_pin_message(wf, keypad)
    handled, cmds = wf.go_back()
    assert handled and wire(cmds) == [{"cmd": "CANCEL"}] and wf.view.screen is Screen.WAIT_ANSWER


def test_new_pin_asked_again_closes_the_window():
    wf = at_new_pin(False)
    new_pin_message(wf, False)
    wf.receive(enter("ENTER_NEW_PIN", 3))  # not taken: AusweisApp asks again
    assert not wf.new_pin_may_be_on_card and wf.view.screen is Screen.NEW_PIN
    assert wire(wf.cancel()) == [{"cmd": "CANCEL"}]
    assert wf.outcome == "not-changed"
