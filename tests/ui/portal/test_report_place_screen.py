""" "Wo ist das Problem?" asks for a place as people give it (issue 10): no Breitengrad/Längengrad
fields; where the city's server needs coordinates (here the practice portal on loopback, set to take
only lat + long), they come from the city's own list of places, and an unknown place is said plainly."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLineEdit

from assistant.core.city import load_city
from assistant.portal.practice_server import PracticePortal
from assistant.ui.portal import open_reports
from assistant.ui.portal import servers as portal_session
from tests.ui.portal.test_report_flow import answer_pothole_questions


def city_needing_coordinates():
    city = load_city("bochum")
    portal = dict(city.section("portal"))
    portal["reports"] = {
        **portal["reports"],
        "base_url": "https://melden.example/georeport/v2",
        "location": "coordinates",
    }
    portal["places"] = [
        {"name": "Kortumstraße", "lat": 51.481, "long": 7.218},
        {"name": "Willy-Brandt-Platz 2", "lat": 51.4818, "long": 7.2162, "words": ["Rathaus"]},
    ]
    return type(city)(id="bochum-coordinates", name=city.name, data={**city.data, "portal": portal})


@pytest.fixture
def coordinates_portal():
    p = PracticePortal(needs_coordinates=True).start()
    yield p
    p.stop()


def to_the_place(d) -> None:
    d.press("new-report")
    d.wait_title("Worum geht es")
    d.click("Schlagloch")
    answer_pothole_questions(d)
    d.wait_title("Wo ist das Problem")


def place_fields(d) -> list[str]:
    return [w.accessibleName() for w in d.page.screen.findChildren(QLineEdit)]


def test_the_place_is_asked_in_words_and_sent_as_said(context, portal, practice, drive):
    d = drive(open_reports(context))
    to_the_place(d)
    names = place_fields(d)
    assert len(names) == 1 and names[0].startswith("Straße und Hausnummer, oder ein bekannter Ort")
    assert "grad" not in d.texts()  # no Breitengrad / Längengrad anywhere on the screen
    d.type("Straße und Hausnummer", "Hauptstraße 5, vor dem Bäcker")
    d.press("next")
    d.wait_title("Beschreiben Sie")


def test_coordinates_come_from_the_citys_list_where_the_server_needs_them(coordinates_portal, drive):
    context = SimpleNamespace(language="de", city=city_needing_coordinates(), facts={})
    portal_session.session_for(context).attach_practice(coordinates_portal)
    d = drive(open_reports(context))
    to_the_place(d)
    assert "grad" not in d.texts()
    d.type("Straße und Hausnummer", "Hauptstraße 5")
    d.press("next")
    assert "finden wir im Straßenverzeichnis der Stadt nicht" in d.error_of("Straße und Hausnummer")
    assert "Wo ist das Problem" in d.title()  # still here, nothing else changed
    d.type("Straße und Hausnummer", "Vor dem Rathaus")
    d.press("next")
    d.wait_title("Beschreiben Sie")
    d.type("Was ist los", "Ein tiefes Loch.")
    d.press("next")
    d.wait_title("Möchte die Stadt Sie erreichen")
    d.press("next")
    d.wait_title("Bitte prüfen Sie Ihre Meldung")
    assert "Vor dem Rathaus" in d.texts() and "51.4818" not in d.texts()  # the person's words, not numbers
    d.press("send")
    d.wait_text("Vorgangsnummer", timeout=15000)
    sent = coordinates_portal.requests[-1]
    assert (sent["lat"], sent["long"]) == (51.4818, 7.2162) and sent["address"] == "Vor dem Rathaus"
