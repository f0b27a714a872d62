"""Service information: task search, FIT-Connect answers from the practice portal, cache and fallback."""

from __future__ import annotations

import json

import pytest

from assistant.portal.api import InfoSource, Offline, Rejected, Task, Unavailable
from assistant.portal.catalogue import Catalogue, TaskIndex, normalise
from assistant.portal.config import open_clients

ID_CARD = "99102013104000"


@pytest.mark.parametrize(
    "typed, task_id",
    [
        ("Persnalausweis", "personalausweis"),
        ("Personalausweis", "personalausweis"),
        ("Ausweiß verloren", "personalausweis-verloren"),
        ("ausweis gestohlen", "personalausweis-verloren"),
        ("Wohnung anmelden", "wohnsitz-anmelden"),
        ("umzug", "wohnsitz-anmelden"),
        ("wohngelt", "wohngeld"),
        ("Behindertenausweis", "schwerbehindertenausweis"),
        ("PIN vergessen", "pin-ruecksetzen"),
        ("Reisepas", "reisepass"),
        ("Führungszeugniss", "fuehrungszeugnis"),
        ("rente reicht nicht", "grundsicherung"),
    ],
)
def test_search_forgives_typos_and_everyday_words(bochum, typed, task_id):
    hits = TaskIndex(bochum.tasks, bochum.synonyms).search(typed, 3)
    assert hits, typed
    assert hits[0].task.id == task_id, [(h.task.id, h.score) for h in hits]


def test_search_short_and_empty_queries(bochum):
    ix = TaskIndex(bochum.tasks, bochum.synonyms)
    assert ix.search("") == [] and ix.search("  !! ") == []
    assert {h.task.id for h in ix.search("re")} >= {"reisepass"}
    assert ix.search("xqzvw") == []


def test_normalise():
    assert normalise("Ausweiß VERLOREN!") == "ausweiss verloren"
    assert normalise("Führungszeugnis") == "fuehrungszeugnis"
    assert normalise("Café") == "cafe"


def test_routes_live_from_the_practice_portal(clients):
    info = clients.catalogue.routes(ID_CARD)
    assert info.source is InfoSource.LIVE and not info.no_data and info.problem is None
    office = info.offices[0]
    assert "Bürgerbüro" in office.name
    assert office.address == "Willy-Brandt-Platz 2–6, 44777 Bochum"
    assert office.phones == ("+49 234 000-1000",)
    assert office.opening_hours.startswith("Nur mit Termin")  # from the city profile
    assert "• ein aktuelles biometrisches Passfoto" in info.required_documents
    assert "<" not in info.required_documents + info.further_information
    assert info.fees.startswith("46 Euro")  # the profile's fee text wins over customParameters
    assert (info.processing_time.minimum, info.processing_time.maximum, info.processing_time.unit) == (2, 4, "week")
    assert {link.url for link in info.links} >= {"https://www.example.org/kontakt"}
    assert info.fetched_at is not None


def test_empty_routes_is_no_data_not_an_error(clients):
    info = clients.catalogue.routes("99009001000000")  # Führungszeugnis: the practice portal has no route
    assert info.source is InfoSource.LIVE and info.no_data
    assert info.further_information.startswith("Das Führungszeugnis")  # the profile's own text


def test_offline_shows_last_good_answer_with_its_date(portal, bochum, lotse_home):
    clients = open_clients(bochum, practice=portal)
    live = clients.catalogue.routes(ID_CARD)
    cache_file = next((lotse_home / "portal-cache").glob("*.json"))
    cached = json.loads(cache_file.read_text(encoding="utf-8"))
    assert list(cached) == [f"{ID_CARD}|059110000000"]  # public answer only, no personal data
    portal.stop()
    info = clients.catalogue.routes(ID_CARD)
    assert info.source is InfoSource.CACHE
    assert isinstance(info.problem, Offline)
    assert info.fetched_at == live.fetched_at
    assert info.required_documents == live.required_documents


def test_offline_without_cache_uses_the_profile_text(portal, bochum):
    clients = open_clients(bochum, practice=portal)
    portal.stop()
    info = clients.catalogue.routes("99115001001000")
    assert info.source is InfoSource.PROFILE and info.fetched_at is None
    assert info.further_information.startswith("Melden Sie sich innerhalb von 2 Wochen")
    assert info.offices and info.offices[0].name == "Bürgerbüro Bochum"
    assert info.fees == "kostenlos"


def test_offline_answer_shows_the_opening_hours_once(portal, bochum):
    """Minor of issue 12: the Meldebescheinigung's offline answer listed the hours twice."""
    clients = open_clients(bochum, practice=portal)
    portal.stop()
    info = clients.catalogue.routes("99115005000000")
    (office,) = info.offices
    assert office.opening_hours and office.opening_hours not in office.address


def test_a_server_failure_falls_back_too(portal, clients):
    portal.fault("GET", "/fit-connect/v1/routes", "html", times=10)
    info = clients.catalogue.routes(ID_CARD)
    assert info.source is InfoSource.PROFILE and info.problem is not None


def test_no_endpoint_answers_from_the_profile(bochum):
    cat = Catalogue(bochum, None)
    info = cat.routes(ID_CARD)
    assert info.source is InfoSource.PROFILE and isinstance(info.problem, Unavailable)


def test_bad_keys_are_refused_before_any_request(clients, portal):
    with pytest.raises(Rejected):
        clients.catalogue.routes("12345")
    with pytest.raises(Rejected):
        clients.catalogue.routes(ID_CARD, "0591")
    assert not [entry for entry in portal.log if entry[1].startswith("/fit-connect")]


def test_tasks_list_in_profile_order(clients):
    tasks = clients.catalogue.tasks()
    assert tasks[0].id == "personalausweis" and all(isinstance(t, Task) for t in tasks)
    assert all(t.leika.startswith("99") and len(t.leika) == 14 for t in tasks)
