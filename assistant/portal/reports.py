""" "Problem melden": Open311 GeoReport v2 (JSON format).

Category (``services.json`` grouped by ``group``) → the questions of that service (``services/{code}.json``,
every datatype) → where → description → optional contact → check → ``submit`` → the request number.
"Meine Meldungen": ``status(request_id)`` (``requests/{id}.json``, an array of one).

Reading what real servers send (recorded from mySociety's Open311::Endpoint): booleans as
"true"/"false", numeric ids (kept as strings), no charset, ``text/plain`` errors, 400 (not 403) for a
missing api_key, 400 (not 404) for an unknown service_code, 500 with a text for an unknown request id.

No duplicate submission. ``submit`` never repeats a POST blindly:

1. Before the POST the draft gets ``pending_since`` (saved). A clear answer clears it.
2. After an unclear failure (timeout after sending, dropped connection, 5xx, unreadable 200) the
   client looks the report up: ``GET requests.json?service_code=…&start_date=…&end_date=…``, and
   compares what the person typed — service, description, place — and the time. Found → that is
   our report: its number is kept, nothing is sent again. Not found → the POST did not arrive
   (``delivered=False``); the person may send again (each new attempt looks up first, as long as
   the marker is there). The look-up fails too → ``SubmissionUncertain``; the marker stays.
3. We do NOT put a hidden marker into the description to find it again: the description is
   published by many servers (FixMyStreet shows it on a public map), a city clerk reads it, it
   counts against the 4000 characters, and servers may rewrite it. What the person typed is
   specific enough within a few minutes' window; where it is not (no description, and the server
   hides the place) the look-up cannot decide → ``SubmissionUncertain`` and the person decides
   (``submit(draft, force=True)`` after being told that it may arrive twice).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from assistant.core import store
from assistant.core.errors import StateFileError
from assistant.core.paths import user_file
from assistant.portal import parse
from assistant.portal.api import (
    PRACTICE_API_KEY,
    BadAnswer,
    Cancelled,
    Choice,
    Datatype,
    NotAllowed,
    NotFound,
    PortalError,
    Question,
    Rejected,
    ReportReceipt,
    ReportService,
    ReportStatus,
    SecretStoreError,
    ServiceDefinition,
    ServiceGroup,
    SubmissionUncertain,
    entry_mode,
)
from assistant.portal.drafts import ReportDraft, clean_description, description_too_long, now_utc, save_draft
from assistant.portal.http import Http, Response, json_of

if TYPE_CHECKING:
    from pathlib import Path

    from assistant.portal.api import Endpoint

LOOKUP_SLACK = timedelta(minutes=3)
_TECHNICAL = re.compile(r"//|\$data|\berror:|line \d+|perllib|Can't |undefined value|\bat \S+\.p[ml]\b")


def _user_text(err: PortalError) -> str:
    """Keep only the server's lines that read like sentences for people (drop validator noise)."""
    lines = [ln.strip() for ln in err.user_text.splitlines() if ln.strip() and not _TECHNICAL.search(ln)]
    return "\n".join(lines)


def _refine(err: PortalError) -> PortalError:
    low = err.user_text.lower()
    if isinstance(err, NotAllowed) or ("api_key" in low and err.status == 400):
        return NotAllowed(
            err.detail,
            source=err.source,
            reason="no-key",
            status=err.status,
            codes=err.codes,
            user_text=_user_text(err),
            delivered=err.delivered,
        )
    err.user_text = _user_text(err)
    return err


