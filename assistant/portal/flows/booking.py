""" "Termin buchen" as a plain model: the steps, what each step keeps, how a saved draft resumes,
and the in-flight rule — a booking whose fate is not known is looked up, never made a second time.

The page (``assistant.ui.portal.booking``) shows the step this model names and hands it what the
person chose; everything that decides something is here and tested without Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from assistant.portal import secrets
from assistant.portal.api import (
    Appointment,
    AppointmentState,
    FreeDay,
    OfficesAndServices,
    PortalError,
    Rejected,
    SavedAppointment,
    SubmissionUncertain,
    Unavailable,
    ZmsOffice,
)
from assistant.portal.drafts import BookingDraft
from assistant.portal.flows.validate import contact_problems, normalise_phone

if TYPE_CHECKING:
    from assistant.portal.api import Cancel
    from assistant.portal.appointments import ZmsClient

STEPS = ("office", "service", "day", "time", "contact", "check")
DAYS_SHOWN = 8  # free days on the first day screen; "Spätere Tage zeigen" shows the rest

# what the page does after a failed "Jetzt buchen"
CHOOSE_TIME = "choose-time"  # the time is gone or the reservation ran out: pick another (typed data stay)
FIX_CONTACT = "fix-contact"  # the office refused a field after all: back to the contact step
MAY_EXIST = "may-exist"  # a booking may exist and cannot be looked up here: say how to check, book nothing
PROBLEM = "problem"  # say what happened; "Noch einmal versuchen" looks up before it sends


class BookingFlow:
    def __init__(self, draft: BookingDraft | None = None) -> None:
        self.draft = draft or BookingDraft()

    # --- state ----------------------------------------------------------------------------------
    def in_flight(self) -> bool:
        """A sending step started and its outcome is not known: the next try looks it up first."""
        return bool(self.draft.booking_ref or self.draft.pending_since)

    def has_progress(self) -> bool:
        d = self.draft
        return bool(d.office_id or d.family_name or self.in_flight())

    def resume_step(self, saved_step: str) -> str:
        """Where "Weitermachen" goes: the check screen while a booking is in flight, else the saved step."""
        step = saved_step.split(":", 1)[-1]
        if self.in_flight() or step in ("book", "check"):
            return "check"
        return step if step in STEPS else STEPS[0]

    def steps_before(self, step: str) -> tuple[str, ...]:
        return STEPS[: STEPS.index(step)] if step in STEPS else ()

    # --- choices ----------------------------------------------------------------------------------
    def _locked(self) -> bool:
        # office, service and time are the reservation's: while it is in flight they stay as they are
        return self.in_flight()

    def pick_office(self, office_id: str, name: str) -> bool:
        d = self.draft
        if self._locked() and office_id != d.office_id:
            return False
        if office_id != d.office_id:
            d.service_id = d.service_name = d.day = d.start = ""
        d.office_id, d.office_name = office_id, name
        return True

    def pick_service(self, service_id: str, name: str) -> bool:
        d = self.draft
        if self._locked() and service_id != d.service_id:
            return False
        if service_id != d.service_id:
            d.day = d.start = ""
        d.service_id, d.service_name = service_id, name
        return True

    def pick_day(self, day_iso: str) -> bool:
        d = self.draft
        if self._locked() and day_iso != d.day:
            return False
        if day_iso != d.day:
            d.start = ""
        d.day = day_iso
        return True

    def pick_time(self, start_iso: str) -> bool:
        if self._locked() and start_iso != self.draft.start:
            return False
        self.draft.start = start_iso
        return True

    def set_contact(
        self, family_name: str, email: str, telephone: str, office: ZmsOffice | None = None
    ) -> dict[str, str]:
        """Keep what was typed; return every field the office would refuse (field → reason).

        A phone number is normalised (spaces, slashes, dashes, brackets go) only when the result is
        what the office takes, so the check screen shows exactly what will be sent."""
        d = self.draft
        d.family_name, d.email = family_name.strip(), email.strip()
        d.telephone = telephone.strip()
        problems = contact_problems(d.family_name, d.email, d.telephone, office)
        if "telephone" not in problems and d.telephone:
            d.telephone = normalise_phone(d.telephone)
        return problems

    def ready(self, office: ZmsOffice | None = None) -> bool:
        d = self.draft
        return bool(d.office_id and d.service_id and d.start) and not contact_problems(
            d.family_name, d.email, d.telephone, office
        )

    # --- what the screens show -----------------------------------------------------------------------
    def office(self, catalog: OfficesAndServices | None) -> ZmsOffice | None:
        """The chosen office of the loaded catalogue (its phone rules), or None."""
        if catalog is None:
            return None
        return next((o for o in catalog.offices if o.id == self.draft.office_id), None)

    def free_day(self, days: Sequence[FreeDay] | None) -> FreeDay | None:
        """The chosen day among the free days, or None when it has nothing free any more."""
        return next((fd for fd in days or () if fd.day.isoformat() == self.draft.day), None)

    def summary(self) -> list[tuple[str, str]]:
        """The check screen's lines (label key → value), exactly what will be sent; the telephone only if given."""
        d = self.draft
        lines = [
            ("office", d.office_name),
            ("service", d.service_name),
            ("when", d.start),
            ("name", d.family_name),
            ("email", d.email),
        ]
        if d.telephone:
            lines.append(("telephone", d.telephone))
        return lines

    # --- after "Jetzt buchen" -------------------------------------------------------------------------
    def after_failure(self, err: BaseException) -> str:
        """What the page does next; changes the draft where the answer says so."""
        d = self.draft
        if isinstance(err, SubmissionUncertain) and err.reason == "may-exist":
            return MAY_EXIST
        if isinstance(err, Rejected) and err.reason in ("slot-taken", "expired"):
            # nothing of ours is held any more (book() looked it up or the server said so)
            d.start = ""
            d.booking_ref = d.server_state = d.pending_since = ""
            return CHOOSE_TIME
        if isinstance(err, Rejected) and err.reason in ("name", "email", "telephone"):
            return FIX_CONTACT
        return PROBLEM

    def checked_no_booking(self) -> None:
        """The person looked (e-mail, 115) and there is no appointment: the in-flight marker goes and a
        new time may be chosen. Only ever on the person's own word."""
        d = self.draft
        d.booking_ref = d.server_state = d.pending_since = ""
        d.start = ""


