"""Malformed answers from a real loopback server never crash a client: only typed PortalErrors.

Hypothesis draws the answer (HTML pages, cut-off JSON, wrong types in otherwise valid answers, random
JSON, random bytes, huge bodies, slow and dripping servers, lying Content-Length) and which client
call meets it. Short timeouts and a small size cap keep each example fast.
"""

from __future__ import annotations

import contextlib
import json
import time
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.portal.api import Appointment, AppointmentState, Capability, PortalError, ServiceInfo
from assistant.portal.appointments import ZmsClient, berlin
from assistant.portal.catalogue import Catalogue
from assistant.portal.config import Endpoint
from assistant.portal.drafts import ReportDraft
from assistant.portal.http import Http
from assistant.portal.loopback import LoopbackServer, OwnedHandler
from assistant.portal.practice_data import ROUTES
from assistant.portal.reports import Open311Client

VALID = {
    "routes": {
        "count": 1,
        "offset": 0,
        "totalCount": 1,
        "routes": [{**ROUTES["99102013104000"], "destinationSignature": "a.b.c"}],
    },
    "offices": {
        "offices": [
            {
                "id": 1,
                "name": "Amt",
                "address": {"street": "A", "house_number": "1"},
                "geo": {"lat": "51.1", "lon": 7.2},
                "scope": {"emailRequired": "true"},
            }
        ],
        "services": [{"id": 2, "name": "Ausweis", "maxQuantity": 1}],
        "relations": [{"officeId": 1, "serviceId": 2, "slots": 1}],
    },
    "calendar": {
        "startDate": "2026-01-01",
        "endDate": "2026-01-31",
        "availableDays": [
            {"date": "2099-01-05", "providerIDs": "1", "offices": [{"officeId": "1", "appointments": [4071000000]}]}
        ],
    },
    "process": {
        "processId": 101,
        "authKey": "abcd",
        "timestamp": "4071000000",
        "status": "confirmed",
        "officeId": 1,
        "officeName": "Amt",
        "serviceName": "Ausweis",
    },
    "services": [{"service_code": "POT", "service_name": "Loch", "metadata": "true", "type": "realtime", "group": "g"}],
    "definition": {
        "service_code": "POT",
        "attributes": [
            {
                "code": "d",
                "datatype": "number",
                "variable": "true",
                "required": "false",
                "order": 1,
                "values": [{"key": "a", "name": "A"}],
            }
        ],
    },
    "requests": [
        {
            "service_request_id": 1,
            "status": "open",
            "service_code": "POT",
            "requested_datetime": "2026-11-26T09:32:20Z",
            "lat": 0,
            "long": 0,
            "description": "x",
        }
    ],
    "created": [{"service_request_id": 7, "service_notice": "ok"}],
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


DOC_FOR = {
    "routes": "routes",
    "offices": "offices",
    "free_days": "calendar",
    "appointment": "process",
    "reserve": "process",
    "confirm": "process",
    "services": "services",
    "definition": "definition",
    "status": "requests",
    "submit": "requests",
}


@st.composite
def wrong_types(draw, which):
    """The valid answer for this call with some values replaced by values of other types."""
    doc = json.loads(json.dumps(VALID[DOC_FOR[which]]))

    def walk(node):
        if isinstance(node, dict):
            for k in list(node):
                if draw(st.integers(0, 3)) == 0:
                    node[k] = draw(json_values)
                else:
                    walk(node[k])
        elif isinstance(node, list):
            for i in range(len(node)):
                if draw(st.integers(0, 3)) == 0:
                    node[i] = draw(json_values)
                else:
                    walk(node[i])

    walk(doc)
    return json.dumps(doc).encode()


@st.composite
def answers(draw, which):
    kind = draw(
        st.sampled_from(
            [
                "html",
                "truncated",
                "wrong-types",
                "wrong-types",
                "wrong-types",
                "random-json",
                "bytes",
                "huge",
                "slow",
                "drip",
                "lie",
                "empty",
                "valid",
            ]
        )
    )
    status = draw(st.sampled_from([200, 200, 200, 201, 400, 403, 404, 406, 409, 429, 500, 502, 503, 520]))
    ctype = draw(
        st.sampled_from(
            [
                "application/json",
                "application/json; charset=utf-8",
                "text/plain",
                "application/problem+json",
                "text/html",
                "",
                "application/json; charset=latin-1",
            ]
        )
    )
    plan = {"status": status, "ctype": ctype, "delay": 0.0, "drip": False, "lie": False}
    valid = json.dumps(VALID[DOC_FOR[which]]).encode()
    if kind == "html":
        plan["body"] = b"<!DOCTYPE html><html><head><title>Wartung</title></head><body><h1>503</h1></body></html>"
    elif kind == "truncated":
        plan["body"] = valid[: draw(st.integers(0, max(0, len(valid) - 1)))]
    elif kind == "wrong-types":
        plan["body"] = draw(wrong_types(which))
    elif kind == "random-json":
        plan["body"] = json.dumps(draw(json_values)).encode()
    elif kind == "bytes":
        plan["body"] = draw(st.binary(max_size=200))
    elif kind == "huge":
        plan["body"] = b"[" + b'"xxxxxxxxxxxxxxx",' * 8000 + b"1]"  # ~150 KB > the 64 KiB cap
    elif kind == "slow":
        plan["body"], plan["delay"] = valid, 0.25
    elif kind == "drip":
        plan["body"], plan["drip"] = valid, True
    elif kind == "lie":
        plan["body"], plan["lie"] = valid[: len(valid) // 2], True
    elif kind == "empty":
        plan["body"] = b""
    else:
        plan["body"] = valid
    return plan


class FuzzServer(LoopbackServer):
    """Answers every request with ``plan`` (status, type, body, delay, drip, lying Content-Length)."""

    name = "fuzz-server"

    def __init__(self) -> None:
        super().__init__()
        self.plan: dict = {
            "status": 200,
            "ctype": "application/json",
            "body": b"{}",
            "delay": 0,
            "drip": False,
            "lie": False,
        }

    def handler_class(self):
        return _FuzzHandler


class _FuzzHandler(OwnedHandler):
    def do_GET(self):
        self.answer()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.answer()

    def answer(self):
        p = self.owner.plan
        if p["delay"]:
            time.sleep(p["delay"])
        body = p["body"]
        try:
            self.send_response(p["status"])
            if p["ctype"]:
                self.send_header("Content-Type", p["ctype"])
            self.send_header("Content-Length", str(len(body) * (2 if p["lie"] else 1)))
            self.end_headers()
            if p["drip"]:
                for i in range(min(len(body), 40)):
                    self.wfile.write(body[i : i + 1])
                    self.wfile.flush()
                    time.sleep(0.05)
            else:
                self.wfile.write(body)
            if p["lie"]:
                self.close_connection = True
        except OSError:
            self.close_connection = True


@pytest.fixture(scope="module")
def fuzz_server():
    s = FuzzServer().start()
    yield s
    s.stop()


def make_http(url):
    return Http(
        url,
        connect_timeout=0.5,
        read_timeout=0.1,
        total_timeout=0.3,
        max_bytes=64 * 1024,
        retries=1,
        sleep=lambda s, c: True,
    )


CALLS = [
    "routes",
    "offices",
    "free_days",
    "appointment",
    "reserve",
    "confirm",
    "services",
    "definition",
    "status",
    "submit",
]


def call(name, url, bochum):
    ep = Endpoint(Capability.APPOINTMENTS, url)
    if name == "routes":
        return Catalogue(bochum, ep, http=make_http(url)).routes("99102013104000")
    zms = ZmsClient(ep, http=make_http(url))
    appt = Appointment("101", "abcd", AppointmentState.PRECONFIRMED, datetime.now(berlin()) + timedelta(days=3))
    if name == "offices":
        return zms.offices_and_services()
    if name == "free_days":
        return zms.free_days("1", "2")
    if name == "appointment":
        return zms.appointment("101", "abcd")
    if name == "reserve":
        return zms.reserve("1", "2", datetime.now(berlin()) + timedelta(days=3))
    if name == "confirm":
        return zms.confirm(appt)
    o311 = Open311Client(Endpoint(Capability.REPORTS, url), city_id="x", http=make_http(url), api_key="k")
    if name == "services":
        return o311.services()
    if name == "definition":
        return o311.definition("POT")
    if name == "status":
        return o311.status("1")
    draft = ReportDraft(
        service_code="POT",
        address="Kortumstraße 1",
        description="Loch",
        pending_since=(datetime.now().astimezone() - timedelta(minutes=1)).isoformat(),
    )
    return o311.submit(draft, save=lambda d: None)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data(), which=st.sampled_from(CALLS))
def test_malformed_answers_give_only_typed_errors(fuzz_server, bochum, data, which):
    plan = data.draw(answers(which))
    fuzz_server.plan = plan
    t0 = time.monotonic()
    try:
        result = call(which, fuzz_server.url, bochum)
    except PortalError as exc:
        error: PortalError | None = exc
    else:
        error = None
    if error is not None:
        assert error.key.startswith("portal.")
        assert "Traceback" not in str(error)
    elif which == "routes":
        assert isinstance(result, ServiceInfo)  # routes never raises for network trouble: it falls back
    assert time.monotonic() - t0 < 8  # slow and dripping servers end in bounded time


def test_the_safety_net_is_not_what_catches_them(fuzz_server, bochum, caplog):
    """Every malformed answer above is caught by the parsers themselves, not by the last-resort guard."""
    import random

    rng = random.Random(4)
    for which in CALLS:
        for _ in range(25):
            doc = json.loads(json.dumps(VALID[DOC_FOR[which]]))
            fuzz_server.plan = {
                "status": 200,
                "ctype": "application/json",
                "delay": 0,
                "drip": False,
                "lie": False,
                "body": json.dumps(_scramble(doc, rng)).encode(),
            }
            with contextlib.suppress(PortalError):
                call(which, fuzz_server.url, bochum)
    assert "unexpected answer shape" not in caplog.text


def _scramble(node, rng):
    junk = [None, 1, -5, 2.5, "x", "", True, [], {}, [1, "a"], {"a": 1}, 10**30]
    if isinstance(node, dict):
        return {k: (rng.choice(junk) if rng.random() < 0.3 else _scramble(v, rng)) for k, v in node.items()}
    if isinstance(node, list):
        return [rng.choice(junk) if rng.random() < 0.3 else _scramble(v, rng) for v in node]
    return node


def test_an_answer_json_cannot_store_again_is_used_and_not_kept(fuzz_server, bochum):
    """Found by the fuzzing above: a routes answer with Infinity in it (Python's json reads it) was
    parsed, but keeping it in the offline cache raised ValueError past the portal errors."""
    doc = json.loads(json.dumps(VALID[DOC_FOR["routes"]]))
    doc["totalCount"] = [float("inf")]
    fuzz_server.plan = {
        "status": 200,
        "ctype": "application/json",
        "delay": 0,
        "drip": False,
        "lie": False,
        "body": json.dumps(doc).encode(),  # "Infinity"
    }
    assert b"Infinity" in fuzz_server.plan["body"]
    assert isinstance(call("routes", fuzz_server.url, bochum), ServiceInfo)