class Open311Client:
    def __init__(
        self, endpoint: Endpoint, *, city_id: str = "", http: Http | None = None, api_key: str | None = None
    ) -> None:
        self.endpoint = endpoint
        self.city_id = city_id
        self.http = http or Http(endpoint.base_url)
        self.source = self.http.host
        self._api_key = api_key
        self._names: dict[str, str] = {}

    def _params(self, **kw: Any) -> dict[str, Any]:
        p = {k: v for k, v in kw.items() if v not in (None, "")}
        if self.endpoint.jurisdiction:
            p["jurisdiction_id"] = self.endpoint.jurisdiction
        return p

    @property
    def fmt(self) -> str:
        """ "json" (default) or "xml" — GeoReport v2's mandatory format, for servers that speak only it."""
        return "xml" if self.endpoint.format == "xml" else "json"

    def _path(self, path: str) -> str:
        return path[: -len(".json")] + "." + self.fmt if path.endswith(".json") else path

    def _data(self, resp: Response) -> Any:
        """JSON or XML, whichever the server sent (the XML through the hardened parser)."""
        from assistant.portal.open311_xml import looks_xml, parse_xml

        if looks_xml(resp.content_type, resp.body) and not resp.content_type.endswith("html"):
            return parse_xml(resp.body, self.source)
        return json_of(resp, self.source)

    def _get(self, path: str, params: dict[str, Any] | None = None, *, cancel: threading.Event | None = None) -> Any:
        try:
            return self._data(self.http.get(self._path(path), params, cancel=cancel))
        except PortalError as exc:
            raise _refine(exc) from None

    # --- reading ---

    @parse.guarded
    def services(self, *, cancel: threading.Event | None = None) -> list[ServiceGroup]:
        data = parse.arr(self._get("services.json", self._params(), cancel=cancel), "services", self.source)
        groups: dict[str, list[ReportService]] = {}
        for s in data:
            s = parse.obj(s, "service", self.source)
            svc = ReportService(
                code=parse.text(s.get("service_code"), "service_code", self.source, required=True),
                name=parse.text(s.get("service_name"), "service_name", self.source)
                or parse.text(s.get("service_code")),
                description=_t(s.get("description")),
                group=_t(s.get("group")),
                has_questions=parse.flag(s.get("metadata")),
                type=_t(s.get("type")) or "realtime",
                keywords=tuple(k.strip() for k in _t(s.get("keywords")).split(",") if k.strip()),
            )
            self._names[svc.code] = svc.name
            groups.setdefault(svc.group, []).append(svc)
        out = [ServiceGroup(name=g, services=tuple(v)) for g, v in groups.items() if g]
        if "" in groups:
            out.append(ServiceGroup(name="", services=tuple(groups[""])))
        return out

    @parse.guarded
    def definition(self, service_code: str, *, cancel: threading.Event | None = None) -> ServiceDefinition:
        code = _safe_code(service_code)
        d = parse.obj(
            self._get(f"services/{code}.json", self._params(), cancel=cancel), "service definition", self.source
        )
        questions = []
        for a in parse.arr(d.get("attributes") if d.get("attributes") is not None else [], "attributes", self.source):
            a = parse.obj(a, "attribute", self.source)
            dt = parse.text(a.get("datatype"), "datatype", self.source).lower()
            try:
                datatype = Datatype(dt)
            except ValueError:
                datatype = Datatype.STRING  # unknown type: ask as a line of text (what the person knows)
            choices = []
            for v in parse.items(a.get("values"), "values", self.source):
                if isinstance(v, dict):
                    key = parse.text(v.get("key"), "value key", self.source)
                    if key:
                        choices.append(
                            Choice(key=key, name=parse.text(v.get("name"), "value name", self.source) or key)
                        )
            if datatype in (Datatype.SINGLE, Datatype.MULTI) and not choices:
                datatype = Datatype.STRING
            questions.append(
                Question(
                    code=parse.text(a.get("code"), "attribute code", self.source, required=True),
                    datatype=datatype,
                    required=parse.flag(a.get("required")),
                    variable=parse.flag(a.get("variable"), default=True),
                    description=_t(a.get("description")),
                    datatype_description=_t(a.get("datatype_description")),
                    order=parse.integer(a.get("order"), "order", self.source, default=0) or 0,
                    choices=tuple(choices),
                )
            )
        questions.sort(key=lambda q: q.order)
        return ServiceDefinition(
            service_code=parse.text(d.get("service_code")) or service_code, questions=tuple(questions)
        )

    @parse.guarded
    def status(self, request_id: str, *, cancel: threading.Event | None = None) -> ReportStatus:
        rid = _safe_code(request_id)
        try:
            data = self._get(f"requests/{rid}.json", self._params(), cancel=cancel)
        except BadAnswer as exc:
            if exc.status == 500:
                # mySociety's endpoint answers an unknown id with 500 and a Perl message
                raise NotFound(
                    f"request {rid} not found (server error 500)", source=self.source, status=500, reason="request"
                ) from None
            raise
        except NotFound as exc:
            exc.reason = exc.reason or "request"
            raise
        items = parse.arr(data, "requests", self.source) if not isinstance(data, dict) else [data]
        if not items:
            raise NotFound(f"request {rid} not found", source=self.source, reason="request")
        return self._status(items[0])

    @parse.guarded
    def statuses(self, request_ids: list[str], *, cancel: threading.Event | None = None) -> list[ReportStatus]:
        """Several at once ("Meine Meldungen"): ``requests.json?service_request_id=a,b``."""
        ids = [_safe_code(i) for i in request_ids if str(i).strip()]
        if not ids:
            return []
        data = self._get("requests.json", self._params(service_request_id=",".join(ids)), cancel=cancel)
        found = [self._status(i) for i in parse.arr(data, "requests", self.source)]
        return [s for s in found if s.request_id in ids]

    def _status(self, r: Any) -> ReportStatus:
        r = parse.obj(r, "request", self.source)
        lat = parse.number(r.get("lat"), "lat", self.source)
        lon = parse.number(r.get("long"), "long", self.source)
        if lat == 0 and lon == 0:
            lat = lon = None  # "0, 0" means "not given" on real servers
        return ReportStatus(
            request_id=parse.text(r.get("service_request_id"), "service_request_id", self.source),
            status=parse.text(r.get("status"), "status", self.source).lower() or "open",
            status_notes=_t(r.get("status_notes")),
            service_name=_t(r.get("service_name")),
            service_code=_t(r.get("service_code")),
            description=_t(r.get("description")),
            agency=_t(r.get("agency_responsible")),
            address=_t(r.get("address")),
            lat=lat,
            long=lon,
            requested=parse.when(r.get("requested_datetime"), "requested_datetime", self.source),
            updated=parse.when(r.get("updated_datetime"), "updated_datetime", self.source),
            expected=parse.when(r.get("expected_datetime"), "expected_datetime", self.source),
        )

    @parse.guarded
    def resolve_token(self, token: str, *, cancel: threading.Event | None = None) -> str:
        """Batch servers answer a token first; this asks for the request number ("" while not ready)."""
        data = self._get(f"tokens/{_safe_code(token)}.json", self._params(), cancel=cancel)
        items = data if isinstance(data, list) else [data]
        for i in items:
            if isinstance(i, dict) and i.get("service_request_id") not in (None, ""):
                return parse.text(i.get("service_request_id"))
        return ""

    # --- sending ---

    def api_key(self) -> str:
        if self._api_key:
            return self._api_key
        if not self.endpoint.needs_key:
            return ""
        if self.endpoint.practice:
            return PRACTICE_API_KEY
        from assistant.portal import secrets

        key = secrets.api_key(self.city_id, "reports")  # SecretStoreError if no keyring
        if not key:
            raise NotAllowed("no API key stored for reports", source=self.source, reason="no-key", delivered=False)
        return key

    def check(self, draft: ReportDraft) -> None:
        """What must be there before sending (the UI checks the questions itself)."""
        if not draft.service_code:
            raise Rejected("no category chosen", reason="no-category", delivered=False)
        if not draft.address.strip() and (draft.lat is None or draft.long is None):
            raise Rejected("no place given", reason="no-place", delivered=False)
        if description_too_long(draft.description):
            raise Rejected("the description is longer than 4000 characters", reason="too-long", delivered=False)

    @parse.guarded
    def submit(
        self,
        draft: ReportDraft,
        *,
        cancel: threading.Event | None = None,
        force: bool = False,
        save: Callable[[ReportDraft], None] | None = None,
    ) -> ReportReceipt:
        save = save or save_draft
        self.check(draft)
        try:
            key = self.api_key()
        except SecretStoreError as exc:
            raise NotAllowed(
                "the API key cannot be read: no keyring",
                source=self.source,
                reason="no-key",
                delivered=False,
                user_text="",
            ) from exc
        if draft.request_id:  # already sent and known: never again
            return ReportReceipt(request_id=draft.request_id, token=draft.token, recovered=True)
        if draft.pending_since and not force:
            found = self._lookup(draft, cancel=cancel)
            if found is not None:
                return self._finish(draft, found, save)
        draft.pending_since = now_utc().isoformat()
        save(draft)
        try:
            resp = self.http.post_form(
                self._path("requests.json"), draft.form(key, self.endpoint.jurisdiction), cancel=cancel
            )
            receipt = self._receipt(resp)
        except PortalError as exc:
            exc = _refine(exc)
            if exc.delivered is False:
                draft.pending_since = ""
                save(draft)
                raise exc from None
            if isinstance(exc, Cancelled):
                raise exc from None  # the marker stays: the next attempt looks up first
            found = self._lookup(draft, cancel=None, error=exc)
            if found is not None:
                return self._finish(draft, found, save)
            draft.pending_since = ""  # looked it up: it is not there, sending again is safe
            save(draft)
            exc.delivered = False
            raise exc from None
        return self._finish(draft, receipt, save)

    def _receipt(self, resp: Response) -> ReportReceipt:
        try:
            data = self._data(resp)
        except BadAnswer as exc:
            exc.delivered = None  # a 2xx we cannot read: it probably arrived
            raise
        items = data if isinstance(data, list) else [data]
        first = items[0] if items and isinstance(items[0], dict) else None
        if first is None:
            raise BadAnswer("no request number in the answer", source=self.source, delivered=None)
        rid = parse.text(first.get("service_request_id"), "service_request_id", self.source)
        token = parse.text(first.get("token"), "token", self.source)
        if not rid and not token:
            raise BadAnswer("no request number in the answer", source=self.source, delivered=None)
        return ReportReceipt(
            request_id=rid,
            token=token,
            notice=_t(first.get("service_notice")),
            account_id=_t(first.get("account_id")),
            sent_at=now_utc(),
        )

    def _finish(self, draft: ReportDraft, receipt: ReportReceipt, save: Callable[[ReportDraft], None]) -> ReportReceipt:
        draft.request_id = receipt.request_id
        draft.token = receipt.token
        draft.pending_since = ""
        save(draft)
        remember_report(
            self.city_id,
            receipt,
            draft.service_name or self._names.get(draft.service_code, ""),
            draft.address,
            mode="practice" if self.endpoint.practice else "real",
        )
        return receipt

    def _lookup(
        self, draft: ReportDraft, *, cancel: threading.Event | None = None, error: PortalError | None = None
    ) -> ReportReceipt | None:
        """Find the report of an unclear attempt. None: certainly not there. SubmissionUncertain: cannot tell."""
        try:
            since = datetime.fromisoformat(draft.pending_since)
        except ValueError:
            since = now_utc() - timedelta(hours=1)
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        params = self._params(
            service_code=draft.service_code,
            start_date=_iso(since - LOOKUP_SLACK),
            end_date=_iso(now_utc() + LOOKUP_SLACK),
        )
        reason = error.reason if error else ""
        try:
            items = parse.arr(self._get("requests.json", params, cancel=cancel), "requests", self.source)
            listed = [self._status(i) for i in items]
        except Cancelled:
            raise
        except PortalError as exc:
            raise SubmissionUncertain(
                f"the look-up failed ({exc.key})", source=self.source, delivered=None, reason=reason
            ) from None
        want_desc = _norm(clean_description(draft.description))
        decisive = bool(want_desc)
        matches = []
        for s in listed:
            if s.service_code and s.service_code != draft.service_code:
                continue
            if s.requested and s.requested < since - LOOKUP_SLACK:
                continue
            place = _same_place(draft, s)
            if place is False:
                continue
            if want_desc:
                if _norm(s.description)[:200] != want_desc[:200]:
                    continue
            elif place is None:
                continue  # neither text nor place to compare: cannot be sure it is ours
            else:
                decisive = True
            matches.append(s)
        if matches:
            best = max(matches, key=lambda s: s.requested or since)
            return ReportReceipt(request_id=best.request_id, sent_at=best.requested, recovered=True)
        if not decisive and listed:
            raise SubmissionUncertain(
                "the look-up cannot tell our report from others", source=self.source, delivered=None, reason=reason
            )
        return None


