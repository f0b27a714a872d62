"""The PIN-change state machine and the read-only card check, branch by branch (plain pytest).

Messages are the shapes AusweisApp2 1.26.2 really sends (../shared/ausweisapp/transcripts/).
"""

from __future__ import annotations

import json

import pytest

from assistant.eid.messages import Command, Secret, set_pin
from assistant.eid.workflow import (
    CardCheck,
    ChangePin,
    EidNotice,
    Ending,
    Entry,
    Letter,
    Screen,
    Strip,
    Weak,
    weak_pin,
    wipe,
)
from tests.shared_data import shared_path

READER = "Virtual PCD 00 00"


def card(counter=3, deactivated=False, inoperative=False):
    return {"deactivated": deactivated, "inoperative": inoperative, "retryCounter": counter}


def reader_msg(c=None, keypad=False, name=READER):
    return {"msg": "READER", "name": name, "attached": True, "insertable": False, "keypad": keypad, "card": c}


def enter(kind, counter=3, keypad=False, error=None, **cardkw):
    m = {
        "msg": kind,
        "reader": {
            "name": READER,
            "attached": True,
            "insertable": False,
            "keypad": keypad,
            "card": card(counter, **cardkw),
        },
    }
    if error:
        m["error"] = error
    return m


SIMULATOR_READERS = [
    {"msg": "READER", "name": "Simulator", "attached": True, "insertable": False, "keypad": True, "card": None},
    {"msg": "READER", "name": "Simulator", "attached": True, "insertable": True, "keypad": True, "card": None},
]


def wire(cmds: list[Command]) -> list[dict]:
    out = [c.to_dict() for c in cmds]
    for c in cmds:
        wipe(c)
    return out


def started(letter=Letter.OWN) -> ChangePin:
    wf = ChangePin(connected=True)
    for m in SIMULATOR_READERS:
        assert wf.receive(m) == []
    assert wire(wf.choose_letter(letter)) == [{"cmd": "RUN_CHANGE_PIN"}]
    assert wf.view.screen is Screen.WORKING
    assert wf.receive({"msg": "CHANGE_PIN"}) == []
    return wf


def to_new_pin(wf: ChangePin, counter=3):
    wf.receive(enter("ENTER_PIN", counter))
    digits = wf.view.digits
    assert wire(wf.submit("1" * (digits - 1) + "2")) == [{"cmd": "SET_PIN", "value": "1" * (digits - 1) + "2"}]
    wf.receive(enter("ENTER_NEW_PIN", 3))
    assert wf.view.screen is Screen.NEW_PIN


def finish_new_pin(wf: ChangePin, pin="264819"):
    assert wf.submit(pin) == []
    assert wf.view.screen is Screen.NEW_PIN_REPEAT
    assert wire(wf.submit(pin)) == [{"cmd": "SET_NEW_PIN", "value": pin}]
    assert wf.view.screen is Screen.WORKING


# --- happy paths ----------------------------------------------------------------------------


def test_own_pin_happy_path():
    wf = started(Letter.OWN)
    wf.receive({"msg": "INSERT_CARD"})
    assert wf.view.screen is Screen.INSERT_CARD
    wf.receive(reader_msg(card(3)))
    assert wf.view.screen is Screen.WORKING
    wf.receive(enter("ENTER_PIN", 3))
    v = wf.view
    assert (v.screen, v.entry, v.digits, v.tries_left, v.notice) == (Screen.PIN, Entry.PIN, 6, 3, None)
    assert v.is_secret_entry
    to_new_pin_after_pin = wire(wf.submit("483726"))
    assert to_new_pin_after_pin == [{"cmd": "SET_PIN", "value": "483726"}]
    wf.receive(enter("ENTER_NEW_PIN"))
    finish_new_pin(wf)
    wf.receive({"msg": "CHANGE_PIN", "success": True})
    assert wf.view.ending is Ending.CHANGED and wf.outcome == "changed"


