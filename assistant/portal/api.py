"""The portal's public interface: typed results, typed errors and the three client interfaces.

This module is the contract between the Qt-free clients (``catalogue``, ``appointments``,
``reports``) and the screens. It imports nothing heavy (no ``requests``, no ``keyring``), so the
UI can import it before the first paint.

Rules the UI can rely on:

* Every client method may take a while and must run off the GUI thread. Each takes a keyword
  ``cancel`` (a ``threading.Event``); setting it makes the call end soon with ``Cancelled``.
* Every failure is a ``PortalError`` subclass. ``error.key`` is a stable message key
  (``"portal.offline"`` …) that the UI turns into a translated plain-language text;
  ``error.user_text`` is the server's own text for the person (may be empty, may be English);
  ``error.detail`` is for the log (never a secret, never a PIN, authKey or api key).
* ``error.delivered`` tells, for a sending step, whether the server got it: ``True`` (yes),
  ``False`` (certainly not — nothing was sent twice, the person may send again) or ``None``
  (unknown — do not send again now; the draft keeps a "check first" marker).
* Results are plain frozen dataclasses; secrets (``auth_key``) never appear in ``repr()``.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from assistant.core.errors import LotseError

if TYPE_CHECKING:
    from assistant.portal.drafts import ReportDraft

# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------


class PortalError(LotseError):
    """Base of every portal failure. ``key`` names the plain-language message the UI shows."""

    key_base: ClassVar[str] = "portal.error"

    def __init__(
        self,
        detail: str,
        *,
        source: str = "",
        reason: str = "",
        user_text: str = "",
        status: int | None = None,
        codes: Sequence[str] = (),
        delivered: bool | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(detail, source=source)
        self.reason = reason  # a finer message key suffix, e.g. "slot-taken"; "" if none
        self.user_text = user_text  # the server's text meant for people (may be English)
        self.status = status  # HTTP status, if there was one
        self.codes = tuple(codes)  # the server's own error codes (ZMS errorCode, Open311 code)
        self.delivered = delivered
        self.retry_after = retry_after  # seconds, when the server said when to come back

    @property
    def key(self) -> str:
        """Message key: ``portal.<kind>`` or ``portal.<kind>.<reason>`` (see docs/portal.md)."""
        return f"{self.key_base}.{self.reason}" if self.reason else self.key_base


class Offline(PortalError):
    """No connection to the server (no network, name not found, connection refused)."""

    key_base = "portal.offline"


class Timeout(PortalError):
    """The server did not answer in time."""

    key_base = "portal.timeout"


class ServerBusy(PortalError):
    """The server asks us to come back later (429, 502, 503, 504 — after our own retries)."""

    key_base = "portal.busy"


class NotFound(PortalError):
    """What was asked for does not exist (an unknown request number, a deleted appointment)."""

    key_base = "portal.not-found"


class Rejected(PortalError):
    """The server understood and said no (wrong input, slot taken, expired). See ``reason``/``user_text``."""

    key_base = "portal.rejected"


class BadAnswer(PortalError):
    """The server answered something we cannot read (HTML page, cut-off JSON, wrong types, too big)."""

    key_base = "portal.bad-answer"


class NotAllowed(PortalError):
    """The server refused us: missing or wrong API key (staff must enter it), or blocked."""

    key_base = "portal.not-allowed"


class Unavailable(PortalError):
    """The capability has no endpoint in this city, or the address is not allowed (http:// to the internet)."""

    key_base = "portal.unavailable"


class Cancelled(PortalError):
    """The person pressed Cancel."""

    key_base = "portal.cancelled"


class SubmissionUncertain(PortalError):
    """A sending step failed in a way that leaves open whether it arrived, and the look-up failed too.

    The draft keeps the "check first" marker; the next attempt looks it up again before sending.
    """

    key_base = "portal.uncertain"


class SecretStoreError(PortalError):
    """The OS keyring is missing or refused. Nothing was stored (never a plain-text fallback)."""

    key_base = "portal.no-keyring"


ERROR_TYPES: tuple[type[PortalError], ...] = (
    Offline,
    Timeout,
    ServerBusy,
    NotFound,
    Rejected,
    BadAnswer,
    NotAllowed,
    Unavailable,
    Cancelled,
    SubmissionUncertain,
    SecretStoreError,
)

# --------------------------------------------------------------------------------------------
# Common
# --------------------------------------------------------------------------------------------

Cancel = threading.Event  # the type of the ``cancel`` argument every client method takes

PRACTICE_API_KEY = "uebung"  # the practice portal's Open311 key (public, not a secret)


class Capability(str, enum.Enum):
    CATALOGUE = "catalogue"  # "Was brauche ich?" (FIT-Connect Routing)
    APPOINTMENTS = "appointments"  # "Termin buchen" (ZMS citizen API)
    REPORTS = "reports"  # "Problem melden" (Open311 GeoReport v2)


@dataclass(frozen=True)
class Endpoint:
    capability: Capability
    base_url: str
    confirmed: bool = True  # False: the address is known only from hearsay; staff must check it
    jurisdiction: str = ""  # Open311 jurisdiction_id (only where one server serves several cities)
    needs_key: bool = False  # Open311 POST needs an api_key (entered by staff, kept in the keyring)
    practice: bool = False
    format: str = "json"  # Open311: "xml" for a server that speaks only GeoReport v2's mandatory format
    # Open311: what the server needs as the place: "address" (address_string) or "coordinates"
    # (lat + long, looked up in the city's own ``portal.places``; assistant.portal.places)
    location: str = "address"


@dataclass(frozen=True)
class Fallback:
    """Where to go instead when the city has no endpoint (or it is down): a web page and a phone."""

    text: str = ""  # localized sentence from the city profile
    web: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Link:
    title: str
    url: str


# --------------------------------------------------------------------------------------------
# Service information (catalogue)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """A plain-language task from the city profile's curated list, with its service key (LeiKa)."""

    id: str
    title: str  # localized, e.g. "Personalausweis beantragen"
    leika: str  # 14 digits, "99…"
    words: tuple[str, ...] = ()  # synonyms and everyday words, localized
    text: str = ""  # the city profile's own text (fallback when no answer can be had)
    group: str = ""
    appointment_service: str = ""  # a ZMS service id, when booking is possible for this task


@dataclass(frozen=True)
class TaskMatch:
    task: Task
    score: float  # 0–100


@dataclass(frozen=True)
class Duration:
    minimum: int | None
    maximum: int | None
    unit: str  # year|month|week|day|workday|hour|minute|second


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    short_name: str = ""
    address: str = ""  # one line: "Willy-Brandt-Platz 2–6, 44777 Bochum"
    postal_address: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    opening_hours: str = ""  # from the city profile (the Routing API has none)
    contact_form_url: str = ""


class InfoSource(str, enum.Enum):
    LIVE = "live"  # just fetched
    CACHE = "cache"  # last good answer, see ``fetched_at`` (shown when offline)
    PROFILE = "profile"  # the city profile's own text (no answer ever fetched)


@dataclass(frozen=True)
class ServiceInfo:
    leika_key: str
    ars: str
    offices: tuple[OfficeInfo, ...] = ()
    required_documents: str = ""  # plain text (HTML removed), paragraphs separated by blank lines
    fees: str = ""
    processing_time: Duration | None = None
    deadline: str = ""
    further_information: str = ""
    legal_basis: str = ""
    links: tuple[Link, ...] = ()
    source: InfoSource = InfoSource.LIVE
    fetched_at: datetime | None = None  # when the server gave this answer (UTC)
    no_data: bool = False  # the server answered "routes: []": it knows nothing for this place
    problem: PortalError | None = None  # with CACHE/PROFILE: why the live answer failed


# --------------------------------------------------------------------------------------------
# Appointments (ZMS)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ZmsOffice:
    id: str
    name: str
    address: str = ""
    lat: float | None = None
    lon: float | None = None
    hint: str = ""
    email_required: bool = False
    telephone_activated: bool = False
    telephone_required: bool = False
    captcha_required: bool = False


@dataclass(frozen=True)
class ZmsService:
    id: str
    name: str
    max_quantity: int = 1


@dataclass(frozen=True)
class OfficesAndServices:
    offices: tuple[ZmsOffice, ...]
    services: tuple[ZmsService, ...]
    relations: tuple[tuple[str, str, int], ...]  # (office id, service id, slots)

    def services_at(self, office_id: str) -> list[ZmsService]:
        ids = {s for o, s, _ in self.relations if o == office_id}
        return [s for s in self.services if s.id in ids]

    def offices_for(self, service_id: str) -> list[ZmsOffice]:
        ids = {o for o, s, _ in self.relations if s == service_id}
        return [o for o in self.offices if o.id in ids]


@dataclass(frozen=True)
class FreeDay:
    day: date
    times: tuple[datetime, ...]  # aware datetimes (Europe/Berlin), sorted
    office_id: str


class AppointmentState(str, enum.Enum):
    RESERVED = "reserved"
    PRECONFIRMED = "preconfirmed"
    CONFIRMED = "confirmed"
    CANCELLED = "deleted"
    OTHER = "other"  # called, finished, missed … (the office's own states)


@dataclass(frozen=True)
class Appointment:
    process_id: str
    auth_key: str = field(repr=False)  # secret: whoever has both can cancel
    state: AppointmentState
    start: datetime | None
    office_id: str = ""
    office_name: str = ""
    service_id: str = ""
    service_name: str = ""
    family_name: str = field(default="", repr=False)
    email: str = field(default="", repr=False)
    telephone: str = field(default="", repr=False)
    display_number: str = ""
    ics: str = field(default="", repr=False)  # the server's iCalendar text, if it sent one


@dataclass(frozen=True)
class BookingResult:
    """What ``ZmsClient.book`` gives back. ``saved`` is None when the keyring did not work
    (``secret_error`` says why): the booking is made, but "Meine Termine" cannot cancel it later."""

    appointment: Appointment
    saved: SavedAppointment | None = None
    secret_error: PortalError | None = None
    recovered: bool = False  # a step was found done by the look-up after an unclear failure


@dataclass(frozen=True)
class SavedAppointment:
    """What "Meine Termine" lists: no secret; ``ref`` names the keyring entry with processId/authKey."""

    ref: str
    start: datetime | None
    office_name: str
    service_name: str
    state: AppointmentState
    saved_at: datetime
    mode: str = "real"  # "practice": booked at the practice portal (older entries without it: real)


def entry_mode(item: Any) -> str:
    """The mode of a stored "Meine Termine" / "Meine Meldungen" entry: older entries are real."""
    return "practice" if isinstance(item, dict) and item.get("mode") == "practice" else "real"


# --------------------------------------------------------------------------------------------
# Reports (Open311)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportService:
    code: str
    name: str
    description: str = ""
    group: str = ""
    has_questions: bool = False  # Open311 "metadata"
    type: str = "realtime"  # realtime|batch|blackbox
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceGroup:
    name: str  # "" for services without a group
    services: tuple[ReportService, ...]


class Datatype(str, enum.Enum):
    STRING = "string"
    NUMBER = "number"
    DATETIME = "datetime"
    TEXT = "text"
    SINGLE = "singlevaluelist"
    MULTI = "multivaluelist"


@dataclass(frozen=True)
class Choice:
    key: str
    name: str


@dataclass(frozen=True)
class Question:
    """One attribute of a service definition, as a question to ask (or, if not variable, a note to show)."""

    code: str
    datatype: Datatype
    required: bool
    variable: bool  # False: only information to show, nothing to ask
    description: str = ""
    datatype_description: str = ""
    order: int = 0
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class ServiceDefinition:
    service_code: str
    questions: tuple[Question, ...]  # sorted by ``order``


@dataclass(frozen=True)
class ReportReceipt:
    request_id: str = ""  # "service_request_id" (always a string here)
    token: str = ""  # batch servers answer a token first
    notice: str = ""
    account_id: str = ""
    sent_at: datetime | None = None
    recovered: bool = False  # True: found by the look-up after an unclear failure, not sent twice


@dataclass(frozen=True)
class ReportStatus:
    request_id: str
    status: str  # "open" | "closed" (other values passed through)
    status_notes: str = ""
    service_name: str = ""
    service_code: str = ""
    description: str = ""
    agency: str = ""
    address: str = ""
    lat: float | None = None
    long: float | None = None
    requested: datetime | None = None
    updated: datetime | None = None
    expected: datetime | None = None


# --------------------------------------------------------------------------------------------
# Client interfaces
# --------------------------------------------------------------------------------------------


class CatalogueClient(Protocol):
    def search_tasks(self, text: str, limit: int = 8) -> list[TaskMatch]:
        """Fast (no network): the curated tasks that fit ``text``, best first; forgiving typos."""

    def tasks(self) -> list[Task]:
        """All curated tasks of the city, in profile order."""

    def routes(self, leika_key: str, ars: str | None = None, *, cancel: Cancel | None = None) -> ServiceInfo:
        """Service information; falls back to the cache (then the profile text) when offline.

        Raises only for programming errors in the arguments (Rejected) or ``Cancelled``; every
        network failure gives a ServiceInfo with ``source`` CACHE/PROFILE and ``problem`` set.
        """


class AppointmentClient(Protocol):
    def offices_and_services(self, *, cancel: Cancel | None = None) -> OfficesAndServices: ...

    def free_days(
        self,
        office_id: str,
        service_id: str,
        *,
        count: int = 1,
        start: date | None = None,
        days: int = 30,
        cancel: Cancel | None = None,
    ) -> list[FreeDay]: ...

    def reserve(
        self, office_id: str, service_id: str, start: datetime, *, count: int = 1, cancel: Cancel | None = None
    ) -> Appointment: ...

    def update(
        self,
        appointment: Appointment,
        *,
        family_name: str,
        email: str,
        telephone: str = "",
        cancel: Cancel | None = None,
    ) -> Appointment: ...

    def preconfirm(self, appointment: Appointment, *, cancel: Cancel | None = None) -> Appointment: ...

    def confirm(self, appointment: Appointment, *, cancel: Cancel | None = None) -> Appointment: ...

    def appointment(self, process_id: str, auth_key: str, *, cancel: Cancel | None = None) -> Appointment: ...

    def cancel_appointment(self, appointment: Appointment, *, cancel: Cancel | None = None) -> Appointment: ...


class ReportClient(Protocol):
    def services(self, *, cancel: Cancel | None = None) -> list[ServiceGroup]: ...

    def definition(self, service_code: str, *, cancel: Cancel | None = None) -> ServiceDefinition: ...

    def submit(self, draft: ReportDraft, *, cancel: Cancel | None = None) -> ReportReceipt:
        """Send a ``drafts.ReportDraft``. The draft is updated in place (pending marker, receipt)."""

    def status(self, request_id: str, *, cancel: Cancel | None = None) -> ReportStatus: ...


def as_mapping(value: Any) -> Mapping[str, Any]:
    """Small helper for callers: a mapping or an empty one."""
    return value if isinstance(value, Mapping) else {}