def _same_place(draft: ReportDraft, s: ReportStatus) -> bool | None:
    """True/False when the server lists a place to compare; None when it hides it."""
    if draft.address.strip() and s.address:
        return _norm(draft.address) == _norm(s.address)
    if draft.lat is not None and draft.long is not None and s.lat is not None and s.long is not None:
        return abs(draft.lat - s.lat) < 0.0005 and abs(draft.long - s.long) < 0.0005
    return None


def _norm(s: str) -> str:
    return " ".join((s or "").casefold().split())


def _iso(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _t(v: Any) -> str:
    return "" if isinstance(v, (dict, list)) or v is None else parse.text(v)


def _safe_code(code: str) -> str:
    code = str(code).strip()
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{1,100}", code) or code in (".", ".."):
        raise Rejected(f"not a valid code: {code!r}", reason="bad-code", delivered=False)
    return code


# --- "Meine Meldungen": request numbers kept in the user folder (not secret) ------------------


def _reports_path() -> Path:
    return user_file("portal-reports.json")


def remember_report(
    city_id: str, receipt: ReportReceipt, service_name: str, address: str, *, mode: str = "real"
) -> None:
    """Keep the request number for "Meine Meldungen"; ``mode`` "practice": sent to the practice portal."""
    try:
        items = store.read_json(_reports_path(), default=[])
    except StateFileError:
        items = []
    items = [i for i in (items if isinstance(items, list) else []) if isinstance(i, dict)]
    key = receipt.request_id or receipt.token
    items = [i for i in items if (i.get("request_id") or i.get("token")) != key]
    items.append(
        {
            "city": city_id,
            "request_id": receipt.request_id,
            "token": receipt.token,
            "service_name": service_name,
            "address": address,
            "sent_at": (receipt.sent_at or now_utc()).isoformat(),
            "mode": "practice" if mode == "practice" else "real",
        }
    )
    store.write_json(_reports_path(), items)


def saved_reports(
    city_id: str | None = None, mode: str | None = None
) -> tuple[list[dict[str, str]], StateFileError | None]:
    """ "Meine Meldungen", newest first: dicts with request_id, token, service_name, address, sent_at,
    mode ("real" for older entries without it); only ``mode``'s entries if given."""
    try:
        items = store.read_json(_reports_path(), default=[])
    except StateFileError as exc:
        return [], exc
    out = [
        i
        for i in (items if isinstance(items, list) else [])
        if isinstance(i, dict) and (city_id is None or i.get("city") == city_id)
    ]
    out = [{**i, "mode": entry_mode(i)} for i in out]
    if mode is not None:
        out = [i for i in out if i["mode"] == mode]
    out.sort(key=lambda i: str(i.get("sent_at", "")), reverse=True)
    return out, None
