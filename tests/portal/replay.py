"""A replay server: serves recorded real exchanges byte for byte on 127.0.0.1 (port 0).

* Open311: the 21 exchanges recorded from mySociety's Open311::Endpoint
  (shared/portal/open311/transcript-mysociety-endpoint.json): status, Content-Type exactly as
  recorded (no charset), body bytes unchanged.
* ZMS: single cases from shared/portal/zms/expected/**.cases.json (the bodies the ZMS controller
  tests expect), served as ``application/json; charset=utf-8`` like the real citizen API.

Matching: method + path + query exactly (POST: the form/JSON body equal as a mapping). When no
exchange matches exactly and ``lenient`` is on, a GET falls back to the exchange on the same path
whose recorded query is the largest subset of the request's query (so a client that adds filters
still gets the recorded listing). ``match_query=False`` matches
GETs by path only (for ZMS cases, whose recorded dates lie in the past). Anything else gets 599 "no recorded exchange" and is noted in
``unmatched`` — a test can assert the client asked only for what was recorded.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from assistant.portal.loopback import LoopbackServer, OwnedHandler
from tests.shared_data import shared_path

SHARED = shared_path("portal")


@dataclass
class Exchange:
    method: str
    path: str  # with the query, as recorded
    status: int
    content_type: str
    body: bytes
    form: dict[str, Any] | None = None
    json_body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    name: str = ""

    @property
    def route(self) -> str:
        return urlsplit(self.path).path

    @property
    def query(self) -> set[tuple[str, str]]:
        return set(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))


def open311_exchanges(path: Path | None = None) -> list[Exchange]:
    data = json.loads((path or SHARED / "open311" / "transcript-mysociety-endpoint.json").read_text(encoding="utf-8"))
    return [
        Exchange(
            method=e["method"],
            path=e["path"],
            status=e["status"],
            content_type=e["content_type"],
            body=e["body"].encode("utf-8"),
            form=e.get("form"),
            name=f"open311-{i}",
        )
        for i, e in enumerate(data["exchanges"])
    ]


def zms_case(controller: str, test: str, prefix: str = "/terminvereinbarung/api/citizen") -> Exchange:
    """One ZMS controller test case, e.g. ``zms_case("Office/OfficesServicesRelationsController", "testRendering")``."""
    data = json.loads((SHARED / "zms" / "expected" / f"{controller}.cases.json").read_text(encoding="utf-8"))
    case = next(c for c in data["cases"] if c["test"] == test)
    req = case["request"]
    body = case.get("expectedBody")
    return Exchange(
        method=req.get("method", "GET"),
        path=prefix + req["path"],
        status=case["expectedStatus"],
        content_type="application/json; charset=utf-8",
        body=json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else b"",
        json_body=req.get("body"),
        name=f"{controller}::{test}",
    )


class ReplayServer(LoopbackServer):
    name = "replay-server"

    def __init__(
        self, exchanges: list[Exchange], *, lenient: bool = True, match_body: bool = True, match_query: bool = True
    ) -> None:
        super().__init__()
        self.exchanges = exchanges
        self.match_query = match_query
        self.lenient = lenient
        self.match_body = match_body
        self.served: list[Exchange] = []
        self.unmatched: list[tuple[str, str, str]] = []
        self.lock = threading.Lock()

    def find(self, method: str, path: str, body: bytes, ctype: str) -> Exchange | None:
        parts = urlsplit(path)
        query = set(parse_qsl(parts.query, keep_blank_values=True))
        form: dict[str, Any] | None = None
        jbody: Any = None
        if method == "POST":
            if "json" in ctype:
                try:
                    jbody = json.loads(body.decode("utf-8"))
                except ValueError:
                    jbody = None
            else:
                form = {}
                for k, v in parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True):
                    form[k] = v if k not in form else (form[k] if isinstance(form[k], list) else [form[k]]) + [v]
        candidates = [e for e in self.exchanges if e.method == method and e.route == parts.path]
        for e in candidates:
            if self.match_query and e.query != query:
                continue
            if method == "POST" and self.match_body:
                if e.form is not None and e.form != form:
                    continue
                if e.json_body is not None and e.json_body != jbody:
                    continue
            return e
        if self.lenient and method == "GET":
            subset = [e for e in candidates if e.query <= query]
            if subset:
                return max(subset, key=lambda e: len(e.query))
        if self.lenient and method == "POST" and not self.match_body and candidates:
            return candidates[0]
        return None

    def handler_class(self) -> type[OwnedHandler]:
        return _ReplayHandler


class _ReplayHandler(OwnedHandler):
    def do_GET(self) -> None:
        self.answer("GET")

    def do_POST(self) -> None:
        self.answer("POST")

    def answer(self, method: str) -> None:
        replay: ReplayServer = self.owner  # type: ignore[assignment]
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        e = replay.find(method, self.path, body, self.headers.get("Content-Type", ""))
        with replay.lock:
            if e is None:
                replay.unmatched.append((method, self.path, body.decode("utf-8", "replace")))
            else:
                replay.served.append(e)
        if e is None:
            status, ctype, data = 599, "text/plain", b"no recorded exchange"
        else:
            status, ctype, data = e.status, e.content_type, e.body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
