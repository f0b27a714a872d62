""" "Meine Termine" and "Meine Meldungen" know whether an entry was made at the practice portal:
bookings and reports through the real clients over loopback HTTP are stored with their mode, older
entries without the field count as real, and each mode lists only its own entries."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from assistant.core import store
from assistant.core.paths import user_file
from assistant.portal import secrets
from assistant.portal.api import AppointmentState
from assistant.portal.reports import saved_reports
from tests.portal.test_portal_appointments import draft_for, first_free
from tests.portal.test_portal_reports import pothole


def test_practice_booking_is_listed_as_practice_only(clients, memory_keyring, lotse_home):
    legacy = {
        "ref": "0123456789abcdef",
        "start": "2026-12-01T09:00:00+00:00",
        "office_name": "Bürgerbüro Mitte",
        "service_name": "Personalausweis",
        "state": "confirmed",
        "saved_at": "2026-11-01T08:00:00+00:00",
    }
    store.write_json(user_file("portal-appointments.json"), [legacy])
    zms = clients.appointments
    result = zms.book(draft_for(first_free(zms)))  # the practice portal over real HTTP
    assert result.saved is not None and result.saved.mode == "practice"
    stored = json.loads(user_file("portal-appointments.json").read_text(encoding="utf-8"))
    assert {e["ref"]: e.get("mode") for e in stored} == {legacy["ref"]: None, result.saved.ref: "practice"}
    assert [a.ref for a in secrets.saved_appointments("practice")[0]] == [result.saved.ref]
    assert [a.ref for a in secrets.saved_appointments("real")[0]] == [legacy["ref"]]  # old entry: real
    assert len(secrets.saved_appointments()[0]) == 2
    # a state change keeps the mode; the keyring name rule stays booking:<ref>
    secrets.update_saved_state(result.saved.ref, AppointmentState.CANCELLED)
    (again,) = secrets.saved_appointments("practice")[0]
    assert again.state is AppointmentState.CANCELLED and again.mode == "practice"
    assert ("Lotse", f"booking:{result.saved.ref}") in memory_keyring.entries()


def test_practice_report_is_listed_as_practice_only(clients, lotse_home):
    legacy = {
        "city": "bochum",
        "request_id": "77",
        "token": "",
        "service_name": "Laterne",
        "address": "Husemannplatz",
        "sent_at": datetime(2026, 1, 5, tzinfo=UTC).isoformat(),
    }
    store.write_json(user_file("portal-reports.json"), [legacy])
    receipt = clients.reports.submit(pothole())
    practice, err = saved_reports("bochum", "practice")
    assert err is None and [r["request_id"] for r in practice] == [receipt.request_id]
    assert [r["request_id"] for r in saved_reports("bochum", "real")[0]] == ["77"]
    assert {r["mode"] for r in saved_reports("bochum")[0]} == {"real", "practice"}
    stored = json.loads(user_file("portal-reports.json").read_text(encoding="utf-8"))
    assert [e.get("mode") for e in stored] == [None, "practice"]  # the old entry is not rewritten
