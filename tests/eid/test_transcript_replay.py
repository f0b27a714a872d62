"""Replay the client side of every recorded AusweisApp 1.26.2 transcript against the practice card.

For each recording the practice card is configured like the recorded setup (its PC/SC reader names,
keypad, the card's counter / switched-off / PUK state, Simulator only or a virtual card), the
client's frames are sent in order (waiting, before each one, for everything recorded before it),
and every answer must equal the recorded one: message types, counters, errors, reader and card
fields. Not compared: timings; the order of a READER update relative to a neighbouring answer
(AusweisApp itself sends them in either order, see ``changepin`` vs ``changepin_transport``); and
the INFO fields ``Name``, ``Implementation-Title``, ``Implementation-Vendor`` (the practice card
names itself; version and specification fields must match).

The 1.26.2 false-success defect (``changepin_badvalues``, ``qt_client_simulator_race_false_success``):
the practice card does NOT reproduce it by default — it is reproduced only with the explicit flag
``PracticeCard(false_success=True)``, which these two replays set, so the workflow's guard can be
tested against it. ``test_false_success_not_reproduced_by_default`` shows the default behaviour.
"""

from __future__ import annotations

import json
import socket

import pytest
from websockets.sync.client import connect

from assistant.eid.practice_card import PracticeCard
from tests.eid.sdk_replay import TRANSCRIPTS, Replayer, ReplayMismatch, load, replayable

# What a recording cannot show by itself; each entry says why.
OVERRIDES: dict[str, dict] = {
    # The card still had its transport PIN 12345 (the wrong 54321, then 12345 is accepted).
    "auto_vcard_transport_pin": {"transport_pin": "12345"},
    # The PUK had been used 10 times; AusweisApp shows inoperative only after the PUK is tried.
    "auto_vcard_puk_inoperative": {"puk_uses_left": 0},
    # Recordings of the 1.26.2 false-success defect: reproduced only on the explicit flag.
    "changepin_badvalues": {"false_success": True},
    "qt_client_simulator_race_false_success": {"false_success": True},
}

# In this recording AusweisApp did not push the two Simulator READER messages at the start: it
# pushes them only to a client that is connected when its Simulator reader registers (a race;
# measured in tests/integration/conftest.py). The practice card always sends them: skip those two.
SKIP_FIRST_READERS = {"qt_client_simulator": 2}

SCAN_DELAY = 0.2


def practice_config(transcript) -> dict:
    """Practice card settings that match the recorded setup."""
    readers: list[str] = []
    keypad = False
    card: dict | None = None
    first_seen: dict[str, dict] = {}
    candidates = []
    for m in transcript.received:
        if not isinstance(m, dict):
            continue
        if m.get("msg") == "READER":
            candidates.append(m)
        elif isinstance(m.get("reader"), dict):
            candidates.append(m["reader"])
    for r in candidates:
        name = r.get("name")
        if not isinstance(name, str) or name == "Simulator" or not r.get("attached"):
            continue
        if name not in readers:
            readers.append(name)
            first_seen[name] = r
        if readers and name == readers[0]:
            keypad = keypad or bool(r.get("keypad"))
            if card is None and isinstance(r.get("card"), dict):
                card = r["card"]
    cfg: dict = {"reader_names": tuple(readers), "keypad": keypad, "scan_delay": SCAN_DELAY}
    if readers:
        cfg["card_present"] = first_seen[readers[0]].get("card") is not None
    if card is not None:
        cfg["retry_counter"] = card["retryCounter"] if not card["deactivated"] else 3
        cfg["deactivated"] = card["deactivated"]
        cfg["inoperative"] = card["inoperative"]
    cfg.update(OVERRIDES.get(transcript.name, {}))
    return cfg


def replay(transcript, card: PracticeCard, **replayer_args) -> Replayer:
    r = Replayer(card.url, **replayer_args)
    try:
        for step in transcript.steps:
            if step.kind == "expect":
                r.expect(step.payload)
                continue
            r.settle()
            if step.kind == "send":
                r.send(step.payload)
            elif step.kind == "raw":
                r.send(step.payload, raw=True)
            elif "taken off" in step.payload:
                card.remove_card()
            elif "laid back" in step.payload:
                card.insert_card()
            elif step.payload.startswith("TIMEOUT"):
                # AusweisApp answered nothing more: neither may the practice card.
                assert r.quiet(0.5) == []
        r.settle()
        extra = r.quiet(0.25)
        assert extra == [], f"the practice card sent more than recorded: {extra!r}"
    finally:
        r.close()
    return r


PATHS = replayable()
pytestmark = pytest.mark.shared_data("ausweisapp", "transcripts")


def test_all_recordings_are_replayed():
    names = {p.name for p in PATHS}
    recorded = {p.name for p in TRANSCRIPTS.glob("*.jsonl")}
    assert len(recorded) >= 20 and recorded <= names
    assert {"qt_client_simulator_ok.txt", "qt_client_simulator_race_false_success.txt"} <= names


# Without the recordings: one case, failed (CI) or skipped by the shared_data mark, never an empty set.
@pytest.mark.parametrize("path", PATHS or [None], ids=[p.name for p in PATHS] or ["recordings-missing"])
def test_practice_card_answers_like_ausweisapp(path):
    transcript = load(path)
    assert transcript.received, "an empty recording proves nothing"
    cfg = practice_config(transcript)
    with PracticeCard(**cfg) as card:
        replay(transcript, card, skip_first_readers=SKIP_FIRST_READERS.get(transcript.name, 0))


