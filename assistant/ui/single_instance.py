"""One program per person on a computer: a second start brings the first window forward.

Two windows would share one user folder: at a counter the second one's start deletes the running
session of the first (keyring entry included); in a library it takes the running session over and
deletes it when it closes. So before the memory rules run (``assistant.ui.roles.prepare``) the start
asks a ``QLocalServer`` named for this user and user folder whether a first program is there:

* ``claim()`` takes a lock file first: the program that holds it is the first. It listens once its
  home screen is up (``Instance.listen``: Qt's network module costs ≈ 5 ms that the start does
  not wait for).
* A start that cannot take it is the second: it asks the first (over the local socket) to show its
  window — trying for two seconds, while the first may still be starting — and ends, *without*
  having touched anything.

Nothing personal is sent, only the word ``show``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 1000


def server_name() -> str:
    """Per user and per user folder (``LOTSE_HOME`` moves it: a portable copy is a program of its own)."""
    from assistant.core.digest import digest
    from assistant.core.paths import base_home

    # the user's number, or on Windows the name: what getpass would look up, without its import
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "?")
    name = "lotse-" + digest(user, os.path.abspath(base_home()))[:24]
    if os.name == "nt":
        return name  # a named pipe: one namespace per machine, the user is in the hash
    # a full path: Qt would put a bare name into TMPDIR, which differs between programs (the memory
    # rules point it into the session); the user's runtime folder (0700) where there is one
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return os.path.join(runtime if runtime and os.path.isdir(runtime) else "/tmp", name)


class Instance(QObject):
    """The first program's listener: shows ``window`` when a second start asks."""

    def __init__(self, name: str, lock: QLockFile) -> None:
        super().__init__()
        self.name = name
        self.server: QLocalServer | None = None
        self.lock = lock  # held while the program runs
        self.window: Any = None
        self.shown_by_second = 0

    def listen(self) -> None:
        """Answer a second start from now on (once)."""
        if self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # we hold the lock: a name left here is a crashed program's
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # only this user may connect
        server.newConnection.connect(self._connection)
        server.listen(self.name)  # if not (no place for the socket): the lock alone still keeps a second start out
        self.server = server

    def _connection(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            sock = server.nextPendingConnection()
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
        from PySide6.QtCore import Qt  # not at import: the Qt namespace costs ≈ 10 ms of the start

        w.setWindowState((w.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        w.show()
        w.raise_()
        w.activateWindow()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()


def _ask_first(name: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

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


def _lock_path(name: str) -> str:
    if os.name == "nt":
        import tempfile

        return os.path.join(os.environ.get("TEMP") or tempfile.gettempdir(), name + ".lock")
    return name + ".lock"


def claim(name: str | None = None) -> Instance | None:
    """The first program's ``Instance`` (call its ``listen()``); None if another one runs (it was
    asked to show its window). Needs a QCoreApplication.

    A lock file (``QLockFile``: a crashed holder's lock is stale at once, its process being gone)
    makes two starts at the same moment — a double-click twice — agree on which is first."""
    name = name or server_name()
    lock = QLockFile(_lock_path(name))
    lock.setStaleLockTime(0)  # stale only when its process has gone, never by age
    if not lock.tryLock(WAIT_MS):
        from PySide6.QtCore import QThread

        for _ in range(10):  # the first may still be starting: its listener comes right after the lock
            if _ask_first(name):
                break
            QThread.msleep(200)
        return None
    return Instance(name, lock)
