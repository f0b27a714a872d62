"""One small HTTP layer for every portal client (requests.Session).

* connect/read timeouts; TLS verification always on; ``http://`` only to loopback.
* ``User-Agent: Lotse/<version>`` (FIT-Connect answers 403 to generic bot agents).
* GETs are retried on 429/502/503/504 and on a refused/dropped connection, with backoff that honours
  ``Retry-After`` / ``RateLimit-Reset`` / ``X-RateLimit-Reset`` (capped; bounded count).
  POSTs are never retried here; the clients look a submission up before sending again.
* Bodies are streamed and cut at ``max_bytes`` (BadAnswer). A missing charset is read as UTF-8.
* Every failure becomes one ``PortalError`` subclass (see api.py), with the server's own error
  codes and its text for people, whatever shape the server used:
  RFC 7807 problem+json, ZMS ``{"errors": [...]}`` / ``{"error": {...}}``, Open311
  ``[{code, description}]``, text/plain, HTML pages.
* One deadline per call (``total_timeout``, retries included); ``cancel`` (a threading.Event) ends a
  call within a second at every stage: connecting and waiting for the headers (the request runs on
  a helper thread), waiting between retries, reading the body (a watchdog shuts the socket down).
* Headers a caller gives to a GET never follow a redirect to another origin.
* Nothing secret is logged: log lines carry method, host, path (never the query) and status.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from assistant import __version__
from assistant.core.loopback import is_loopback_host
from assistant.portal.api import (
    BadAnswer,
    Cancelled,
    NotAllowed,
    NotFound,
    Offline,
    PortalError,
    Rejected,
    ServerBusy,
    Timeout,
    Unavailable,
)

log = logging.getLogger("lotse.portal")


class RedactQuery(logging.Filter):
    """urllib3 logs every request line with its query at DEBUG — and ZMS wants the authKey in the
    query of ``GET appointment/``. This filter cuts queries out of urllib3's log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                a.split("?", 1)[0] + "?…" if isinstance(a, str) and "?" in a else a for a in record.args
            )
        if isinstance(record.msg, str) and "?" in record.msg and not record.args:
            record.msg = record.msg.split("?", 1)[0] + "?…"
        return True


logging.getLogger("urllib3.connectionpool").addFilter(RedactQuery())

USER_AGENT = f"Lotse/{__version__}"
MAX_BYTES = 2 * 1024 * 1024
RETRY_STATUS = (429, 502, 503, 504)
CHUNK = 16 * 1024
MAX_REDIRECTS = 3


