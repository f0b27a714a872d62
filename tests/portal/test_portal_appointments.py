"""Appointments: the ZMS client against the practice portal (real HTTP) and against recorded ZMS bodies."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import icalendar
import pytest

from assistant.portal import secrets
from assistant.portal.api import (
    AppointmentState,
    BadAnswer,
    Capability,
    NotFound,
    Offline,
    Rejected,
    SecretStoreError,
    SubmissionUncertain,
)
from assistant.portal.appointments import ZmsClient, berlin
from assistant.portal.config import Endpoint
from assistant.portal.drafts import BookingDraft, load_draft
from tests.portal.portal_support import user_files
from tests.portal.replay import ReplayServer, zms_case

OFFICE, SERVICE = "10100", "120703"
CONFIRM = "/terminvereinbarung/api/citizen/confirm-appointment/"
RESERVE = "/terminvereinbarung/api/citizen/reserve-appointment/"


def first_free(zms):
    days = zms.free_days(OFFICE, SERVICE)
    return days[0].times[0]


def draft_for(start):
    return BookingDraft(
        office_id=OFFICE,
        office_name="Bürgerbüro Mitte",
        service_id=SERVICE,
        start=start.isoformat(),
        family_name="Muster",
        email="erika@example.org",
    )


def posts(portal, path):
    return [p for p in portal.posts if p[0] == path]


def test_offices_services_and_free_days(clients):
    zms = clients.appointments
    oas = zms.offices_and_services()
    assert [o.name for o in oas.offices][:2] == ["Bürgerbüro Mitte", "Bürgerbüro Wattenscheid"]
    mitte = oas.offices[0]
    assert mitte.address == "Willy-Brandt-Platz 2-6, 44777 Bochum" and mitte.email_required
    assert {s.name for s in oas.services_at(OFFICE)} >= {
        "Personalausweis beantragen",
        "Wohnsitz anmelden oder ummelden",
    }
    assert "10400" not in {o.id for o in oas.offices_for("121151")}  # Linden: no passports
    days = zms.free_days(OFFICE, SERVICE)
    now = datetime.now(berlin())
    assert days, "the practice portal always has free days"
    assert [d.day for d in days] == sorted(d.day for d in days)
    assert all(t > now and t.date() == d.day for d in days for t in d.times)
    assert days[0].day > now.date()  # today and tomorrow are fully booked, as in a real city
    assert all(d.day.weekday() < 5 for d in days)


def test_full_booking_keeps_secrets_in_the_keyring_only(clients, portal, memory_keyring, lotse_home):
    zms = clients.appointments
    zms.offices_and_services()
    start = first_free(zms)
    saved_drafts = []
    result = zms.book(draft_for(start), save=lambda d: saved_drafts.append(json.dumps(d.__dict__)))
    appt = result.appointment
    assert appt.state is AppointmentState.CONFIRMED and result.secret_error is None and not result.recovered
    assert appt.start == start and appt.office_name == "Bürgerbüro Mitte"
    assert appt.service_name == "Personalausweis beantragen"
    # the keyring holds processId + authKey; no file in the user folder does
    (ref,) = [u.split(":", 1)[1] for s, u in memory_keyring.entries() if u.startswith("booking:")]
    assert secrets.booking_secret(ref) == (appt.process_id, appt.auth_key)
    for name, data in user_files(lotse_home).items():
        assert appt.auth_key.encode() not in data, name
    assert all(appt.auth_key not in d for d in saved_drafts)
    assert repr(appt).count(appt.auth_key) == 0
    listed, err = secrets.saved_appointments()
    assert err is None and listed[0].ref == ref and listed[0].state is AppointmentState.CONFIRMED
    # the appointment as the server sees it, then cancel
    again = zms.appointment(*secrets.booking_secret(ref))
    assert again.state is AppointmentState.CONFIRMED and again.family_name == "Muster"
    gone = zms.cancel_appointment(again)
    assert gone.state is AppointmentState.CANCELLED
    with pytest.raises(NotFound):
        zms.appointment(appt.process_id, appt.auth_key)
    # the slot is free again
    assert start in {t for d in zms.free_days(OFFICE, SERVICE) for t in d.times}


def test_ics_for_the_confirmed_appointment(clients):
    zms = clients.appointments
    start = first_free(zms)
    appt = zms.book(draft_for(start)).appointment
    cal = icalendar.Calendar.from_ical(zms.ics(appt))
    (event,) = list(cal.walk("VEVENT"))
    assert event.decoded("dtstart") == start
    assert "Personalausweis" in str(event["summary"]) and "Bürgerbüro Mitte" in str(event["location"])
    assert appt.process_id in str(event["description"]) and appt.auth_key not in zms.ics(appt).decode()


def test_slot_taken_meanwhile(clients):
    zms = clients.appointments
    start = first_free(zms)
    zms.reserve(OFFICE, SERVICE, start)  # someone else was faster
    with pytest.raises(Rejected) as info:
        zms.book(draft_for(start))
    assert info.value.key == "portal.rejected.slot-taken" and info.value.delivered is False


def test_incomplete_draft_is_caught_before_a_reservation(clients, portal):
    zms = clients.appointments
    start = first_free(zms)
    for change, reason in (({"email": "erika"}, "email"), ({"family_name": " "}, "name"), ({"start": ""}, "no-time")):
        draft = draft_for(start)
        for k, v in change.items():
            setattr(draft, k, v)
        with pytest.raises(Rejected) as info:
            zms.book(draft)
        assert info.value.reason == reason and info.value.delivered is False
    assert posts(portal, RESERVE) == []


def test_wrong_email_is_a_plain_rejection(clients):
    zms = clients.appointments
    appt = zms.reserve(OFFICE, SERVICE, first_free(zms))
    with pytest.raises(Rejected) as info:
        zms.update(appt, family_name="Muster", email="keine-mail")
    assert info.value.reason == "email" and info.value.codes == ("invalidEmail",)


def test_confirm_answer_lost_is_looked_up_not_sent_twice(clients, portal):
    """The server confirms, then the connection drops: the client reads the appointment instead of resending."""
    zms = clients.appointments
    portal.fault("POST", CONFIRM, "drop-after")
    result = zms.book(draft_for(first_free(zms)))
    assert result.appointment.state is AppointmentState.CONFIRMED and result.recovered
    assert len(posts(portal, CONFIRM)) == 1


def test_confirm_lost_before_the_server_is_safe_to_repeat(clients, portal):
    zms = clients.appointments
    portal.fault("POST", CONFIRM, "drop-before")
    draft = draft_for(first_free(zms))
    with pytest.raises(Offline) as info:
        zms.book(draft)
    assert info.value.delivered is False  # looked up: still preconfirmed, nothing arrived
    assert posts(portal, CONFIRM) == []
    stored, _ = load_draft(BookingDraft)
    assert stored.server_state == "preconfirmed" and stored.family_name == "Muster"  # nothing typed is lost
    result = zms.book(stored)  # try again: resumes from the keyring, no second reservation
    assert result.appointment.state is AppointmentState.CONFIRMED
    assert len(posts(portal, RESERVE)) == 1 and len(posts(portal, CONFIRM)) == 1


def test_confirm_unclear_and_lookup_fails(clients, portal):
    zms = clients.appointments
    draft = draft_for(first_free(zms))
    portal.fault("POST", CONFIRM, "drop-after")
    portal.fault("GET", "/terminvereinbarung/api/citizen/appointment/", "html", times=5)
    with pytest.raises(SubmissionUncertain) as info:
        zms.book(draft)
    assert info.value.delivered is None
    result = zms.book(load_draft(BookingDraft)[0])  # later: the look-up works and finds it confirmed
    assert result.appointment.state is AppointmentState.CONFIRMED and len(posts(portal, CONFIRM)) == 1


def test_reserve_answer_lost(clients, portal):
    zms = clients.appointments
    start = first_free(zms)
    portal.fault("POST", RESERVE, "drop-after")
    with pytest.raises(Rejected) as info:
        zms.reserve(OFFICE, SERVICE, start)
    assert info.value.reason == "slot-taken" and info.value.delivered is None  # held by the lost reservation
    portal.fault("POST", RESERVE, "drop-before")
    other = zms.free_days(OFFICE, SERVICE)[0].times[0]
    with pytest.raises(Offline) as info:
        zms.reserve(OFFICE, SERVICE, other)
    assert info.value.delivered is False  # the slot is still free: nothing was reserved


def test_resume_after_the_reservation_expired(clients, portal, memory_keyring):
    zms = clients.appointments
    portal.fault("POST", "/terminvereinbarung/api/citizen/preconfirm-appointment/", "drop-before")
    draft = draft_for(first_free(zms))
    with pytest.raises(Offline):
        zms.book(draft)
    assert draft.booking_ref and draft.server_state == "updated"
    with portal.lock:
        for p in portal.processes.values():
            p["expires"] = 0  # the person came back too late
    old_ref = draft.booking_ref
    draft.start = zms.free_days(OFFICE, SERVICE)[0].times[0].isoformat()
    result = zms.book(draft)
    assert result.appointment.state is AppointmentState.CONFIRMED
    assert len(posts(portal, RESERVE)) == 2 and draft.booking_ref != old_ref
    assert ("Lotse", f"booking:{old_ref}") not in memory_keyring.entries()


def test_no_keyring_booking_still_made_but_not_kept(clients, portal, lotse_home):
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    zms = clients.appointments
    result = zms.book(draft_for(first_free(zms)))
    assert result.appointment.state is AppointmentState.CONFIRMED
    assert result.saved is None and isinstance(result.secret_error, SecretStoreError)
    assert result.secret_error.key == "portal.no-keyring.none"
    for name, data in user_files(lotse_home).items():
        assert result.appointment.auth_key.encode() not in data, name
    assert not (lotse_home / "portal-appointments.json").exists()


def test_expired_reservation(clients, portal):
    zms = clients.appointments
    appt = zms.reserve(OFFICE, SERVICE, first_free(zms))
    with portal.lock:
        portal.processes[int(appt.process_id)]["expires"] = 0
    with pytest.raises(NotFound):
        zms.update(appt, family_name="Muster", email="erika@example.org")


# --- recorded ZMS bodies (the ZMS controller tests' expected answers) -----------------------


def replay_client(*exchanges):
    server = ReplayServer(list(exchanges), match_body=False, match_query=False).start()
    ep = Endpoint(Capability.APPOINTMENTS, server.url + "/terminvereinbarung/api/citizen")
    return server, ZmsClient(ep)


def test_recorded_offices_and_services(shared):
    server, zms = replay_client(zms_case("Office/OfficesServicesRelationsController", "testRendering"))
    try:
        oas = zms.offices_and_services()
    finally:
        server.stop()
    assert [o.id for o in oas.offices][:2] == ["9999998", "9999999"]
    assert oas.offices[0].lat == pytest.approx(48.1275, abs=1e-3)  # geo.lat came as a string
    assert oas.offices[1].email_required and not oas.offices[0].email_required
    assert oas.relations and all(isinstance(o, str) for o, _, _ in oas.relations)


def test_recorded_calendar(shared):
    server, zms = replay_client(zms_case("Availability/AvailableCalendarController", "testRendering"))
    try:
        days = zms.free_days("9999998", "1")
    finally:
        server.stop()
    assert [d.day.isoformat() for d in days] == ["2024-08-22", "2024-08-23"]  # dates as sent; times in year 3000
    assert [len(d.times) for d in days] == [1, 2]


def test_recorded_appointment_and_errors(shared):
    cases = json.loads((shared / "zms/expected/Appointment/AppointmentByIdController.cases.json").read_text("utf-8"))
    ok = next(c for c in cases["cases"] if c["expectedStatus"] == 200)
    server, zms = replay_client(zms_case("Appointment/AppointmentByIdController", ok["test"]))
    try:
        appt = zms.appointment("101002", "fb43")
    finally:
        server.stop()
    assert appt.process_id == str(ok["expectedBody"]["processId"]) and appt.state.value == ok["expectedBody"]["status"]
    for c in cases["cases"]:
        if c["expectedStatus"] == 200 or not c.get("expectedBody"):
            continue
        server, zms = replay_client(zms_case("Appointment/AppointmentByIdController", c["test"]))
        try:
            with pytest.raises((Rejected, NotFound, BadAnswer)) as info:
                zms.appointment("101002", "fb43")
        finally:
            server.stop()
        assert info.value.status == c["expectedStatus"]
        assert info.value.codes == tuple(e["errorCode"] for e in c["expectedBody"]["errors"])


def test_recorded_reserve_not_available(shared):
    cases = json.loads((shared / "zms/expected/Appointment/AppointmentReserveController.cases.json").read_text("utf-8"))
    case = next(
        c
        for c in cases["cases"]
        if c.get("expectedBody")
        and "errors" in c["expectedBody"]
        and c["expectedBody"]["errors"][0]["errorCode"] == "appointmentNotAvailable"
    )
    server, zms = replay_client(zms_case("Appointment/AppointmentReserveController", case["test"]))
    try:
        with pytest.raises(Rejected) as info:
            zms.reserve("10546", "1063423", datetime.now(berlin()) + timedelta(days=3))
    finally:
        server.stop()
    assert info.value.reason == "slot-taken" and info.value.delivered is False


def test_older_zms_without_available_calendar(shared):
    """ZMS up to 2.25.00-muc45 has no /available-calendar/: its catch-all answers 404 notFound, and the
    client asks /available-days/ and /available-appointments/ instead (recorded legacy test bodies)."""
    from tests.portal.replay import Exchange

    legacy = "legacy-2.25.00-muc45/expected/Availability/"
    catch_all = Exchange(
        "GET",
        "/terminvereinbarung/api/citizen/available-calendar/",
        404,
        "application/json; charset=utf-8",
        json.dumps(
            {
                "errors": [
                    {
                        "errorCode": "notFound",
                        "errorMessage": "Endpoint not found.",
                        "statusCode": 404,
                        "errorType": "error",
                    }
                ]
            }
        ).encode(),
    )
    days_case = zms_case("../" + legacy + "AvailableDaysListController", "testRendering")
    slots_case = zms_case("../" + legacy + "AvailableAppointmentsListController", "testRendering")
    server, zms = replay_client(catch_all, days_case, slots_case)
    try:
        assert zms.free_days("9999998", "1", start=date(2024, 8, 21)) == []  # recorded days all lie in the past
        paths = [e.route.rsplit("/", 2)[-2] for e in server.served]
        assert paths == ["available-calendar", "available-days"]  # past days are not asked for
        # the recorded days plus the day of the recorded appointments case (3000-09-21)
        days_body = json.loads(days_case.body)
        days_body["availableDays"].append("3000-09-21")
        days_case.body = json.dumps(days_body).encode()
        days = zms.free_days("9999998", "1", start=date(2024, 8, 21))
    finally:
        server.stop()
    assert [(d.day, len(d.times)) for d in days] == [(date(3000, 9, 21), 1)]
    assert days[0].times[0] == datetime.fromtimestamp(32526616522, berlin())
    paths = [e.route.rsplit("/", 2)[-2] for e in server.served]
    assert paths.count("available-calendar") == 1  # remembered: asked once only
    assert paths[-1] == "available-appointments" and server.unmatched == []
