"""SdkClient (QWebSocket) against the practice card and small loopback servers: connection reasons,
reconnecting by itself, bad frames, User-Agent, a whole PIN change with CAN."""

from __future__ import annotations

import socket
import threading

import pytest
from websockets.sync.server import serve

from assistant import __version__
from assistant.eid import messages as m
from assistant.eid.client_qt import SdkClient
from assistant.eid.practice_card import PRACTICE_CAN, PRACTICE_PIN, PracticeCard
from assistant.eid.transport import Reason
from tests.eid.sdk_inbox import Inbox
from tests.ports import free_port


@pytest.fixture
def client():
    c = SdkClient(reconnect_interval=0.1)
    yield c
    c.close()


@pytest.fixture
def card():
    c = PracticeCard(scan_delay=0.05)
    c.start()
    yield c
    c.stop()


def test_connects_with_user_agent_and_reads_the_card(qtbot, client, card):
    inbox = Inbox(qtbot, client)
    with qtbot.waitSignal(client.connected, timeout=3000):
        assert client.connect_to(card.url)
    assert client.is_connected and client.url == card.url
    reader = inbox.next(m.ReaderMessage, where=lambda r: r.reader.card is not None).reader
    assert m.card_state(reader).kind == "tries-3"
    assert card.user_agents == [f"Lotse/{__version__}"]


def test_pin_change_with_can_through_the_client(qtbot, client):
    with PracticeCard("tries-1", scan_delay=0.05) as card:
        inbox = Inbox(qtbot, client)
        with qtbot.waitSignal(client.connected, timeout=3000):
            client.connect_to(card.url)
        inbox.next(m.ReaderMessage, where=lambda r: r.reader.card is not None)
        inbox.send(m.run_change_pin())
        can = inbox.next(m.EnterCanMessage)
        assert can.card.needs_can and can.card.tries_left == 1
        short = inbox.ask(m.set_can("12345"), m.EnterCanMessage)
        assert short.error == "You must provide 6 digits"
        pin = inbox.ask(m.set_can(m.Secret(PRACTICE_CAN)), m.EnterPinMessage)
        assert pin.card.tries_left == 1
        inbox.ask(m.set_pin(PRACTICE_PIN), m.EnterNewPinMessage)
        assert inbox.ask(m.set_new_pin("482915"), m.ChangePinMessage).success is True
        assert card.card_state()["retryCounter"] == 3
        assert inbox.errors == []


def test_refused_address_is_not_tried(qtbot, client):
    for url in (
        "ws://192.168.1.10:24727/eID-Kernel",
        "wss://127.0.0.1:24727/eID-Kernel",
        "http://127.0.0.1/",
        "ws://example.org/eID-Kernel",
    ):
        with qtbot.waitSignal(client.disconnected, timeout=1000) as blocker:
            assert client.connect_to(url) is False
        assert blocker.args == [Reason.REFUSED_ADDRESS]
        assert client.url is None and not client.is_connected


def test_not_running_reported_once_then_found(qtbot, client):
    port = free_port()
    inbox = Inbox(qtbot, client)
    with qtbot.waitSignal(client.disconnected, timeout=3000) as blocker:
        client.connect_to(f"ws://127.0.0.1:{port}/eID-Kernel")
    assert blocker.args == [Reason.NOT_RUNNING]
    for _ in range(5):  # several retries (every 0.1 s) …
        with qtbot.waitSignal(client._retry_timer.timeout, timeout=3000):
            pass
    assert inbox.reasons == [Reason.NOT_RUNNING]  # … but one message, not one per retry
    assert client.send(m.get_info()) is False  # nothing is queued while not connected
    card = PracticeCard(port=port, scan_delay=0.05)
    try:
        with qtbot.waitSignal(client.connected, timeout=3000):
            card.start()
        assert inbox.ask(m.get_info(), m.InfoMessage).version == "1.26.2"
    finally:
        card.stop()


def test_closed_and_reconnects_when_it_comes_back(qtbot, client, card):
    inbox = Inbox(qtbot, client)
    with qtbot.waitSignal(client.connected, timeout=3000):
        client.connect_to(card.url)
    with qtbot.waitSignal(client.disconnected, timeout=3000) as blocker:
        card.stop()
    assert blocker.args == [Reason.CLOSED]
    qtbot.waitUntil(lambda: client.last_reason == Reason.NOT_RUNNING, timeout=3000)
    with qtbot.waitSignal(client.connected, timeout=3000):
        card.start()
    assert inbox.reasons == [Reason.CLOSED, Reason.NOT_RUNNING]


def test_second_program_makes_it_busy(qtbot, client, card):
    with qtbot.waitSignal(client.connected, timeout=3000):
        client.connect_to(card.url)
    other = SdkClient(reconnect_interval=0.1)
    try:
        with qtbot.waitSignal(other.disconnected, timeout=3000) as blocker:
            other.connect_to(card.url)
        assert blocker.args == [Reason.BUSY] and other.last_reason == Reason.BUSY
        with qtbot.waitSignal(other.connected, timeout=3000):
            client.close()
    finally:
        other.close()