def offices_to_show(catalog: OfficesAndServices, remembered: str = "") -> list[ZmsOffice]:
    """Offices that offer something, the one a guide remembered (by name, either way contained) first."""
    offices = [o for o in catalog.offices if catalog.services_at(o.id)]
    key = remembered.casefold()
    first = next((o for o in offices if key and (key in o.name.casefold() or o.name.casefold() in key)), None)
    if first is not None:
        offices.remove(first)
        offices.insert(0, first)
    return offices


def days_to_show(days: Sequence[FreeDay], more: bool) -> tuple[list[FreeDay], bool]:
    """The free days on the day screen, and whether "Spätere Tage zeigen" is offered."""
    if more:
        return list(days), False
    return list(days[:DAYS_SHOWN]), len(days) > DAYS_SHOWN


def look_up_saved(
    item: SavedAppointment, client: Callable[[], ZmsClient | None], cancel: Cancel | None = None
) -> Appointment | None:
    """One of "Meine Termine" as the office has it now (off the GUI thread); None when this computer has
    no access data for it. The list then shows the office's state. ``client()`` gives the appointment
    client (None where this mode has no appointment server)."""
    pair = secrets.booking_secret(item.ref)
    if pair is None:
        return None
    zms = client()
    if zms is None:  # e.g. booked while practising; the city itself has no server
        raise Unavailable("no appointment server in this mode")
    appt = zms.appointment(pair[0], pair[1], cancel=cancel)
    if appt.state != item.state:
        secrets.update_saved_state(item.ref, appt.state)  # the list shows what the office says
    return appt


def cancel_saved(
    appt: Appointment, item: SavedAppointment, zms: ZmsClient, cancel: Cancel | None = None
) -> Appointment:
    """Cancel at the office, then forget the access data; if the keyring cannot, the list says "abgesagt"."""
    done = zms.cancel_appointment(appt, cancel=cancel)
    try:  # keyring and list: off the GUI thread too
        secrets.forget_appointment(item.ref)
    except PortalError:
        secrets.update_saved_state(item.ref, AppointmentState.CANCELLED)
    return done


def error_reason(err: PortalError) -> str:
    """The field a refusal is about ("email", …), or ""."""
    return err.reason if isinstance(err, Rejected) else ""
