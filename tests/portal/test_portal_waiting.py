"""Honest waiting (issue 12 §5), measured over real loopback sockets: one deadline per call, no silent
retry doubling it, and Cancel ends a call within a second at every stage. The figures of
docs/portal.md ("What the HTTP layer guarantees") are the defaults these tests scale down."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.portal.api import Cancelled, Timeout
from assistant.portal.http import Http


class Server:
    """A loopback server whose handler misbehaves on purpose."""

    def __init__(self, behave) -> None:
        outer = self

        class H(BaseHTTPRequestHandler):
            def do_GET(self):
                outer.hits += 1
                behave(self)

            do_POST = do_GET

            def log_message(self, *a):
                pass

        self.hits = 0
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def silent(h):
    time.sleep(8)  # accepts, reads the request, never answers


def dribble(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    try:
        for _ in range(1000):
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.2)
    except OSError:
        pass


@pytest.fixture
def server(request):
    s = Server(request.param)
    yield s
    s.close()


def timed(fn):
    t0 = time.monotonic()
    try:
        fn()
    except Exception as exc:  # noqa: BLE001 - returned for the assertion
        return time.monotonic() - t0, exc
    return time.monotonic() - t0, None


@pytest.mark.parametrize("server", [dribble], indirect=True)
def test_a_dribbling_body_ends_at_the_one_deadline_not_twice(server):
    http = Http(server.url, read_timeout=1.0, total_timeout=2.0)
    took, exc = timed(lambda: http.get("x"))
    assert isinstance(exc, Timeout)
    assert 1.9 < took < 2.7 and server.hits == 1  # before: cut at the total, then tried again (2×)


@pytest.mark.parametrize("server", [silent], indirect=True)
def test_a_silent_server_is_not_asked_twice(server):
    http = Http(server.url, read_timeout=1.0, total_timeout=5.0)
    took, exc = timed(lambda: http.get("x"))
    assert isinstance(exc, Timeout) and 0.9 < took < 1.6 and server.hits == 1  # before: 2 × read timeout


@pytest.mark.parametrize("server", [silent, dribble], indirect=True)
@pytest.mark.parametrize("method", ["get", "post"])
def test_cancel_while_waiting_for_headers_or_body_ends_within_a_second(server, method):
    http = Http(server.url)  # the defaults: 5 s connect, 20 s read, 60 s total
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    call = (
        (lambda: http.get("x", cancel=cancel)) if method == "get" else (lambda: http.post_json("x", {}, cancel=cancel))
    )
    took, exc = timed(call)
    assert isinstance(exc, Cancelled) and took < 1.5
    assert exc.delivered is (None if method == "post" else False)  # a POST may have arrived


def test_cancel_while_connecting_ends_within_a_second():
    """A server whose accept queue is full: the connection itself hangs (SYNs are dropped)."""
    lst = socket.socket()
    lst.bind(("127.0.0.1", 0))
    lst.listen(0)
    port = lst.getsockname()[1]
    fillers = []
    for _ in range(8):  # fill the queue without accepting
        c = socket.socket()
        c.setblocking(False)
        c.connect_ex(("127.0.0.1", port))
        fillers.append(c)
    time.sleep(0.1)
    try:
        http = Http(f"http://127.0.0.1:{port}")
        cancel = threading.Event()
        threading.Timer(0.5, cancel.set).start()
        took, exc = timed(lambda: http.get("x", cancel=cancel))
        assert isinstance(exc, Cancelled) and took < 1.5
    finally:
        for c in fillers:
            c.close()
        lst.close()


def test_headers_given_to_a_get_never_follow_a_redirect_to_another_host():
    seen: dict[str, str | None] = {}

    def target(h):
        seen["token"] = h.headers.get("X-Token")
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"[]")

    other = Server(target)
    port = other.url.rsplit(":", 1)[1]

    def moved(h):
        h.send_response(302)
        # another host (localhost vs 127.0.0.1) on another port: another origin
        h.send_header("Location", f"http://localhost:{port}/there")
        h.send_header("Content-Length", "0")
        h.end_headers()

    first = Server(moved)
    try:
        Http(first.url).get("x", headers={"X-Token": "nur-fuer-diesen-server"})
        assert seen == {"token": None}
    finally:
        first.close()
        other.close()


def test_the_documented_figures_are_the_defaults():
    import inspect
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "portal.md").read_text(encoding="utf-8")
    d = {k: v.default for k, v in inspect.signature(Http).parameters.items()}
    assert f"one deadline of {d['total_timeout']:.0f} s per call" in text
    assert f"connect {d['connect_timeout']:.0f} s" in text and f"nothing for\n  {d['read_timeout']:.0f} s" in text
