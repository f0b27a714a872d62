"""The practice card behaves like a real card behind AusweisApp2 1.26.2 — also where no recording
exists (PUK used ten times, keypad typing, a second run after a change, card on/off at any time)."""

from __future__ import annotations

import json

import pytest
from websockets.sync.client import connect

from assistant.eid.practice_card import (
    PRACTICE_CAN,
    PRACTICE_PIN,
    PRACTICE_PUK,
    PRACTICE_READER,
    PRACTICE_TRANSPORT_PIN,
    SCENARIOS,
    PracticeCard,
    PracticeCardError,
)

CARD_STEPS = {
    "ENTER_PIN",
    "ENTER_CAN",
    "ENTER_PUK",
    "ENTER_NEW_PIN",
    "CHANGE_PIN",
    "INSERT_CARD",
    "BAD_STATE",
    "INVALID",
    "UNKNOWN_COMMAND",
    "STATUS",
    "API_LEVEL",
    "READER_LIST",
    "INFO",
}


class Talk:
    """A plain WebSocket client: send a command, collect answers up to the next step."""

    def __init__(self, card: PracticeCard) -> None:
        self._cm = connect(card.url, user_agent_header="Lotse-test")
        self.ws = self._cm.__enter__()
        self.readers: list[dict] = []
        self.wait_for_scan(card)

    def wait_for_scan(self, card: PracticeCard) -> None:
        expected = len(card.engine.readers)
        while len(self.readers) < expected + (1 if card.engine.reader("Simulator") else 0):
            self.readers.append(json.loads(self.ws.recv(timeout=3)))

    def recv(self, timeout: float = 3) -> dict:
        msg = json.loads(self.ws.recv(timeout=timeout))
        if msg["msg"] == "READER":
            self.readers.append(msg)
        return msg

    def step(self, timeout: float = 3) -> dict:
        while True:
            msg = self.recv(timeout)
            if msg["msg"] in CARD_STEPS:
                return msg

    def __call__(self, cmd: str, **fields) -> dict:
        self.ws.send(json.dumps({"cmd": cmd, **fields}))
        return self.step()

    def silent(self, seconds: float = 0.3) -> bool:
        try:
            msg = self.ws.recv(timeout=seconds)
        except TimeoutError:
            return True
        raise AssertionError(f"unexpected {msg}")

    def close(self) -> None:
        self._cm.__exit__(None, None, None)


@pytest.fixture
def practice():
    cards: list[PracticeCard] = []
    talks: list[Talk] = []

    def make(scenario: str = "tries-3", **kw) -> tuple[PracticeCard, Talk]:
        card = PracticeCard(scenario, scan_delay=0.05, **kw)
        card.start()
        cards.append(card)
        talk = Talk(card)
        talks.append(talk)
        return card, talk

    yield make
    for t in talks:
        t.close()
    for c in cards:
        c.stop()


def counter(msg: dict) -> int:
    return msg["reader"]["card"]["retryCounter"]


def test_scenarios_start_as_named(practice):
    expected = {
        "tries-3": ("ENTER_PIN", 3),
        "tries-2": ("ENTER_PIN", 2),
        "tries-1": ("ENTER_CAN", 1),
        "blocked": ("ENTER_PUK", 0),
        "puk-used-up": ("ENTER_PUK", 0),
        "transport-pin": ("ENTER_PIN", 3),
        "keypad": ("ENTER_PIN", 3),
    }
    for scenario, (step, tries) in expected.items():
        card, talk = practice(scenario)
        assert talk("RUN_CHANGE_PIN") == {"msg": "CHANGE_PIN"}
        msg = talk.step()
        assert (msg["msg"], counter(msg)) == (step, tries), scenario
        assert msg["reader"]["keypad"] is (scenario == "keypad")
        assert msg["reader"]["name"] == PRACTICE_READER
    assert set(SCENARIOS) >= set(expected) | {"inoperative", "deactivated", "no-card", "simulator-only"}


