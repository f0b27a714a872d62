"""The HTTP layer over real loopback HTTP (pytest-httpserver): rules every portal client relies on."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from werkzeug.wrappers import Response as WResponse

from assistant import __version__
from assistant.portal.api import (
    BadAnswer,
    Cancelled,
    NotAllowed,
    NotFound,
    Offline,
    Rejected,
    ServerBusy,
    Timeout,
    Unavailable,
)
from assistant.portal.http import Http, check_url, retry_after
from tests.ports import free_port


class Waits:
    """Records the waits between retries instead of sleeping (the server still answers for real)."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float, cancel) -> bool:
        self.waits.append(seconds)
        return not (cancel is not None and cancel.is_set())


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/x",
        "http://127.3.4.5/",
        "http://localhost:1/",
        "http://[::1]:80/",
        "https://routing-api-prod.fit-connect.fitko.net/v1",
    ],
)
def test_allowed_addresses(url):
    check_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/api",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "ftp://127.0.0.1/",
        "file:///etc/passwd",
        "http://localhost.example.org/",
        "//no-scheme",
        # a name is checked, not where it resolves to: only "localhost" itself
        "http://evil.localhost/",
        "http://evil.localhost:8080/x",
        "http://localhost./",
        "http://[::ffff:10.0.0.1]/",
    ],
)
def test_refused_addresses(url):
    with pytest.raises(Unavailable) as info:
        Http(url)
    assert info.value.key == "portal.unavailable.insecure"


def test_user_agent_and_utf8_without_charset(httpserver):
    httpserver.expect_request("/x").respond_with_data(
        '{"name": "Bürgerbüro Größe"}'.encode(), content_type="application/json"
    )
    http = Http(httpserver.url_for("/"))
    resp = http.get("x")
    assert resp.json() == {"name": "Bürgerbüro Größe"}
    req, _ = httpserver.log[0]
    assert req.headers["User-Agent"] == f"Lotse/{__version__}"


def test_text_plain_without_charset_is_utf8(httpserver):
    httpserver.expect_request("/x").respond_with_data("Straße gesperrt".encode(), status=400, content_type="text/plain")
    with pytest.raises(Rejected) as info:
        Http(httpserver.url_for("/")).get("x")
    assert info.value.user_text == "Straße gesperrt"


def test_get_retries_on_503_honouring_retry_after(httpserver):
    calls = []

    def handler(request):
        calls.append(time.monotonic())
        if len(calls) < 3:
            return WResponse(
                '{"errors": []}', status=503, headers={"Retry-After": "2"}, content_type="application/json"
            )
        return WResponse('{"ok": true}', status=200, content_type="application/json")

    httpserver.expect_request("/x").respond_with_handler(handler)
    waits = Waits()
    resp = Http(httpserver.url_for("/"), sleep=waits).get("x")
    assert resp.json() == {"ok": True}
    assert len(calls) == 3
    assert waits.waits == [2.0, 2.0]


def test_get_429_with_ratelimit_reset_then_gives_up(httpserver):
    httpserver.expect_request("/x").respond_with_data(
        "{}", status=429, headers={"RateLimit-Reset": "3"}, content_type="application/json"
    )
    waits = Waits()
    with pytest.raises(ServerBusy) as info:
        Http(httpserver.url_for("/"), retries=2, sleep=waits).get("x")
    assert waits.waits == [3.0, 3.0]
    assert len(httpserver.log) == 3
    assert info.value.retry_after == 3.0
    assert info.value.key == "portal.busy"


def test_retry_after_beyond_the_cap_is_reported_at_once(httpserver):
    httpserver.expect_request("/x").respond_with_data("", status=503, headers={"Retry-After": "3600"})
    waits = Waits()
    with pytest.raises(ServerBusy) as info:
        Http(httpserver.url_for("/"), sleep=waits).get("x")
    assert waits.waits == [] and len(httpserver.log) == 1
    assert info.value.retry_after == 3600


def test_real_waiting_between_retries(httpserver):
    httpserver.expect_ordered_request("/x").respond_with_data("", status=502, headers={"Retry-After": "1"})
    httpserver.expect_ordered_request("/x").respond_with_data("[]", content_type="application/json")
    t0 = time.monotonic()
    assert Http(httpserver.url_for("/")).get("x").json() == []
    assert time.monotonic() - t0 >= 0.9


def test_cancel_while_waiting_to_retry(httpserver):
    httpserver.expect_request("/x").respond_with_data("", status=503, headers={"Retry-After": "10"})
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        Http(httpserver.url_for("/")).get("x", cancel=cancel)
    assert time.monotonic() - t0 < 3