def check_url(url: str) -> None:
    """https everywhere; http only to loopback. Raises Unavailable("insecure") otherwise."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname and is_loopback_host(parts.hostname):
        return
    raise Unavailable(
        f"refused to use {parts.scheme or 'no'} scheme for host {parts.hostname or '?'}",
        source=parts.hostname or "",
        reason="insecure",
    )


@dataclass
class Response:
    status: int
    headers: Mapping[str, str]
    body: bytes
    content_type: str = ""
    charset: str = ""

    def text(self) -> str:
        try:
            return self.body.decode(self.charset or "utf-8")
        except (LookupError, UnicodeDecodeError):
            return self.body.decode("utf-8", errors="replace")

    def json(self, source: str = "") -> Any:
        if _looks_html(self.content_type, self.body):
            raise BadAnswer("an HTML page instead of data", source=source, reason="html", status=self.status)
        try:
            return json.loads(self.text())
        except ValueError:
            raise BadAnswer(
                "the answer is not valid JSON (cut off or garbled)", source=source, status=self.status
            ) from None


def _looks_html(content_type: str, body: bytes) -> bool:
    if "html" in content_type:
        return True
    head = body[:200].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


@dataclass
class ServerMessage:
    """What a server said in an error body, whatever shape it used."""

    codes: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # texts for people
    statuses: list[int] = field(default_factory=list)


def parse_error_body(resp: Response) -> ServerMessage:
    msg = ServerMessage()
    ct = resp.content_type
    if _looks_html(ct, resp.body):
        return msg  # a maintenance / proxy page: no user text we could trust
    try:
        data = _xml_or_json(resp) if resp.body.strip() else None
    except ValueError:
        data = None
        text = resp.text().strip()
        if text and ("text/plain" in ct or not ct or "json" in ct):
            msg.texts.append(text[:500])
        return msg
    if isinstance(data, dict) and "meta" in data and "data" in data and isinstance(data.get("meta"), dict):
        err = data["meta"].get("error")
        if isinstance(err, str) and err:
            msg.texts.append(err)
        data = data.get("data") if isinstance(data.get("data"), (dict, list)) else data
    if isinstance(data, dict) and isinstance(data.get("errors"), list):  # ZMS
        for e in data["errors"]:
            if isinstance(e, dict):
                if e.get("errorCode") is not None:
                    msg.codes.append(str(e["errorCode"]))
                if isinstance(e.get("errorMessage"), str):
                    msg.texts.append(e["errorMessage"])
                if isinstance(e.get("statusCode"), int):
                    msg.statuses.append(e["statusCode"])
    elif isinstance(data, dict) and isinstance(data.get("error"), dict):  # ZMS unhandled exception
        e = data["error"]
        if isinstance(e.get("message"), str):
            msg.texts.append(e["message"])
        if e.get("code") is not None:
            msg.codes.append(str(e["code"]))
    elif isinstance(data, dict) and ("title" in data or "detail" in data or "type" in data):  # RFC 7807
        if data.get("type") not in (None, "about:blank"):
            msg.codes.append(str(data["type"]))
        for k in ("detail", "title"):
            if isinstance(data.get(k), str) and data[k]:
                msg.texts.append(data[k])
                break
    elif isinstance(data, list):  # Open311 [{code, description}]
        for e in data:
            if isinstance(e, dict):
                if e.get("code") is not None:
                    msg.codes.append(str(e["code"]))
                if isinstance(e.get("description"), str) and e["description"].strip():
                    msg.texts.append(e["description"].strip())
    elif isinstance(data, str) and data.strip():
        msg.texts.append(data.strip()[:500])
    return msg


def _xml_or_json(resp: Response) -> Any:
    """An error body as data: Open311's XML ``<errors>`` through the hardened parser, else JSON."""
    from assistant.portal.open311_xml import looks_xml, parse_xml

    if looks_xml(resp.content_type, resp.body):
        try:
            return parse_xml(resp.body)
        except BadAnswer:
            raise ValueError("unreadable XML") from None
    return json.loads(resp.text())


def error_for_status(resp: Response, source: str) -> PortalError:
    """The typed error for a non-2xx answer (clients refine ``reason`` from ``codes``)."""
    m = parse_error_body(resp)
    s = resp.status
    user_text = "\n".join(dict.fromkeys(t for t in m.texts if t))[:1000]
    kw: dict[str, Any] = {"source": source, "status": s, "codes": m.codes, "user_text": user_text}
    if s == 429 or s in (502, 503, 504):
        return ServerBusy(f"server busy ({s})", retry_after=retry_after(resp.headers), **kw)
    if s in (401, 403):
        return NotAllowed(f"not allowed ({s})", **kw)
    if s in (404, 410):
        return NotFound(f"not found ({s})", **kw)
    if 400 <= s < 500:
        return Rejected(f"rejected ({s})", **kw)
    return BadAnswer(f"server error ({s})", reason="server-error", **kw)


def retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait from Retry-After (seconds or HTTP date), RateLimit-Reset or X-RateLimit-Reset."""
    now = time.time() if now is None else now
    ra = headers.get("Retry-After")
    if ra:
        ra = ra.strip()
        if ra.isdigit():
            return float(ra)
        try:
            when = email.utils.parsedate_to_datetime(ra)
            return max(0.0, when.timestamp() - now)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    for name in ("RateLimit-Reset", "X-RateLimit-Reset"):
        v = (headers.get(name) or "").strip()
        if v.isdigit():
            n = float(v)
            # RateLimit-Reset is "seconds left"; some servers send an epoch time instead
            return max(0.0, n - now) if n > 1e9 else n
    return None


class Http:
    """HTTP for one base URL. Thread-safe enough for one worker at a time per instance."""

    def __init__(
        self,
        base_url: str,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        total_timeout: float = 60.0,
        max_bytes: int = MAX_BYTES,
        retries: int = 3,
        backoff: float = 0.5,
        max_wait: float = 20.0,
        sleep: Callable[[float, threading.Event | None], bool] | None = None,
    ) -> None:
        check_url(base_url)
        self.base_url = base_url.rstrip("/")
        self.host = urlsplit(self.base_url).hostname or ""
        self.timeout = (connect_timeout, read_timeout)
        self.total_timeout = total_timeout  # a server that drips its answer byte by byte ends here
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self._sleep = sleep or _wait
        self.session = requests.Session()
        self.session.verify = True
        # Nothing from the environment (.netrc credentials, other CA bundles) — except a proxy for
        # internet hosts, which libraries and care homes often need; never for loopback.
        self.session.trust_env = False
        if not is_loopback_host(self.host) and not requests.utils.should_bypass_proxies(self.base_url, None):
            env = requests.utils.get_environ_proxies(self.base_url)
            self.session.proxies = {k: v for k, v in env.items() if k in ("http", "https")}
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})

    def close(self) -> None:
        self.session.close()

    def url(self, path: str) -> str:
        return self.base_url + "/" + path.lstrip("/")

    # --- public calls ---

    def get(
        self,
        path: str,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        *,
        cancel: threading.Event | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """GET with retries on 429/502/503/504 and a refused/dropped connection. Returns a 2xx Response.

        One deadline for the whole call (``total_timeout``), retries and waits included: a retry
        that would not fit is not tried. A silent server is not asked again (that would double the wait)."""
        deadline = time.monotonic() + self.total_timeout
        attempt = 0
        while True:
            _check_cancel(cancel, self.host)
            try:
                resp = self._send("GET", path, params=params, cancel=cancel, headers=headers, deadline=deadline)
            except Offline as exc:
                if attempt >= min(1, self.retries):  # a refused or dropped connection: one more try, not more
                    raise
                wait = self._backoff_for(attempt, None)
                if time.monotonic() + wait >= deadline:
                    raise
                log.info(
                    "portal GET %s%s: %s, retry %d in %.1fs", self.host, _path_only(path), exc.key, attempt + 1, wait
                )
            else:
                if 200 <= resp.status < 300:
                    return resp
                err = error_for_status(resp, self.host)
                if resp.status not in RETRY_STATUS or attempt >= self.retries:
                    raise err
                wait = self._backoff_for(attempt, err.retry_after)
                if err.retry_after is not None and err.retry_after > self.max_wait:
                    raise err  # the server asks for longer than we will wait: say so now
                if time.monotonic() + wait >= deadline:
                    raise err  # no time left for another try within the call's deadline
                log.info(
                    "portal GET %s%s: %s, retry %d in %.1fs",
                    self.host,
                    _path_only(path),
                    resp.status,
                    attempt + 1,
                    wait,
                )
            attempt += 1
            if not self._sleep(wait, cancel):
                raise Cancelled("cancelled while waiting to retry", source=self.host)

    def post_json(
        self, path: str, body: Any, *, cancel: threading.Event | None = None, headers: Mapping[str, str] | None = None
    ) -> Response:
        """POST a JSON body once. Failures after the request may have left are marked ``delivered=None``."""
        return self._post(path, cancel=cancel, headers=headers, json_body=body)

    def post_form(
        self, path: str, form: Sequence[tuple[str, str]], *, cancel: threading.Event | None = None
    ) -> Response:
        """POST form-encoded UTF-8 once (repeated keys kept, e.g. ``attribute[CODE]``)."""
        return self._post(path, cancel=cancel, headers=None, form=list(form))

    # --- internals ---

    def _post(
        self,
        path: str,
        *,
        cancel: threading.Event | None,
        headers: Mapping[str, str] | None,
        json_body: Any = None,
        form: list[tuple[str, str]] | None = None,
    ) -> Response:
        _check_cancel(cancel, self.host)
        resp = self._send(
            "POST",
            path,
            cancel=cancel,
            headers=headers,
            json_body=json_body,
            form=form,
            deadline=time.monotonic() + self.total_timeout,
        )
        if 200 <= resp.status < 300:
            return resp
        err = error_for_status(resp, self.host)
        # a 4xx means the server looked at it and said no; 5xx (502/504 from a proxy especially)
        # leaves open whether the application got it
        err.delivered = False if 400 <= resp.status < 500 else None
        raise err

    def _backoff_for(self, attempt: int, server_wait: float | None) -> float:
        wait = self.backoff * (2.0**attempt)
        if server_wait is not None:
            wait = max(wait, server_wait)
        return min(wait, self.max_wait)

    def _send(
        self,
        method: str,
        path: str,
        *,
        cancel: threading.Event | None,
        headers: Mapping[str, str] | None,
        deadline: float,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json_body: Any = None,
        form: list[tuple[str, str]] | None = None,
    ) -> Response:
        url = self.url(path)
        is_post = method == "POST"
        kwargs: dict[str, Any] = {"stream": True, "allow_redirects": False}
        if params is not None:
            kwargs["params"] = params
        if headers:
            kwargs["headers"] = dict(headers)
        if json_body is not None:
            kwargs["json"] = json_body
        if form is not None:
            kwargs["data"] = [(k, v.encode("utf-8") if isinstance(v, str) else v) for k, v in form]
            kwargs.setdefault("headers", {})["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
        started = time.monotonic()
        r = self._headers_in_time(method, url, kwargs, cancel=cancel, deadline=deadline)
        try:
            if r.is_redirect:
                raise BadAnswer(
                    f"unexpected redirect ({r.status_code})", source=self.host, delivered=None if is_post else False
                )
            watch = _Watchdog(r, cancel, deadline)
            try:
                body = self._read_body(r, cancel, is_post, deadline)
            except PortalError:
                if watch.why:
                    raise watch.error(self.host, is_post) from None
                raise
            finally:
                watch.stop()
        finally:
            r.close()
        ctype = r.headers.get("Content-Type", "")
        charset = ""
        for part in ctype.split(";")[1:]:
            k, _, v = part.strip().partition("=")
            if k.lower() == "charset":
                charset = v.strip().strip('"')
        log.debug(
            "portal %s %s%s → %s (%d bytes, %.0f ms)",
            method,
            self.host,
            _path_only(path),
            r.status_code,
            len(body),
            (time.monotonic() - started) * 1000,
        )
        return Response(
            status=r.status_code,
            headers=r.headers,
            body=body,
            content_type=ctype.split(";")[0].strip().lower(),
            charset=charset,
        )

    def _headers_in_time(
        self, method: str, url: str, kwargs: dict[str, Any], *, cancel: threading.Event | None, deadline: float
    ) -> requests.Response:
        """Connect, send and wait for the response headers on a helper thread, so that Cancel and the
        call's deadline end the wait within a moment at every stage (connecting, a server that never
        answers). An abandoned request ends by its own socket timeouts; its answer is closed unread."""
        is_post = method == "POST"
        box: dict[str, Any] = {}
        done = threading.Event()
        lock = threading.Lock()

        def run() -> None:
            try:
                r = self._request(method, url, kwargs, deadline)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller below
                box["error"] = exc
            else:
                with lock:
                    if box.get("abandoned"):
                        r.close()
                        return
                    box["response"] = r
            finally:
                done.set()

        threading.Thread(target=run, name="portal-request", daemon=True).start()
        while not done.wait(0.05):
            late = cancel is not None and cancel.is_set()
            if late or time.monotonic() > deadline:
                with lock:
                    box["abandoned"] = True
                    r = box.pop("response", None)
                if r is not None:
                    r.close()
                delivered = None if is_post else False
                if late:
                    raise Cancelled("cancelled while waiting for the answer", source=self.host, delivered=delivered)
                raise Timeout("no answer in time", source=self.host, delivered=delivered)
        if "error" in box:
            raise self._typed(box["error"], is_post)
        response: requests.Response = box["response"]
        return response

    def _request(self, method: str, url: str, kwargs: dict[str, Any], deadline: float) -> requests.Response:
        """One request; GET redirects are followed here, each target checked before it is asked, and the
        caller's headers never go to another host."""
        left = max(0.1, deadline - time.monotonic())
        kwargs = {**kwargs, "timeout": (min(self.timeout[0], left), min(self.timeout[1], left))}
        r = self.session.request(method, url, **kwargs)
        for _ in range(MAX_REDIRECTS):
            if method == "POST" or not r.is_redirect:
                break
            target = urljoin(r.url, r.headers.get("Location", ""))
            r.close()
            check_url(target)  # a redirect must not leave https / loopback — checked before it is asked
            kwargs.pop("params", None)
            if _origin(target) != _origin(url):
                kwargs.pop("headers", None)  # e.g. an Authorization for this server only
            r = self.session.request(method, target, **kwargs)
        return r

    def _typed(self, exc: BaseException, is_post: bool) -> BaseException:
        if isinstance(exc, PortalError):
            return exc
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            return Timeout("no connection in time", source=self.host, delivered=False)
        if isinstance(exc, requests.exceptions.ReadTimeout):
            return Timeout("no answer in time", source=self.host, delivered=None if is_post else False)
        if isinstance(exc, requests.exceptions.SSLError):
            return Offline("secure connection failed (certificate)", source=self.host, reason="tls", delivered=False)
        if isinstance(exc, requests.exceptions.InvalidURL):
            return Unavailable("the address is not valid", source=self.host, delivered=False)
        if isinstance(exc, requests.exceptions.ConnectionError):
            return Offline("no connection", source=self.host, delivered=_connection_delivered(exc, is_post))
        if isinstance(exc, requests.exceptions.RequestException):
            return BadAnswer(
                f"request failed ({exc.__class__.__name__})", source=self.host, delivered=None if is_post else False
            )
        return exc

    def _read_body(self, r: requests.Response, cancel: threading.Event | None, is_post: bool, deadline: float) -> bytes:
        declared = r.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise BadAnswer(
                "the answer is too big",
                source=self.host,
                reason="too-big",
                status=r.status_code,
                delivered=None if is_post else False,
            )
        buf = bytearray()
        try:
            for chunk in r.iter_content(CHUNK):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("cancelled while reading", source=self.host, delivered=None if is_post else False)
                buf += chunk
                if time.monotonic() > deadline:
                    raise Timeout("the answer takes too long", source=self.host, delivered=None if is_post else False)
                if len(buf) > self.max_bytes:
                    raise BadAnswer(
                        "the answer is too big",
                        source=self.host,
                        reason="too-big",
                        status=r.status_code,
                        delivered=None if is_post else False,
                    )
        except (requests.exceptions.ConnectionError, urllib3.exceptions.HTTPError) as exc:
            if isinstance(
                exc, (requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError)
            ) or "timed out" in str(exc):
                raise Timeout(
                    "the answer stopped coming", source=self.host, delivered=None if is_post else False
                ) from None
            raise BadAnswer(
                "the answer was cut off", source=self.host, reason="cut-off", delivered=None if is_post else False
            ) from None
        except requests.exceptions.RequestException:
            raise BadAnswer(
                "the answer was cut off", source=self.host, reason="cut-off", delivered=None if is_post else False
            ) from None
        return bytes(buf)


