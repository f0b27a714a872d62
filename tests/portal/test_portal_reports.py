"""Reports: the Open311 client against the practice portal and against the recorded real server (replay)."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest

from assistant.portal import secrets
from assistant.portal.api import (
    BadAnswer,
    Capability,
    Datatype,
    NotAllowed,
    NotFound,
    Offline,
    Rejected,
    SubmissionUncertain,
)
from assistant.portal.config import Endpoint
from assistant.portal.drafts import ReportDraft, load_draft
from assistant.portal.reports import Open311Client, saved_reports
from tests.portal.replay import ReplayServer, open311_exchanges

REQUESTS = "/open311/v2/requests.json"


def pothole(**kw):
    base = {
        "service_code": "STR-SCHLAGLOCH",
        "service_name": "Schlagloch oder Straßenschaden",
        "answers": {"TIEFE": "12", "WO": "gehweg", "GEFAHR": ["fuss", "rollator"], "SEIT": "2026-11-20"},
        "address": "Kortumstraße 1, 44787 Bochum",
        "description": "Tiefes Loch vor der Bäckerei. Ä Ö Ü ß",
    }
    base.update(kw)
    return ReportDraft(**base)


def stored(portal):
    return list(portal.requests)


def test_services_grouped_and_every_datatype(clients):
    groups = clients.reports.services()
    assert [g.name for g in groups] == ["Straßen und Wege", "Beleuchtung", "Sauberkeit", "Grün und Spielplätze", ""]
    pot = groups[0].services[0]
    assert pot.code == "STR-SCHLAGLOCH" and pot.has_questions is True  # came as the string "true"
    assert groups[2].services[1].has_questions is False
    d = clients.reports.definition("STR-SCHLAGLOCH")
    assert [q.datatype for q in d.questions] == [
        Datatype.TEXT,
        Datatype.NUMBER,
        Datatype.SINGLE,
        Datatype.MULTI,
        Datatype.DATETIME,
        Datatype.STRING,
    ]
    assert [q.order for q in d.questions] == sorted(q.order for q in d.questions)
    wo = d.questions[2]
    assert wo.required and [c.key for c in wo.choices] == ["fahrbahn", "gehweg", "radweg"]
    assert not clients.reports.definition("GRUEN-BAUM").questions[0].variable
    assert clients.reports.definition("MUELL-KORB").questions == ()


def test_submit_form_and_status_changes(clients, portal):
    draft = pothole()
    receipt = clients.reports.submit(draft)
    assert receipt.request_id == "1001" and not receipt.recovered  # numeric id on the wire, a string here
    assert draft.request_id == "1001" and draft.pending_since == ""
    ((path, body),) = [p for p in portal.posts if p[0] == REQUESTS]
    form = parse_qsl(body)
    assert ("attribute[GEFAHR]", "fuss") in form and ("attribute[GEFAHR]", "rollator") in form
    assert ("description", "Tiefes Loch vor der Bäckerei. Ä Ö Ü ß") in form
    assert ("api_key", "uebung") in form
    seen = [clients.reports.status("1001") for _ in range(8)]
    assert seen[0].status == "open" and seen[-1].status == "closed"
    assert len({s.status_notes for s in seen}) == 4
    assert seen[0].address == "Kortumstraße 1, 44787 Bochum"
    listed, err = saved_reports("bochum")
    assert err is None and listed[0]["request_id"] == "1001"
    # sending the same draft again never makes a second report
    assert clients.reports.submit(draft).request_id == "1001" and len(stored(portal)) == 1


def test_several_statuses_at_once(clients):
    a = clients.reports.submit(pothole()).request_id
    b = clients.reports.submit(pothole(description="Noch ein Loch")).request_id
    got = clients.reports.statuses([a, b, "999"])
    assert sorted(s.request_id for s in got) == [a, b] and all(s.status == "open" for s in got)
    assert clients.reports.statuses([]) == []


def test_coordinates_and_the_text_exactly_as_written(clients, portal):
    draft = pothole(address="", lat=51.4818, long=7.2162, description="Loch ist <10 cm tief, aber >30 cm breit")
    clients.reports.submit(draft)
    req = stored(portal)[0]
    assert (req["lat"], req["long"]) == (51.4818, 7.2162)
    assert req["description"] == "Loch ist <10 cm tief, aber >30 cm breit"  # issue 12 §2: nothing removed


def test_too_long_is_said_before_sending_never_cut(clients, portal):
    with pytest.raises(Rejected) as info:
        clients.reports.submit(pothole(description="x" * 4001))
    assert info.value.reason == "too-long" and info.value.delivered is False and stored(portal) == []


def test_any_text_arrives_as_the_check_screen_shows_it(clients, portal):
    """Property (hypothesis): for any text a person can type, the server receives what was shown."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from assistant.portal.drafts import clean_description

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(min_size=1, max_size=300).filter(lambda t: t.strip()))
    def arrives_unchanged(text):
        draft = pothole(description=text, answers={"TIEFE": "3", "WO": "gehweg"})
        shown = clean_description(draft.description)  # what the check screen shows (report_flow.summary_lines)
        rid = clients.reports.submit(draft).request_id
        got = next(r for r in portal.requests if str(r["id"]) == rid)
        assert got["description"] == shown

    arrives_unchanged()


