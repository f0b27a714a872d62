"""The Qt-free protocol layer: parsing real AusweisApp messages, commands, secrets, card state."""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import pytest

from assistant.eid import messages as m
from assistant.eid.transport import DEFAULT_URL, Reason, check_url, reason_for_handshake_error
from tests.eid.sdk_replay import load, replayable

RECEIVED = [msg for p in replayable() for msg in load(p).received]

EXPECTED_CLASS = {
    "READER": m.ReaderMessage,
    "READER_LIST": m.ReaderListMessage,
    "INFO": m.InfoMessage,
    "API_LEVEL": m.ApiLevelMessage,
    "STATUS": m.StatusMessage,
    "CHANGE_PIN": m.ChangePinMessage,
    "INSERT_CARD": m.InsertCardMessage,
    "ENTER_PIN": m.EnterPinMessage,
    "ENTER_CAN": m.EnterCanMessage,
    "ENTER_PUK": m.EnterPukMessage,
    "ENTER_NEW_PIN": m.EnterNewPinMessage,
    "INVALID": m.InvalidMessage,
    "UNKNOWN_COMMAND": m.UnknownCommandMessage,
    "BAD_STATE": m.BadStateMessage,
}


@pytest.mark.shared_data("ausweisapp", "transcripts")
def test_every_recorded_message_parses_into_its_class():
    assert len(RECEIVED) > 300
    seen = set()
    for raw in RECEIVED:
        parsed = m.parse(json.dumps(raw))
        assert not isinstance(parsed, m.ProtocolError), (raw, parsed)
        assert type(parsed) is EXPECTED_CLASS[raw["msg"]]
        assert parsed.msg == raw["msg"] and parsed.raw == raw
        seen.add(raw["msg"])
    assert seen == set(EXPECTED_CLASS)  # the recordings cover every modelled message


def test_reader_fields_and_card_state():
    raw = {
        "attached": True,
        "card": {"deactivated": False, "inoperative": False, "retryCounter": 1},
        "insertable": False,
        "keypad": False,
        "msg": "READER",
        "name": "Virtual PCD 00 00",
    }
    msg = m.parse(json.dumps(raw))
    assert msg.reader == m.ReaderInfo("Virtual PCD 00 00", True, False, False, m.CardInfo(1, False, False))
    state = m.card_state(msg.reader)
    assert state.kind == "tries-1" and state.needs_can and not state.blocked
    assert state.tries_left == 1 and state.reader_name == "Virtual PCD 00 00"


@pytest.mark.parametrize(
    "card, kind",
    [
        ({"deactivated": False, "inoperative": False, "retryCounter": 3}, "tries-3"),
        ({"deactivated": False, "inoperative": False, "retryCounter": 2}, "tries-2"),
        ({"deactivated": False, "inoperative": False, "retryCounter": 1}, "tries-1"),
        ({"deactivated": False, "inoperative": False, "retryCounter": 0}, "blocked"),
        ({"deactivated": False, "inoperative": True, "retryCounter": 0}, "inoperative"),
        # switched off: the counter also reads 0, but it is not "blocked" (no PUK!)
        ({"deactivated": True, "inoperative": False, "retryCounter": 0}, "deactivated"),
    ],
)
def test_card_state_kinds(card, kind):
    reader = m.parse(
        json.dumps(
            {
                "msg": "ENTER_PIN",
                "reader": {"attached": True, "card": card, "insertable": False, "keypad": True, "name": "R"},
            }
        )
    )
    state = reader.card
    assert state.kind == kind and state.keypad
    assert state.blocked == (kind == "blocked")


def test_no_card_no_state():
    msg = m.parse('{"msg":"READER","name":"Simulator","attached":true,"card":null,"insertable":true,"keypad":true}')
    assert msg.reader.card is None and m.card_state(msg.reader) is None
    gone = m.parse('{"msg":"READER","name":"X","attached":false}')
    assert gone.reader.attached is False and m.card_state(gone.reader) is None
    err = m.parse('{"msg":"READER","error":"Name cannot be undefined"}')
    assert err.reader is None and err.error == "Name cannot be undefined"