def test_close_stops_and_says_so(qtbot, client, card):
    with qtbot.waitSignal(client.connected, timeout=3000):
        client.connect_to(card.url)
    with qtbot.waitSignal(client.disconnected, timeout=1000) as blocker:
        client.close()
    assert blocker.args == [Reason.STOPPED]
    assert not client._retry_timer.isActive()  # nothing will try again
    assert not client.is_connected and card.user_agents == [f"Lotse/{__version__}"]


def test_retry_now_does_not_wait_for_the_interval(qtbot):
    slow = SdkClient(reconnect_interval=60)
    port = free_port()
    try:
        with qtbot.waitSignal(slow.disconnected, timeout=3000):
            slow.connect_to(f"ws://127.0.0.1:{port}/eID-Kernel")
        with PracticeCard(port=port, scan_delay=0.05), qtbot.waitSignal(slow.connected, timeout=3000):
            slow.retry_now()
    finally:
        slow.close()


def test_something_else_on_the_port_is_wrong_service(qtbot, client, httpserver):
    httpserver.expect_request("/eID-Kernel").respond_with_data("hello", status=200)
    with qtbot.waitSignal(client.disconnected, timeout=3000) as blocker:
        client.connect_to(f"ws://127.0.0.1:{httpserver.port}/eID-Kernel")
    assert blocker.args == [Reason.WRONG_SERVICE]


def test_silent_server_times_out_as_wrong_service(qtbot):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    c = SdkClient(reconnect_interval=5, handshake_timeout=0.3)
    try:
        with qtbot.waitSignal(c.disconnected, timeout=3000) as blocker:
            c.connect_to(f"ws://127.0.0.1:{listener.getsockname()[1]}/eID-Kernel")
        assert blocker.args == [Reason.WRONG_SERVICE]
    finally:
        c.close()
        listener.close()


FRAMES = [
    "this is not json",
    "[1, 2]",
    '{"no": "msg"}',
    '{"msg": "READER", "name": 7}',
    '{"msg": "AUTH"}',
    '{"msg": "INFO", "VersionInfo": {"Implementation-Version": "1.26.2"}}',
]


def test_bad_frames_become_protocol_errors_and_the_connection_stays(qtbot, client):
    def handler(ws):
        for frame in FRAMES:
            ws.send(frame)
        ws.send(b'{"msg": "INSERT_CARD"}')  # a binary frame is read as text
        for _ in ws:
            pass

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        inbox = Inbox(qtbot, client)
        with qtbot.waitSignal(client.connected, timeout=3000):
            client.connect_to(f"ws://127.0.0.1:{server.socket.getsockname()[1]}/eID-Kernel")
        inbox.next(m.InsertCardMessage)
        assert [e.split(":")[0] for e in inbox.errors] == ["not-json", "not-object", "no-msg", "bad-field"]
        assert isinstance(inbox.items[0], m.Unknown) and inbox.items[0].msg == "AUTH"
        assert isinstance(inbox.items[1], m.InfoMessage)
        assert client.is_connected
        client.close()
        server.shutdown()


def test_no_secret_in_logs_or_output(qtbot, client, caplog, capfd):
    """A whole practice PIN change with sentinel values, every logger at DEBUG: no trace of them."""
    import logging

    caplog.set_level(logging.DEBUG)
    new_pin = "730519"
    with PracticeCard("tries-2", scan_delay=0.05, pin="864209") as card:
        inbox = Inbox(qtbot, client)
        with qtbot.waitSignal(client.connected, timeout=3000):
            client.connect_to(card.url)
        inbox.send(m.run_change_pin())
        inbox.next(m.EnterPinMessage)
        inbox.ask(m.set_pin("999999"), m.EnterCanMessage)
        inbox.ask(m.set_can("222222"), m.EnterPinMessage)
        inbox.ask(m.set_pin(m.Secret("864209")), m.EnterNewPinMessage)
        assert inbox.ask(m.set_new_pin(new_pin), m.ChangePinMessage).success
        text = caplog.text + "".join(capfd.readouterr()) + repr(inbox.items) + repr(vars(card))
        text += repr(card.engine.readers) + repr(vars(card.engine))
    for sentinel in ("864209", "999999", new_pin):
        assert sentinel not in text


def test_switching_from_one_service_to_another(qtbot, client, card):
    """E.g. from AusweisApp to the practice card: the old connection ends without a signal."""
    inbox = Inbox(qtbot, client)
    with qtbot.waitSignal(client.connected, timeout=3000):
        client.connect_to(card.url)
    with PracticeCard("tries-1", scan_delay=0.05) as other:
        with qtbot.waitSignal(client.connected, timeout=3000):
            client.connect_to(other.url)
        assert client.url == other.url
        inbox.skip_all()
        with_card = inbox.next(m.ReaderMessage, where=lambda r: r.reader.card is not None)
        assert with_card.reader.card.retry_counter == 1  # the other card's state
    qtbot.waitUntil(lambda: client.last_reason == Reason.NOT_RUNNING, timeout=3000)
    assert inbox.reasons == [Reason.CLOSED, Reason.NOT_RUNNING]  # only the second one's end
