"""A port on 127.0.0.1 that nobody listens on (just now): for "the program is not running" tests."""

from __future__ import annotations

import socket


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
