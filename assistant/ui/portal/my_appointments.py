""" "Meine Termine": the appointments booked on this computer (this mode's only), each looked up at the
office, and cancelling one after a plain "Ja, Termin absagen". Mixed into ``BookingPage``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from assistant.portal import secrets
from assistant.portal.api import Appointment, AppointmentState, SavedAppointment
from assistant.portal.flows.booking import cancel_saved, look_up_saved
from assistant.ui import words
from assistant.ui.portal.common import FlowScreen
from assistant.ui.portal.texts import when_text


def saved_appointments(mode: str) -> tuple[list[SavedAppointment], Any]:
    """ "Meine Termine" of this mode only: practice bookings never mix with real ones."""
    return secrets.saved_appointments(mode)


if TYPE_CHECKING:
    from assistant.ui.portal.hosts import BookingHost
else:
    BookingHost = object  # the page itself brings the names (hosts.py)


class MyAppointments(BookingHost):
    """Needs the page's ``session``, ``current``/``current_appt``, ``saved`` and the FlowPage steps."""

    def my_appointments(self, s: FlowScreen) -> None:
        s.title(self.tr("Meine Termine"))
        self.saved, problem = saved_appointments(self.mode())
        if problem is not None:
            s.text(self.tr("Die Liste Ihrer Termine war beschädigt. Sie wurde beiseitegelegt."))
        if self.session.practice:
            s.text(self.tr("Hier stehen nur Übungstermine. Sie sind nicht wirklich beim Amt gebucht."))
        if not self.saved:
            s.text(self.tr("Hier sind noch keine Termine gespeichert."))
        for item in self.saved:
            when = when_text(item.start) if item.start else self.tr("ohne Uhrzeit")
            state = self.state_text(item.state)
            s.choice(when, functools.partial(self.open_saved, item), subtitle=f"{item.office_name} – {state}")
        s.choice(words.back(), lambda: self.go_back(), key="back")

    def state_text(self, state: AppointmentState) -> str:
        return {
            AppointmentState.RESERVED: self.tr("vorgemerkt"),
            AppointmentState.PRECONFIRMED: self.tr("noch nicht bestätigt"),
            AppointmentState.CONFIRMED: self.tr("gebucht"),
            AppointmentState.CANCELLED: self.tr("abgesagt"),
        }.get(state, self.tr("beim Amt in Bearbeitung"))

    def open_saved(self, item: SavedAppointment) -> None:
        self.current = item
        self.current_appt = None

        def work(cancel):
            return look_up_saved(item, lambda: self.session.clients().appointments, cancel=cancel)

        def got(appt: Appointment | None) -> None:
            self.current_appt = appt
            self.go(self.appointment_detail)

        self.run(work, self.tr("Der Termin wird beim Amt nachgesehen …"), got)

    def appointment_detail(self, s: FlowScreen) -> None:
        item, appt = self.current, self.current_appt
        assert item is not None
        s.title(words.your_appointment())
        if appt is None:
            s.text(
                self.tr(
                    "Die Zugangsdaten für diesen Termin fehlen auf diesem Computer. "
                    "Absagen können Sie über den Link in der E-Mail des Amtes."
                )
            )
            s.choice(self.tr("Aus der Liste entfernen"), lambda: self.forget(item), key="remove")
            return
        for line in self.confirmation_lines(appt):
            s.text(line, selectable=True)
        s.text(self.tr("Stand beim Amt: %1").replace("%1", self.state_text(appt.state)))
        if appt.state is AppointmentState.CANCELLED:
            s.choice(self.tr("Aus der Liste entfernen"), lambda: self.forget(item), key="remove")
        else:
            self._confirmation_actions(s, appt)
            s.choice(self.tr("Termin absagen"), lambda: self.go(self.confirm_cancel), key="cancel-appointment")
        s.choice(self.tr("Zurück zu meinen Terminen"), lambda: self.go_back(), key="back-to-appointments")

    def confirm_cancel(self, s: FlowScreen) -> None:
        appt = self.current_appt
        assert appt is not None
        when = when_text(appt.start) if appt.start else ""
        s.title(self.tr("Möchten Sie den Termin wirklich absagen?"))
        s.text(" – ".join(x for x in (when, appt.office_name) if x))
        s.text(self.tr("Das kann man nicht rückgängig machen. Den Termin bekommt dann jemand anderes."))
        s.choice(self.tr("Nein, Termin behalten"), lambda: self.go_back(), primary=True, key="keep-appointment")
        s.choice(self.tr("Ja, Termin absagen"), self.cancel_it, irreversible=True, key="confirm-cancel")

    def cancel_it(self) -> None:
        appt, item = self.current_appt, self.current
        assert appt is not None and item is not None

        def work(cancel):
            return cancel_saved(appt, item, self.session.clients().appointments_client(), cancel=cancel)

        def done(_a: Appointment) -> None:
            self._history = [self.start]
            self._render(self.cancelled_screen)

        self.run(work, self.tr("Der Termin wird abgesagt …"), done)

    def cancelled_screen(self, s: FlowScreen) -> None:
        s.title(self.tr("Der Termin ist abgesagt."))
        if not self.session.practice:
            s.text(self.tr("Das Amt schickt Ihnen dazu vielleicht noch eine E-Mail."))
        s.choice(words.see_my_appointments(), lambda: self.go(self.my_appointments), key="my-appointments")
        s.choice(words.done(), self.go_home, primary=True, key="done")

    def forget(self, item: SavedAppointment) -> None:
        def done(_r) -> None:
            self._history = [self.start]
            self._render(self.my_appointments)

        self.run(lambda cancel: secrets.forget_appointment(item.ref), self.tr("Der Termin wird entfernt …"), done)
