"""A real unix socket server for tests: answers each connection's first line with a fixed reply, or
accepts and never answers (a speech-dispatcher that hangs).

``close()`` ends the server's thread before it returns. It used to close the listening socket under a
thread blocked in ``accept()`` (which does not wake it on Linux) and return: the thread lived on into
later tests, and a full run once ended it in tests/portal with a unix-socket object whose descriptor
number had meanwhile become a loopback HTTP connection, reported unclosed in an unrelated test. Now
the sockets are shut down first (which wakes the thread), the thread is joined, then they are closed."""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path

JOIN_S = 10.0


class UnixServer:
    def __init__(self, path: Path, answer: bytes | None) -> None:
        self.path = path
        self.answer = answer
        self.held: list[socket.socket] = []  # every accepted connection, kept open until close()
        self._lock = threading.Lock()
        self._closing = False
        self._srv = socket.socket(socket.AF_UNIX)
        self._srv.bind(str(path))
        self._srv.listen(8)
        self.thread = threading.Thread(target=self._loop, name="unix-server", daemon=True)
        self.thread.start()

    @property
    def address(self) -> str:
        """For ``SPEECHD_ADDRESS``."""
        return f"unix_socket:{self.path}"

    def _loop(self) -> None:
        while True:
            try:
                conn, _ = self._srv.accept()
            except OSError:  # shut down: the server is closing
                return
            with self._lock:
                if self._closing:
                    conn.close()
                    return
                self.held.append(conn)
            if self.answer is not None:
                try:
                    conn.recv(256)
                    conn.sendall(self.answer)
                except OSError:  # the client went away, or the server is closing
                    continue

    def close(self) -> None:
        """Wake and end the thread, then close every socket (nothing is left for a later test)."""
        with self._lock:
            self._closing = True
            held = list(self.held)
        for s in (self._srv, *held):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)  # wakes a blocked accept() or recv()
        self.thread.join(JOIN_S)
        assert not self.thread.is_alive(), "the test server's thread did not end"
        self._srv.close()
        for c in held:
            c.close()