def test_transport_pin_asks_for_5_digits_and_succeeds():
    wf = started(Letter.TRANSPORT)
    wf.receive(enter("ENTER_PIN"))
    assert wf.view.digits == 5
    assert wire(wf.submit("12345")) == [{"cmd": "SET_PIN", "value": "12345"}]
    wf.receive(enter("ENTER_NEW_PIN"))
    finish_new_pin(wf, "135790")
    wf.receive(reader_msg(card(3)))
    wf.receive({"msg": "CHANGE_PIN", "success": True})
    assert wf.outcome == "changed"


# --- format checked before sending ------------------------------------------------------------


@pytest.mark.parametrize("typed", ["12345", "1234567", ""])
def test_wrong_length_is_never_sent(typed):
    wf = started(Letter.OWN)
    wf.receive(enter("ENTER_PIN"))
    assert wf.submit(typed) == []
    assert wf.view.screen is Screen.PIN
    assert wf.view.notice is EidNotice.WRONG_LENGTH and wf.view.notice_args == (6, len(typed))


def test_transport_pin_with_6_digits_is_caught():
    wf = started(Letter.TRANSPORT)
    wf.receive(enter("ENTER_PIN"))
    assert wf.submit("123456") == []
    assert wf.view.notice_args == (5, 6)


def test_non_digits_are_never_sent():
    wf = started(Letter.OWN)
    wf.receive(enter("ENTER_PIN"))
    assert wf.submit("12a456") == []
    assert wf.view.notice is EidNotice.NOT_DIGITS


def test_person_can_correct_the_letter_answer_from_the_pin_screen():
    wf = started(Letter.OWN)
    wf.receive(enter("ENTER_PIN"))
    assert wf.submit("12345") == []  # typed 5: they have the transport PIN after all
    handled, cmds = wf.go_back()
    assert handled and cmds == [] and wf.view.screen is Screen.LETTER
    assert wf.choose_letter(Letter.TRANSPORT) == []  # AusweisApp still waits for the PIN
    assert (wf.view.screen, wf.view.digits) == (Screen.PIN, 5)
    assert wire(wf.submit("12345")) == [{"cmd": "SET_PIN", "value": "12345"}]


# --- wrong tries, CAN, the stop -----------------------------------------------------------------


def test_wrong_pin_says_two_tries_left():
    wf = started()
    wf.receive(enter("ENTER_PIN", 3))
    wire(wf.submit("000000"))
    wf.receive(reader_msg(card(2)))
    wf.receive(enter("ENTER_PIN", 2))
    v = wf.view
    assert (v.screen, v.notice, v.notice_args, v.tries_left) == (Screen.PIN, EidNotice.PIN_WRONG, (2,), 2)
    assert wire(wf.choose_office()) == [{"cmd": "CANCEL"}]
    assert wf.view.ending is Ending.OFFICE and wf.outcome == "office"


def test_office_from_two_left_sends_cancel():
    wf = started()
    wf.receive(enter("ENTER_PIN", 2))
    assert wire(wf.choose_office()) == [{"cmd": "CANCEL"}]
    assert wf.receive({"msg": "CHANGE_PIN", "success": False}) == []
    assert wf.view.ending is Ending.OFFICE


def test_one_left_can_then_full_stop_then_last_try():
    wf = started()
    wf.receive(enter("ENTER_PIN", 2))
    wire(wf.submit("000000"))
    wf.receive(reader_msg(card(1)))
    wf.receive(enter("ENTER_CAN", 1))
    v = wf.view
    assert (v.screen, v.digits, v.notice, v.notice_args) == (Screen.CAN, 6, EidNotice.PIN_WRONG, (1,))
    assert wf.submit("59182") == [] and wf.view.notice_args == (6, 5)
    assert wire(wf.submit("999999")) == [{"cmd": "SET_CAN", "value": "999999"}]
    wf.receive(enter("ENTER_CAN", 1))
    assert (wf.view.screen, wf.view.notice) == (Screen.CAN, EidNotice.CAN_WRONG)
    assert wire(wf.submit("591827")) == [{"cmd": "SET_CAN", "value": "591827"}]
    wf.receive(enter("ENTER_PIN", 1))
    assert wf.view.screen is Screen.LAST_TRY_STOP and wf.view.notice is EidNotice.CAN_OK
    assert wf.submit("483726") == []  # nothing can be sent from the stop
    assert wf.confirm_last_try() == []
    assert (wf.view.screen, wf.view.tries_left) == (Screen.PIN, 1)
    assert wire(wf.submit("483726")) == [{"cmd": "SET_PIN", "value": "483726"}]
    wf.receive(enter("ENTER_NEW_PIN", 3))
    finish_new_pin(wf)
    wf.receive({"msg": "CHANGE_PIN", "success": True})
    assert wf.outcome == "changed"