def test_api_level_1_reader_list_uses_reader_key():
    lvl1 = m.parse(
        '{"msg":"READER_LIST","reader":[{"attached":true,"card":null,"insertable":true,'
        '"keypad":true,"name":"Simulator"}]}'
    )
    lvl2 = m.parse(
        '{"msg":"READER_LIST","readers":[{"attached":true,"card":null,"insertable":true,'
        '"keypad":true,"name":"Simulator"}]}'
    )
    assert lvl1.readers == lvl2.readers and lvl1.readers[0].name == "Simulator"


def test_change_pin_started_and_result():
    assert m.parse('{"msg":"CHANGE_PIN"}').started
    assert m.parse('{"msg":"CHANGE_PIN","success":false}').success is False
    assert m.parse('{"msg":"CHANGE_PIN","success":true}').success is True


@pytest.mark.parametrize(
    "text, kind, field",
    [
        ("this is not json", "not-json", ""),
        ("", "not-json", ""),
        (b"\xff\xfe", "not-json", ""),
        ("[1, 2]", "not-object", ""),
        ('"READER"', "not-object", ""),
        ("{}", "no-msg", "msg"),
        ('{"msg": 5}', "no-msg", "msg"),
        ('{"msg": "READER", "name": 5}', "bad-field", "name"),
        ('{"msg": "READER", "name": "x", "attached": "yes"}', "bad-field", "attached"),
        ('{"msg": "READER", "name": "x", "card": []}', "bad-field", "card"),
        ('{"msg": "READER", "name": "x", "card": {"retryCounter": "3"}}', "bad-field", "retryCounter"),
        ('{"msg": "ENTER_PIN", "reader": 7}', "bad-field", "reader"),
        ('{"msg": "CHANGE_PIN", "success": "true"}', "bad-field", "success"),
        ('{"msg": "API_LEVEL", "available": [1, "2"]}', "bad-field", "available"),
        ('{"msg": "READER_LIST", "readers": {}}', "bad-field", "readers"),
        ('{"msg": "STATUS", "progress": "0"}', "bad-field", "progress"),
        ('{"msg": "INVALID", "error": 3}', "bad-field", "error"),
    ],
)
def test_bad_frames_become_protocol_errors(text, kind, field):
    result = m.parse(text)
    assert isinstance(result, m.ProtocolError)
    assert (result.kind, result.field) == (kind, field)


def test_protocol_error_never_repeats_the_frame():
    result = m.parse('{"msg": "READER", "name": "x", "attached": "SECRET-987654"}')
    assert "987654" not in str(result) and "987654" not in repr(result)


def test_unmodelled_messages_are_unknown():
    auth = m.parse('{"msg":"AUTH","result":{"major":"x"}}')
    assert isinstance(auth, m.Unknown) and auth.msg == "AUTH"


def test_commands_on_the_wire():
    assert m.get_info().to_dict() == {"cmd": "GET_INFO"}
    assert m.set_api_level(1).to_dict() == {"cmd": "SET_API_LEVEL", "level": 1}
    assert m.get_reader("Simulator").to_dict() == {"cmd": "GET_READER", "name": "Simulator"}
    assert m.set_card().to_dict() == {"cmd": "SET_CARD", "name": "Simulator"}
    assert m.set_pin().to_dict() == {"cmd": "SET_PIN"}  # keypad reader: no value
    assert json.loads(m.set_puk("3333333333").to_json()) == {"cmd": "SET_PUK", "value": "3333333333"}
    for builder in (m.get_api_level, m.get_reader_list, m.get_status, m.run_change_pin, m.cancel):
        assert set(builder().to_dict()) == {"cmd"}


