"""The bounded speech-dispatcher check: a real socket on this machine for each case (one that answers
like speech-dispatcher, one that accepts and never answers, none at all)."""

from __future__ import annotations

import socket
import time

import pytest

from assistant.core import speechd
from tests.unix_server import UnixServer


@pytest.fixture
def unix_server(tmp_path):
    """serve(answer) → the SPEECHD_ADDRESS of a socket that answers ``answer`` (None: never)."""
    servers: list[UnixServer] = []

    def serve(answer: bytes | None) -> str:
        servers.append(UnixServer(tmp_path / f"s{len(servers)}.sock", answer))
        return servers[-1].address

    yield serve
    for s in servers:
        s.close()


def test_the_address_is_found_as_libspeechd_finds_it():
    assert speechd.address({"SPEECHD_ADDRESS": "unix_socket:/run/x.sock"}) == ("unix", "/run/x.sock")
    assert speechd.address({"SPEECHD_ADDRESS": "inet_socket:127.0.0.1:7000"}) == ("inet", ("127.0.0.1", 7000))
    assert speechd.address({"SPEECHD_ADDRESS": "inet_socket"}) == ("inet", ("127.0.0.1", 6560))
    assert speechd.address({"XDG_RUNTIME_DIR": "/run/user/7"}) == ("unix", "/run/user/7/speech-dispatcher/speechd.sock")
    assert speechd.address({"HOME": "/home/a"}) == ("unix", "/home/a/.cache/speech-dispatcher/speechd.sock")


def test_a_daemon_that_answers_is_ok(unix_server):
    env = {"SPEECHD_ADDRESS": unix_server(b"208 OK CLIENT NAME SET\r\n")}
    assert speechd.check(env, timeout=2.0) == speechd.OK


def test_a_socket_that_accepts_and_never_answers_is_silent_within_the_time_out(unix_server):
    env = {"SPEECHD_ADDRESS": unix_server(None)}
    started = time.monotonic()
    assert speechd.check(env, timeout=0.5) == speechd.SILENT
    assert time.monotonic() - started < 1.5


def test_nonsense_is_silent_and_nothing_there_is_missing(unix_server, tmp_path):
    assert speechd.check({"SPEECHD_ADDRESS": unix_server(b"HTTP/1.1 400 Bad\r\n")}, timeout=1) == speechd.SILENT
    assert speechd.check({"SPEECHD_ADDRESS": f"unix_socket:{tmp_path / 'none.sock'}"}, timeout=1) == speechd.MISSING
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # a loopback port nobody listens on: refused
    assert speechd.check({"SPEECHD_ADDRESS": f"inet_socket:127.0.0.1:{port}"}, timeout=1) == speechd.MISSING


@pytest.mark.parametrize("answer", [None, b"208 OK CLIENT NAME SET\r\n"], ids=["never-answers", "answers"])
def test_the_test_server_ends_its_thread_and_closes_everything(tmp_path, answer):
    """tests/unix_server.py: after close() no thread of it is left waiting in accept() or recv(), so
    none can touch a descriptor number a later test reuses, and every socket it made is closed."""
    server = UnixServer(tmp_path / "s.sock", answer)
    with socket.socket(socket.AF_UNIX) as client:  # connected, says nothing: the thread waits
        client.connect(str(server.path))
        deadline = time.monotonic() + 5
        while not server.held and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.held
        server.close()
    assert not server.thread.is_alive()
    assert [c.fileno() for c in server.held] == [-1]
