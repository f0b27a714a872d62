"""The city profile's ``portal:`` section → which capability talks to which server, or where to go instead.

See docs/portal.md for the section's format. Nothing here touches the network or the keyring.

    cfg = portal_config(city, lang)                 # from assistant.core.city.load_city()
    clients = open_clients(cfg)                     # real endpoints (None where the city has none)
    clients = open_clients(cfg, practice=portal)    # everything talks to the practice portal
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.core.city import CityProfile, Office, localized
from assistant.core.errors import ContentError

# PRACTICE_API_KEY and Endpoint are re-exported (the clients and tests import them from here)
from assistant.portal.api import PRACTICE_API_KEY, Capability, Endpoint, Fallback, Task, Unavailable  # noqa: F401
from assistant.portal.places import ADDRESS, COORDINATES, KnownPlace, places_from

if TYPE_CHECKING:
    from assistant.portal.appointments import ZmsClient
    from assistant.portal.catalogue import Catalogue
    from assistant.portal.practice_server import PracticePortal
    from assistant.portal.reports import Open311Client

# Paths below the practice portal's root (assistant.portal.practice_server serves all three).
PRACTICE_PATHS = {
    Capability.CATALOGUE: "/fit-connect/v1",
    Capability.APPOINTMENTS: "/terminvereinbarung/api/citizen",
    Capability.REPORTS: "/open311/v2",
}


@dataclass(frozen=True)
class PortalConfig:
    city_id: str
    city_name: str
    ars: str
    endpoints: Mapping[Capability, Endpoint]  # only capabilities the city has an endpoint for
    fallbacks: Mapping[Capability, Fallback]
    tasks: tuple[Task, ...] = ()
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    office_hours: Mapping[str, str] = field(default_factory=dict)  # task id → opening hours text
    offices: Mapping[str, Office] = field(default_factory=dict)  # task id → the city profile's Office
    fees: Mapping[str, str] = field(default_factory=dict)  # task id → fee text
    lang: str = "de"
    places: tuple[KnownPlace, ...] = ()  # the city's own list of places with coordinates (portal.places)

    def has(self, capability: Capability) -> bool:
        return capability in self.endpoints

    def fallback(self, capability: Capability) -> Fallback:
        return self.fallbacks.get(capability, Fallback())

    def report_location(self) -> str:
        """What the city's Open311 server needs as the place (the practice portal asks the same)."""
        e = self.endpoints.get(Capability.REPORTS)
        return e.location if e is not None else ADDRESS

    def task(self, task_id: str) -> Task | None:
        return next((t for t in self.tasks if t.id == task_id), None)

    def task_for_key(self, leika: str) -> Task | None:
        return next((t for t in self.tasks if t.leika == leika), None)


def _str(v: Any) -> str:
    return "" if v is None else str(v).strip()


