""" "Termin buchen" and "Meine Termine".

Office → service → day (a list of the next free days) → time → name and e-mail → check → book →
confirmation (read, print or save as PDF, add to the calendar). The draft is saved after every
step (``drafts.save_draft``); the client's ``book`` saves it during the sending steps too, so after
a crash, a cancel or a failed connection the person continues where they were and nothing is sent
twice. Where the city has no appointment server, the page says where to book instead.

This file holds the page and its choosing steps; the contact form, the check and "may exist" are in
``booking_screens.py``, the confirmation in ``booking_confirmation.py``, "Meine Termine" in
``my_appointments.py``. What is decided (steps, resume, checks, what follows a failure) is
``assistant.portal.flows.booking``'s.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from assistant.portal import drafts
from assistant.portal.api import (
    Appointment,
    BookingResult,
    Capability,
    FreeDay,
    OfficesAndServices,
    SavedAppointment,
    ZmsOffice,
)
from assistant.portal.flows.booking import (
    CHOOSE_TIME,
    FIX_CONTACT,
    MAY_EXIST,
    BookingFlow,
    days_to_show,
    offices_to_show,
)
from assistant.ui import theme, words
from assistant.ui.capabilities import PageContext
from assistant.ui.portal.booking_confirmation import BookingConfirmation
from assistant.ui.portal.booking_screens import BookingScreens
from assistant.ui.portal.common import FlowPage, FlowScreen, Loader, details_of, draft_writer
from assistant.ui.portal.my_appointments import MyAppointments, saved_appointments
from assistant.ui.portal.texts import day_text, error_text, time_text, when_text
from assistant.ui.widgets import BigButton


class BookingPage(BookingScreens, BookingConfirmation, MyAppointments, FlowPage):
    """The tile page (``action=False``) or the guide action ``appointment.book`` (``action=True``)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None, *, action: bool = False) -> None:
        super().__init__(context, parent)
        self.action = action
        self.setWindowTitle(self.page_title())
        self.draft = drafts.BookingDraft()
        self.catalog: OfficesAndServices | None = None
        self.days: list[FreeDay] | None = None
        self.result: BookingResult | None = None
        self.saved: list[SavedAppointment] = []
        self.current: SavedAppointment | None = None
        self.current_appt: Appointment | None = None
        self.notice = ""  # a message to show on the next screen (e.g. a time was taken)
        self._load_draft()
        self.restart(self.start)
        if action and self.session.has(Capability.APPOINTMENTS) and not self.has_progress():
            # from a guide: straight to the offices (the remembered one first)
            QTimer.singleShot(0, self.new_booking)

    def page_title(self) -> str:
        return words.book_appointment()

    def help_text(self) -> str:
        return (
            self.tr(
                "Hier buchen Sie einen Termin in einem Amt. Sie wählen das Amt, das Anliegen, den Tag und die Uhrzeit. "
                "Erst auf der letzten Seite wird gebucht."
            )
            + " "
            + self.kept_text()
        )

    # --- draft ---------------------------------------------------------------------------------
    def _load_draft(self) -> None:
        self.load_draft(drafts.BookingDraft)

    @property
    def flow(self) -> BookingFlow:
        """The Qt-free model of this flow, over the current draft (assistant/portal/flows/booking.py)."""
        return BookingFlow(self.draft)

    def has_progress(self) -> bool:
        return self.flow.has_progress()

    def on_mode_changed(self) -> None:
        self.catalog = None
        self.days = None
        self._load_draft()
        self.restart(self.start)

    # --- first screen ---------------------------------------------------------------------------
    def start(self, s: FlowScreen) -> None:
        if not self.session.has(Capability.APPOINTMENTS):
            saved, _ = saved_appointments(self.mode())
            self.fallback_screen(
                s,
                Capability.APPOINTMENTS,
                words.book_appointment(),
                self.tr("In %1 kann dieses Programm leider keine Termine buchen."),
                (words.see_my_appointments(), self.my_appointments) if saved else None,
                "my-appointments",
            )
            return
        d = self.draft
        self.first_screen(
            s,
            title=words.book_appointment(),
            broken=self.tr("Ein angefangener Termin konnte nicht gelesen werden. Bitte fangen Sie neu an."),
            started=self.tr("Sie hatten schon angefangen, einen Termin zu buchen."),
            details=[" – ".join(x for x in (d.service_name, d.office_name) if x)],
            pending=self.tr("Vielleicht ist er schon gebucht. Wir prüfen das zuerst."),
            in_progress=self.has_progress(),
            is_pending=self.flow.in_flight(),
            resume=self.resume,
            new_text=self.tr("Einen neuen Termin buchen"),
            new=self.new_booking,
            mine_text=words.see_my_appointments(),
            mine=self.my_appointments,
            new_key="new-booking",
            mine_key="my-appointments",
        )

    def new_booking(self) -> None:
        if self.flow.in_flight():
            # a booking may exist: it is looked up first, never replaced by a second one
            self.notice = self.tr("Zuerst prüfen wir den angefangenen Termin. So wird nichts doppelt gebucht.")
            self.resume()
            return
        self.discard_draft()
        self.draft = drafts.BookingDraft()
        self.days = None
        self.load_then(self.catalog_loader(), self.choose_office)

    def resume(self) -> None:
        """Continue a saved draft at the step the model names, with the steps before it behind 'Zurück'."""
        self.jump_to(self.flow.resume_step(self.step_id()))

    def _steps(self) -> dict[str, Any]:
        return {
            "office": self.choose_office,
            "service": self.choose_service,
            "day": self.choose_day,
            "time": self.choose_time,
            "contact": self.contact,
            "check": self.check,
        }

    def _history_before(self, step: str) -> list[Any]:
        steps = self._steps()
        return [self.start] + [steps[n] for n in self.flow.steps_before(step)]

    def jump_to(self, step: str) -> None:
        """Show the model's step ``step`` with the steps before it behind 'Zurück'."""
        self._history = self._history_before(step)
        self._render(self._steps()[step])

    # --- office ----------------------------------------------------------------------------------
    def catalog_loader(self) -> Loader:
        return Loader(
            have=lambda: self.catalog is not None,
            work=lambda cancel: self.session.clients().appointments_client().offices_and_services(cancel=cancel),
            label=self.tr("Die Ämter werden geladen …"),
            store=lambda c: setattr(self, "catalog", c),
        )

    def choose_office(self, s: FlowScreen) -> None:
        catalog = self.catalog if self.need(s, self.catalog_loader()) else None
        if catalog is None:  # being loaded: the loader shows this screen again when it is there
            return
        self.save("office")
        s.title(self.tr("In welches Amt möchten Sie gehen?"))
        offices = offices_to_show(catalog, self._remembered_office())
        for office in offices:
            chosen = office.id == self.draft.office_id
            s.choice(
                office.name,
                functools.partial(self.pick_office, office),
                subtitle=office.address or None,
                chosen=chosen,
            )
        if not offices:
            s.text(self.tr("Gerade bietet kein Amt Termine an. Bitte versuchen Sie es später noch einmal."))

    def _remembered_office(self) -> str:
        """The office a guide remembered (a city office key or a name), as its name; "" if none."""
        fact = (self.context.facts or {}).get("office", "")
        if not fact:
            return ""
        try:
            return self.session.city.office(fact, self.session.language).name
        except Exception:  # noqa: BLE001 - a fact that is no office key
            return fact

    def _in_flight_notice(self) -> None:
        self.notice = self.tr(
            "Für diesen Termin wurde schon gebucht. Solange wir nicht wissen, ob es geklappt hat, "
            "bleibt er so. Auf der letzten Seite prüfen wir das."
        )
        self.refresh()

    def pick_office(self, office: ZmsOffice) -> None:
        if office.id != self.draft.office_id:
            self.days = None
        if not self.flow.pick_office(office.id, office.name):
            self._in_flight_notice()
            return
        self.go(self.choose_service)

    # --- service ---------------------------------------------------------------------------------
    def choose_service(self, s: FlowScreen) -> None:
        catalog = self.catalog if self.need(s, self.catalog_loader()) else None
        if catalog is None:  # being loaded: the loader shows this screen again when it is there
            return
        self.save("service")
        s.title(self.tr("Was möchten Sie dort erledigen?"))
        for service in catalog.services_at(self.draft.office_id):
            s.choice(
                service.name,
                functools.partial(self.pick_service, service.id, service.name),
                chosen=service.id == self.draft.service_id,
            )

    def pick_service(self, service_id: str, name: str) -> None:
        if service_id != self.draft.service_id:
            self.days = None
        if not self.flow.pick_service(service_id, name):
            self._in_flight_notice()
            return
        self.load_then(self.days_loader(), self.choose_day)

    # --- day -------------------------------------------------------------------------------------
    def days_loader(self) -> Loader:
        office, service, count = self.draft.office_id, self.draft.service_id, self.draft.count or 1
        return Loader(
            have=lambda: self.days is not None,
            work=lambda cancel: (
                self.session.clients().appointments_client().free_days(office, service, count=count, cancel=cancel)
            ),
            label=self.tr("Die freien Tage werden gesucht …"),
            store=lambda d: setattr(self, "days", d),
        )

    def choose_day(self, s: FlowScreen, more: bool = False) -> None:
        if not self.need(s, self.days_loader()):
            return
        self.save("day")
        s.title(self.tr("An welchem Tag möchten Sie kommen?"))
        self._show_notice(s)
        if not self.days:
            s.text(self.tr("In den nächsten 30 Tagen ist leider kein Termin frei."))
            fb = self.session.config.fallback(Capability.APPOINTMENTS)
            if fb.phone:
                s.text(self.tr("Fragen Sie am Telefon nach: %1").replace("%1", fb.phone))
            s.choice(self.tr("Ein anderes Amt wählen"), lambda: self.restart_at(self.choose_office), key="other-office")
            return
        s.text(self.tr("Das sind die nächsten Tage mit freien Terminen."))
        shown, later = days_to_show(self.days, more)
        for fd in shown:
            n = len(fd.times)
            sub = self.tr("1 freier Termin") if n == 1 else self.tr("%1 freie Termine").replace("%1", str(n))
            s.choice(
                day_text(fd.day),
                functools.partial(self.pick_day, fd.day),
                subtitle=sub,
                chosen=fd.day.isoformat() == self.draft.day,
            )
        if later:
            s.choice(
                self.tr("Spätere Tage zeigen"),
                lambda: self._render(lambda sc: self.choose_day(sc, more=True)),
                key="later-days",
            )

    def pick_day(self, day: date) -> None:
        if not self.flow.pick_day(day.isoformat()):
            self._in_flight_notice()
            return
        self.go(self.choose_time)

    def restart_at(self, step) -> None:
        self._history = [self.start]
        self._render(step)

    # --- time ------------------------------------------------------------------------------------
    def choose_time(self, s: FlowScreen) -> None:
        if not self.need(s, self.days_loader()):
            return
        day = self.flow.free_day(self.days)
        if day is None:
            self.notice = self.tr("An diesem Tag ist nichts mehr frei. Bitte wählen Sie einen anderen Tag.")
            QTimer.singleShot(0, lambda: self.restart_after(self.choose_day))
            s.title(words.one_moment())
            return
        self.save("time")
        s.title(self.tr("Um wie viel Uhr?"))
        s.text(day_text(day.day))
        self._show_notice(s)
        s.pager.columns = 3 if theme.metrics().zoom < 150 else 2  # the times side by side, in view
        for t in day.times:
            b = BigButton(time_text(t))
            b.label().setAlignment(Qt.AlignmentFlag.AlignCenter)
            b.setAccessibleName(f"{day_text(day.day)}, {time_text(t)}")
            b.set_chosen(t.isoformat() == self.draft.start)
            b.clicked.connect(lambda _c=False, tt=t: self.pick_time(tt))
            s.add_to_footer(b)
            if s.first_focus is None:
                s.first_focus = b
        s.spoken.append(", ".join(time_text(t) for t in day.times))

    def restart_after(self, step) -> None:
        """Show ``step`` in place of the current screen, keeping the history before it."""
        if self._history and self._history[-1] == step:
            self._history.pop()
        self._render(step)

    def pick_time(self, t: datetime) -> None:
        if not self.flow.pick_time(t.isoformat()):
            self._in_flight_notice()
            return
        self.go(self.contact)

    def _show_notice(self, s: FlowScreen) -> None:
        if self.notice:
            s.problem(self.notice)
            self.notice = ""

    # --- check and book --------------------------------------------------------------------------
    def book(self) -> None:
        draft = self.draft
        draft.step = f"{self.mode()}:book"

        def work(cancel):
            draft_writer.flush()  # our saves first; the client's saves (pending marker) after them
            return self.session.clients().appointments_client().book(draft, cancel=cancel)

        def failed(f) -> None:
            err = f.error
            then = BookingFlow(draft).after_failure(err)
            if then == CHOOSE_TIME:
                text, _ = error_text(err)
                self.notice = text
                self.days = None
                self.save("time")
                self.jump_to("day")
                return
            if then == MAY_EXIST:
                self.save("check")
                self._history = [self.start]
                self._render(self.may_exist)
                return
            if then == FIX_CONTACT:
                self.notice = f.text
                self.jump_to("contact")
                return
            # everything typed is kept in the draft; the next try looks up before it sends
            if self.screen is not None:
                self.screen.problem(
                    f.text + " " + words.details_saved(),
                    self.book if f.can_retry else None,
                    details=details_of(f),
                )

        self.run(work, self.tr("Der Termin wird gebucht …"), self.booked, on_failure=failed, late=self._late_booked)

    def checked_no_booking(self) -> None:
        self.flow.checked_no_booking()
        self.days = None
        self.save("day")
        self._history = self._history_before("day")
        self.load_then(self.days_loader(), self.choose_day)

    def _late_booked(self, result: BookingResult) -> None:
        """'Abbrechen' was pressed, but the booking went through: it is in "Meine Termine"; if the
        page is still there, say so instead of pretending nothing happened."""
        draft_writer.discard("booking")
        if shiboken6.isValid(self) and self.isVisible():
            self.booked(result)

    def booked(self, result: BookingResult) -> None:
        self.result = result
        self.discard_draft()
        self.draft = drafts.BookingDraft()
        if self.action:
            self.context.facts["appointment"] = when_text(result.appointment.start) if result.appointment.start else ""
        self._history.clear()
        self._render(self.confirmation)
