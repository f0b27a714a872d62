"""Fuzzing (hypothesis): random text, random JSON and mutated recorded messages.

* ``messages.parse`` never raises and returns a message or a ProtocolError.
* A running practice card answers every random or mutated command with a well-formed message
  (INVALID / UNKNOWN_COMMAND / BAD_STATE / a format error …) and stays usable afterwards.
"""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.sync.client import connect

from assistant.eid import messages as m
from assistant.eid.practice_card import PracticeCard
from assistant.eid.practice_engine import PracticeEngine, Reader
from tests.eid.sdk_replay import load, replayable

RECORDINGS = [load(p) for p in replayable()]
RECEIVED = [msg for t in RECORDINGS for msg in t.received if isinstance(msg, dict)]
SENT = [s.payload for t in RECORDINGS for s in t.steps if s.kind == "send" and isinstance(s.payload, dict)]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def mutate(draw, base: dict) -> dict:
    """Drop, retype or garble fields of a recorded message (also inside nested objects)."""
    obj = json.loads(json.dumps(base))
    for _ in range(draw(st.integers(1, 3))):
        target = obj
        if "reader" in obj and isinstance(obj["reader"], dict) and draw(st.booleans()):
            target = obj["reader"]
            if isinstance(target.get("card"), dict) and draw(st.booleans()):
                target = target["card"]
        if not target:
            break
        key = draw(st.sampled_from(sorted(target)))
        action = draw(st.sampled_from(["drop", "retype", "garble", "null"]))
        if action == "drop":
            del target[key]
        elif action == "retype":
            target[key] = draw(json_values)
        elif action == "null":
            target[key] = None
        elif isinstance(target[key], str):
            target[key] = draw(st.text(max_size=12))
        else:
            target[key] = str(target[key])
    return obj


@st.composite
def mutated_received(draw):
    return mutate(draw, draw(st.sampled_from(RECEIVED)))


@st.composite
def mutated_sent(draw):
    return mutate(draw, draw(st.sampled_from(SENT)))


def check_parse(data) -> None:
    result = m.parse(data)
    assert isinstance(result, (m.Message, m.ProtocolError))
    if isinstance(result, m.ProtocolError):
        assert result.kind in {"not-json", "not-object", "no-msg", "bad-field"}
    else:
        repr(result)  # a repr must never fail either
        if isinstance(result, (m.ReaderMessage, m.EnterMessage)):
            m.card_state(result.reader)


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_parse_random_text(text):
    check_parse(text)


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_parse_random_bytes(data):
    check_parse(data)


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_parse_random_json(value):
    check_parse(json.dumps(value))
    check_parse(json.dumps({"msg": "READER", **value} if isinstance(value, dict) else value))


@pytest.mark.shared_data("ausweisapp", "transcripts")
@settings(max_examples=300, deadline=None)
@given(mutated_received())
def test_parse_mutated_recorded_messages(obj):
    check_parse(json.dumps(obj))


def test_parse_deep_nesting():
    check_parse("[" * 100000 + "]" * 100000)
    check_parse('{"msg":"READER","name":"x","card":' + "[" * 5000 + "]" * 5000 + "}")


# -- the practice card under fuzz --------------------------------------------------------------

ANSWERS = {
    "INVALID",
    "UNKNOWN_COMMAND",
    "BAD_STATE",
    "API_LEVEL",
    "READER",
    "READER_LIST",
    "INFO",
    "STATUS",
    "CHANGE_PIN",
    "INSERT_CARD",
    "ENTER_PIN",
    "ENTER_CAN",
    "ENTER_PUK",
    "ENTER_NEW_PIN",
    "AUTH",
}


def _engine() -> PracticeEngine:
    from assistant.eid.practice_engine import CardSpec, Chip

    e = PracticeEngine(
        [Reader("Simulator", keypad=True, builtin=True), Reader("R", chip=Chip(CardSpec(retry_counter=2)))]
    )
    e.connect()
    e.scan()
    return e


@pytest.mark.shared_data("ausweisapp", "transcripts")
@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(max_size=40), json_values.map(json.dumps), mutated_sent().map(json.dumps)),
        min_size=1,
        max_size=8,
    )
)
def test_engine_answers_anything(frames):
    """The practice card's behaviour (no I/O): every frame gets well-formed answers."""
    engine = _engine()
    for frame in frames:
        for answer in engine.handle(frame):
            assert answer["msg"] in ANSWERS
            json.dumps(answer)
            assert not isinstance(m.parse(json.dumps(answer)), m.ProtocolError), answer
    # still usable: a fresh command sequence works
    engine.handle('{"cmd":"CANCEL"}')
    assert engine.handle('{"cmd":"GET_INFO"}')[0]["msg"] == "INFO"


def connect_when_free(url: str):
    """One client at a time: right after a close the server may still count the old one (429)."""
    from websockets.exceptions import InvalidStatus

    for _ in range(100):
        try:
            return connect(url, open_timeout=5)
        except InvalidStatus as exc:
            if exc.response.status_code != 429:
                raise
            time.sleep(0.02)
    raise AssertionError("the practice card stayed busy")


@pytest.fixture(scope="module")
def running_card():
    card = PracticeCard("tries-2", scan_delay=0)
    card.start()
    yield card
    card.stop()


@pytest.mark.shared_data("ausweisapp", "transcripts")
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    frames=st.lists(
        st.one_of(st.text(max_size=30), json_values.map(json.dumps), mutated_sent().map(json.dumps)),
        min_size=1,
        max_size=6,
    )
)
def test_running_practice_card_answers_and_stays_usable(running_card, frames):
    with connect_when_free(running_card.url) as ws:
        for frame in frames:
            ws.send(frame)
        ws.send('{"cmd":"GET_INFO"}')  # marker: everything before it was answered first
        while True:
            answer = json.loads(ws.recv(timeout=3))
            assert answer["msg"] in ANSWERS
            assert not isinstance(m.parse(json.dumps(answer)), m.ProtocolError)
            if answer["msg"] == "INFO":
                break
    # a new client afterwards gets a clean start
    with connect_when_free(running_card.url) as ws:
        ws.send('{"cmd":"GET_STATUS"}')
        while (answer := json.loads(ws.recv(timeout=3)))["msg"] != "STATUS":
            pass
        assert answer["workflow"] is None