def test_card_at_one_goes_straight_to_can_and_the_stop_offers_the_office():
    wf = started()
    wf.receive(enter("ENTER_CAN", 1))
    assert wf.view.screen is Screen.CAN and wf.view.notice is None
    wire(wf.submit("591827"))
    wf.receive(enter("ENTER_PIN", 1))
    assert wf.view.screen is Screen.LAST_TRY_STOP
    assert wire(wf.choose_office()) == [{"cmd": "CANCEL"}]
    wf.receive({"msg": "CHANGE_PIN", "success": False})
    assert wf.view.ending is Ending.OFFICE and wf.outcome == "office"


def test_back_on_the_stop_leaves_without_a_try():
    wf = started()
    wf.receive(enter("ENTER_CAN", 1))
    wire(wf.submit("591827"))
    wf.receive(enter("ENTER_PIN", 1))
    handled, _ = wf.go_back()
    assert not handled
    assert wire(wf.leave()) == [{"cmd": "CANCEL"}]


# --- blocked, PUK, inoperative, deactivated ---------------------------------------------------------


def test_third_wrong_pin_blocks_then_puk_then_new_pin():
    wf = started()
    wf.receive(enter("ENTER_CAN", 1))
    wire(wf.submit("591827"))
    wf.receive(enter("ENTER_PIN", 1))
    wf.confirm_last_try()
    wire(wf.submit("000000"))
    wf.receive(reader_msg(card(0)))
    wf.receive(enter("ENTER_PUK", 0))
    v = wf.view
    assert (v.screen, v.digits, v.notice, v.notice_args) == (Screen.PUK, 10, EidNotice.PIN_WRONG, (0,))
    assert wf.submit("739184620") == [] and wf.view.notice_args == (10, 9)
    assert wire(wf.submit("1111111111")) == [{"cmd": "SET_PUK", "value": "1111111111"}]
    wf.receive(enter("ENTER_PUK", 0))
    assert wf.view.notice is EidNotice.PUK_WRONG
    wire(wf.submit("7391846205"))
    wf.receive(reader_msg(card(3)))
    wf.receive(enter("ENTER_PIN", 3))
    assert (wf.view.screen, wf.view.notice, wf.view.tries_left) == (Screen.PIN, EidNotice.PUK_OK, 3)
    wire(wf.submit("483726"))
    wf.receive(enter("ENTER_NEW_PIN", 3))
    finish_new_pin(wf)
    wf.receive({"msg": "CHANGE_PIN", "success": True})
    assert wf.outcome == "changed"


def test_blocked_without_puk_goes_to_office():
    wf = started()
    wf.receive(enter("ENTER_PUK", 0))
    assert wire(wf.choose_office()) == [{"cmd": "CANCEL"}]
    assert wf.view.ending is Ending.NO_PUK and wf.outcome == "office"


def test_puk_used_up_ends_at_the_office():
    wf = started()
    wf.receive(enter("ENTER_PUK", 0))
    wire(wf.submit("7391846205"))
    wf.receive(reader_msg(card(0, inoperative=True)))
    wf.receive({"msg": "CHANGE_PIN", "success": False})
    assert wf.view.ending is Ending.INOPERATIVE and wf.outcome == "inoperative"