def test_server_validation_comes_back_as_a_rejection(clients):
    with pytest.raises(Rejected) as info:
        clients.reports.submit(pothole(answers={"WO": "gehweg"}))
    assert "Wie tief" in info.value.user_text and info.value.delivered is False
    assert load_draft(ReportDraft)[0].description.startswith("Tiefes Loch")  # nothing typed is lost


def test_missing_place_is_caught_before_sending(clients, portal):
    with pytest.raises(Rejected) as info:
        clients.reports.submit(pothole(address=""))
    assert info.value.key == "portal.rejected.no-place" and portal.posts == []


def test_answer_lost_after_the_server_took_it(clients, portal):
    portal.fault("POST", REQUESTS, "drop-after")
    draft = pothole()
    receipt = clients.reports.submit(draft)
    assert receipt.recovered and receipt.request_id == "1001"
    assert len(stored(portal)) == 1  # looked up, not sent twice
    assert draft.request_id == "1001" and draft.pending_since == ""


def test_lost_before_the_server(clients, portal):
    portal.fault("POST", REQUESTS, "drop-before")
    draft = pothole()
    with pytest.raises(Offline) as info:
        clients.reports.submit(draft)
    assert info.value.delivered is False and stored(portal) == []  # looked up: not there
    assert draft.pending_since == ""
    assert clients.reports.submit(draft).request_id == "1001" and len(stored(portal)) == 1


def test_unclear_and_the_lookup_fails_then_later_found(clients, portal):
    portal.fault("POST", REQUESTS, "drop-after")
    portal.fault("GET", REQUESTS, "503", times=10)
    draft = pothole()
    with pytest.raises(SubmissionUncertain) as info:
        clients.reports.submit(draft)
    assert info.value.delivered is None and info.value.key == "portal.uncertain"
    kept, _ = load_draft(ReportDraft)
    assert kept.pending_since and kept.description == draft.description
    with portal.lock:
        portal.faults.clear()
    receipt = clients.reports.submit(kept)  # next attempt: look up first → found, nothing sent
    assert receipt.recovered and receipt.request_id == "1001" and len(stored(portal)) == 1
    assert len([p for p in portal.posts if p[0] == REQUESTS]) == 1


def test_lookup_does_not_take_someone_elses_report(clients, portal):
    clients.reports.submit(pothole(description="Ein anderes Loch"))
    portal.fault("POST", REQUESTS, "drop-before")
    draft = pothole()
    with pytest.raises(Offline):
        clients.reports.submit(draft)
    assert clients.reports.submit(draft).request_id == "1002"


def test_no_description_and_no_place_listed_cannot_be_decided(clients, portal):
    """Without a text, the look-up needs the place; if the server hides it, the person decides (force)."""
    clients.reports.submit(pothole(description="", address="", lat=51.48, long=7.21))
    portal.open311_quirks = True
    portal.fault("POST", REQUESTS, "drop-before")
    draft = pothole(description="", address="Kortumstraße 1")
    with portal.lock:
        portal.requests[0]["address"] = ""
        portal.requests[0]["lat"] = portal.requests[0]["long"] = None  # the listing shows 0, 0
    with pytest.raises(SubmissionUncertain):
        clients.reports.submit(draft)
    receipt = clients.reports.submit(draft, force=True)
    assert receipt.request_id == "1002"


def test_status_of_unknown_number(clients):
    with pytest.raises(NotFound) as info:
        clients.reports.status("424242")  # the quirky server answers 500 with a Perl message
    assert info.value.key == "portal.not-found.request"
    with pytest.raises(Rejected):
        clients.reports.status("../etc/passwd")


def test_api_key_from_the_keyring(portal, bochum, memory_keyring):
    ep = Endpoint(Capability.REPORTS, portal.url + "/open311/v2", needs_key=True)
    client = Open311Client(ep, city_id="bochum")
    with pytest.raises(NotAllowed) as info:
        client.submit(pothole())
    assert info.value.key == "portal.not-allowed.no-key" and portal.posts == []
    secrets.store_api_key("bochum", "reports", "falsch")
    with pytest.raises(NotAllowed):
        client.submit(pothole())
    secrets.store_api_key("bochum", "reports", "uebung")
    assert client.submit(pothole()).request_id == "1001"
    assert ("Lotse", "api-key:bochum:reports") in memory_keyring.entries()


