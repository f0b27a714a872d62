"""The report's place as people give it (issue 10): no raw coordinates asked; where the city's Open311
server needs coordinates, they come from the city's own list of places, and a place not in it is said
plainly. Without Qt."""

from __future__ import annotations

import pytest

from assistant.core.city import load_city
from assistant.core.errors import ContentError
from assistant.portal.api import Capability
from assistant.portal.config import portal_config
from assistant.portal.flows.report import ReportFlow
from assistant.portal.places import ADDRESS, COORDINATES, KnownPlace, find_place, places_from

PLACES = (
    KnownPlace("Kortumstraße", 51.4810, 7.2180),
    KnownPlace("Kortumstraße 12", 51.4812, 7.2178),
    KnownPlace("Willy-Brandt-Platz 2", 51.4818, 7.2162, words=("Rathaus",)),
)


@pytest.mark.parametrize(
    "said, name",
    [
        ("Kortumstraße 12", "Kortumstraße 12"),  # the most precise entry wins
        ("kortumstr. 12", "Kortumstraße 12"),
        ("Kortumstrasse 40, vor dem Bäcker", "Kortumstraße"),  # a house number the list does not know: the street
        ("Vor dem Rathaus", "Willy-Brandt-Platz 2"),  # a landmark
        ("Hauptstraße 5", None),
        ("Rathausstraße", None),  # a word inside another word is no match
    ],
)
def test_find_place_in_the_citys_list(said, name):
    found = find_place(said, PLACES)
    assert (found.name if found else None) == name


def test_the_flow_asks_no_coordinates_where_the_server_takes_an_address():
    flow = ReportFlow()
    assert flow.location == ADDRESS
    assert flow.set_place("Hauptstraße 5, vor dem Bäcker") == {}
    assert (flow.draft.lat, flow.draft.long) == (None, None)
    assert ("address_string", "Hauptstraße 5, vor dem Bäcker") in flow.draft.form()
    assert ("place", "Hauptstraße 5, vor dem Bäcker") in flow.summary([])


def test_the_flow_looks_coordinates_up_where_the_server_needs_them():
    flow = ReportFlow(location=COORDINATES, places=PLACES)
    assert flow.set_place("") == {"address": "missing"}
    assert flow.set_place("Hauptstraße 5") == {"address": "unknown"} and flow.draft.lat is None
    assert flow.set_place("Vor dem Rathaus") == {}
    assert (flow.draft.lat, flow.draft.long) == (51.4818, 7.2162)
    form = dict(flow.draft.form())
    assert form["lat"] == "51.4818" and form["long"] == "7.2162" and form["address_string"] == "Vor dem Rathaus"
    assert ("place", "Vor dem Rathaus") in flow.summary([])  # the person's words, not numbers


def test_the_city_profile_says_what_its_server_needs():
    city = load_city("bochum")
    assert portal_config(city).report_location() == ADDRESS  # the default
    portal = dict(city.section("portal"))
    portal["reports"] = {
        **portal["reports"],
        "base_url": "https://melden.example/georeport/v2",
        "location": "coordinates",
    }
    portal["places"] = [{"name": "Willy-Brandt-Platz 2", "lat": 51.4818, "long": 7.2162, "words": ["Rathaus"]}]
    cfg = portal_config(type(city)(id=city.id, name=city.name, data={**city.data, "portal": portal}))
    assert cfg.report_location() == COORDINATES and cfg.has(Capability.REPORTS)
    assert cfg.places == (KnownPlace("Willy-Brandt-Platz 2", 51.4818, 7.2162, ("Rathaus",)),)


@pytest.mark.parametrize(
    "raw", ["x", [{"lat": 1, "long": 2}], [{"name": "A", "lat": "n", "long": 2}], [{"name": "A", "lat": 91, "long": 2}]]
)
def test_a_damaged_place_list_is_a_content_error(raw):
    with pytest.raises(ContentError):
        places_from(raw, "city.yaml")
