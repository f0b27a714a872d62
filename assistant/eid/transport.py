"""Qt-free rules of the connection to AusweisApp: which addresses are allowed, and why a
connection ended (the reasons :class:`assistant.eid.client_qt.SdkClient` reports).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

from assistant import __version__

DEFAULT_PORT = 24727
DEFAULT_PATH = "/eID-Kernel"
DEFAULT_URL = f"ws://127.0.0.1:{DEFAULT_PORT}{DEFAULT_PATH}"
USER_AGENT = f"Lotse/{__version__}"


class Reason:
    """Why the connection is not (or no longer) there — the argument of ``disconnected(str)``."""

    NOT_RUNNING = "not-running"  # nobody listens on the port: AusweisApp is not started
    BUSY = "busy"  # HTTP 429: another program uses AusweisApp right now
    CLOSED = "closed"  # we were connected and AusweisApp went away (closed, crashed)
    REFUSED_ADDRESS = "refused-address"  # the URL is not ws:// to this computer; nothing was tried
    WRONG_SERVICE = "wrong-service"  # something answers on the port, but it is not AusweisApp
    STOPPED = "stopped"  # our own close(): no reconnect

    ALL = (NOT_RUNNING, BUSY, CLOSED, REFUSED_ADDRESS, WRONG_SERVICE, STOPPED)


def url_for_port(port: int, host: str = "127.0.0.1") -> str:
    return f"ws://{host}:{int(port)}{DEFAULT_PATH}"


def check_url(url: str) -> tuple[str | None, str]:
    """``(normalised_url, "")`` for an allowed address, else ``(None, why)`` (English, for logs).

    Allowed: ``ws://`` to 127.0.0.0/8, ``::1`` or ``localhost`` (mapped to 127.0.0.1, where
    AusweisApp listens). No path → ``/eID-Kernel``; no port → 24727.
    """
    if not isinstance(url, str) or not url:
        return None, "no address given"
    try:
        parts = urlsplit(url.strip())
        port = parts.port
        host = parts.hostname
    except ValueError:
        return None, "the address cannot be read"
    if parts.scheme.lower() != "ws":
        return None, "only ws:// addresses on this computer are allowed"
    if not host:
        return None, "the address names no computer"
    if parts.username or parts.password:
        return None, "the address must not carry a user name"
    if host.lower() == "localhost":
        host = "127.0.0.1"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return None, "only this computer (127.0.0.1, ::1, localhost) is allowed"
    if not ip.is_loopback:
        return None, "only this computer (127.0.0.1, ::1, localhost) is allowed"
    netloc = f"[{ip}]" if ip.version == 6 else str(ip)
    netloc += f":{port if port is not None else DEFAULT_PORT}"
    path = parts.path or DEFAULT_PATH
    return urlunsplit(("ws", netloc, path, parts.query, "")), ""


def reason_for_handshake_error(error_text: str) -> str:
    """Map a failed connection attempt's error text (QWebSocket.errorString) to a :class:`Reason`."""
    text = (error_text or "").lower()
    if "429" in text or "too many requests" in text:
        return Reason.BUSY
    if "status code" in text or "http" in text or "handshake" in text or "upgrade" in text:
        return Reason.WRONG_SERVICE
    return Reason.NOT_RUNNING
