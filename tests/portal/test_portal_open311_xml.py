"""Open311 in XML (GeoReport v2's mandatory format): a hardened parser, the recorded real server's
XML, and the practice portal serving .xml the way that server does — over real loopback HTTP."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.portal.api import BadAnswer, Capability, NotFound, Rejected
from assistant.portal.config import Endpoint, open_clients
from assistant.portal.drafts import ReportDraft
from assistant.portal.open311_xml import parse_xml, repair_text
from assistant.portal.reports import Open311Client
from tests.portal.replay import ReplayServer, open311_exchanges


def xml_client(portal, bochum):
    ep = open_clients(bochum, practice=portal).config.endpoints[Capability.REPORTS]
    return Open311Client(replace(ep, format="xml"), city_id="bochum")


def test_the_practice_portal_speaks_xml_like_the_recorded_server(portal, bochum, clients):
    x = xml_client(portal, bochum)
    groups_xml = x.services()
    assert [g.name for g in groups_xml] == [g.name for g in clients.reports.services()]  # same as JSON
    d = x.definition("STR-SCHLAGLOCH")
    assert [q.code for q in d.questions] == [q.code for q in clients.reports.definition("STR-SCHLAGLOCH").questions]
    draft = ReportDraft(
        service_code="STR-SCHLAGLOCH",
        address="Kortumstraße 1",
        description="Loch <10 cm & tief, Ä Ö Ü ß",
        answers={"TIEFE": "3", "WO": "gehweg"},
    )
    rid = x.submit(draft).request_id
    status = x.status(rid)
    assert status.status == "open" and status.address == "Kortumstraße 1"  # twice-encoded text repaired
    assert portal.requests[-1]["description"] == "Loch <10 cm & tief, Ä Ö Ü ß"
    with pytest.raises(Rejected):  # errors in XML too: <errors><error>…
        x.submit(ReportDraft(service_code="STR-SCHLAGLOCH", address="Kortumstraße 1"))


def test_recorded_xml_of_the_real_server_is_read(shared):
    exchanges = [e for e in open311_exchanges() if e.route.endswith(".xml")]
    assert len(exchanges) >= 4
    body = {(e.method, e.path): e.body for e in exchanges}
    services = parse_xml(body[("GET", "/services.xml")])
    assert services[0]["service_code"] == "POT" and services[0]["metadata"] == "true"
    definition = parse_xml(body[("GET", "/services/POT.xml")])
    assert definition["attributes"][0]["code"] == "depth"
    assert parse_xml(body[("POST", "/requests.xml")])[0]["service_request_id"] == "1"
    requests = parse_xml(body[("GET", "/requests.xml")])
    assert requests[0]["description"] == "Tiefes Schlagloch vor dem Rathaus (Ä Ö Ü ß)"  # repaired


def test_recorded_xml_through_the_client(shared):
    wanted = [e for e in open311_exchanges() if e.path in ("/services.xml", "/services/POT.xml")]
    server = ReplayServer(wanted, match_body=False, match_query=False).start()
    try:
        c = Open311Client(Endpoint(Capability.REPORTS, server.url, format="xml"))
        assert [s.code for g in c.services() for s in g.services][:2] == ["POT", "SPOT"]
        assert c.definition("POT").questions[0].code == "depth"
    finally:
        server.stop()


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><services>&b;</services>',
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><services><service>&e;</service></services>',
        b"<services><service><service_code>POT</service_code>",  # cut off
    ],
)
def test_hostile_or_broken_xml_is_a_typed_error(body):
    with pytest.raises(BadAnswer):
        parse_xml(body)


def test_repair_only_what_was_encoded_twice():
    assert repair_text("Ä Ö Ü ß".encode().decode("latin-1")) == "Ä Ö Ü ß"  # as recorded
    for fine in ("Ä Ö Ü ß", "Straße", "plain", "Ã alone is kept"):
        assert repair_text(fine) == fine


def test_unknown_request_in_xml(portal, bochum):
    with pytest.raises(NotFound):
        xml_client(portal, bochum).status("999999")
