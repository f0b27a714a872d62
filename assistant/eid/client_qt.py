"""The connection to AusweisApp on Qt's QWebSocket (the one file of assistant.eid that uses Qt).

:class:`SdkClient` never blocks: it connects, reads and reconnects on the Qt event loop. Received
frames are parsed by :mod:`assistant.eid.messages`; nothing it logs or emits ever contains a
PIN, CAN or PUK (commands carry them as :class:`~assistant.eid.messages.Secret`).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QObject, QTimer, QUrl, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkRequest
from PySide6.QtWebSockets import QWebSocket

from assistant.core.json_types import JsonObject
from assistant.eid import messages
from assistant.eid.transport import (
    DEFAULT_URL,
    USER_AGENT,
    Reason,
    check_url,
    reason_for_handshake_error,
)


class SdkClient(QObject):
    """One client of the AusweisApp SDK.

    Signals
      ``connected()`` — the WebSocket is open (AusweisApp answers).
      ``disconnected(str reason)`` — a :class:`~assistant.eid.transport.Reason` value:
      ``not-running``, ``busy`` (HTTP 429: another program uses AusweisApp), ``closed``,
      ``refused-address``, ``wrong-service``, ``stopped``. While it keeps failing for the same
      reason it is emitted once, not on every retry.
      ``message(object)`` — a parsed message (``assistant.eid.messages.*Message`` / ``Unknown``).
      ``protocol_error(str)`` — a received frame was not a valid SDK message (short English
      description, for logs; the connection stays open).

    After ``connect_to()`` it keeps trying every ``reconnect_interval`` seconds while AusweisApp
    is not running, busy or gone, so it reconnects by itself when AusweisApp appears. ``close()``
    stops that. ``retry_now()`` tries at once (the "Erneut versuchen" button).
    """

    connected = Signal()
    disconnected = Signal(str)
    message = Signal(object)
    protocol_error = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        reconnect_interval: float = 2.0,
        auto_reconnect: bool = True,
        user_agent: str = USER_AGENT,
        handshake_timeout: float = 5.0,
    ) -> None:
        super().__init__(parent)
        self.reconnect_interval = reconnect_interval
        self.auto_reconnect = auto_reconnect
        self.user_agent = user_agent
        self.handshake_timeout = handshake_timeout
        self._url: str | None = None
        self._socket: QWebSocket | None = None
        self._is_open = False
        self._wanted = False
        self._last_reason: str | None = None
        self._attempt_done = True
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._attempt)
        self._handshake_timer = QTimer(self)
        self._handshake_timer.setSingleShot(True)
        self._handshake_timer.timeout.connect(self._on_handshake_timeout)

    # -- public API ---------------------------------------------------------------------------

    @property
    def url(self) -> str | None:
        return self._url

    @property
    def is_connected(self) -> bool:
        return self._is_open

    @property
    def last_reason(self) -> str | None:
        """The reason of the last ``disconnected`` signal (None while connected / never failed)."""
        return self._last_reason

    def connect_to(self, url: str = DEFAULT_URL) -> bool:
        """Start connecting to ``url`` (ws:// to this computer only). Returns at once.

        A refused address returns False and emits ``disconnected("refused-address")`` from the
        event loop; nothing is tried then. Called while connected, it leaves the old connection
        without a signal and connects to ``url`` (e.g. from AusweisApp to the practice card).
        """
        normalised, _why = check_url(url)
        self._drop_socket()
        self._retry_timer.stop()
        if normalised is None:
            self._wanted = False
            self._url = None
            QTimer.singleShot(0, self, lambda: self._report(Reason.REFUSED_ADDRESS, force=True))
            return False
        self._url = normalised
        self._wanted = True
        self._last_reason = None
        self._attempt()
        return True

    def retry_now(self) -> None:
        """Try again at once (if not connected and a URL is set)."""
        if self._url and not self._is_open and self._attempt_done:
            self._wanted = True
            self._retry_timer.stop()
            self._attempt()

    def close(self) -> None:
        """Disconnect and stop reconnecting; emits ``disconnected("stopped")`` if it was open."""
        was_open = self._is_open
        self._wanted = False
        self._retry_timer.stop()
        self._drop_socket()
        if was_open:
            self._report(Reason.STOPPED, force=True)

    def send(self, command: messages.Command | JsonObject) -> bool:
        """Send one command. False if not connected (nothing is queued: the caller decides)."""
        if not self._is_open or self._socket is None:
            return False
        if isinstance(command, messages.Command):
            text = command.to_json()
        elif isinstance(command, dict):
            text = json.dumps(command, ensure_ascii=False)
        else:
            return False
        sent = self._socket.sendTextMessage(text)
        del text
        return sent > 0

    def ping(self) -> None:
        """Send a WebSocket ping (no payload); does nothing when not connected."""
        if self._is_open and self._socket is not None:
            self._socket.ping()

    def send_raw(self, text: str) -> bool:
        """Send a raw text frame (tests of malformed input)."""
        if not self._is_open or self._socket is None:
            return False
        return self._socket.sendTextMessage(text) >= 0

    # -- internals ----------------------------------------------------------------------------

    def _attempt(self) -> None:
        if not self._wanted or self._url is None:
            return
        self._drop_socket()
        sock = QWebSocket("", parent=self)
        sock.connected.connect(lambda s=sock: self._on_connected(s))
        sock.disconnected.connect(lambda s=sock: self._on_socket_gone(s))
        sock.errorOccurred.connect(lambda _e, s=sock: self._on_error(s))
        sock.textMessageReceived.connect(self._on_text)
        sock.binaryMessageReceived.connect(self._on_binary)
        self._socket = sock
        self._attempt_done = False
        request = QNetworkRequest(QUrl(self._url))
        request.setRawHeader(b"User-Agent", self.user_agent.encode("ascii", "replace"))
        self._handshake_timer.start(int(self.handshake_timeout * 1000))
        sock.open(request)

    def _drop_socket(self) -> None:
        self._handshake_timer.stop()
        sock, self._socket = self._socket, None
        self._is_open = False
        self._attempt_done = True
        if sock is not None:
            try:
                sock.connected.disconnect()
                sock.disconnected.disconnect()
                sock.errorOccurred.disconnect()
                sock.textMessageReceived.disconnect()
                sock.binaryMessageReceived.disconnect()
            except (RuntimeError, TypeError):
                pass
            if sock.state() != QAbstractSocket.SocketState.UnconnectedState:
                sock.abort()
            sock.deleteLater()

    def _on_connected(self, sock: QWebSocket) -> None:
        if sock is not self._socket:
            return
        self._handshake_timer.stop()
        self._is_open = True
        self._attempt_done = True
        self._last_reason = None
        self.connected.emit()

    def _on_error(self, sock: QWebSocket) -> None:
        if sock is not self._socket:
            return
        if not self._is_open:
            self._fail(reason_for_handshake_error(sock.errorString()))
        # errors while open are followed by disconnected()

    def _on_socket_gone(self, sock: QWebSocket) -> None:
        if sock is not self._socket:
            return
        if self._is_open:
            self._fail(Reason.CLOSED, force=True)
        elif not self._attempt_done:
            self._fail(reason_for_handshake_error(sock.errorString()))

    def _on_handshake_timeout(self) -> None:
        if self._socket is not None and not self._is_open:
            self._fail(Reason.WRONG_SERVICE)

    def _fail(self, reason: str, *, force: bool = False) -> None:
        self._drop_socket()
        self._report(reason, force=force)
        if self._wanted and self.auto_reconnect:
            self._retry_timer.start(int(self.reconnect_interval * 1000))

    def _report(self, reason: str, *, force: bool = False) -> None:
        if force or reason != self._last_reason:
            self._last_reason = reason
            self.disconnected.emit(reason)

    def _on_text(self, text: str) -> None:
        parsed = messages.parse(text)
        if isinstance(parsed, messages.ProtocolError):
            self.protocol_error.emit(str(parsed))
        else:
            self.message.emit(parsed)

    def _on_binary(self, data: QByteArray | bytes) -> None:
        raw = data.data() if isinstance(data, QByteArray) else data
        self._on_text(bytes(raw).decode("utf-8", "replace"))
