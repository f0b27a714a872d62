"""The recordings still hold for the installed AusweisApp2: replay the Simulator-only transcripts
against the real app (the same replay that checks the practice card, tests/eid).

So the practice card is checked against the recordings, and the recordings against the real app.
Left out: recordings that need the virtual PC/SC card (``*vcard*``), and those that insert the
Simulator card with SET_CARD and go on (the 1.26.2 card-connection race makes their course vary).
The Simulator's READER messages at the start of a connection are optional here (``lenient_start``):
the real app pushes them only to a client connected while its Simulator reader registers.
"""

from __future__ import annotations

import pytest

from tests.eid.sdk_replay import load, replayable
from tests.eid.test_transcript_replay import replay

pytestmark = pytest.mark.integration

STABLE = [
    "basic.jsonl",
    "badinput.jsonl",
    "changepin_cancel.jsonl",
    "undocumented.jsonl",
    "auto_api1_simulator.jsonl",
    "set_card_custom.jsonl",
]


class _Endpoint:
    """What ``replay`` needs of the other side: a URL (card actions are never used here)."""

    def __init__(self, url: str) -> None:
        self.url = url


@pytest.mark.shared_data("ausweisapp", "transcripts")
def test_the_stable_list_exists():
    names = {p.name for p in replayable()}
    assert set(STABLE) <= names


@pytest.mark.shared_data("ausweisapp", "transcripts")
@pytest.mark.parametrize("name", STABLE)
def test_real_ausweisapp_still_answers_as_recorded(ausweisapp, name):
    transcript = load(next(p for p in replayable() if p.name == name))
    replay(transcript, _Endpoint(ausweisapp.url), lenient_start=True)


# Frames no recording has: the practice card and the real app must answer them alike.
# (Each is followed by GET_API_LEVEL as an end marker; Simulator registration READERs are ignored.)
UNRECORDED = [
    '{"cmd": "GET_READER", "name": 5}',
    '{"cmd": "SET_API_LEVEL", "level": 2.0}',
    '{"cmd": "SET_API_LEVEL", "level": true}',
    '{"cmd": "SET_API_LEVEL", "level": 3}',
    '{"cmd": "RUN_AUTH"}',
    '{"cmd": "GET_READER_LIST", "extra": 1}',
    '{"cmd": "RUN_CHANGE_PIN"}',
    '{"cmd": "SET_CARD", "name": 5}',
    '{"cmd": "SET_CARD", "name": "Nope"}',
    '{"cmd": "SET_PIN", "value": null}',
    '{"cmd": "GET_STATUS"}',
    '{"cmd": "SET_API_LEVEL", "level": 1}',
    '{"cmd": "GET_READER_LIST"}',
    '{"cmd": "SET_API_LEVEL", "level": 2}',
    '{"cmd": "CANCEL"}',
    '{"cmd": "CANCEL"}',
    '{"cmd": "ACCEPT"}',
    '{"cmd": "SET_ACCESS_RIGHTS", "chat": []}',
    '{"cmd": "RUN_CHANGE_PIN"}',
    '{"cmd": "SET_NEW_PIN"}',
    '{"cmd": "INTERRUPT"}',
    '{"cmd": "CANCEL"}',
    '{"cmd" : "GET_INFO" , "x": [1, {"y": null}]}',
    '{"cmd": "GET_INFO"',
    '{"cmd": "GET_INFO"} trailing',
    '{"cmd": "GET_INFO",}',
    "[1, 2",
    "  ",
    '{"cmd": "\\x"}',
    '{"cmd": "GET_INFO", "a": tru}',
    '{"cmd": "GET_INFO", "a": 1.}',
    '{"cmd": "GET_INFO", "a": -}',
    '{"cmd": "GET_INFO", "a": [1 2]}',
    '{"cmd" "GET_INFO"}',
    "{cmd: 1}",
    '{"cmd": "GET_INFO", "a": "\\u12"}',
    "null",
    '"text"',
    '{"cmd": "GET_INFO", "a": 01}',
    '{"cmd": ["GET_INFO"]}',
    '{"cmd": null}',
    '{"cmd": ""}',
    '{"cmd": "SET_PUK", "value": "3333333333"}',
    '\ufeff{"cmd": "GET_INFO"}',
    '{"cmd": "GET_INFO", "a": 1e5, "b": -0.5E-3, "c": 12345678901234567890}',
    '{"cmd": "GET_INFO", "a": {}, "b": [], "c": [[]]}',
    '{"cmd": "GET_INFO"}{"cmd": "GET_INFO"}',
]


def _answers(url: str) -> list[dict]:
    """All answers in order (markers dropped: some answers, e.g. to CANCEL, come after them)."""
    import json

    from websockets.sync.client import connect

    from tests.eid.sdk_replay import normalise

    out: list[dict] = []

    def take(msg: dict) -> None:
        if msg.get("msg") == "READER" and msg.get("name") == "Simulator" and msg.get("card") is None:
            return  # the registration pair and the card-less Simulator: may come at any moment
        out.append(normalise(msg))

    with connect(url, open_timeout=5) as ws:
        for frame in UNRECORDED:
            ws.send(frame)
            ws.send('{"cmd": "GET_API_LEVEL"}')
            while (msg := json.loads(ws.recv(timeout=4))).get("available") is None:
                take(msg)
            # AusweisApp asks for the card, and ends a cancelled workflow, a moment later; commands
            # sent before that get BAD_STATE. A client waits for those answers, so does this test.
            wait_for = {"RUN_CHANGE_PIN": ("INSERT_CARD",), "CANCEL": ("CHANGE_PIN", "BAD_STATE")}
            for cmd, ends in wait_for.items():
                if cmd in frame:
                    while not out or out[-1].get("msg") not in ends:
                        take(json.loads(ws.recv(timeout=4)))
        try:
            while True:
                take(json.loads(ws.recv(timeout=0.5)))
        except TimeoutError:
            pass
    return out


def test_unrecorded_answers_match_the_practice_card(ausweisapp):
    from assistant.eid.practice_card import PracticeCard

    real = _answers(ausweisapp.url)
    with PracticeCard("simulator-only", scan_delay=0) as card:
        practice = _answers(card.url)
    assert len(real) >= len(UNRECORDED) - 2
    # not strict: the answers are compared one by one first, the lengths after, for a clearer message
    for i, (r, p) in enumerate(zip(real, practice, strict=False)):
        assert p == r, f"answer {i}: practice {p} != real {r}\n(real so far: {real[:i]})"
    assert len(practice) == len(real)
