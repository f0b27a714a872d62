"""City profiles' ``portal:`` sections: endpoints, fallbacks, tasks; the practice switch."""

from __future__ import annotations

import pytest

from assistant.core.city import load_city
from assistant.core.errors import ContentError
from assistant.portal.api import Capability, Unavailable
from assistant.portal.config import PRACTICE_PATHS, open_clients, portal_config
from assistant.portal.reports import Open311Client


def test_bochum_has_service_information_and_falls_back_for_the_rest(bochum):
    assert set(bochum.endpoints) == {Capability.CATALOGUE}
    assert bochum.endpoints[Capability.CATALOGUE].base_url.startswith("https://routing-api-prod.fit-connect")
    for cap in (Capability.APPOINTMENTS, Capability.REPORTS):
        fb = bochum.fallback(cap)
        assert fb.phone == "115" and "bochum.de" in fb.web and "115" in fb.text
    clients = open_clients(bochum)
    assert clients.appointments is None and clients.reports is None and clients.catalogue is not None
    # a page that asks anyway (an entry booked while practising) gets the error said in words
    for ask in (clients.appointments_client, clients.reports_client):
        with pytest.raises(Unavailable) as raised:
            ask()
        assert raised.value.key == "portal.unavailable"
    assert bochum.ars == "059110000000"
    assert len(bochum.tasks) >= 10 and bochum.office_hours["personalausweis"].startswith("Nur mit Termin")


def test_english_profile_texts():
    cfg = portal_config(load_city("bochum"), "en")
    assert cfg.task("wohnsitz-anmelden").title == "Register your address"
    assert "moving house" in cfg.task("wohnsitz-anmelden").words
    assert "Wohnung anmelden" in cfg.task("wohnsitz-anmelden").words  # German words still found
    assert cfg.fallback(Capability.APPOINTMENTS).text.startswith("Book an appointment")


def test_koeln_shows_an_open311_city():
    cfg = portal_config(load_city("koeln"), "de")
    ep = cfg.endpoints[Capability.REPORTS]
    assert ep.base_url.startswith("https://") and ep.needs_key and not ep.confirmed
    assert Capability.APPOINTMENTS not in cfg.endpoints
    clients = open_clients(cfg)
    assert isinstance(clients.reports, Open311Client) and clients.appointments is None


def test_practice_switch_points_everything_to_loopback(portal, bochum):
    clients = open_clients(bochum, practice=portal)
    assert clients.appointments_client() is clients.appointments and clients.reports_client() is clients.reports
    cfg = clients.config
    for cap in Capability:
        assert cfg.endpoints[cap].base_url == portal.url + PRACTICE_PATHS[cap] and cfg.endpoints[cap].practice
    assert clients.appointments.offices_and_services().offices
    assert clients.reports.services()


def test_koeln_reports_against_the_practice_portal(portal):
    clients = open_clients(portal_config(load_city("koeln"), "de"), practice=portal)
    groups = clients.reports.services()
    assert groups and clients.reports.definition(groups[0].services[0].code).questions


def test_broken_portal_section(tmp_path):
    city_file = tmp_path / "stadt.yaml"
    city_file.write_text("name: Stadt\noffices: {a: {name: A}}\nportal:\n  tasks:\n    - id: x\n", encoding="utf-8")
    with pytest.raises(ContentError):
        portal_config(load_city("stadt", tmp_path))
    city_file.write_text("name: Stadt\noffices: {a: {name: A}}\nportal:\n  reports: [1, 2]\n", encoding="utf-8")
    city = load_city("stadt", tmp_path)  # a section of the wrong shape is left out, and said (issue 17)
    assert "portal.reports: should be a mapping" in city.problems  # besides what the schema says
    assert any("portal/reports" in p for p in city.problems)
    assert not portal_config(city).has(Capability.REPORTS)