def test_deactivated_card_ends_at_the_office_and_cancels():
    wf = started()
    wf.receive({"msg": "INSERT_CARD"})
    cmds = wf.receive(reader_msg(card(0, deactivated=True)))
    assert wire(cmds) == [{"cmd": "CANCEL"}]
    assert wf.view.ending is Ending.DEACTIVATED and wf.outcome == "deactivated"
    assert wf.receive({"msg": "CHANGE_PIN", "success": False}) == []
    assert wf.view.ending is Ending.DEACTIVATED


def test_deactivated_card_seen_before_the_letter_question_skips_it():
    wf = ChangePin(connected=True)
    wf.receive(reader_msg(card(0, deactivated=True)))
    assert wf.view.ending is Ending.DEACTIVATED


def test_card_known_before_the_run_is_used_when_it_starts():
    wf = started()
    wf.receive({"msg": "CHANGE_PIN", "success": True})  # the false success: nothing changed
    assert wf.view.ending is Ending.NOTHING_CHANGED
    wf.receive(reader_msg(card(0, deactivated=True)))  # seen while the ending is shown
    assert wire(wf.start_again()) == [{"cmd": "RUN_CHANGE_PIN"}]
    # AusweisApp will wait silently for such a card: the run ends as soon as it has started
    assert wire(wf.receive({"msg": "CHANGE_PIN"})) == [{"cmd": "CANCEL"}]
    assert wf.view.ending is Ending.DEACTIVATED
    assert wf.receive({"msg": "CHANGE_PIN", "success": False}) == []


def test_card_switched_off_during_the_run_ends_once():
    wf = started()
    assert wire(wf.receive(reader_msg(card(0, deactivated=True)))) == [{"cmd": "CANCEL"}]
    assert wf.receive({"msg": "CHANGE_PIN"}) == []
    assert wf.view.ending is Ending.DEACTIVATED


def test_puk_used_up_known_before_the_run():
    wf = ChangePin(connected=True)
    wf.receive(reader_msg(card(2, inoperative=True)))  # PIN still usable: no reason to stop
    assert wf.view.screen is Screen.LETTER
    wire(wf.choose_letter(Letter.OWN))
    wf.receive({"msg": "CHANGE_PIN"})
    wf.receive({"msg": "CHANGE_PIN", "success": False})
    assert wf.view.ending is Ending.INOPERATIVE


def test_forgot_pin_goes_to_office_without_touching_the_card():
    wf = ChangePin(connected=True)
    assert wf.choose_letter(None) == []
    assert wf.view.ending is Ending.FORGOT and wf.outcome == "office"


# --- new PIN: twice, compared, advice ---------------------------------------------------------------


def test_new_pins_that_differ_are_never_sent():
    wf = started()
    to_new_pin(wf)
    assert wf.submit("264819") == []
    assert wf.submit("264818") == []
    assert (wf.view.screen, wf.view.notice) == (Screen.NEW_PIN, EidNotice.MISMATCH)
    finish_new_pin(wf)


@pytest.mark.parametrize(
    "pin,why",
    [
        ("123456", Weak.SEQUENCE),
        ("654321", Weak.SEQUENCE),
        ("111111", Weak.SAME),
        ("121212", Weak.PATTERN),
        ("123123", Weak.PATTERN),
        ("010190", Weak.DATE),
        ("241263", Weak.DATE),
        ("121985", Weak.DATE),
        ("199012", Weak.DATE),
    ],
)
def test_obvious_pins_get_advice(pin, why):
    assert weak_pin(pin) is why


@pytest.mark.parametrize("pin", ["264819", "483726", "135790", "907153"])
def test_ordinary_pins_get_no_advice(pin):
    assert weak_pin(pin) is None


