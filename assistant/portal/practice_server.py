"""The practice portal ("Übungsportal"): FIT-Connect Routing, ZMS citizen API and Open311 on loopback.

Volunteers practise booking and reporting with a person without sending anything real; the tests
use it too. It binds 127.0.0.1 on a free port, runs in a daemon thread, and serves:

    /fit-connect/v1/{routes,areas,info}
    /terminvereinbarung/api/citizen/{offices-and-services,available-calendar,appointment,
        reserve-appointment,update-appointment,preconfirm-appointment,confirm-appointment,
        cancel-appointment}/
    /open311/v2/{services.json, services/<code>.json, requests.json, requests/<id>.json, tokens/<t>.json}

with sample data (``practice_data``), free days relative to today, appointment states, and report
statuses that move on each time they are read. What it serves validates against the official
schemas in shared/portal (tests/portal/test_portal_schemas.py). With ``open311_quirks=True`` (default) it
also behaves like the recorded real server (mySociety Open311::Endpoint): booleans as "true"/"false",
numeric request ids, ``Content-Type`` without charset, ``text/plain`` 404s, 400 for a missing
api_key or an unknown service_code, 500 for an unknown request id.

``fault(method, path, kind, times=1)`` makes the next matching requests fail on purpose — for the
tests and for volunteers who want to see what a failure looks like:
``"drop-after"`` (do the work, then close the connection without an answer), ``"drop-before"``,
``"503"``, ``"429"`` (with Retry-After: 1), ``"html"``, ``"slow:<seconds>"``, ``"garbage"``.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import socket
import threading
import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from urllib.parse import parse_qs, parse_qsl, quote, urlsplit

from assistant.core.json_types import JsonObject
from assistant.portal import practice_data as D
from assistant.portal.api import PRACTICE_API_KEY
from assistant.portal.flows.validate import PHONE_RE, email_ok
from assistant.portal.loopback import LoopbackServer, OwnedHandler

FIT = "/fit-connect/v1"
ZMS = "/terminvereinbarung/api/citizen"
O311 = "/open311/v2"
API_KEY = PRACTICE_API_KEY  # one value for server and clients (assistant/portal/api.py)
MAX_BODY = 1024 * 1024


def _tz() -> tzinfo:
    from assistant.portal.appointments import berlin

    return berlin()


def _zms_errors() -> dict[str, JsonObject]:
    """The ZMS error entries the practice portal uses, as in zmscitizenapi's ErrorMessages (EUPL-1.2;
    shared/portal/zms/errors.json): status, type and the server's own English message."""
    table = {
        "invalidRequest": (400, "warning", "Invalid request."),
        "invalidOfficeId": (400, "warning", "officeId should be a 32-bit integer."),
        "invalidServiceId": (400, "warning", "serviceId should be a 32-bit integer."),
        "invalidServiceCount": (400, "warning", "serviceCounts should be an array of numeric values."),
        "invalidTimestamp": (
            400,
            "warning",
            "Missing timestamp or invalid timestamp format. It should be a positive numeric value.",
        ),
        "invalidStartDate": (400, "warning", "startDate is required and must be a valid date."),
        "invalidEndDate": (400, "warning", "endDate is required and must be a valid date."),
        "invalidProcessId": (400, "warning", "processId should be a positive 32-bit integer."),
        "invalidAuthKey": (400, "warning", "authKey should be a string."),
        "invalidFamilyName": (400, "warning", "familyName should be a non-empty string."),
        "invalidEmail": (400, "warning", "email should be a valid email address."),
        "invalidTelephone": (400, "warning", "telephone should be a numeric string between 7 and 15 digits."),
        "telephoneIsRequired": (406, "warning", "Telephone number is required."),
        "emailIsRequired": (406, "warning", "Email address is required."),
        "unknownError": (520, "error", "An unknown error occurred."),
        "invalidSlotsStartDate": (400, "warning", "slotsStartDate must be a valid date."),
        "invalidSlotsEndDate": (400, "warning", "slotsEndDate must be a valid date."),
        "invalidLocationAndServiceCombination": (
            400,
            "warning",
            "The provided service(s) do not exist at the given location.",
        ),
        "requestMethodNotAllowed": (405, "warning", "Request method not allowed."),
        "appointmentNotAvailable": (404, "error", "The selected appointment is unfortunately no longer available."),
        "appointmentNotFound": (
            404,
            "error",
            "Maybe you have already canceled your appointment? Otherwise, please check that you have used the correct link.",
        ),
        "notFound": (404, "error", "Endpoint not found."),
        "authKeyMismatch": (406, "warning", "Invalid authentication key."),
        "appointmentCanNotBeCanceled": (406, "warning", "The selected appointment cannot be canceled."),
        "processNotReservedAnymore": (409, "error", "The appointment is no longer reserved."),
        "processNotPreconfirmedAnymore": (409, "error", "The appointment is no longer preconfirmed."),
        "serviceUnavailable": (503, "error", "Service Unavailable: The application is under maintenance."),
        "rateLimitExceeded": (429, "warning", "Rate limit exceeded. Please try again later."),
    }
    return {k: {"errorCode": k, "errorMessage": m, "statusCode": s, "errorType": t} for k, (s, t, m) in table.items()}


