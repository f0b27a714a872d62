"""Secrets live in the OS keyring only; without a keyring nothing is stored and the error says so."""

from __future__ import annotations

from datetime import UTC, datetime

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from assistant.portal import secrets
from assistant.portal.api import Appointment, AppointmentState, SecretStoreError
from assistant.portal.drafts import BookingDraft, ReportDraft, clean_description, load_draft, save_draft
from tests.portal.portal_support import user_files


def appt(**kw):
    base = {
        "process_id": "100001",
        "auth_key": "c0ffee",
        "state": AppointmentState.CONFIRMED,
        "start": datetime(2026, 12, 3, 9, 15, tzinfo=UTC),
        "office_name": "Bürgerbüro Mitte",
        "service_name": "Personalausweis beantragen",
    }
    base.update(kw)
    return Appointment(**base)


def test_api_key_round_trip(memory_keyring):
    secrets.store_api_key("koeln", "reports", "  geheim-123 ")
    assert secrets.api_key("koeln", "reports") == "geheim-123"
    assert memory_keyring.entries() == [("Lotse", "api-key:koeln:reports")]
    secrets.store_api_key("koeln", "reports", "")  # empty = remove
    assert secrets.api_key("koeln", "reports") is None
    secrets.delete_api_key("koeln", "reports")  # removing twice is fine
    assert secrets.keyring_works()


def test_booking_kept_listed_and_forgotten(memory_keyring, lotse_home):
    saved = secrets.remember_appointment(appt())
    assert secrets.booking_secret(saved.ref) == ("100001", "c0ffee")
    listed, err = secrets.saved_appointments()
    assert err is None and [s.ref for s in listed] == [saved.ref]
    assert listed[0].start == datetime(2026, 12, 3, 9, 15, tzinfo=UTC)
    for name, data in user_files(lotse_home).items():
        assert b"c0ffee" not in data and b"100001" not in data, name
    secrets.update_saved_state(saved.ref, AppointmentState.CANCELLED)
    assert secrets.saved_appointments()[0][0].state is AppointmentState.CANCELLED
    secrets.forget_appointment(saved.ref)
    assert secrets.saved_appointments()[0] == [] and memory_keyring.entries() == []


def test_no_keyring_means_not_stored_and_no_plaintext(lotse_home):
    keyring.set_keyring(FailKeyring())
    assert not secrets.keyring_works()
    with pytest.raises(SecretStoreError) as info:
        secrets.store_api_key("koeln", "reports", "geheim-123")
    assert info.value.key == "portal.no-keyring.none"
    assert "geheim" not in str(info.value)
    with pytest.raises(SecretStoreError):
        secrets.remember_appointment(appt())
    with pytest.raises(SecretStoreError):
        secrets.api_key("koeln", "reports")
    for name, data in user_files(lotse_home).items():
        assert b"geheim-123" not in data and b"c0ffee" not in data, name
    assert not (lotse_home / "portal-appointments.json").exists()


def test_drafts_survive_and_broken_ones_are_put_aside(lotse_home):
    d = ReportDraft(service_code="X", answers={"A": ["1", "2"]}, description="Loch", lat=51.5, long=7.2)
    save_draft(d)
    back, err = load_draft(ReportDraft)
    assert err is None and back == d
    (lotse_home / "drafts" / "booking.json").write_text("{kaputt", encoding="utf-8")
    b, err = load_draft(BookingDraft)
    assert b == BookingDraft() and err is not None
    assert list((lotse_home / "drafts").glob("booking.json.broken-*"))


def test_report_form_fields():
    d = ReportDraft(
        service_code="POT",
        lat=51.4818,
        long=7.2162,
        answers={"shape": "circle", "kinds": ["a", "b"], "e": ""},
        description="<script>x</script> Loch\x00",
        first_name=" Erika ",
    )
    assert d.form("k1", "koeln") == [
        ("api_key", "k1"),
        ("jurisdiction_id", "koeln"),
        ("service_code", "POT"),
        ("lat", "51.4818"),
        ("long", "7.2162"),
        ("attribute[shape]", "circle"),
        ("attribute[kinds]", "a"),
        ("attribute[kinds]", "b"),
        ("description", "<script>x</script> Loch\x00"),
        ("first_name", "Erika"),
    ]  # sent as written
    assert clean_description("  Loch ist <10 cm tief, aber >30 cm breit\n") == "Loch ist <10 cm tief, aber >30 cm breit"
    assert len(clean_description("ä" * 5000)) == 5000  # never cut: refused before sending, said in words