def test_advice_is_not_a_block():
    wf = started()
    to_new_pin(wf)
    assert wf.submit("123456") == []
    assert (wf.view.screen, wf.view.weak) == (Screen.NEW_PIN_ADVICE, Weak.SEQUENCE)
    wf.keep_weak_pin()
    assert wf.view.screen is Screen.NEW_PIN_REPEAT
    assert wire(wf.submit("123456")) == [{"cmd": "SET_NEW_PIN", "value": "123456"}]


def test_advice_other_pin():
    wf = started()
    to_new_pin(wf)
    wf.submit("111111")
    wf.choose_other_pin()
    assert wf.view.screen is Screen.NEW_PIN and wf._held_new_pin is None
    finish_new_pin(wf)


def test_back_from_repeat_forgets_the_first_new_pin():
    wf = started()
    to_new_pin(wf)
    wf.submit("264819")
    held = wf._held_new_pin
    assert wf.go_back() == (True, [])
    assert wf.view.screen is Screen.NEW_PIN and len(held) == 0


# --- keypad readers ---------------------------------------------------------------------------------


def test_keypad_reader_sends_no_values():
    wf = started()
    assert wire(wf.receive(enter("ENTER_PIN", 3, keypad=True))) == [{"cmd": "SET_PIN"}]
    assert (wf.view.screen, wf.view.entry, wf.view.keypad) == (Screen.KEYPAD, Entry.PIN, True)
    assert wire(wf.receive(enter("ENTER_NEW_PIN", 3, keypad=True))) == [{"cmd": "SET_NEW_PIN"}]
    assert (wf.view.screen, wf.view.entry) == (Screen.KEYPAD, Entry.NEW_PIN)
    wf.receive({"msg": "CHANGE_PIN", "success": True})
    assert wf.outcome == "changed"


def test_keypad_reader_still_stops_before_the_last_try():
    wf = started()
    assert wire(wf.receive(enter("ENTER_CAN", 1, keypad=True))) == [{"cmd": "SET_CAN"}]
    assert wf.receive(enter("ENTER_PIN", 1, keypad=True)) == []
    assert wf.view.screen is Screen.LAST_TRY_STOP
    assert wire(wf.confirm_last_try()) == [{"cmd": "SET_PIN"}]
    assert wf.view.screen is Screen.KEYPAD


# --- card removed, AusweisApp gone -------------------------------------------------------------------


def test_card_removed_at_pin_and_laid_back():
    wf = started()
    wf.receive({"msg": "INSERT_CARD"})
    wf.receive(reader_msg(card(3)))
    wf.receive(reader_msg(None, name="Virtual PCD 00 01"))  # another, empty reader: not ours
    wf.receive(enter("ENTER_PIN", 3))
    assert wf.view.screen is Screen.PIN
    wf.receive(reader_msg(None))
    assert (wf.view.screen, wf.view.resume) == (Screen.CARD_REMOVED, Screen.PIN)
    wf.receive(reader_msg(card(3)))
    assert (wf.view.screen, wf.view.notice) == (Screen.PIN, EidNotice.CARD_BACK)


def test_value_sent_while_card_off_waits_for_the_card():
    """As in removal_vcard.jsonl: SET_PIN is answered with INSERT_CARD, then ENTER_NEW_PIN."""
    wf = started()
    wf.receive(enter("ENTER_PIN", 3))
    wire(wf.submit("483726"))
    wf.receive({"msg": "INSERT_CARD"})
    assert wf.view.screen is Screen.CARD_REMOVED
    wf.receive(reader_msg(card(3)))
    assert wf.view.screen is Screen.WORKING
    wf.receive(enter("ENTER_NEW_PIN", 3))
    assert wf.view.screen is Screen.NEW_PIN


