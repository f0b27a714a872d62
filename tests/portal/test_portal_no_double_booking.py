"""One booking, never two — with every keyring backend, including none (keyring's ``fail`` backend,
the normal case on library and counter PCs). Real HTTP against the practice portal on loopback."""

from __future__ import annotations

import threading
import time

import pytest

from assistant.portal import secrets
from assistant.portal.api import AppointmentState, Cancelled, Rejected, SubmissionUncertain
from assistant.portal.drafts import BookingDraft, load_draft, save_draft

OFFICE, SERVICE = "10100", "120703"
CONFIRM = "/terminvereinbarung/api/citizen/confirm-appointment/"
RESERVE = "/terminvereinbarung/api/citizen/reserve-appointment/"
LOOKUP = "/terminvereinbarung/api/citizen/appointment/"


@pytest.fixture(autouse=True)
def no_keyring(memory_keyring):
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    secrets.forget_held_secrets()
    yield
    secrets.forget_held_secrets()


def draft(zms, email):
    start = zms.free_days(OFFICE, SERVICE)[0].times[0]
    return BookingDraft(
        office_id=OFFICE,
        office_name="Bürgerbüro Mitte",
        service_id=SERVICE,
        start=start.isoformat(),
        family_name="Muster",
        email=email,
    )


def booked(portal, email):
    return [p for p in portal.processes.values() if p["email"] == email and p["status"] == "confirmed"]


def reserves(portal):
    return [p for p in portal.log if p[0] == "POST" and p[1] == RESERVE]


def book_like_a_person(zms, d):
    """What the screen does: a refused time (slot-taken) → the person picks the next free time."""
    for _ in range(3):
        try:
            return zms.book(d)
        except Rejected as exc:
            if exc.reason != "slot-taken":
                raise
            d.start = zms.free_days(OFFICE, SERVICE)[0].times[0].isoformat()
    raise AssertionError("no booking")


def killed_while_confirming(zms, portal, email):
    """The confirmation's answer is lost, the look-up fails, then the program is killed (memory gone)."""
    d = draft(zms, email)
    portal.fault("POST", CONFIRM, "drop-after")
    portal.fault("GET", LOOKUP, "503", times=10)
    with pytest.raises(SubmissionUncertain):
        zms.book(d, save=save_draft)
    portal.faults.clear()
    secrets.forget_held_secrets()


def test_lost_confirm_answer_and_failed_look_up_without_keyring(clients, portal):
    """Reproduces issue 12 §1: before, the secret was lost with the keyring, the next try reserved
    again, was refused ("no longer available") and the next time booked a second appointment."""
    zms = clients.appointments
    d = draft(zms, "zweimal@example.org")
    portal.fault("POST", CONFIRM, "drop-after")
    portal.fault("GET", LOOKUP, "html", times=5)
    with pytest.raises(SubmissionUncertain):
        zms.book(d)
    assert d.booking_ref  # the draft records the booking in flight
    portal.faults.clear()
    result = book_like_a_person(zms, d)
    assert result.appointment.state is AppointmentState.CONFIRMED and result.recovered is False
    assert result.secret_error is not None  # cannot be kept beyond the session: the screen says so
    assert len(booked(portal, "zweimal@example.org")) == 1
    assert len(reserves(portal)) == 1


def test_cancel_during_confirm_without_keyring(clients, portal):
    zms = clients.appointments
    d = draft(zms, "abbruch@example.org")
    portal.fault("POST", CONFIRM, "slow:3")
    cancel = threading.Event()
    threading.Timer(1.0, cancel.set).start()
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        zms.book(d, cancel=cancel)
    assert time.monotonic() - t0 < 2.2  # Cancel ends the call within a second
    deadline = time.monotonic() + 5
    while not booked(portal, "abbruch@example.org") and time.monotonic() < deadline:
        time.sleep(0.05)  # the server confirms anyway
    result = book_like_a_person(zms, d)
    assert result.appointment.state is AppointmentState.CONFIRMED
    assert len(booked(portal, "abbruch@example.org")) == 1 and len(reserves(portal)) == 1


def test_killed_and_restarted_without_keyring_says_it_may_exist(clients, portal, lotse_home):
    zms = clients.appointments
    killed_while_confirming(zms, portal, "neustart@example.org")  # memory is gone, there is no keyring
    stored, _ = load_draft(BookingDraft)
    assert stored.booking_ref and stored.family_name == "Muster"
    with pytest.raises(SubmissionUncertain) as info:
        zms.book(stored)
    assert info.value.key == "portal.uncertain.may-exist" and info.value.delivered is None
    assert len(reserves(portal)) == 1 and len(booked(portal, "neustart@example.org")) == 1


def test_with_a_working_keyring_a_restart_continues(clients, portal, memory_keyring, lotse_home):
    import keyring

    keyring.set_keyring(memory_keyring)
    zms = clients.appointments
    killed_while_confirming(zms, portal, "mitschluessel@example.org")
    result = zms.book(load_draft(BookingDraft)[0])
    assert result.appointment.state is AppointmentState.CONFIRMED and result.saved is not None
    assert len(reserves(portal)) == 1 and len(booked(portal, "mitschluessel@example.org")) == 1