def portal_config(city: CityProfile, lang: str = "de") -> PortalConfig:
    sec = city.section("portal")
    ars = _str(sec.get("ars"))
    endpoints: dict[Capability, Endpoint] = {}
    fallbacks: dict[Capability, Fallback] = {}
    for cap in Capability:
        raw = sec.get(cap.value) or {}
        if not isinstance(raw, Mapping):
            raise ContentError(f"portal.{cap.value} must be a mapping", source=city.source)
        url = _str(raw.get("base_url"))
        if url and raw.get("enabled", True) is not False:
            endpoints[cap] = Endpoint(
                capability=cap,
                base_url=url.rstrip("/"),
                confirmed=bool(raw.get("confirmed", True)),
                jurisdiction=_str(raw.get("jurisdiction")),
                needs_key=bool(raw.get("api_key", cap is Capability.REPORTS)),
                format="xml" if _str(raw.get("format")).lower() == "xml" else "json",
                location=COORDINATES if _str(raw.get("location")).lower() == COORDINATES else ADDRESS,
            )
        fb = raw.get("fallback") or {}
        if not isinstance(fb, Mapping):
            raise ContentError(f"portal.{cap.value}.fallback must be a mapping", source=city.source)
        fallbacks[cap] = Fallback(
            text=localized(fb.get("text"), lang),
            web=localized(fb.get("web"), lang),
            phone=localized(fb.get("phone"), lang),
        )
    tasks: list[Task] = []
    hours: dict[str, str] = {}
    offices: dict[str, Any] = {}
    fees: dict[str, str] = {}
    for i, t in enumerate(sec.get("tasks") or []):
        if not isinstance(t, Mapping) or not t.get("id") or not t.get("leika"):
            raise ContentError(f"portal.tasks[{i}] needs 'id' and 'leika'", source=city.source)
        words = t.get("words") or {}
        if isinstance(words, Mapping):
            words = list(words.get(lang) or []) + ([] if lang == "de" else list(words.get("de") or []))
        if lang != "de" and isinstance(t.get("title"), Mapping) and t["title"].get("de"):
            # the German name is searchable in every language: the office and the door use it, and the
            # search words of each language (resources/translations/search_<code>.yaml) lead to it
            words = [*words, str(t["title"]["de"])]
        task = Task(
            id=str(t["id"]),
            title=localized(t.get("title"), lang) or str(t["id"]),
            leika=_str(t["leika"]),
            words=tuple(str(w) for w in words),
            text=localized(t.get("text"), lang),
            group=localized(t.get("group"), lang),
            appointment_service=_str(t.get("appointment_service")),
        )
        tasks.append(task)
        office_key = _str(t.get("office"))
        if office_key and office_key in city.office_keys():  # a damaged profile may have lost it
            office = city.office(office_key, lang)
            hours[task.id] = office.hours
            offices[task.id] = office
        if t.get("fees"):
            fees[task.id] = localized(t.get("fees"), lang)
    syn_raw = sec.get("synonyms") or {}
    synonyms = (
        {str(k).casefold(): tuple(str(x) for x in (v or [])) for k, v in syn_raw.items()}
        if isinstance(syn_raw, Mapping)
        else {}
    )
    return PortalConfig(
        city_id=city.id,
        city_name=city.name,
        ars=ars,
        endpoints=endpoints,
        fallbacks=fallbacks,
        tasks=tuple(tasks),
        synonyms=synonyms,
        office_hours=hours,
        offices=offices,
        fees=fees,
        lang=lang,
        places=places_from(sec.get("places"), city.source),
    )


def practice_config(cfg: PortalConfig, practice_url: str) -> PortalConfig:
    """The same city, but every capability talks to the practice portal at ``practice_url``."""
    root = practice_url.rstrip("/")
    real = cfg.endpoints.get(Capability.REPORTS)
    endpoints = {  # the practice reports ask for the place the way the city's own server does
        cap: Endpoint(
            capability=cap,
            base_url=root + PRACTICE_PATHS[cap],
            needs_key=cap is Capability.REPORTS,
            practice=True,
            location=real.location if real is not None and cap is Capability.REPORTS else ADDRESS,
        )
        for cap in Capability
    }
    from dataclasses import replace

    return replace(cfg, ars=cfg.ars or "059110000000", endpoints=endpoints)


@dataclass
class Clients:
    """The clients of one city. A capability without an endpoint is None: show ``config.fallback(cap)``."""

    config: PortalConfig
    catalogue: Catalogue  # always present: without an endpoint it answers from the profile
    appointments: ZmsClient | None
    reports: Open311Client | None

    def appointments_client(self) -> ZmsClient:
        """The appointment client, or ``Unavailable`` (said in words) where this mode has no server:
        a page reached without one (an entry of "Meine Termine" booked while practising)."""
        if self.appointments is None:
            raise Unavailable("no appointment server in this mode")
        return self.appointments

    def reports_client(self) -> Open311Client:
        """The reports client, or ``Unavailable`` (said in words) where this mode has no server."""
        if self.reports is None:
            raise Unavailable("no reports server in this mode")
        return self.reports


def open_clients(cfg: PortalConfig, *, practice: PracticePortal | str | None = None) -> Clients:
    """Build the clients. ``practice``: a running ``practice_server.PracticePortal`` (or its URL)."""
    from assistant.portal.appointments import ZmsClient
    from assistant.portal.catalogue import Catalogue
    from assistant.portal.reports import Open311Client

    if practice is not None:
        cfg = practice_config(cfg, practice if isinstance(practice, str) else practice.url)
    ep = cfg.endpoints
    catalogue = Catalogue(cfg, ep.get(Capability.CATALOGUE))
    appointments = ZmsClient(ep[Capability.APPOINTMENTS]) if Capability.APPOINTMENTS in ep else None
    reports = Open311Client(ep[Capability.REPORTS], city_id=cfg.city_id) if Capability.REPORTS in ep else None
    return Clients(config=cfg, catalogue=catalogue, appointments=appointments, reports=reports)
