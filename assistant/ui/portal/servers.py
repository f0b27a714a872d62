"""Which portal the screens talk to: the city's real servers, or the practice portal on loopback.

One ``PortalSession`` per program run (per city and language). It builds the clients lazily — the
first call happens in a worker thread, so ``import requests`` (~100 ms) never delays the first paint
— and starts the practice portal (``assistant.portal.practice_server``) when a volunteer or staff
switches to it. Staff's choice ("practice" or "real") is kept in the user folder
(``portal-mode.json``); a switch made on a screen lasts for this run only.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from assistant.core import store
from assistant.core.errors import StateFileError
from assistant.core.paths import user_file
from assistant.core.visit import forget_at_visit_end
from assistant.portal.api import Capability
from assistant.portal.config import Clients, PortalConfig, open_clients, portal_config
from assistant.ui.capabilities import PageContext


def mode_path():
    return user_file("portal-mode.json")


def load_staff_mode() -> str:
    """ "real" (default) or "practice", as staff chose in the settings screen."""
    try:
        raw = store.read_json(mode_path(), default={})
    except StateFileError:
        return "real"
    return "practice" if isinstance(raw, dict) and raw.get("mode") == "practice" else "real"


def save_staff_mode(mode: str) -> None:
    store.write_json(mode_path(), {"mode": "practice" if mode == "practice" else "real"})


class PortalSession(QObject):
    """Clients of one city, real or practice. ``changed`` fires when the mode switches."""

    changed = Signal()

    def __init__(self, city: Any, language: str = "de") -> None:
        super().__init__()
        self.city = city
        self.language = language
        self.config: PortalConfig = portal_config(city, language)
        self.practice = load_staff_mode() == "practice"
        self._lock = threading.Lock()
        self._clients: Clients | None = None
        self._server: Any = None  # practice_server.PracticePortal while running
        self._owned = False  # started by us (so we stop it)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # --- what the screens ask -----------------------------------------------------------------
    def has(self, capability: Capability) -> bool:
        """Whether this capability can be used (the practice portal has all three)."""
        return self.practice or self.config.has(capability)

    def clients(self) -> Clients:
        """The clients for the current mode. Call from a worker thread (may import requests and
        start the practice portal)."""
        with self._lock:
            if self._clients is None:
                if self.practice:
                    self._clients = open_clients(self.config, practice=self._ensure_server())
                else:
                    self._clients = open_clients(self.config)
            return self._clients

    def practice_url(self) -> str:
        return self._server.url if self._server is not None else ""

    # --- switching ------------------------------------------------------------------------------
    def set_practice(self, on: bool) -> None:
        """Switch mode for this run (GUI thread; the server itself starts with the next call)."""
        with self._lock:
            if on == self.practice:
                return
            self.practice = on
            self._clients = None
            if not on:
                self._stop_server()
        self.changed.emit()

    def attach_practice(self, portal: Any) -> None:
        """Use an already running practice portal (tests, a shared one for a whole course)."""
        with self._lock:
            self._server = portal
            self._owned = False
            self._clients = None
            was, self.practice = self.practice, True
        if not was:
            self.changed.emit()

    def _ensure_server(self) -> Any:
        if self._server is None:
            from assistant.portal.practice_server import PracticePortal

            server = PracticePortal()
            server.start()
            self._server = server
            self._owned = True
        return self._server

    def _stop_server(self) -> None:
        server, self._server = self._server, None
        if server is not None and self._owned:
            server.stop()

    def close(self) -> None:
        with self._lock:
            self._clients = None
            self._stop_server()

    def reset(self) -> None:
        """A session ended: back to staff's mode; a practice portal of ours stops, with everything
        booked or reported on it (it keeps all that in memory only)."""
        staff_practice = load_staff_mode() == "practice"
        with self._lock:
            was, self.practice = self.practice, staff_practice
            self._clients = None
            self._stop_server()
        if was != staff_practice:
            self.changed.emit()


_sessions: dict[tuple[str, str], PortalSession] = {}


def session_for(context: PageContext) -> PortalSession:
    """The session of the page context's city and language (one per run)."""
    city = context.city
    lang = context.language or "de"
    key = (city.id if city is not None else "?", lang)
    s = _sessions.get(key)
    if s is None:
        s = PortalSession(city, lang)
        _sessions[key] = s
    return s


@forget_at_visit_end
def reset_sessions() -> None:
    """At a session end, "Nächste Person" and "Alles vergessen" (``Registry.add_forget``)."""
    for s in list(_sessions.values()):
        s.reset()


def forget_sessions() -> None:
    """Stop every practice portal and forget the sessions (program end, tests)."""
    for s in list(_sessions.values()):
        s.close()
    _sessions.clear()