def test_strict_server_without_quirks(bochum):
    from assistant.portal.config import open_clients
    from assistant.portal.practice_server import PracticePortal

    with PracticePortal(open311_quirks=False) as p:
        c = open_clients(bochum, practice=p).reports
        assert c.services()[0].services[0].has_questions is True
        assert c.submit(pothole()).request_id == "1001"
        with pytest.raises(NotFound):
            c.status("999")


# --- the recorded real server (mySociety Open311::Endpoint), replayed byte for byte -------------


@pytest.fixture
def real(shared):
    server = ReplayServer(open311_exchanges()).start()
    ep = Endpoint(Capability.REPORTS, server.url, needs_key=True)
    yield server, Open311Client(ep, city_id="test", api_key="k1")
    server.stop()


def test_replay_services_and_definitions(real):
    server, client = real
    groups = client.services()
    assert [(g.name, [s.code for s in g.services]) for g in groups] == [
        ("highways", ["POT", "SPOT"]),
        ("sanitation", ["BIN"]),
    ]
    assert groups[0].services[0].has_questions is True and groups[1].services[0].has_questions is False
    assert groups[0].services[0].keywords == ("deep", "hole", "wow")
    pot = client.definition("POT")
    assert [(q.code, q.datatype, q.required, q.variable) for q in pot.questions] == [
        ("depth", Datatype.NUMBER, True, True),
        ("shape", Datatype.SINGLE, False, True),
    ]
    assert [c.key for c in pot.questions[1].choices] == ["circle", "square", "triangle"]
    assert client.definition("BIN").questions == ()
    with pytest.raises(NotFound):
        client.definition("NOPE")
    assert server.unmatched == []


def test_replay_submit_and_status(real):
    server, client = real
    draft = ReportDraft(
        service_code="POT",
        lat=51.4818,
        long=7.2162,
        answers={"depth": "12", "shape": "circle"},
        description="Tiefes Schlagloch vor dem Rathaus (Ä Ö Ü ß)",
        email="erika@example.org",
        first_name="Erika",
        last_name="Mustermann",
        phone="0234 000000",
    )
    receipt = client.submit(draft)
    assert receipt.request_id == "0" and receipt.notice == "This is a test service"  # JSON number 0 → "0"
    assert server.unmatched == []  # byte-exact form: the recorded exchange matched
    st = client.status("0")
    assert st.status == "open" and st.description == "Tiefes Schlagloch vor dem Rathaus (Ä Ö Ü ß)"
    assert st.lat is None and st.service_name == "Pothole Repairs"  # 0, 0 means "no place"
    with pytest.raises(NotFound):
        client.status("999")  # 500 with a Perl message


def test_replay_errors(real):
    server, client = real
    with pytest.raises(Rejected) as info:  # required attribute missing: 400 with validator noise
        client.submit(ReportDraft(service_code="POT", lat=51.4818, long=7.2162))
    assert info.value.status == 400 and "Failed //" not in info.value.user_text
    assert info.value.user_text == "Error in input for POST_Service_Request"
    with pytest.raises(Rejected):  # unknown service: 400 (the spec says 404)
        client.submit(ReportDraft(service_code="NOPE", lat=51.48, long=7.21))
    nokey = Open311Client(Endpoint(Capability.REPORTS, server.url, needs_key=False), city_id="test")
    with pytest.raises(NotAllowed) as info:  # missing api_key: 400 (the spec says 403)
        nokey.submit(ReportDraft(service_code="BIN", lat=51.4818, long=7.2162))
    assert info.value.key == "portal.not-allowed.no-key"
    with pytest.raises(BadAnswer):  # tokens: 500 with a Perl message
        client.resolve_token("abc")


def test_replay_lookup_uses_the_real_listing(real):
    """A report sent before, whose answer was lost: the real server's listing (lat/long 0, address "") finds it."""
    server, client = real
    draft = ReportDraft(
        service_code="POT",
        lat=51.4818,
        long=7.2162,
        answers={"depth": "12"},
        description="Tiefes Schlagloch vor dem Rathaus (Ä Ö Ü ß)",
        pending_since="2026-11-26T09:32:19+00:00",
    )
    receipt = client.submit(draft)
    assert receipt.recovered and receipt.request_id == "0"
    assert [e.method for e in server.served] == ["GET"]  # only the look-up: nothing was sent again