class _Watchdog:
    """Ends a blocked body read on Cancel or when the total time is up (shuts the socket down).

    A read timeout only bounds the gap between two bytes; a server that drips its answer, or a
    person who presses Cancel, must not have to wait for the whole body.
    """

    def __init__(self, r: requests.Response, cancel: threading.Event | None, deadline: float) -> None:
        self.why = ""
        self._done = threading.Event()
        self._sock = _socket_of(r)
        self._cancel = cancel
        self._deadline = deadline
        if self._sock is not None:
            threading.Thread(target=self._run, name="portal-watchdog", daemon=True).start()

    def _run(self) -> None:
        while not self._done.wait(0.05):
            if self._cancel is not None and self._cancel.is_set():
                self.why = "cancel"
            elif time.monotonic() > self._deadline:
                self.why = "timeout"
            else:
                continue
            with contextlib.suppress(OSError):
                self._sock.shutdown(2)  # socket.SHUT_RDWR
            return

    def stop(self) -> None:
        self._done.set()

    def error(self, host: str, is_post: bool) -> PortalError:
        delivered = None if is_post else False
        if self.why == "cancel":
            return Cancelled("cancelled while reading", source=host, delivered=delivered)
        return Timeout("the answer takes too long", source=host, delivered=delivered)


def _socket_of(r: requests.Response) -> Any:
    """The socket a body is read from. urllib3 keeps it on the connection — except when the answer
    closes the connection (HTTP/1.0, ``Connection: close``): http.client then hands the socket to the
    response alone, where it is reached through the response's file object."""
    conn = getattr(r.raw, "connection", None)
    sock = getattr(conn, "sock", None)
    if sock is not None:
        return sock
    fp = getattr(getattr(r.raw, "_fp", None), "fp", None)  # http.client.HTTPResponse → BufferedReader
    return getattr(getattr(fp, "raw", None), "_sock", None)  # → socket.SocketIO → socket