def test_app_gone_keeps_the_place_and_restarts():
    wf = started(Letter.TRANSPORT)
    wf.receive(enter("ENTER_PIN", 3))
    assert wf.disconnected("closed") == []
    assert (wf.view.screen, wf.view.resume) == (Screen.APP_GONE, Screen.PIN)
    assert wf.letter is Letter.TRANSPORT
    assert wire(wf.connected()) == [{"cmd": "RUN_CHANGE_PIN"}]
    assert wf.view.notice is EidNotice.RESTARTED
    wf.receive({"msg": "CHANGE_PIN"})
    wf.receive({"msg": "INSERT_CARD"})
    assert (wf.view.screen, wf.view.notice) == (Screen.INSERT_CARD, EidNotice.RESTARTED)  # said where one acts
    wf.receive(enter("ENTER_PIN", 3))
    assert wf.view.digits == 5  # the letter answer was kept
    assert wf.view.notice is None  # said once


def test_app_gone_right_after_the_new_pin_is_uncertain():
    wf = started()
    to_new_pin(wf)
    finish_new_pin(wf)
    wf.disconnected("closed")
    assert wf.view.ending is Ending.UNCERTAIN and wf.outcome == "uncertain"


def test_app_missing_before_start_waits():
    wf = ChangePin(connected=False)
    wf.disconnected("not-running")
    assert wf.choose_letter(Letter.OWN) == []
    assert wf.view.screen is Screen.WAIT_APP
    assert wire(wf.connected()) == [{"cmd": "RUN_CHANGE_PIN"}]


# --- the false success of AusweisApp 1.26.2 ----------------------------------------------------------


def test_false_success_without_new_pin_is_nothing_changed():
    wf = started()
    wf.receive({"msg": "INSERT_CARD"})
    wf.receive(reader_msg(card(3), keypad=True, name="Simulator"))
    wf.receive({"msg": "CHANGE_PIN", "success": True})
    assert wf.view.ending is Ending.NOTHING_CHANGED and wf.outcome == "not-changed"
    assert wire(wf.start_again()) == [{"cmd": "RUN_CHANGE_PIN"}]


def test_simulator_card_of_ausweisapp_and_its_false_success():
    """AusweisApp's built-in Simulator (keypad, any PIN): SET_CARD after INSERT_CARD. Its 1.26.2 defect
    (success right after SET_CARD) is 'nothing changed'; trying again reaches a real change."""
    wf = ChangePin(connected=True, simulator_card=True)
    for m in SIMULATOR_READERS:
        wf.receive(m)
    assert wf.watch.status().kind is Strip.NO_CARD  # the Simulator counts as a reader here
    wire(wf.choose_letter(Letter.OWN))
    wf.receive({"msg": "CHANGE_PIN"})
    assert wire(wf.receive({"msg": "INSERT_CARD"})) == [{"cmd": "SET_CARD", "name": "Simulator"}]
    sim_card = {
        "msg": "READER",
        "name": "Simulator",
        "attached": True,
        "insertable": True,
        "keypad": True,
        "card": card(3),
    }
    wf.receive(sim_card)
    wf.receive({"msg": "CHANGE_PIN", "success": True})  # the defect
    assert wf.view.ending is Ending.NOTHING_CHANGED
    assert wire(wf.start_again()) == [{"cmd": "RUN_CHANGE_PIN"}]
    wf.receive({"msg": "CHANGE_PIN"})
    assert wire(wf.receive({"msg": "INSERT_CARD"})) == [{"cmd": "SET_CARD", "name": "Simulator"}]
    wf.receive(sim_card)
    enter_pin = {"msg": "ENTER_PIN", "reader": {k: v for k, v in sim_card.items() if k != "msg"}}
    assert wire(wf.receive(enter_pin)) == [{"cmd": "SET_PIN"}]
    assert wire(wf.receive({**enter_pin, "msg": "ENTER_NEW_PIN"})) == [{"cmd": "SET_NEW_PIN"}]
    wf.receive({"msg": "CHANGE_PIN", "success": True})
    assert wf.outcome == "changed"


def test_success_after_pin_but_before_new_pin_is_still_false():
    wf = started()
    wf.receive(enter("ENTER_PIN", 3))
    wire(wf.submit("483726"))
    wf.receive({"msg": "CHANGE_PIN", "success": True})
    assert wf.view.ending is Ending.NOTHING_CHANGED


# --- bad answers: explained, recovered ---------------------------------------------------------------


