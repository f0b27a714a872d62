"""One program per person on a computer: a second start brings the first window forward.

Two windows would share one user folder: at a counter the second one's start deletes the running
session of the first (keyring entry included); in a library it takes the running session over and
deletes it when it closes. So before the memory rules run (``assistant.ui.roles.prepare``) the start
asks a ``QLocalServer`` named for this user and user folder whether a first program is there:

* ``claim()`` connects first: a first program answers → this start is the second; it asks the first
  to show its window and ends, *without* having touched anything.
* No answer: this is the first program; it listens (a name left behind by a crash is removed).

Nothing personal is sent, only the word ``show``.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 1000


def server_name() -> str:
    """Per user and per user folder (``LOTSE_HOME`` moves it: a portable copy is a program of its own)."""
    from assistant.core.paths import base_home

    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name (a service account): the folder still differs
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    key = f"{user}\0{os.path.abspath(base_home())}".encode("utf-8", "surrogatepass")
    name = "lotse-" + hashlib.sha256(key).hexdigest()[:24]
    if os.name == "nt":
        return name  # a named pipe: one namespace per machine, the user is in the hash
    # a full path: Qt would put a bare name into TMPDIR, which differs between programs (the memory
    # rules point it into the session); the user's runtime folder (0700) where there is one
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return os.path.join(runtime if runtime and os.path.isdir(runtime) else "/tmp", name)


class Instance(QObject):
    """The first program's listener: shows ``window`` when a second start asks."""

    def __init__(self, server: QLocalServer) -> None:
        super().__init__()
        self.server = server
        server.setParent(self)
        self.window: Any = None
        self.shown_by_second = 0
        server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).strip() == b"show":
            self.shown_by_second += 1
            self.show_window()
        sock.disconnectFromServer()

    def show_window(self) -> None:
        w = self.window
        if w is None:
            return
        w.setWindowState((w.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        w.show()
        w.raise_()
        w.activateWindow()

    def close(self) -> None:
        self.server.close()


def _ask_first(name: str) -> bool:
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(WAIT_MS):
        return False
    sock.write(b"show\n")
    sock.waitForBytesWritten(WAIT_MS)
    sock.disconnectFromServer()
    if sock.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        sock.waitForDisconnected(WAIT_MS)
    return True


def claim(name: str | None = None) -> Instance | None:
    """The listener if this is the first program; None if another one runs (it was asked to show
    its window). Needs a QCoreApplication."""
    name = name or server_name()
    if _ask_first(name):  # asked first: on Unix a listen with access options would replace the name
        return None
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # only this user may connect
    if server.listen(name):
        return Instance(server)
    QLocalServer.removeServer(name)  # left behind by a program that crashed
    if server.listen(name):
        return Instance(server)
    if _ask_first(name):  # another start won the race meanwhile
        return None
    return Instance(server)  # cannot listen at all (no place for the socket): run, unguarded
