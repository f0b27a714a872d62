"""Collects what an SdkClient emits, for pytest-qt tests (practice card and real AusweisApp)."""

from __future__ import annotations

from assistant.eid import messages as m


class Inbox:
    """Every message, protocol error and disconnect reason the client emitted, in order.

    ``next(cls)`` waits (Qt event loop running) for the next message of type ``cls`` after the
    previous ``next``; messages of other types in between are skipped but kept in ``items``.
    """

    def __init__(self, qtbot, client) -> None:
        self.qtbot = qtbot
        self.client = client
        self.items: list = []
        self.errors: list[str] = []
        self.reasons: list[str] = []
        self.pos = 0
        client.message.connect(self.items.append)
        client.protocol_error.connect(self.errors.append)
        client.disconnected.connect(self.reasons.append)

    def next(self, cls, timeout: int = 5000, where=lambda msg: True):
        found: list = []

        def check() -> bool:
            while not found and self.pos < len(self.items):
                msg = self.items[self.pos]
                self.pos += 1
                if isinstance(msg, cls) and where(msg):
                    found.append(msg)
            return bool(found)

        self.qtbot.waitUntil(check, timeout=timeout)
        return found[0]

    def skip_all(self) -> None:
        self.pos = len(self.items)

    def send(self, command) -> None:
        assert self.client.send(command), f"not connected, could not send {command!r}"

    def ask(self, command, cls, timeout: int = 5000):
        self.send(command)
        return self.next(cls, timeout)


def card_of(msg: m.EnterMessage) -> m.CardState:
    state = msg.card
    assert state is not None
    return state
