"""The connection an eID page uses: the real AusweisApp, or the practice card.

``EidConnection`` owns one :class:`~assistant.eid.client_qt.SdkClient` (a child, so it closes with
the page) and sends commands for the page, wiping each secret right after it went out.

Practice mode is shared by all eID pages of the running program (``PRACTICE``): once the person
chose it, the card check and the PIN change both use the practice card until they end it — so the
guide does not silently switch back to the real card between two steps.

Where AusweisApp is: ``ws://127.0.0.1:24727/eID-Kernel``; ``LOTSE_AUSWEISAPP_URL`` changes it (only
addresses on this computer are accepted, see ``assistant.eid.transport.check_url``).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, Signal

from assistant.core.visit import forget_at_visit_end
from assistant.eid.client_qt import SdkClient
from assistant.eid.messages import Command
from assistant.eid.practice_card import (
    PRACTICE_CAN,
    PRACTICE_PIN,
    PRACTICE_PUK,
    PracticeCard,
    PracticeCardError,
)
from assistant.eid.transport import DEFAULT_URL, Reason
from assistant.eid.workflow import wipe

log = logging.getLogger(__name__)

URL_ENV = "LOTSE_AUSWEISAPP_URL"
SIMULATOR_ENV = "LOTSE_AUSWEISAPP_SIMULATOR"  # "1": use AusweisApp's built-in Simulator card (demos, tests)

#: what the person may practise (the practice card's scenario for each choice)
PRACTICE_CHOICES = ("transport-pin", "tries-3", "tries-1", "blocked")


def ausweisapp_url() -> str:
    return os.environ.get(URL_ENV) or DEFAULT_URL


def use_ausweisapp_simulator() -> bool:
    """True when the PIN change should use AusweisApp's own Simulator card instead of a real one."""
    return os.environ.get(SIMULATOR_ENV, "") == "1"


class PracticeHolder:
    """The one practice card of this program (or none)."""

    def __init__(self) -> None:
        self.card: PracticeCard | None = None
        self.factory = PracticeCard  # scenario -> PracticeCard (tests set other made-up values here)

    @property
    def active(self) -> bool:
        return self.card is not None and self.card.running

    def start(self, card: PracticeCard | None = None, scenario: str = "tries-3") -> str:
        """Start ``card`` (or a new one for ``scenario``) on a free loopback port; returns its URL."""
        self.stop()
        self.card = card or self.factory(scenario)
        return self.card.start()

    def stop(self) -> None:
        card, self.card = self.card, None
        if card is not None:
            card.stop()

    def values(self) -> tuple[str | None, str, str, str]:
        """(transport PIN or None, own PIN, CAN, PUK) of the practice card — made-up, public numbers."""
        spec = self.card.spec if self.card is not None else None
        if spec is None:
            return None, PRACTICE_PIN, PRACTICE_CAN, PRACTICE_PUK
        return spec.transport_pin, spec.pin, spec.can, spec.puk


PRACTICE = PracticeHolder()
forget_at_visit_end(PRACTICE.stop)  # the next person starts with the real card


class EidConnection(QObject):
    """Signals as the SdkClient's: ``connected()``, ``disconnected(str)``, ``message(object)``."""

    connected = Signal()
    disconnected = Signal(str)
    message = Signal(object)
    unreadable = Signal()  # a frame that is not a valid SDK message arrived

    def __init__(
        self, parent: QObject | None = None, *, reconnect_interval: float = 2.0, allow_practice: bool = True
    ) -> None:
        super().__init__(parent)
        self.allow_practice = allow_practice
        self.client = SdkClient(self, reconnect_interval=reconnect_interval)
        self.client.connected.connect(self.connected)
        self.client.disconnected.connect(self._on_disconnected)
        self.client.message.connect(self.message)
        self.client.protocol_error.connect(self._on_protocol_error)
        self._practice_url: str | None = None

    @property
    def practising(self) -> bool:
        return self.allow_practice and PRACTICE.active

    @property
    def is_connected(self) -> bool:
        return self.client.is_connected

    def open(self) -> None:
        """Connect to the practice card if practice mode is on, else to AusweisApp."""
        if self.practising and PRACTICE.card is not None:
            self._practice_url = url = PRACTICE.card.url
        else:
            self._practice_url, url = None, ausweisapp_url()
        self.client.connect_to(url)

    def start_practice(self, card: PracticeCard | None = None, scenario: str = "tries-3") -> bool:
        self.client.close()
        try:
            PRACTICE.start(card, scenario)
        except (PracticeCardError, OSError) as exc:
            log.warning("eID: the practice card did not start (%s)", type(exc).__name__)
            PRACTICE.stop()
            self.open()
            return False
        self.open()
        return True

    def stop_practice(self) -> None:
        """End practice mode; the caller opens the real connection (after resetting its machine)."""
        self.client.close()
        PRACTICE.stop()

    def retry(self) -> None:
        self.client.retry_now()

    def send(self, commands: list[Command]) -> None:
        """Send each command, then forget any secret it carried.

        In practice mode the practice card (our own process) reads the frame: its WebSocket parser
        keeps the last frame until the next one arrives, so a ping follows each secret and the
        typed number is released at once, as on the real path (issue 17).
        """
        for cmd in commands:
            secret = cmd.secret is not None
            try:
                if not self.client.send(cmd):
                    log.info("eID: %s not sent (no connection)", cmd.cmd)
                elif secret and self._practice_url is not None:
                    self.client.ping()
            finally:
                wipe(cmd)

    def close(self) -> None:
        self.client.close()

    def _on_disconnected(self, reason: str) -> None:
        if reason != Reason.STOPPED:
            log.info("eID: connection to AusweisApp: %s", reason)
        practice_gone = self._practice_url is not None and not PRACTICE.active
        self.disconnected.emit(reason)
        if practice_gone:  # the practice card stopped: from now on, look for the real AusweisApp
            PRACTICE.stop()
            self.open()

    def _on_protocol_error(self, text: str) -> None:
        log.info("eID: unreadable message from AusweisApp (%s)", text[:80])
        self.unreadable.emit()
