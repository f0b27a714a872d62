"""A real unix socket server for tests: answers each connection's first line with a fixed reply, or
accepts and never answers (a speech-dispatcher that hangs)."""

from __future__ import annotations

import socket
import threading
from pathlib import Path


class UnixServer:
    def __init__(self, path: Path, answer: bytes | None) -> None:
        self.path = path
        self.answer = answer
        self.held: list[socket.socket] = []  # every accepted connection, kept open
        self._srv = socket.socket(socket.AF_UNIX)
        self._srv.bind(str(path))
        self._srv.listen(8)
        threading.Thread(target=self._loop, daemon=True).start()

    @property
    def address(self) -> str:
        """For ``SPEECHD_ADDRESS``."""
        return f"unix_socket:{self.path}"

    def _loop(self) -> None:
        while True:
            try:
                conn, _ = self._srv.accept()
            except OSError:
                return
            self.held.append(conn)
            if self.answer is not None:
                conn.recv(256)
                conn.sendall(self.answer)

    def close(self) -> None:
        self._srv.close()
        for c in self.held:
            c.close()
