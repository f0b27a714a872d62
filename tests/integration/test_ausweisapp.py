"""The assistant's own SdkClient (QWebSocket) against the real AusweisApp2 1.26.2, headless.

Needs /usr/bin/AusweisApp2 (Debian ``ausweisapp2``; CI installs it). Each test gets a fresh
AusweisApp on a free port (fixture in conftest.py). The PIN change uses AusweisApp's built-in
Simulator: a keypad reader, so SET_PIN / SET_NEW_PIN go without a value.
"""

from __future__ import annotations

import pytest

from assistant.eid import messages as m
from assistant.eid.client_qt import SdkClient
from assistant.eid.transport import Reason
from tests.eid.sdk_inbox import Inbox

pytestmark = pytest.mark.integration


@pytest.fixture
def client(qtbot):
    c = SdkClient(reconnect_interval=0.25)
    yield c
    c.close()


def connect(qtbot, client, url) -> Inbox:
    inbox = Inbox(qtbot, client)
    with qtbot.waitSignal(client.connected, timeout=5000):
        assert client.connect_to(url)
    return inbox


def test_version_and_api_level(qtbot, ausweisapp, client):
    inbox = connect(qtbot, client, ausweisapp.url)
    info = inbox.ask(m.get_info(), m.InfoMessage)
    assert info.version is not None and info.version.startswith("1.26")
    assert info.version_info["Specification-Title"] == "TR-03124"
    level = inbox.ask(m.get_api_level(), m.ApiLevelMessage)
    assert level.current == 2 and set(level.available) >= {1, 2}
    assert inbox.ask(m.set_api_level(1), m.ApiLevelMessage).current == 1
    # level 1 names the list "reader"; the parser hands both as .readers
    readers = inbox.ask(m.get_reader_list(), m.ReaderListMessage).readers
    assert "Simulator" in [r.name for r in readers]
    assert inbox.ask(m.set_api_level(99), m.ApiLevelMessage).error == "Unknown level"
    assert inbox.ask(m.set_api_level(2), m.ApiLevelMessage).current == 2
    assert inbox.errors == []


def test_reader_list_has_the_simulator(qtbot, ausweisapp, client):
    inbox = connect(qtbot, client, ausweisapp.url)
    readers = inbox.ask(m.get_reader_list(), m.ReaderListMessage).readers
    sim = next(r for r in readers if r.name == "Simulator")
    assert sim.attached and sim.keypad and sim.insertable and sim.card is None
    assert m.card_state(sim) is None  # no card on it
    reader = inbox.ask(m.get_reader("Simulator"), m.ReaderMessage).reader
    assert reader == sim
    gone = inbox.ask(m.get_reader("No such reader"), m.ReaderMessage).reader
    assert gone.attached is False


def _change_pin_once(qtbot, inbox: Inbox) -> bool:
    """One RUN_CHANGE_PIN with the Simulator. True = a real success (new PIN step reached)."""
    assert inbox.ask(m.run_change_pin(), m.ChangePinMessage).started
    inbox.next(m.InsertCardMessage)
    qtbot.wait(500)  # fixed wait (the real AusweisApp): the README's advice against the 1.26.2 card-connection race
    inbox.send(m.set_card("Simulator"))
    step = inbox.next((m.EnterPinMessage, m.ChangePinMessage))
    if isinstance(step, m.ChangePinMessage):
        assert step.success is True  # the defect: success without any PIN step
        return False
    state = step.card
    assert step.keypad and state is not None and state.tries_left == 3 and state.kind == "tries-3"
    inbox.send(m.set_pin())  # keypad reader: no value, the person types on the reader
    new_pin = inbox.next(m.EnterNewPinMessage)
    assert new_pin.error is None and new_pin.keypad
    inbox.send(m.set_new_pin())
    done = inbox.next(m.ChangePinMessage)
    assert done.success is True
    return True


def test_happy_path_pin_change_with_the_simulator(qtbot, ausweisapp, client):
    inbox = connect(qtbot, client, ausweisapp.url)
    # The 1.26.2 false success (CHANGE_PIN success:true right after SET_CARD, no PIN step) hits
    # here in about 1 of 3 runs whatever the wait before SET_CARD (measured 0 / 0.5 / 1.0 s);
    # the workflow counts it as "nothing changed". So: try until a real change, at most 8 times.
    for _attempt in range(8):
        if _change_pin_once(qtbot, inbox):
            break
        qtbot.wait(300)  # fixed wait (the real AusweisApp): a pause between two tries, against its race
    else:
        pytest.fail("eight false successes from AusweisApp in a row")
    status = inbox.ask(m.get_status(), m.StatusMessage)
    assert (status.workflow, status.state) == (None, None)
    assert inbox.errors == []