def test_retry_after_http_date():
    assert retry_after({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, now=1445412470.0) == pytest.approx(10.0)
    assert retry_after({"X-RateLimit-Reset": "1445412490"}, now=1445412470.0) == pytest.approx(20.0)
    assert retry_after({}) is None


def test_post_is_never_retried(httpserver):
    httpserver.expect_request("/x", method="POST").respond_with_data("", status=503, headers={"Retry-After": "1"})
    waits = Waits()
    with pytest.raises(ServerBusy) as info:
        Http(httpserver.url_for("/"), sleep=waits).post_json("x", {"a": 1})
    assert len(httpserver.log) == 1 and waits.waits == []
    assert info.value.delivered is None  # a 503 from a proxy leaves open whether it arrived


def test_post_4xx_is_not_delivered(httpserver):
    httpserver.expect_request("/x", method="POST").respond_with_json(
        {
            "errors": [
                {
                    "errorCode": "invalidEmail",
                    "errorMessage": "email should be valid",
                    "statusCode": 400,
                    "errorType": "error",
                }
            ]
        },
        status=400,
    )
    with pytest.raises(Rejected) as info:
        Http(httpserver.url_for("/")).post_json("x", {})
    assert info.value.delivered is False and info.value.codes == ("invalidEmail",)


def test_problem_json(httpserver):
    httpserver.expect_request("/routes").respond_with_json(
        {"type": "https://docs.fitko.de/x", "title": "Bad Request", "status": 400, "detail": "leikaKey fehlt"},
        status=400,
        content_type="application/problem+json",
    )
    with pytest.raises(Rejected) as info:
        Http(httpserver.url_for("/")).get("routes")
    assert info.value.user_text == "leikaKey fehlt"


def test_status_mapping(httpserver):
    for path, status, kind in (
        ("/a", 401, NotAllowed),
        ("/b", 403, NotAllowed),
        ("/c", 404, NotFound),
        ("/d", 410, NotFound),
        ("/e", 500, BadAnswer),
        ("/f", 422, Rejected),
    ):
        httpserver.expect_request(path).respond_with_data("x", status=status, content_type="text/plain")
        with pytest.raises(kind):
            Http(httpserver.url_for("/"), retries=0).get(path)


def test_html_maintenance_page_is_bad_answer(httpserver):
    httpserver.expect_request("/x").respond_with_data(
        "<!DOCTYPE html><html><body>Wartung</body></html>", content_type="text/html"
    )
    with pytest.raises(BadAnswer) as info:
        Http(httpserver.url_for("/")).get("x").json()
    assert info.value.key == "portal.bad-answer.html"


def test_huge_body_is_cut(httpserver):
    big = b"[" + b"1," * (1024 * 1024) + b"1]"
    httpserver.expect_request("/cl").respond_with_data(big, content_type="application/json")

    def chunked(request):
        return WResponse((b"1," * 4096 for _ in range(1000)), content_type="application/json")

    httpserver.expect_request("/chunked").respond_with_handler(chunked)
    http = Http(httpserver.url_for("/"), max_bytes=256 * 1024)
    for path in ("cl", "chunked"):
        with pytest.raises(BadAnswer) as info:
            http.get(path)
        assert info.value.reason == "too-big"


def test_offline_and_timeout(httpserver):
    port = free_port()  # nobody listens there now
    with pytest.raises(Offline) as info:
        Http(f"http://127.0.0.1:{port}", retries=0).post_json("x", {})
    assert info.value.delivered is False  # refused: nothing left the computer

    def slow(request):
        time.sleep(1.0)
        return WResponse("{}", content_type="application/json")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with pytest.raises(Timeout) as info:
        Http(httpserver.url_for("/"), read_timeout=0.2, retries=0).post_json("slow", {})
    assert info.value.delivered is None  # it may have arrived


def test_secrets_never_logged(httpserver, caplog):
    httpserver.expect_request("/appointment/").respond_with_data("", status=503)
    caplog.set_level(logging.DEBUG, logger="lotse.portal")
    caplog.set_level(logging.DEBUG, logger="urllib3")
    with pytest.raises(ServerBusy):
        Http(httpserver.url_for("/"), retries=1, sleep=Waits()).get(
            "appointment/", {"processId": "100001", "authKey": "ab12cd34"}
        )
    text = "\n".join(r.getMessage() for r in caplog.records if r.name != "werkzeug")  # werkzeug: the test server
    assert "appointment" in text and "ab12cd34" not in text and "100001" not in text


def test_redirects_are_checked_before_they_are_followed(httpserver):
    httpserver.expect_request("/moved").respond_with_data("", status=302, headers={"Location": "/here"})
    httpserver.expect_request("/here").respond_with_data("[1]", content_type="application/json")
    httpserver.expect_request("/away").respond_with_data("", status=301, headers={"Location": "http://example.org/x"})
    httpserver.expect_request("/post", method="POST").respond_with_data("", status=307, headers={"Location": "/here"})
    httpserver.expect_request("/sub").respond_with_data("", status=302, headers={"Location": "http://evil.localhost/x"})
    http = Http(httpserver.url_for("/"))
    assert http.get("moved").json() == [1]
    for path in ("away", "sub"):
        with pytest.raises(Unavailable) as info:
            http.get(path)  # never asked: plain http to the internet (or to a name DNS may answer)
        assert info.value.reason == "insecure"
    with pytest.raises(BadAnswer) as info:
        http.post_json("post", {})
    assert info.value.delivered is None
