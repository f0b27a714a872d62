"""The booking's confirmation: what was booked in large print, and printing it, saving it as a PDF or
as a calendar file (only where files may stay on this computer). Mixed into ``BookingPage``; the
detail screen of "Meine Termine" shows the same lines and buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from assistant.portal.api import Appointment, AppointmentState, PortalError
from assistant.ui import words
from assistant.ui.portal.common import FlowScreen
from assistant.ui.portal.printing import save_pdf
from assistant.ui.portal.texts import when_text
from assistant.ui.practice import practice_title

if TYPE_CHECKING:
    from assistant.ui.portal.hosts import BookingHost
else:
    BookingHost = object  # the page itself brings the names (hosts.py)


class BookingConfirmation(BookingHost):
    """Needs the page's ``result``, ``catalog``, ``session``, ``action`` and the FlowPage steps."""

    def confirmation(self, s: FlowScreen) -> None:
        assert self.result is not None
        a = self.result.appointment
        done = a.state is AppointmentState.CONFIRMED
        if self.session.practice:  # nothing real: no appointment at the office, no e-mail
            s.title(practice_title(self.tr("Ihr Termin ist gebucht.")))
            s.text(self.tr("Das war nur eine Übung. Beim Amt ist nichts gebucht, und es kommt keine E-Mail."))
        else:
            s.title(self.tr("Ihr Termin ist gebucht.") if done else self.tr("Ihr Termin ist vorgemerkt."))
        if not done and not self.session.practice:
            s.text(self.tr("Das Amt schickt Ihnen eine E-Mail. Bitte klicken Sie dort auf den Link zum Bestätigen."))
        for line in self.confirmation_lines(a):
            s.text(line, selectable=True)
        if self.result.secret_error is not None:
            text = self.tr(
                "Dieser Computer kann den Termin nicht sicher speichern. Unter „Meine Termine“ steht er deshalb nicht. "
                "Bitte schreiben Sie sich die Vorgangsnummer auf."
            )
            if not self.session.practice:  # the practice portal sends no e-mail
                text += " " + self.tr("Absagen können Sie über den Link in der E-Mail.")
            s.problem(text)
        elif self.result.saved is not None:
            s.text(self.tr("Sie finden den Termin auch unter „Meine Termine“."))
        self._confirmation_actions(s, a)
        if self.action:
            s.choice(words.next_step(), lambda: self.finished.emit("booked"), primary=True, key="next")
        else:
            s.choice(words.done(), self.go_home, primary=True, key="done")

    def confirmation_lines(self, a: Appointment) -> list[str]:
        lines = []
        if a.start is not None:
            lines.append(self.tr("Wann: %1").replace("%1", when_text(a.start)))
        if a.office_name:
            lines.append(self.tr("Wo: %1").replace("%1", a.office_name))
        if a.service_name:
            lines.append(self.tr("Anliegen: %1").replace("%1", a.service_name))
        lines.append(self.tr("Vorgangsnummer: %1").replace("%1", a.process_id))
        if a.display_number:
            lines.append(self.tr("Aufrufnummer: %1").replace("%1", a.display_number))
        return lines

    def _confirmation_actions(self, s: FlowScreen, a: Appointment) -> None:
        s.choice(words.print_(), lambda: self.print_confirmation(a), key="print")
        if not self.may_keep_files():
            s.text(self.no_files_text())
            return
        s.choice(words.save_as_pdf(), lambda: self.save_as_pdf(a), key="pdf")
        if a.start is not None:
            s.choice(self.tr("Zum Kalender hinzufügen"), lambda: self.save_ics(a), key="calendar")

    def no_files_text(self) -> str:
        return self.tr(
            "Eine Datei speichern geht an diesem Computer nicht. Sie bliebe hier für andere liegen. "
            "Bitte drucken Sie den Termin aus."
        )

    def print_confirmation(self, a: Appointment) -> None:
        """The take-home sheet of the booking, offered as the visit's role allows (``offer_sheet``)."""
        from assistant.core.sheet import sheet_from_booking

        sheet = sheet_from_booking(
            service_name=a.service_name,
            office_name=a.office_name,
            start=a.start,
            number=a.process_id,
            call_number=a.display_number,
            city=self.session.city,
            lang=self.session.language,
            office_address=next(
                (o.address for o in (self.catalog.offices if self.catalog else ()) if o.id == a.office_id), ""
            ),
            practice=self.session.practice,
        )
        self.offer_sheet(sheet, words.your_appointment(), self.confirmation_lines(a))

    def save_as_pdf(self, a: Appointment) -> None:
        if not self.may_keep_files():
            self._say(self.no_files_text())
            return
        path, _ = QFileDialog.getSaveFileName(self, words.save_as_pdf(), "Termin.pdf", self.tr("PDF-Dateien (*.pdf)"))
        if path:
            ok = save_pdf(path, words.your_appointment(), self.confirmation_lines(a))
            self._saved_message(ok, path)

    def save_ics(self, a: Appointment) -> None:
        if not self.may_keep_files():
            self._say(self.no_files_text())
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Zum Kalender hinzufügen"), "Termin.ics", self.tr("Kalender-Dateien (*.ics)")
        )
        if not path:
            return
        from assistant.portal.appointments import appointment_ics

        try:
            data = appointment_ics(a)
            with open(path, "wb") as fh:
                fh.write(data)
            ok = True
        except (OSError, PortalError):
            ok = False
        self._saved_message(ok, path, calendar=True)

    def _saved_message(self, ok: bool, path: str, calendar: bool = False) -> None:
        if ok and calendar:
            self._say(self.tr("Gespeichert: %1. Öffnen Sie die Datei mit Ihrem Kalender.").replace("%1", path))
        elif ok:
            self._say(self.tr("Gespeichert: %1").replace("%1", path))
        else:
            self._say(self.tr("Das Speichern hat nicht geklappt. Bitte wählen Sie einen anderen Ort."))

    def _say(self, text: str) -> None:
        if self.screen is not None:
            self.screen.problem(text)