def test_config_follows_the_recording():
    vcard = practice_config(load(next(p for p in PATHS if p.name == "auto_vcard_can_puk.jsonl")))
    assert vcard["reader_names"] == ("Virtual PCD 00 00", "Virtual PCD 00 01")
    assert vcard["retry_counter"] == 3 and vcard["keypad"] is False
    retry1 = practice_config(load(next(p for p in PATHS if "retry1_cancel" in p.name)))
    assert retry1["retry_counter"] == 1
    deact = practice_config(load(next(p for p in PATHS if "deactivated" in p.name)))
    assert deact["deactivated"] is True
    sim = practice_config(load(next(p for p in PATHS if p.name == "changepin.jsonl")))
    assert sim["reader_names"] == ()


def test_a_wrong_answer_is_noticed():
    """The replay really compares: a card with another counter does not pass a recording."""
    transcript = load(next(p for p in PATHS if p.name == "auto_vcard_wrong1.jsonl"))
    cfg = practice_config(transcript) | {"retry_counter": 2}
    with PracticeCard(**cfg) as card, pytest.raises(ReplayMismatch, match="retryCounter"):
        replay(transcript, card)


@pytest.mark.parametrize("name", ["changepin_badvalues.jsonl", "qt_client_simulator_race_false_success.txt"])
def test_false_success_not_reproduced_by_default(name):
    """Without the flag, SET_CARD Simulator leads to ENTER_PIN, never to a success out of nowhere."""
    transcript = load(next(p for p in PATHS if p.name == name))
    cfg = practice_config(transcript)
    cfg.pop("false_success")
    with PracticeCard(**cfg) as card, pytest.raises(ReplayMismatch) as exc:
        replay(transcript, card)
    assert "'success': True" in str(exc.value) and "ENTER_PIN" in str(exc.value)


def test_false_success_never_happens_without_flag_even_at_once():
    """race_probe_ui_websocket.txt: with the real app SET_CARD right after INSERT_CARD sometimes
    ended in success:true without ENTER_PIN. The practice card: 20 of 20 runs reach ENTER_PIN."""
    with PracticeCard("simulator-only") as card, connect(card.url) as ws:
        reached = 0
        for _ in range(20):
            ws.send('{"cmd":"RUN_CHANGE_PIN"}')
            ws.send('{"cmd":"SET_CARD","name":"Simulator"}')
            seen = []
            while "ENTER_PIN" not in seen and "CHANGE_PIN:True" not in seen:
                m = json.loads(ws.recv(timeout=2))
                seen.append(m["msg"] + (f":{m['success']}" if "success" in m else ""))
            reached += "ENTER_PIN" in seen
            ws.send('{"cmd":"CANCEL"}')
            while json.loads(ws.recv(timeout=2)).get("success") is not False:
                pass
        assert reached == 20


# -- what the .txt notes show ------------------------------------------------------------------


def _drain(ws, until: str) -> list[dict]:
    out = []
    while True:
        m = json.loads(ws.recv(timeout=2))
        out.append(m)
        if m["msg"] == until:
            return out


def test_disconnect_midflow_starts_clean():
    """disconnect_midflow.txt: closing while the workflow waits for a card kills the workflow."""
    with PracticeCard("simulator-only") as card:
        with connect(card.url) as ws:
            ws.send('{"cmd":"RUN_CHANGE_PIN"}')
            got = _drain(ws, "INSERT_CARD")
            assert [m["msg"] for m in got][-2:] == ["CHANGE_PIN", "INSERT_CARD"]
        with connect(card.url) as ws:
            ws.send('{"cmd":"GET_STATUS"}')
            got = _drain(ws, "STATUS")
            assert [m["msg"] for m in got] == ["READER", "READER", "STATUS"]
            assert got[-1] == {"msg": "STATUS", "progress": None, "state": None, "workflow": None}
            ws.send('{"cmd":"RUN_CHANGE_PIN"}')
            assert [m["msg"] for m in _drain(ws, "INSERT_CARD")] == ["CHANGE_PIN", "INSERT_CARD"]
            ws.send('{"cmd":"CANCEL"}')
            assert _drain(ws, "CHANGE_PIN")[-1] == {"msg": "CHANGE_PIN", "success": False}


def _http_status(port: int, path: str) -> str:
    with socket.create_connection(("127.0.0.1", port), timeout=3) as s:
        s.sendall(
            (
                f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                "Sec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        return s.recv(200).decode("latin-1").split("\r\n", 1)[0]


def test_http_probe_like_ausweisapp():
    """probe_http.txt: wrong path → 404; a second client → 429 while the first still works;
    after the first closed → 101 again."""
    with PracticeCard("simulator-only") as card:
        assert " 404 " in _http_status(card.port, "/foo")
        with connect(card.url) as first:
            assert " 429 " in _http_status(card.port, "/eID-Kernel")
            first.send('{"cmd":"GET_INFO"}')
            info = _drain(first, "INFO")[-1]
            assert info["VersionInfo"]["Implementation-Version"] == "1.26.2"
        assert card.refused == 1
        for _ in range(50):  # the server notices the close a moment later
            status = _http_status(card.port, "/eID-Kernel")
            if " 101 " in status:
                break
        assert " 101 " in status