def test_bad_state_on_set_pin_asks_again():
    wf = started()
    wf.receive(enter("ENTER_PIN", 3))
    wire(wf.submit("483726"))
    wf.receive({"msg": "BAD_STATE", "error": "SET_PIN"})
    assert (wf.view.screen, wf.view.notice) == (Screen.PIN, EidNotice.NOT_READY)
    assert wire(wf.submit("483726")) == [{"cmd": "SET_PIN", "value": "483726"}]


def test_bad_state_on_run_restarts_cleanly():
    wf = started()
    assert wire(wf.receive({"msg": "BAD_STATE", "error": "RUN_CHANGE_PIN"})) == [{"cmd": "CANCEL"}]
    assert wire(wf.receive({"msg": "CHANGE_PIN", "success": False})) == [{"cmd": "RUN_CHANGE_PIN"}]
    wf.receive(enter("ENTER_PIN", 3))
    assert wf.view.screen is Screen.PIN


@pytest.mark.parametrize(
    "msg",
    [
        {"msg": "INVALID", "error": "illegal value (offset: 1)"},
        {"msg": "UNKNOWN_COMMAND", "error": "FOO"},
        {"no": "type"},
        {"msg": 42},
        {"msg": "ENTER_PIN", "reader": "nonsense"},
        {"msg": "ENTER_PIN", "reader": {"name": 5}},
        {"msg": "AUTH"},
        {"msg": "READER", "name": None},
        {"msg": "READER_LIST", "readers": "x"},
        {"msg": "CHANGE_PIN", "success": "maybe"},
        "not even a dict",
        None,
    ],
)
def test_odd_messages_never_crash(msg):
    wf = started()
    wf.receive(enter("ENTER_PIN", 3))
    wf.receive(msg)
    assert wf.view.screen in (Screen.PIN, Screen.END)
    if wf.view.screen is Screen.PIN:
        assert wire(wf.submit("483726")) == [{"cmd": "SET_PIN", "value": "483726"}]


def test_format_error_from_ausweisapp_is_explained():
    wf = started()
    wf.receive(enter("ENTER_PIN", 3, error="You must provide 5 - 6 digits"))
    assert (wf.view.screen, wf.view.notice) == (Screen.PIN, EidNotice.REFUSED_FORMAT)


def test_cancel_at_any_entry_says_nothing_changed():
    wf = started()
    wf.receive(enter("ENTER_PIN", 3))
    assert wire(wf.cancel()) == [{"cmd": "CANCEL"}]
    wf.receive({"msg": "CHANGE_PIN", "success": False})
    assert wf.view.ending is Ending.CANCELLED and wf.outcome == "not-changed"


# --- secrets ---------------------------------------------------------------------------------------


def test_secret_never_shows_its_digits():
    s = Secret("483726")
    c = set_pin(s)
    for text in (repr(s), str(s), repr(c), str(c), f"{c!r} {s}"):
        assert "483726" not in text
    assert c.to_dict()["value"] == "483726"
    wipe(c)
    assert len(s) == 0 and s.reveal() == ""


def test_view_never_holds_digits():
    wf = started()
    to_new_pin(wf)
    wf.submit("264819")
    assert "264819" not in repr(wf.view) and "264819" not in repr(vars(wf))


def test_sent_secret_is_wiped_by_the_driver_contract():
    wf = started()
    wf.receive(enter("ENTER_PIN", 3))
    [cmd] = wf.submit("483726")
    assert isinstance(cmd, Command) and cmd.to_dict()["value"] == "483726"
    wipe(cmd)
    assert cmd.secret is not None and len(cmd.secret) == 0