def test_full_course_wrong_wrong_can_wrong_puk_change(practice):
    card, talk = practice()
    talk("RUN_CHANGE_PIN")
    talk.step()
    assert counter(talk("SET_PIN", value="000000")) == 2
    assert talk.readers[-1]["card"]["retryCounter"] == 2  # READER update before the step
    msg = talk("SET_PIN", value="000000")
    assert (msg["msg"], counter(msg)) == ("ENTER_CAN", 1)
    assert talk("SET_CAN", value="999999")["msg"] == "ENTER_CAN"  # wrong CAN: no counter change
    msg = talk("SET_CAN", value=PRACTICE_CAN)
    assert (msg["msg"], counter(msg)) == ("ENTER_PIN", 1)
    msg = talk("SET_PIN", value="000000")
    assert (msg["msg"], counter(msg)) == ("ENTER_PUK", 0)
    assert talk("SET_PUK", value="1111111111")["msg"] == "ENTER_PUK"
    msg = talk("SET_PUK", value=PRACTICE_PUK)  # PUK resets to 3, the same workflow continues
    assert (msg["msg"], counter(msg)) == ("ENTER_PIN", 3)
    assert talk("SET_PIN", value=PRACTICE_PIN)["msg"] == "ENTER_NEW_PIN"
    assert talk("SET_NEW_PIN", value="246810") == {"msg": "CHANGE_PIN", "success": True}
    # the new PIN is the card's PIN now; the old one is wrong
    talk("RUN_CHANGE_PIN")
    talk.step()
    assert counter(talk("SET_PIN", value=PRACTICE_PIN)) == 2
    assert talk("SET_PIN", value="246810")["msg"] == "ENTER_NEW_PIN"
    assert talk("CANCEL") == {"msg": "CHANGE_PIN", "success": False}
    assert card.card_state() == {"deactivated": False, "inoperative": False, "retryCounter": 3}


def test_format_errors_cost_no_try(practice):
    card, talk = practice("tries-2")
    talk("RUN_CHANGE_PIN")
    talk.step()
    for value, error in [
        ("12", "You must provide 5 - 6 digits"),
        (123456, "Invalid value"),
        ("1234567", "You must provide 5 - 6 digits"),
    ]:
        msg = talk("SET_PIN", value=value)
        assert (msg["msg"], msg["error"], counter(msg)) == ("ENTER_PIN", error, 2)
    assert talk("SET_PIN")["error"] == "Value cannot be undefined"
    assert card.card_state()["retryCounter"] == 2


def test_transport_pin_only_while_the_card_has_it(practice):
    card, talk = practice("transport-pin")
    talk("RUN_CHANGE_PIN")
    talk.step()
    assert counter(talk("SET_PIN", value=PRACTICE_PIN)) == 2  # a 6-digit PIN is wrong here
    assert talk("SET_PIN", value=PRACTICE_TRANSPORT_PIN)["msg"] == "ENTER_NEW_PIN"
    assert talk("SET_NEW_PIN", value="135790")["success"] is True
    talk("RUN_CHANGE_PIN")
    talk.step()
    assert counter(talk("SET_PIN", value=PRACTICE_TRANSPORT_PIN)) == 2  # used up with the change
    assert talk("SET_PIN", value="135790")["msg"] == "ENTER_NEW_PIN"


def test_puk_works_ten_times_then_inoperative(practice):
    card, talk = practice("blocked")
    talk("RUN_CHANGE_PIN")
    assert talk.step()["msg"] == "ENTER_PUK"
    for use in range(10):
        assert counter(talk("SET_PUK", value=PRACTICE_PUK)) == 3, use
        talk("SET_PIN", value="000000")
        assert talk("SET_PIN", value="000000")["msg"] == "ENTER_CAN"
        talk("SET_CAN", value=PRACTICE_CAN)
        assert talk("SET_PIN", value="000000")["msg"] == "ENTER_PUK"
    talk("CANCEL")
    talk("RUN_CHANGE_PIN")
    talk.step()
    talk.ws.send(json.dumps({"cmd": "SET_PUK", "value": PRACTICE_PUK}))
    assert talk.step() == {"msg": "CHANGE_PIN", "success": False}
    assert talk.readers[-1]["card"]["inoperative"] is True
    # known as inoperative now: the next run ends at once
    talk("RUN_CHANGE_PIN")
    assert talk.step() == {"msg": "CHANGE_PIN", "success": False}


def test_inoperative_card_ends_the_workflow(practice):
    card, talk = practice("inoperative")
    assert talk.readers[-1]["card"] == {"deactivated": False, "inoperative": True, "retryCounter": 0}
    talk("RUN_CHANGE_PIN")
    assert talk.step() == {"msg": "CHANGE_PIN", "success": False}


def test_deactivated_card_waits_silently(practice):
    card, talk = practice("deactivated")
    assert talk.readers[-1]["card"] == {"deactivated": True, "inoperative": False, "retryCounter": 0}
    talk("RUN_CHANGE_PIN")
    assert talk.silent()
    assert talk("GET_STATUS") == {"msg": "STATUS", "workflow": "CHANGE_PIN", "state": None, "progress": 0}
    assert talk("SET_PUK", value=PRACTICE_PUK) == {"msg": "BAD_STATE", "error": "SET_PUK"}
    assert talk("CANCEL") == {"msg": "CHANGE_PIN", "success": False}