def _connection_delivered(exc: Exception, is_post: bool) -> bool | None:
    """A refused or unresolvable connection never sent anything; a dropped one may have."""
    if not is_post:
        return False
    reason = exc.args[0] if exc.args else None
    inner = getattr(reason, "reason", reason)
    if isinstance(inner, (urllib3.exceptions.NewConnectionError, urllib3.exceptions.NameResolutionError)):
        return False
    return None


def _origin(url: str) -> tuple[str, str, int | None]:
    p = urlsplit(url)
    return p.scheme, (p.hostname or "").lower(), p.port or {"http": 80, "https": 443}.get(p.scheme)


def _check_cancel(cancel: threading.Event | None, host: str) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("cancelled", source=host, delivered=False)


def _wait(seconds: float, cancel: threading.Event | None) -> bool:
    """Sleep, waking early on cancel. Returns False if cancelled."""
    if cancel is None:
        time.sleep(seconds)
        return True
    return not cancel.wait(seconds)


def _path_only(path: str) -> str:
    return "/" + path.split("?", 1)[0].lstrip("/")


def json_of(resp: Response, source: str = "") -> Any:
    """The JSON body, unwrapping ``{meta, data}`` (some ZMS deployments) — BadAnswer if unreadable."""
    data = resp.json(source)
    if isinstance(data, dict) and set(data.keys()) >= {"meta", "data"} and isinstance(data.get("meta"), dict):
        meta = data["meta"]
        if meta.get("success") is False or meta.get("error"):
            raise Rejected("the server reported a failure", source=source, user_text=str(meta.get("error") or "")[:500])
        return data["data"]
    return data