def test_cancel(qtbot, ausweisapp, client):
    inbox = connect(qtbot, client, ausweisapp.url)
    inbox.send(m.run_change_pin())
    inbox.next(m.InsertCardMessage)
    status = inbox.ask(m.get_status(), m.StatusMessage)
    assert (status.workflow, status.state) == ("CHANGE_PIN", "INSERT_CARD")
    assert inbox.ask(m.set_pin("123456"), m.BadStateMessage).error == "SET_PIN"
    assert inbox.ask(m.cancel(), m.ChangePinMessage).success is False
    assert inbox.ask(m.cancel(), m.BadStateMessage).error == "CANCEL"


def test_malformed_messages_are_answered_without_harm(qtbot, ausweisapp, client):
    inbox = connect(qtbot, client, ausweisapp.url)
    client.send_raw("this is not json")
    assert inbox.next(m.InvalidMessage).error == "illegal value (offset: 1)"
    client.send_raw('{"cmd": 42}')
    assert inbox.next(m.InvalidMessage).error == "Command cannot be undefined"
    client.send_raw("[1, 2, 3]")
    assert inbox.next(m.InvalidMessage).error == "Command cannot be undefined"
    client.send_raw('{"cmd": "FOO_BAR"}')
    assert inbox.next(m.UnknownCommandMessage).error == "FOO_BAR"
    assert inbox.ask(m.set_card("Simulator"), m.BadStateMessage).error == "SET_CARD"
    # the connection stays usable
    assert client.is_connected
    assert inbox.ask(m.get_info(), m.InfoMessage).version.startswith("1.26")
    assert inbox.errors == [] and inbox.reasons == []


def test_second_client_is_refused_and_reported_busy(qtbot, ausweisapp, client):
    inbox = connect(qtbot, client, ausweisapp.url)
    second = SdkClient(reconnect_interval=0.25)
    try:
        with qtbot.waitSignal(second.disconnected, timeout=5000) as blocker:
            second.connect_to(ausweisapp.url)
        assert blocker.args == [Reason.BUSY]
        assert not second.is_connected
        # the first client still works
        assert inbox.ask(m.get_info(), m.InfoMessage).version.startswith("1.26")
        # once the first one leaves, the second one gets in by itself
        with qtbot.waitSignal(second.connected, timeout=5000):
            client.close()
    finally:
        second.close()


def test_ausweisapp_killed_midway_then_restarted(qtbot, ausweisapp, client):
    inbox = connect(qtbot, client, ausweisapp.url)
    inbox.send(m.run_change_pin())
    inbox.next(m.InsertCardMessage)
    port = ausweisapp.port
    with qtbot.waitSignal(client.disconnected, timeout=5000) as blocker:
        ausweisapp.kill()
    assert blocker.args == [Reason.CLOSED]
    qtbot.waitUntil(lambda: client.last_reason == Reason.NOT_RUNNING, timeout=3000)
    with qtbot.waitSignal(client.connected, timeout=5000):
        ausweisapp.start(port=port, ready=False)  # our client is its first one
    # a new AusweisApp: the old workflow is gone
    status = inbox.ask(m.get_status(), m.StatusMessage)
    assert status.workflow is None
    assert inbox.reasons == [Reason.CLOSED, Reason.NOT_RUNNING]


def test_not_running_is_reported_and_found_when_it_appears(qtbot, ausweisapp, client):
    port = ausweisapp.port
    ausweisapp.stop()
    with qtbot.waitSignal(client.disconnected, timeout=5000) as blocker:
        client.connect_to(f"ws://127.0.0.1:{port}/eID-Kernel")
    assert blocker.args == [Reason.NOT_RUNNING]
    with qtbot.waitSignal(client.connected, timeout=5000):
        ausweisapp.start(port=port, ready=False)


def test_ausweisapp_closed_normally(qtbot, ausweisapp, client):
    connect(qtbot, client, ausweisapp.url)
    with qtbot.waitSignal(client.disconnected, timeout=5000) as blocker:
        assert ausweisapp.stop() == 0  # SIGTERM: AusweisApp ends cleanly
    assert blocker.args == [Reason.CLOSED]
