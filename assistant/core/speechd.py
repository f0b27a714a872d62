"""Is speech-dispatcher there and answering? A bounded check before Qt's speechd engine is touched.

QtTextToSpeech's ``speechd`` engine calls ``spd_open`` (libspeechd) in its constructor and
``spd_say`` / ``spd_cancel`` later; each waits for the daemon's answer without a time-out, and PySide6
holds the interpreter lock meanwhile, so a daemon that accepts and never answers freezes the whole
program, whatever thread the call is made from. So we ask the daemon ourselves first, over the same
address libspeechd uses, with a time-out, in a background thread: one SSIP line
(``SET SELF CLIENT_NAME``) that every speech-dispatcher answers at once with ``208 OK``.

Address, as libspeechd finds it: ``SPEECHD_ADDRESS`` (``unix_socket[:path]`` or
``inet_socket[:host[:port]]``), else the unix socket ``<runtime dir>/speech-dispatcher/speechd.sock``
(``XDG_RUNTIME_DIR``, else ``~/.cache``). Where no daemon runs yet, libspeechd would start one
(``speech-dispatcher --spawn``); :func:`check` does that itself, with a time-out, before asking.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
from collections.abc import Mapping
from pathlib import Path

OK = "ok"  # the daemon answered
SILENT = "silent"  # something is there but does not answer (or answers nonsense)
MISSING = "missing"  # nothing there: no daemon runs and none could be started
DEFAULT_PORT = 6560
TIMEOUT_S = 3.0


def address(env: Mapping[str, str] | None = None) -> tuple[str, str] | tuple[str, tuple[str, int]]:
    """("unix", path) or ("inet", (host, port)) — where libspeechd would connect."""
    env = os.environ if env is None else env
    spec = env.get("SPEECHD_ADDRESS", "").strip()
    if spec.startswith("inet_socket"):
        parts = spec.split(":")
        host = parts[1] if len(parts) > 1 and parts[1] else "127.0.0.1"
        try:
            port = int(parts[2]) if len(parts) > 2 and parts[2] else DEFAULT_PORT
        except ValueError:
            port = DEFAULT_PORT
        return "inet", (host, port)
    if spec.startswith("unix_socket:") and spec[len("unix_socket:") :]:
        return "unix", spec[len("unix_socket:") :]
    runtime = env.get("XDG_RUNTIME_DIR") or str(Path(env.get("HOME") or Path.home()) / ".cache")
    return "unix", str(Path(runtime) / "speech-dispatcher" / "speechd.sock")


def ask(env: Mapping[str, str] | None = None, timeout: float | None = None) -> str:
    """Connect and ask for the client name once: OK, SILENT or MISSING. Never longer than ``timeout``
    for the answer (and as long again for the connection)."""
    timeout = TIMEOUT_S if timeout is None else timeout
    kind, where = address(env)
    family = socket.AF_UNIX if kind == "unix" else socket.AF_INET
    if kind == "inet":
        try:
            family = socket.getaddrinfo(where[0], where[1], type=socket.SOCK_STREAM)[0][0]
        except (OSError, UnicodeError):
            return MISSING
    try:
        sock = socket.socket(family, socket.SOCK_STREAM)
    except OSError:
        return MISSING
    with sock:
        sock.settimeout(timeout)
        try:
            sock.connect(where)
        except (FileNotFoundError, ConnectionRefusedError):
            return MISSING
        except OSError:
            return SILENT  # a connection that does not come about in time
        try:
            sock.sendall(b"SET SELF CLIENT_NAME user:lotse:check\r\n")
            answer = b""
            while not answer.endswith(b"\n") and len(answer) < 512:
                chunk = sock.recv(512)
                if not chunk:
                    break
                answer += chunk
            if not answer.startswith(b"2"):
                return SILENT
            with contextlib.suppress(OSError):
                sock.sendall(b"QUIT\r\n")
            return OK
        except OSError:  # socket.timeout included
            return SILENT


def check(env: Mapping[str, str] | None = None, timeout: float | None = None) -> str:
    """``ask``; where nothing runs at the default address, start speech-dispatcher the way libspeechd
    would (bounded by a time-out) and ask again."""
    env = os.environ if env is None else env
    timeout = TIMEOUT_S if timeout is None else timeout
    result = ask(env, timeout)
    if result != MISSING or env.get("SPEECHD_ADDRESS", "").strip():
        return result
    program = shutil.which("speech-dispatcher")
    if program is None:
        return MISSING
    _kind, where = address(env)
    try:
        subprocess.run(
            [program, "--spawn", "--communication-method", "unix_socket", "--socket-path", str(where)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout * 2,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return MISSING
    return ask(env, timeout)