ZMS_ERRORS = _zms_errors()


class _Reply(Exception):
    def __init__(
        self, status: int, body: Any, ctype: str = "application/json", headers: JsonObject | None = None
    ) -> None:
        self.status, self.body, self.ctype, self.headers = status, body, ctype, headers or {}


class PracticePortal(LoopbackServer):
    """Start with ``.start()`` (or ``with PracticePortal() as p:``); ``.url`` is the root address."""

    name = "practice-portal"

    def __init__(
        self, *, open311_quirks: bool = True, host: str = "127.0.0.1", needs_coordinates: bool = False
    ) -> None:
        super().__init__(host)
        self.open311_quirks = open311_quirks
        # like an Open311 server that takes only lat + long as the place (a city profile's
        # ``portal.reports.location: coordinates``)
        self.needs_coordinates = needs_coordinates
        self.lock = threading.RLock()
        self.processes: dict[int, JsonObject] = {}
        self.next_process = 100001
        self.requests: list[JsonObject] = []
        self.next_request = 1001
        self.faults: list[JsonObject] = []
        self.log: list[tuple[str, str, int]] = []  # (method, path, status): for tests and the banner
        self.posts: list[tuple[str, str]] = []  # (path, body text) of every POST that was processed

    def handler_class(self) -> type[OwnedHandler]:
        return _Handler

    def fault(self, method: str, path: str, kind: str, times: int = 1) -> None:
        with self.lock:
            self.faults.append({"method": method.upper(), "path": path, "kind": kind, "times": times})

    def _take_fault(self, method: str, path: str) -> str | None:
        with self.lock:
            for f in self.faults:
                if f["method"] == method and (path == f["path"] or path.endswith(f["path"])):
                    f["times"] -= 1
                    if f["times"] <= 0:
                        self.faults.remove(f)
                    return str(f["kind"])
        return None

    # --- FIT-Connect ---

    def _instance(self, path: str) -> str:
        """RFC 7807 ``instance`` as the API's schema wants it: an absolute URI of the request."""
        return self.url + FIT + path

    def fit(self, method: str, path: str, q: dict[str, list[str]]) -> Any:
        if method != "GET":
            raise _Reply(405, _problem(405, "Method Not Allowed", self._instance(path)), "application/problem+json")
        if path == "/info":
            return {"version": {"major": 2, "minor": 0, "patch": 0}}
        if path == "/areas":
            exprs = q.get("areaSearchexpression") or []
            if not exprs or any(len(e.strip("*")) < 2 for e in exprs):
                raise _Reply(
                    400,
                    _problem(400, "Bad Request", self._instance(path), "areaSearchexpression fehlt oder ist zu kurz."),
                    "application/problem+json",
                )
            hits = [a for a in D.AREAS if any(_wild(e, a["name"]) or _wild(e, a["id"]) for e in exprs)]
            return {"count": len(hits), "offset": 0, "totalCount": len(hits), "areas": hits}
        if path == "/routes":
            leika = (q.get("leikaKey") or [""])[0]
            areas = [k for k in ("ars", "ags", "areaId") if q.get(k)]
            if not re.fullmatch(r"99\d{12}", leika) or len(areas) != 1:
                raise _Reply(
                    400,
                    _problem(
                        400,
                        "Bad Request",
                        self._instance(path),
                        "leikaKey und genau ein Gebietsschlüssel (ars, ags oder areaId) sind nötig.",
                    ),
                    "application/problem+json",
                )
            ars, ags, area = ((q.get(k) or [""])[0] for k in ("ars", "ags", "areaId"))
            bad = (
                (ars and not re.fullmatch(r"\d{2}|\d{3}|\d{5}|\d{9}|\d{12}", ars))
                or (ags and not re.fullmatch(r"\d{2}|\d{3}|\d{5}|\d{8}", ags))
                or (area and not area.isdigit())
            )
            if bad:
                raise _Reply(
                    400,
                    _problem(400, "Bad Request", self._instance(path), "Der Gebietsschlüssel hat ein falsches Format."),
                    "application/problem+json",
                )
            # only Bochum's own keys are Bochum; any other region has no routes here
            in_city = ars in (D.ARS, "05911", "059110000") or ags == "05911000" or area in ("05911000", "44787")
            route = D.ROUTES.get(leika) if in_city else None
            routes = [{**route, "destinationSignature": D._SIG}] if route else []
            return {"count": len(routes), "offset": 0, "totalCount": len(routes), "routes": routes}
        raise _Reply(404, _problem(404, "Not Found", self._instance(path)), "application/problem+json")

    # --- ZMS ---

    def zms_error(self, *codes: str) -> _Reply:
        errs = [ZMS_ERRORS[c] for c in codes]
        return _Reply(max(e["statusCode"] for e in errs), {"errors": errs}, "application/json; charset=utf-8")

    def _scope(self, office: JsonObject) -> JsonObject:
        return {
            "id": office["id"] + 1,
            "provider": {
                "id": str(office["id"]),
                "name": office["name"],
                "displayName": office["name"],
                "lat": office["lat"],
                "lon": office["lon"],
                "source": "uebung",
                "contact": {
                    "city": "Bochum",
                    "country": "Germany",
                    "name": office["name"],
                    "postalCode": office["zip"],
                    "region": "Bochum",
                    "street": office["street"],
                    "streetNumber": office["no"],
                },
            },
            "shortName": office["name"],
            "emailFrom": "no-reply@example.org",
            "emailRequired": True,
            "telephoneActivated": True,
            "telephoneRequired": False,
            "customTextfieldActivated": False,
            "customTextfieldRequired": False,
            "customTextfieldLabel": None,
            "customTextfield2Activated": False,
            "customTextfield2Required": False,
            "customTextfield2Label": None,
            "captchaActivatedRequired": False,
            "infoForAppointment": None,
            "infoForAllAppointments": None,
            "slotsPerAppointment": None,
            "appointmentsPerMail": 3,
            "whitelistedMails": None,
            "reservationDuration": D.RESERVATION_MINUTES,
            "activationDuration": 60,
            "hint": office["hint"] or None,
        }

    def _free(self, office_id: int, day: date, today: date) -> list[int]:
        tz = _tz()
        now = datetime.now(tz)
        taken = {p["ts"] for p in self.processes.values() if p["officeId"] == office_id and p["status"] != "deleted"}
        out = []
        for t in D.day_slots(day):
            when = datetime.combine(day, t, tz)
            ts = int(when.timestamp())
            if when <= now or ts in taken or D.slot_taken_by_others(office_id, day, t, today):
                continue
            out.append(ts)
        return out

    def _expire(self) -> None:
        now = time.time()
        for p in self.processes.values():
            if p["status"] in ("reserved", "preconfirmed") and now > p["expires"]:
                p["status"] = "deleted"

    def _process_json(self, p: JsonObject) -> JsonObject:
        office = next(o for o in D.ZMS_OFFICES if o["id"] == p["officeId"])
        service = next(s for s in D.ZMS_SERVICES if s["id"] == p["serviceId"])
        return {
            "processId": p["id"],
            "timestamp": str(p["ts"]),
            "authKey": p["authKey"],
            "familyName": p["familyName"],
            "customTextfield": "",
            "customTextfield2": "",
            "email": p["email"],
            "telephone": p["telephone"],
            "officeName": office["name"],
            "officeId": office["id"],
            "status": p["status"],
            "scope": self._scope(office),
            "subRequestCounts": [],
            "serviceId": service["id"],
            "serviceName": service["name"],
            "serviceCount": p["count"],
            "slotCount": p["count"],
            "displayNumber": f"B{p['id'] % 1000:03d}",
            "captchaToken": None,
            "icsContent": None,
        }

    def zms(self, method: str, path: str, q: dict[str, list[str]], body: Any) -> Any:
        with self.lock:
            self._expire()
            if path == "/offices-and-services/" and method == "GET":
                return {
                    "offices": [
                        {
                            "id": o["id"],
                            "name": o["name"],
                            "showAlternativeLocations": False,
                            "address": {
                                "street": o["street"],
                                "house_number": o["no"],
                                "postal_code": o["zip"],
                                "city": "Bochum",
                                "hint": False,
                            },
                            "displayNameAlternatives": [],
                            "organization": "Stadt Bochum (Übung)",
                            "organizationUnit": "Bürgerdienste",
                            "slotTimeInMinutes": D.SLOT_MINUTES,
                            "geo": {"lat": o["lat"], "lon": o["lon"]},
                            "disabledByServices": [],
                            "scope": self._scope(o),
                            "slotsPerAppointment": None,
                            "parentId": None,
                            "allowDisabledServicesMix": None,
                            "sharedBookingOfficeIds": None,
                        }
                        for o in D.ZMS_OFFICES
                    ],
                    "services": [
                        {
                            "id": s["id"],
                            "name": s["name"],
                            "maxQuantity": s["maxQuantity"],
                            "combinable": {},
                            "public": True,
                            "parentId": None,
                            "variantId": None,
                            "rootParentId": s["id"],
                            "showOnStartPage": True,
                        }
                        for s in D.ZMS_SERVICES
                    ],
                    "relations": [{"officeId": o, "serviceId": s, "slots": n} for o, s, n in D.ZMS_RELATIONS],
                }
            if path == "/available-calendar/" and method == "GET":
                return self._calendar(q)
            if path == "/appointment/" and method == "GET":
                p = self._find((q.get("processId") or [""])[0], (q.get("authKey") or [""])[0])
                return self._process_json(p)
            posts = {
                "/reserve-appointment/",
                "/update-appointment/",
                "/preconfirm-appointment/",
                "/confirm-appointment/",
                "/cancel-appointment/",
            }
            if path in posts:
                if method != "POST" or not isinstance(body, dict):
                    raise self.zms_error("invalidRequest")
                return getattr(self, "_" + path.strip("/").split("-")[0])(body)
            raise self.zms_error("notFound")

    def _calendar(self, q: dict[str, list[str]]) -> JsonObject:
        errs = []
        start, end = _ymd((q.get("startDate") or [""])[0]), _ymd((q.get("endDate") or [""])[0])
        if start is None:
            errs.append("invalidStartDate")
        if end is None:
            errs.append("invalidEndDate")
        for key in ("slotsStartDate", "slotsEndDate"):
            if q.get(key) and _ymd(q[key][0]) is None:
                errs.append("invalid" + key[0].upper() + key[1:])
        office_ids = (q.get("officeIds") or [""])[0].split(",")
        service_ids = (q.get("serviceIds") or [""])[0].split(",")
        counts = (q.get("serviceCounts") or [""])[0].split(",")
        if not all(x.isdigit() for x in office_ids):
            errs.append("invalidOfficeId")
        if not all(x.isdigit() for x in service_ids):
            errs.append("invalidServiceId")
        if not all(x.isdigit() and 1 <= int(x) <= 25 for x in counts):
            errs.append("invalidServiceCount")
        if errs or start is None or end is None:
            raise self.zms_error(*errs)
        if start > end or (end - start).days > 365:
            # startDateAfterEndDate / dateRangeTooLarge are not in ZMS's table: they come back as 520
            raise self.zms_error("unknownError")
        offered = {(o, s) for o, s, _ in D.ZMS_RELATIONS}
        if not all((int(o), int(sv)) in offered for o in office_ids for sv in service_ids):
            raise self.zms_error("invalidLocationAndServiceCombination")
        today = datetime.now(_tz()).date()
        days: list[JsonObject] = []
        d = max(start, today)
        while d <= end and d <= today + timedelta(days=60):
            offices: list[JsonObject] = []
            for oid in office_ids:
                if not all((int(oid), int(s)) in offered for s in service_ids):
                    continue
                free = self._free(int(oid), d, today)
                if free:
                    offices.append({"officeId": oid, "appointments": free})
            if offices:
                days.append(
                    {"date": d.isoformat(), "providerIDs": ",".join(o["officeId"] for o in offices), "offices": offices}
                )
            d += timedelta(days=1)
        return {
            "startDate": start.isoformat(),
            "endDate": end.isoformat(),
            "slotsStartDate": start.isoformat(),
            "slotsEndDate": end.isoformat(),
            "prevBookableDate": None,
            "nextBookableDate": None,
            "availableDays": days,
        }

    def _find(self, pid: Any, auth: Any) -> JsonObject:
        errs = []
        if not re.fullmatch(r"[1-9]\d{0,9}", str(pid)):
            errs.append("invalidProcessId")
        if not isinstance(auth, str) or not re.fullmatch(r"[0-9a-f]{4}|[0-9a-f]{64}", auth):
            errs.append("invalidAuthKey")
        if errs:
            raise self.zms_error(*errs)
        p = self.processes.get(int(pid))
        if p is None or p["status"] == "deleted":
            raise self.zms_error("appointmentNotFound")
        if p["authKey"] != auth:
            raise self.zms_error("authKeyMismatch")
        return p

    def _reserve(self, b: JsonObject) -> JsonObject:
        errs = []
        office_id = b.get("officeId")
        sids = b.get("serviceId")
        counts = b.get("serviceCount", [1])
        ts = b.get("timestamp")
        if not isinstance(office_id, int) or isinstance(office_id, bool):
            errs.append("invalidOfficeId")
        if not isinstance(sids, list) or not sids or not all(str(s).isdigit() for s in sids):
            errs.append("invalidServiceId")
        if not isinstance(counts, list) or not all(isinstance(c, int) and 1 <= c <= 25 for c in counts):
            errs.append("invalidServiceCount")
        if not str(ts).isdigit() or int(str(ts)) <= time.time():
            errs.append("invalidTimestamp")
        if errs or not isinstance(office_id, int) or not isinstance(sids, list):
            raise self.zms_error(*errs)
        ts = int(str(ts))
        sid = int(sids[0])
        if (office_id, sid) not in {(o, s) for o, s, _ in D.ZMS_RELATIONS}:
            raise self.zms_error("appointmentNotAvailable")
        day = datetime.fromtimestamp(int(ts), _tz()).date()
        if int(ts) not in self._free(office_id, day, datetime.now(_tz()).date()):
            raise self.zms_error("appointmentNotAvailable")
        pid = self.next_process
        self.next_process += 1
        p = {
            "id": pid,
            "authKey": secrets.token_hex(2),
            "ts": int(ts),
            "officeId": office_id,
            "serviceId": sid,
            "count": int(counts[0]) if counts else 1,
            "status": "reserved",
            "familyName": "",
            "email": "",
            "telephone": "",
            "expires": time.time() + D.RESERVATION_MINUTES * 60,
        }
        self.processes[pid] = p
        return self._process_json(p)

    def _update(self, b: JsonObject) -> JsonObject:
        p = self._find(b.get("processId"), b.get("authKey"))
        errs = []
        if not isinstance(b.get("familyName"), str) or not b["familyName"].strip():
            errs.append("invalidFamilyName")
        office = next(o for o in D.ZMS_OFFICES if o["id"] == p["officeId"])
        scope = self._scope(office)
        if scope["emailRequired"] and (not isinstance(b.get("email"), str) or not email_ok(b["email"])):
            errs.append("invalidEmail")  # PHP FILTER_VALIDATE_EMAIL, as zmscitizenapi's ValidationService
        tel = b.get("telephone")
        if (
            scope["telephoneActivated"]
            and tel not in (None, "")
            and (not isinstance(tel, str) or not PHONE_RE.match(tel))
        ):
            errs.append("invalidTelephone")  # the raw value: the real server normalises nothing
        if errs:
            raise self.zms_error(*errs)
        if scope["telephoneActivated"] and scope["telephoneRequired"] and not tel:
            raise self.zms_error("telephoneIsRequired")
        if p["status"] != "reserved":
            raise self.zms_error("processNotReservedAnymore")
        p["familyName"], p["email"] = b["familyName"].strip(), str(b.get("email") or "").strip()
        p["telephone"] = (b.get("telephone") or "") if isinstance(b.get("telephone"), (str, type(None))) else ""
        return self._process_json(p)

    def _preconfirm(self, b: JsonObject) -> JsonObject:
        p = self._find(b.get("processId"), b.get("authKey"))
        if p["status"] != "reserved":
            raise self.zms_error("processNotReservedAnymore")
        p["status"] = "preconfirmed"
        p["expires"] = time.time() + 3600
        return self._process_json(p)

    def _confirm(self, b: JsonObject) -> JsonObject:
        p = self._find(b.get("processId"), b.get("authKey"))
        if p["status"] != "preconfirmed":
            raise self.zms_error("processNotPreconfirmedAnymore")
        p["status"] = "confirmed"
        return self._process_json(p)

    def _cancel(self, b: JsonObject) -> JsonObject:
        p = self._find(b.get("processId"), b.get("authKey"))
        if p["ts"] <= time.time():
            raise self.zms_error("appointmentCanNotBeCanceled")
        p["status"] = "deleted"
        return self._process_json(p)

    # --- Open311 ---

    def _o311_error(self, status: int, text: str) -> _Reply:
        return _Reply(status, [{"code": status, "description": text}])

    def _bool(self, v: bool) -> Any:
        return ("true" if v else "false") if self.open311_quirks else v

    def _rid(self, n: int) -> Any:
        return n if self.open311_quirks else str(n)

    def open311(self, method: str, path: str, q: dict[str, list[str]], form: list[tuple[str, str]]) -> Any:
        if not (path.endswith((".json", ".xml"))):
            raise _Reply(404, "Bad extension. We support .xml and .json", "text/plain")
        if path.endswith(".xml"):  # GeoReport v2's mandatory format, as the recorded server writes it
            try:
                data = self.open311(method, path[: -len(".xml")] + ".json", q, form)
            except _Reply as reply:
                if isinstance(reply.body, list):
                    raise _Reply(
                        reply.status, _xml("errors", reply.body, self.open311_quirks), "text/xml", reply.headers
                    ) from None
                raise
            raise _Reply(200, _xml(_xml_root(path), data, self.open311_quirks), "text/xml")
        with self.lock:
            if path == "/services.json" and method == "GET":
                return [
                    {**{k: v for k, v in s.items() if k != "metadata"}, "metadata": self._bool(s["metadata"])}
                    for s in D.OPEN311_SERVICES
                ]
            m = re.fullmatch(r"/services/([^/]+)\.json", path)
            if m and method == "GET":
                attrs = D.OPEN311_DEFINITIONS.get(m.group(1))
                if attrs is None:
                    raise self._o311_error(404, "Resource not found")
                return {
                    "service_code": m.group(1),
                    "attributes": [
                        {**a, "variable": self._bool(a["variable"]), "required": self._bool(a["required"])}
                        for a in attrs
                    ],
                }
            if path == "/requests.json" and method == "POST":
                return self._post_request(form)
            if path == "/requests.json" and method == "GET":
                return self._list_requests(q)
            m = re.fullmatch(r"/requests/([^/]+)\.json", path)
            if m and method == "GET":
                r = next((r for r in self.requests if str(r["id"]) == m.group(1)), None)
                if r is None:
                    if self.open311_quirks:
                        raise self._o311_error(
                            500,
                            'Can\'t call method "service_request_id" on an undefined value '
                            "at perllib/Open311/Endpoint.pm line 811.\n",
                        )
                    raise self._o311_error(404, "Resource not found")
                r["views"] += 1
                return [self._request_json(r)]
            m = re.fullmatch(r"/tokens/([^/]+)\.json", path)
            if m and method == "GET":
                raise self._o311_error(404, "Resource not found")
            if path == "/discovery.json":
                raise _Reply(404, "Not found", "text/plain")
            raise _Reply(404, "Not found", "text/plain")

    def _post_request(self, form: list[tuple[str, str]]) -> Any:
        fields: dict[str, list[str]] = {}
        for k, v in form:
            fields.setdefault(k, []).append(v)
        one = {k: v[0] for k, v in fields.items()}
        if "api_key" not in one:
            status = 400 if self.open311_quirks else 403
            raise _Reply(
                status,
                [
                    {"code": status, "description": "Error in input for POST_Service_Request"},
                    {"code": status, "description": "Failed //rec: no value given for required entry api_key"},
                ],
            )
        if one["api_key"] != API_KEY:
            raise self._o311_error(403, "Der API-Schlüssel ist ungültig.")
        code = one.get("service_code", "")
        service = next((s for s in D.OPEN311_SERVICES if s["service_code"] == code), None)
        if service is None:
            raise self._o311_error(
                400 if self.open311_quirks else 404, "Bad request" if self.open311_quirks else "Resource not found"
            )
        errors = []
        has_ll = "lat" in one and "long" in one
        if not has_ll and self.needs_coordinates:
            errors.append("Bitte geben Sie die Koordinaten des Ortes an (lat und long).")
        elif not has_ll and not one.get("address_string") and not one.get("address_id"):
            errors.append("Bitte geben Sie einen Ort an (Adresse oder Koordinaten).")
        if has_ll:
            try:
                lat, lon = float(one["lat"]), float(one["long"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ValueError
            except ValueError:
                errors.append("Die Koordinaten sind ungültig.")
        for a in D.OPEN311_DEFINITIONS.get(code, []):
            vals = fields.get(f"attribute[{a['code']}]", [])
            if a["required"] and a["variable"] and not any(v.strip() for v in vals):
                errors.append(f"Bitte beantworten Sie: {a['description']}")
            keys = {v["key"] for v in a.get("values", [])}
            if keys and any(v not in keys for v in vals):
                errors.append(f"Ungültige Auswahl bei: {a['description']}")
            if a["datatype"] == "singlevaluelist" and len(vals) > 1:
                errors.append(f"Nur eine Auswahl bei: {a['description']}")
            if a["datatype"] == "number" and vals:
                try:
                    float(vals[0].replace(",", "."))
                except ValueError:
                    errors.append(f"Bitte eine Zahl bei: {a['description']}")
        desc = one.get("description", "")
        if len(desc) > 4000:
            errors.append("Die Beschreibung ist zu lang (höchstens 4000 Zeichen).")
        if errors:
            raise _Reply(400, [{"code": 400, "description": e} for e in errors])
        rid = self.next_request
        self.next_request += 1
        now = datetime.now(UTC).replace(microsecond=0)
        self.requests.append(
            {
                "id": rid,
                "service": service,
                "description": desc,
                "address": one.get("address_string", ""),
                "lat": float(one["lat"]) if has_ll else None,
                "long": float(one["long"]) if has_ll else None,
                "requested": now,
                "views": 0,
                "attributes": {k: v for k, v in fields.items() if k.startswith("attribute[")},
            }
        )
        return [
            {"service_request_id": self._rid(rid), "service_notice": "Übungsportal: Es wurde nichts Echtes gesendet."}
        ]

    def _request_json(self, r: JsonObject) -> JsonObject:
        # the status moves on every second look, and every ten minutes by itself
        now = datetime.now(UTC).replace(microsecond=0)
        by_time = int((now - r["requested"]).total_seconds() // 600)
        step = min(len(D.STATUS_STEPS) - 1, max(r["views"] // 2, by_time))
        status, notes = D.STATUS_STEPS[step]
        updated = min(now, r["requested"] + timedelta(seconds=step))

        def iso(d: datetime) -> str:
            return d.strftime("%Y-%m-%dT%H:%M:%SZ")

        return {
            "service_request_id": self._rid(r["id"]),
            "status": status,
            "status_notes": notes,
            "service_name": r["service"]["service_name"],
            "service_code": r["service"]["service_code"],
            "description": r["description"] or None,
            "agency_responsible": "Tiefbauamt (Übung)",
            "service_notice": None,
            "requested_datetime": iso(r["requested"]),
            "updated_datetime": iso(updated),
            "expected_datetime": iso(r["requested"] + timedelta(days=14)),
            "address": r["address"] or None,
            "address_id": None,
            "zipcode": None,
            # the recorded server lists "0, 0" for a request without coordinates; the spec allows null
            "lat": r["lat"] if r["lat"] is not None else (0 if self.open311_quirks else None),
            "long": r["long"] if r["long"] is not None else (0 if self.open311_quirks else None),
            "media_url": None,
        }

    def _list_requests(self, q: dict[str, list[str]]) -> list[JsonObject]:
        items = list(self.requests)
        if q.get("service_request_id"):
            ids = set(q["service_request_id"][0].split(","))
            items = [r for r in items if str(r["id"]) in ids]
        if q.get("service_code"):
            codes = set(q["service_code"][0].split(","))
            items = [r for r in items if r["service"]["service_code"] in codes]

        def parse_dt(s: str) -> datetime | None:
            try:
                d = datetime.fromisoformat(s.replace("Z", "+00:00"))
                return d if d.tzinfo else d.replace(tzinfo=UTC)
            except ValueError:
                return None

        bounds = {k: parse_dt(q[k][0]) for k in ("start_date", "end_date") if q.get(k)}
        bad = [k for k, d in bounds.items() if d is None]
        if bad:  # as Open311::Endpoint's input check: a date that is no date is refused, not ignored
            raise _Reply(
                400,
                [{"code": 400, "description": "Error in input for GET_Service_Requests"}]
                + [{"code": 400, "description": f"Failed //rec: {k} is not a w3 datetime"} for k in bad],
            )
        if bounds.get("start_date"):
            items = [r for r in items if r["requested"] >= bounds["start_date"]]
        if bounds.get("end_date"):
            items = [r for r in items if r["requested"] <= bounds["end_date"]]
        if q.get("status"):
            items = [r for r in items if self._request_json(r)["status"] in q["status"][0].split(",")]
        return [self._request_json(r) for r in items[-1000:]]


_XML_ITEM = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "attributes": "attribute",
    "values": "value",
}


def _xml_root(path: str) -> str:
    if path.startswith("/services/"):
        return "service_definition"
    return "services" if path.startswith("/services") else "service_requests"


def _xml(root: str, data: Any, twice_encoded: bool) -> bytes:
    """The answer as the recorded mySociety server writes XML: children sorted by name, text only,
    ``null`` as an empty element — and (its quirk) non-ASCII text encoded twice."""
    from xml.sax.saxutils import escape

    def text(v: Any) -> str:
        t = "" if v is None else ("true" if v is True else "false" if v is False else str(v))
        if twice_encoded:
            t = t.encode("utf-8").decode("latin-1")
        return escape(t)

    def el(tag: str, v: Any, depth: int) -> str:
        pad = "  " * depth
        if isinstance(v, list):
            item = _XML_ITEM.get(tag, "item")
            inner = "".join(el(item, x, depth + 1) for x in v)
            return f"{pad}<{tag}>\n{inner}{pad}</{tag}>\n"
        if isinstance(v, dict):
            inner = "".join(el(k, v[k], depth + 1) for k in sorted(v))
            return f"{pad}<{tag}>\n{inner}{pad}</{tag}>\n"
        return f"{pad}<{tag}>{text(v)}</{tag}>\n"

    return ('<?xml version="1.0" encoding="utf-8"?>\n' + el(root, data, 0)).encode("utf-8")


def _ymd(text: str) -> date | None:
    """YYYY-MM-DD only, as ZMS's validator (Python's fromisoformat alone would take "20261206" too)."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text or ""):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _problem(status: int, title: str, instance: str, detail: str = "") -> JsonObject:
    # RFC 7807: "instance" is a URI reference; the path of the request is one
    p = {"type": "about:blank", "title": title, "status": status, "instance": quote(instance, safe="/:")}
    if detail:
        p["detail"] = detail
    return p


def _wild(expr: str, value: str) -> bool:
    e = expr.lower()
    v = value.lower()
    if e.startswith("*") and e.endswith("*"):
        return e.strip("*") in v
    if e.endswith("*"):
        return v.startswith(e[:-1])
    if e.startswith("*"):
        return v.endswith(e[1:])
    return v == e or v.startswith(e + " ")


class _Handler(OwnedHandler):
    server_version = "Lotse-Uebungsportal/1"

    @property
    def portal(self) -> PracticePortal:
        return self.owner  # type: ignore[return-value]

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _other(self) -> None:
        """PUT, DELETE, PATCH, OPTIONS, HEAD: what the real servers answer (ZMS's catch-all route:
        404 ``notFound`` JSON; Open311 and FIT-Connect: 404/405), never http.server's 501 HTML page."""
        path = urlsplit(self.path).path
        self._drain()
        if path.startswith(ZMS + "/"):
            body = json.dumps({"errors": [ZMS_ERRORS["notFound"]]}).encode()
            self._send(404, body, "application/json; charset=utf-8")
        elif path.startswith(FIT):
            body = json.dumps(_problem(405, "Method Not Allowed", self.portal.url + path)).encode()
            self._send(405, body, "application/problem+json")
        else:
            self._send(404, b"Not found", "text/plain")

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _other

    def do_HEAD(self) -> None:
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _drain(self) -> None:
        n = self.headers.get("Content-Length") or "0"
        if n.isdigit() and 0 < int(n) <= MAX_BODY:
            self.rfile.read(int(n))

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        raw = b""
        if method == "POST":
            n = int(self.headers.get("Content-Length") or 0)
            if n > MAX_BODY:
                self._send(413, b"too large", "text/plain")
                return
            raw = self.rfile.read(n)
        fault = self.portal._take_fault(method, path)
        if fault == "drop-before":
            self._drop()
            return
        if fault in ("503", "429"):
            headers = {"Retry-After": "1"} if fault == "429" else {}
            body = json.dumps({"errors": [ZMS_ERRORS["serviceUnavailable" if fault == "503" else "rateLimitExceeded"]]})
            self._send(int(fault), body.encode(), "application/json", headers)
            return
        if fault == "html":
            self._send(503, b"<!DOCTYPE html><html><body><h1>Wartungsarbeiten</h1></body></html>", "text/html")
            return
        if fault == "garbage":
            self._send(200, b'{"offices": [', "application/json")
            return
        if fault and fault.startswith("slow:"):
            time.sleep(float(fault.split(":", 1)[1]))
        try:
            status, body, ctype, headers = 200, self._dispatch(method, path, parts.query, raw), None, {}
        except _Reply as r:
            status, body, ctype, headers = r.status, r.body, r.ctype, r.headers
        except Exception as exc:  # noqa: BLE001 - a bug in the practice portal must not kill the thread
            status, body, ctype, headers = 500, f"internal error: {exc.__class__.__name__}", "text/plain", {}
        if method == "POST" and 200 <= status < 300:
            with self.portal.lock:
                self.portal.posts.append((path, raw.decode("utf-8", "replace")))
        with self.portal.lock:
            self.portal.log.append((method, path, status))
        if fault == "drop-after":
            self._drop()
            return
        if ctype is None:
            ctype = self._default_ctype(path)
        data = (
            body
            if isinstance(body, bytes)
            else body.encode("utf-8")
            if isinstance(body, str)
            else json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")
        )
        self._send(status, data, ctype, headers)

    def _default_ctype(self, path: str) -> str:
        if path.startswith(O311):
            return "application/json" if self.portal.open311_quirks else "application/json; charset=utf-8"
        return "application/json; charset=utf-8" if path.startswith(ZMS) else "application/json"

    def _dispatch(self, method: str, path: str, query: str, raw: bytes) -> Any:
        q = parse_qs(query, keep_blank_values=True)
        if path.startswith(FIT + "/") or path == FIT:
            return self.portal.fit(method, path[len(FIT) :], q)
        if path.startswith(ZMS + "/"):
            body = None
            if method == "POST":
                try:
                    body = json.loads(raw.decode("utf-8")) if raw else None
                except (ValueError, UnicodeDecodeError):
                    body = None
            return self.portal.zms(method, path[len(ZMS) :], q, body)
        if path.startswith(O311 + "/"):
            form = parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True) if method == "POST" else []
            return self.portal.open311(method, path[len(O311) :], q, form)
        raise _Reply(404, "Not found", "text/plain")

    def _send(self, status: int, data: bytes, ctype: str, headers: JsonObject | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        if self.path.startswith(FIT):
            self.send_header("RateLimit-Limit", "100")
            self.send_header("RateLimit-Remaining", "99")
            self.send_header("RateLimit-Reset", "60")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _drop(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True


def main() -> int:
    """``python -m assistant.portal.practice_server``: run the practice portal until Ctrl-C."""
    import argparse

    ap = argparse.ArgumentParser(description="Lotse practice portal (FIT-Connect, ZMS, Open311) on 127.0.0.1")
    ap.add_argument("--strict", action="store_true", help="Open311 exactly as the spec says (no recorded quirks)")
    args = ap.parse_args()
    with PracticePortal(open311_quirks=not args.strict) as portal:
        print(f"Übungsportal: {portal.url}")
        for cap, path in (("FIT-Connect", FIT), ("ZMS", ZMS), ("Open311", O311)):
            print(f"  {cap:12} {portal.url}{path}")
        print(f"  Open311 practice key (public, not a secret): {PRACTICE_API_KEY}")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