def test_secrets_never_show():
    sentinel = "918273"
    secret = m.Secret(sentinel)
    cmds = [m.set_pin(sentinel), m.set_new_pin(secret), m.set_can(sentinel), m.set_puk("9182736450")]
    for obj in [secret, *cmds]:
        for text in (repr(obj), str(obj), f"{obj}", f"{obj!r}", f"{[obj]}", f"{ {'k': obj} }"):
            assert sentinel not in text and "9182736450" not in text
    assert repr(cmds[0]) == "Command(cmd='SET_PIN', value=***)"
    with pytest.raises(TypeError) as exc:
        pickle.dumps(secret)
    assert sentinel not in str(exc.value)
    with pytest.raises(TypeError) as exc:
        m.Secret(918273)  # type: ignore[arg-type]
    assert sentinel not in str(exc.value)
    assert secret.reveal() == sentinel and len(secret) == 6
    secret.wipe()
    assert secret.reveal() == ""


@pytest.mark.parametrize(
    "cmd, value, keypad, error",
    [
        ("SET_PIN", "12345", False, None),
        ("SET_PIN", "123456", False, None),
        ("SET_PIN", "12", False, "You must provide 5 - 6 digits"),
        ("SET_PIN", "12a456", False, "You must provide 5 - 6 digits"),
        ("SET_PIN", "", False, "You must provide 5 - 6 digits"),
        ("SET_PIN", 123456, False, "Invalid value"),
        ("SET_PIN", None, False, "Value cannot be undefined"),
        ("SET_PIN", None, True, None),
        ("SET_PIN", "123456", True, "Value cannot be defined"),
        ("SET_NEW_PIN", "12345", False, "You must provide 6 digits"),
        ("SET_NEW_PIN", m.Secret("654321"), False, None),
        ("SET_CAN", "1234567", False, "You must provide 6 digits"),
        ("SET_PUK", "123456789", False, "You must provide 10 digits"),
        ("SET_PUK", "3333333333", False, None),
    ],
)
def test_check_value_like_ausweisapp(cmd, value, keypad, error):
    assert m.check_value(cmd, value, keypad=keypad) == error


@pytest.mark.shared_data("ausweisapp", "transcripts")
def test_check_value_texts_are_the_recorded_ones():
    recorded = {raw.get("error") for raw in RECEIVED if raw["msg"].startswith("ENTER_")} - {None}
    ours = {text for _, text in m.FORMAT_ERRORS.values()} | {m.VALUE_UNDEFINED, m.VALUE_INVALID}
    assert recorded == ours


@pytest.mark.parametrize(
    "url, ok",
    [
        (DEFAULT_URL, DEFAULT_URL),
        ("ws://localhost:1234", "ws://127.0.0.1:1234/eID-Kernel"),
        ("ws://127.0.0.2:99/eID-Kernel", "ws://127.0.0.2:99/eID-Kernel"),
        ("ws://[::1]:5/eID-Kernel", "ws://[::1]:5/eID-Kernel"),
        ("ws://127.0.0.1/eID-Kernel", DEFAULT_URL),
        ("wss://127.0.0.1:24727/eID-Kernel", None),
        ("http://127.0.0.1:24727/eID-Kernel", None),
        ("ws://192.168.1.5:24727/eID-Kernel", None),
        ("ws://example.org:24727/eID-Kernel", None),
        ("ws://0.0.0.0:24727/eID-Kernel", None),
        ("ws://user@127.0.0.1:24727/", None),
        ("ws://127.0.0.1:99999/", None),
        ("", None),
    ],
)
def test_only_loopback_websocket_urls(url, ok):
    assert check_url(url)[0] == ok
    if ok is None:
        assert check_url(url)[1]


def test_handshake_errors_map_to_reasons():
    qt_429 = (
        "QWebSocketPrivate::processHandshake: Unhandled http status code: 429 (Too Many Requests)."  # qt_client_429.txt
    )
    assert reason_for_handshake_error(qt_429) == Reason.BUSY
    assert reason_for_handshake_error("Connection refused") == Reason.NOT_RUNNING
    assert (
        reason_for_handshake_error("QWebSocketPrivate::processHandshake: Unhandled http status code: 404 (Not Found).")
        == Reason.WRONG_SERVICE
    )


def test_protocol_modules_are_qt_free():
    """Only client_qt.py of assistant/eid may import PySide6 (architecture rule)."""
    eid = Path(m.__file__).parent
    for path in eid.glob("*.py"):
        if path.name == "client_qt.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in names), path.name