def test_keypad_reader(practice):
    card, talk = practice("keypad")
    talk("RUN_CHANGE_PIN")
    talk.step()
    msg = talk("SET_PIN", value=PRACTICE_PIN)
    assert (msg["msg"], msg["error"]) == ("ENTER_PIN", "Value cannot be defined")
    card.type_on_keypad("000000")  # the person mistypes on the reader
    assert counter(talk("SET_PIN")) == 2
    assert talk("SET_PIN")["msg"] == "ENTER_NEW_PIN"  # nothing queued: typed right
    assert talk("SET_NEW_PIN") == {"msg": "CHANGE_PIN", "success": True}


def test_card_taken_off_and_laid_back(practice):
    card, talk = practice()
    talk("RUN_CHANGE_PIN")
    assert talk.step()["msg"] == "ENTER_PIN"
    card.remove_card()
    assert talk.recv()["card"] is None
    assert talk("GET_STATUS")["state"] == "ENTER_PIN"
    assert talk("SET_PIN", value=PRACTICE_PIN) == {"msg": "INSERT_CARD"}
    card.insert_card()
    assert talk.recv()["card"]["retryCounter"] == 3
    assert talk.step()["msg"] == "ENTER_NEW_PIN"  # the PIN sent meanwhile was used


def test_no_card_then_laid_on(practice):
    card, talk = practice("no-card")
    assert talk.readers[-1]["card"] is None
    talk("RUN_CHANGE_PIN")
    assert talk.step() == {"msg": "INSERT_CARD"}
    card.insert_card()
    assert talk.step()["msg"] == "ENTER_PIN"


def test_simulator_only_and_set_card(practice):
    card, talk = practice("simulator-only")
    assert [r["name"] for r in talk("GET_READER_LIST")["readers"]] == ["Simulator"]
    talk("RUN_CHANGE_PIN")
    assert talk.step() == {"msg": "INSERT_CARD"}
    msg = talk("SET_CARD", name="Simulator")
    assert (msg["msg"], msg["reader"]["keypad"]) == ("ENTER_PIN", True)
    assert talk("SET_PIN")["msg"] == "ENTER_NEW_PIN"
    assert talk("SET_NEW_PIN") == {"msg": "CHANGE_PIN", "success": True}
    assert talk.recv()["card"] is None  # the Simulator card is taken out again


def test_api_level_1_differences(practice):
    card, talk = practice()
    assert talk("SET_API_LEVEL", level=1) == {"msg": "API_LEVEL", "current": 1}
    assert "reader" in talk("GET_READER_LIST")
    assert talk("GET_STATUS") == {"msg": "UNKNOWN_COMMAND", "error": "GET_STATUS"}
    talk("RUN_CHANGE_PIN")
    talk.step()
    assert talk("SET_CARD", name="Simulator") == {"msg": "UNKNOWN_COMMAND", "error": "SET_CARD"}
    assert talk("SET_API_LEVEL", level="2")["error"] == "Invalid level"
    assert talk("GET_API_LEVEL") == {"msg": "API_LEVEL", "available": [1, 2], "current": 1}


def test_one_client_at_a_time_and_the_card_survives_reconnects(practice):
    card, talk = practice("tries-2")
    with pytest.raises(Exception, match="429"), connect(card.url):
        pass
    assert card.refused == 1 and card.user_agents == ["Lotse-test"]
    talk("RUN_CHANGE_PIN")
    talk.step()
    talk("SET_PIN", value="000000")
    talk.close()
    again = Talk(card)
    try:
        assert again("GET_STATUS")["workflow"] is None  # the workflow died with the connection
        assert again.readers[-1]["card"]["retryCounter"] == 1  # the card remembers
    finally:
        again.close()


def test_restart_on_the_same_port():
    card = PracticeCard(scan_delay=0)
    url = card.start()
    card.stop()
    assert not card.running
    assert card.start() == url
    card.stop()


def test_port_taken_is_a_clear_error():
    first = PracticeCard()
    first.start()
    try:
        with pytest.raises(PracticeCardError):
            PracticeCard(port=first.port).start()
    finally:
        first.stop()


def test_unknown_scenario_or_setting():
    with pytest.raises(ValueError, match="tries-1"):
        PracticeCard("tries-9")
    with pytest.raises(TypeError):
        PracticeCard(colour="red")


def test_practice_pin_never_held_in_plain_form():
    card = PracticeCard("tries-3")
    chip = card.engine.reader().chip
    assert PRACTICE_PIN not in repr(vars(chip)) and PRACTICE_PUK not in repr(vars(chip))
    assert PRACTICE_PIN not in repr(chip) and PRACTICE_CAN not in repr(vars(chip))