# --- read-only card check ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "c,outcome",
    [
        (card(3), "tries-3"),
        (card(2), "tries-2"),
        (card(1), "tries-1"),
        (card(0), "blocked"),
        (card(0, inoperative=True), "inoperative"),
        (card(0, deactivated=True), "deactivated"),
    ],
)
def test_card_check_reads_pushed_reader_state(c, outcome):
    chk = CardCheck()
    assert wire(chk.connected()) == [{"cmd": "GET_READER_LIST"}]
    for m in SIMULATOR_READERS:
        chk.receive(m)
    assert chk.status().kind is Strip.NO_READER and chk.result is None
    chk.receive(reader_msg(None, name="Virtual PCD 00 01"))
    assert chk.status().kind is Strip.NO_CARD
    assert chk.receive(reader_msg(c)) == []
    assert chk.result == outcome
    assert chk.status().kind is Strip.CARD and chk.status().card.retry_counter == c["retryCounter"]


@pytest.mark.parametrize(
    "first,outcome",
    [(enter("ENTER_PIN", 2), "tries-2"), (enter("ENTER_CAN", 1), "tries-1"), (enter("ENTER_PUK", 0), "blocked")],
)
def test_card_check_probes_without_a_pin_when_the_counter_is_unknown(first, outcome):
    chk = CardCheck()
    chk.connected()
    first["reader"]["card"]["retryCounter"] = (outcome == "tries-2" and 2) or first["reader"]["card"]["retryCounter"]
    sent = wire(chk.receive(reader_msg(card(-1))))
    assert sent == [{"cmd": "RUN_CHANGE_PIN"}]
    sent += wire(chk.receive({"msg": "CHANGE_PIN"}))
    sent += wire(chk.receive(first))
    assert sent[-1] == {"cmd": "CANCEL"}
    assert chk.result == outcome
    chk.receive({"msg": "CHANGE_PIN", "success": False})
    assert all(c["cmd"] in ("RUN_CHANGE_PIN", "CANCEL") for c in sent)


def test_strip_says_app_missing_and_busy():
    chk = CardCheck()
    chk.disconnected("not-running")
    assert chk.status().kind is Strip.APP_MISSING
    chk.disconnected("busy")
    assert chk.status().kind is Strip.APP_BUSY


# --- replay: the state machine drives the recorded vcard exchanges ------------------------------

TRANSCRIPTS = shared_path("ausweisapp", "transcripts")


@pytest.mark.shared_data("ausweisapp", "transcripts")
def test_recorded_can_puk_exchange_matches_the_commands_the_workflow_sends():
    """Feed AusweisApp's side of auto_vcard_can_puk.jsonl; the workflow, given the same person's inputs,
    sends the same command sequence the recording has (values included)."""
    lines = [json.loads(x) for x in (TRANSCRIPTS / "auto_vcard_can_puk.jsonl").read_text().splitlines() if x.strip()]
    sent_recorded = [
        x["msg"] for x in lines if x["dir"] == ">>" and x["msg"]["cmd"].startswith(("SET_P", "SET_C", "SET_N"))
    ]
    inputs = iter(v["value"] for v in sent_recorded)
    wf = started()
    produced = []
    for x in lines:
        if x["dir"] != "<<" or (x["msg"].get("msg") == "CHANGE_PIN" and "success" not in x["msg"]):
            continue
        produced += wire(wf.receive(x["msg"]))
        while wf.view.screen in (
            Screen.PIN,
            Screen.CAN,
            Screen.PUK,
            Screen.NEW_PIN,
            Screen.NEW_PIN_REPEAT,
            Screen.LAST_TRY_STOP,
            Screen.NEW_PIN_ADVICE,
        ):
            if wf.view.screen is Screen.LAST_TRY_STOP:
                wf.confirm_last_try()
            elif wf.view.screen is Screen.NEW_PIN_ADVICE:
                wf.keep_weak_pin()
            elif wf.view.screen is Screen.NEW_PIN:
                value = next(inputs)
                wf.submit(value)
                if wf.view.screen is Screen.NEW_PIN_ADVICE:
                    wf.keep_weak_pin()
                produced += wire(wf.submit(value))
            else:
                produced += wire(wf.submit(next(inputs)))
        if wf.ended:
            break
    assert produced == sent_recorded
    assert wf.outcome == "changed"
