""""Termin buchen" and "Meine Termine".

Office → service → day (a list of the next free days) → time → name and e-mail → check → book →
confirmation (read, print or save as PDF, add to the calendar). The draft is saved after every
step (``drafts.save_draft``); the client's ``book`` saves it during the sending steps too, so after
a crash, a cancel or a failed connection the person continues where they were and nothing is sent
twice. Where the city has no appointment server, the page says where to book instead.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QGridLayout, QWidget

from assistant.portal import drafts, secrets
from assistant.portal.flows.booking import (
    CHOOSE_TIME, FIX_CONTACT, MAY_EXIST, BookingFlow, days_to_show, offices_to_show,
)
from assistant.portal.api import (
    Appointment, AppointmentState, BookingResult, Capability, FreeDay, OfficesAndServices, PortalError,
    SavedAppointment, Unavailable, ZmsOffice,
)
from assistant.ui import theme
from assistant.ui.portal.common import FlowPage, Loader, Screen, details_of, draft_writer
from assistant.ui.portal.printing import print_document, save_pdf
from assistant.ui.practice import practice_title
from assistant.ui.portal.texts import day_text, error_text, time_text, when_text
from assistant.ui.widgets import BigButton


class BookingPage(FlowPage):
    """The tile page (``action=False``) or the guide action ``appointment.book`` (``action=True``)."""

    def __init__(self, context: Any, parent: QWidget | None = None, *, action: bool = False) -> None:
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
        return self.tr("Termin buchen")

    def help_text(self) -> str:
        return self.tr(
            "Hier buchen Sie einen Termin in einem Amt. Sie wählen das Amt, das Anliegen, den Tag und die Uhrzeit. "
            "Erst auf der letzten Seite wird gebucht."
        ) + " " + self.kept_text()

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
    def start(self, s: Screen) -> None:
        if not self.session.has(Capability.APPOINTMENTS):
            saved, _ = _saved(self.mode())
            self.fallback_screen(
                s, Capability.APPOINTMENTS, self.tr("Termin buchen"),
                self.tr("In %1 kann dieses Programm leider keine Termine buchen."),
                (self.tr("Meine Termine ansehen"), self.my_appointments) if saved else None,
            )
            return
        d = self.draft
        self.first_screen(
            s, title=self.tr("Termin buchen"),
            broken=self.tr("Ein angefangener Termin konnte nicht gelesen werden. Bitte fangen Sie neu an."),
            started=self.tr("Sie hatten schon angefangen, einen Termin zu buchen."),
            details=[" – ".join(x for x in (d.service_name, d.office_name) if x)],
            pending=self.tr("Vielleicht ist er schon gebucht. Wir prüfen das zuerst."),
            in_progress=self.has_progress(), is_pending=self.flow.in_flight(), resume=self.resume,
            new_text=self.tr("Einen neuen Termin buchen"), new=self.new_booking,
            mine_text=self.tr("Meine Termine ansehen"), mine=self.my_appointments,
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
        return {"office": self.choose_office, "service": self.choose_service, "day": self.choose_day,
                "time": self.choose_time, "contact": self.contact, "check": self.check}

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
            work=lambda cancel: self.session.clients().appointments.offices_and_services(cancel=cancel),
            label=self.tr("Die Ämter werden geladen …"),
            store=lambda c: setattr(self, "catalog", c),
        )

    def choose_office(self, s: Screen) -> None:
        if not self.need(s, self.catalog_loader()):
            return
        self.save("office")
        s.title(self.tr("In welches Amt möchten Sie gehen?"))
        offices = offices_to_show(self.catalog, self._remembered_office())
        for office in offices:
            chosen = office.id == self.draft.office_id
            s.choice(office.name, lambda o=office: self.pick_office(o), subtitle=office.address or None, chosen=chosen)
        if not offices:
            s.text(self.tr("Gerade bietet kein Amt Termine an. Bitte versuchen Sie es später noch einmal."))

    def _remembered_office(self) -> str:
        """The office a guide remembered (a city office key or a name), as its name; "" if none."""
        fact = (getattr(self.context, "facts", {}) or {}).get("office", "")
        if not fact:
            return ""
        try:
            return self.session.city.office(fact, self.session.language).name
        except Exception:  # noqa: BLE001 - a fact that is no office key
            return fact

    def _in_flight_notice(self) -> None:
        self.notice = self.tr("Für diesen Termin wurde schon gebucht. Solange wir nicht wissen, ob es geklappt hat, "
                              "bleibt er so. Auf der letzten Seite prüfen wir das.")
        self.refresh()

    def pick_office(self, office: ZmsOffice) -> None:
        if office.id != self.draft.office_id:
            self.days = None
        if not self.flow.pick_office(office.id, office.name):
            self._in_flight_notice()
            return
        self.go(self.choose_service)

    # --- service ---------------------------------------------------------------------------------
    def choose_service(self, s: Screen) -> None:
        if not self.need(s, self.catalog_loader()):
            return
        self.save("service")
        s.title(self.tr("Was möchten Sie dort erledigen?"))
        for service in self.catalog.services_at(self.draft.office_id):
            s.choice(service.name, lambda sv=service: self.pick_service(sv.id, sv.name),
                     chosen=service.id == self.draft.service_id)

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
            work=lambda cancel: self.session.clients().appointments.free_days(office, service, count=count, cancel=cancel),
            label=self.tr("Die freien Tage werden gesucht …"),
            store=lambda d: setattr(self, "days", d),
        )

    def choose_day(self, s: Screen, more: bool = False) -> None:
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
            s.choice(self.tr("Ein anderes Amt wählen"), lambda: self.restart_at(self.choose_office))
            return
        s.text(self.tr("Das sind die nächsten Tage mit freien Terminen."))
        shown, later = days_to_show(self.days, more)
        for fd in shown:
            n = len(fd.times)
            sub = self.tr("1 freier Termin") if n == 1 else self.tr("%1 freie Termine").replace("%1", str(n))
            s.choice(day_text(fd.day), lambda d=fd.day: self.pick_day(d), subtitle=sub,
                     chosen=fd.day.isoformat() == self.draft.day)
        if later:
            s.choice(self.tr("Spätere Tage zeigen"), lambda: self._render(lambda sc: self.choose_day(sc, more=True)))

    def pick_day(self, day: date) -> None:
        if not self.flow.pick_day(day.isoformat()):
            self._in_flight_notice()
            return
        self.go(self.choose_time)

    def restart_at(self, step) -> None:
        self._history = [self.start]
        self._render(step)

    # --- time ------------------------------------------------------------------------------------
    def choose_time(self, s: Screen) -> None:
        if not self.need(s, self.days_loader()):
            return
        day = self.flow.free_day(self.days)
        if day is None:
            self.notice = self.tr("An diesem Tag ist nichts mehr frei. Bitte wählen Sie einen anderen Tag.")
            QTimer.singleShot(0, lambda: self.restart_after(self.choose_day))
            s.title(self.tr("Einen Moment bitte"))
            return
        self.save("time")
        s.title(self.tr("Um wie viel Uhr?"))
        s.text(day_text(day.day))
        self._show_notice(s)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        columns = 3 if theme.metrics().zoom < 150 else 2
        for i, t in enumerate(day.times):
            b = BigButton(time_text(t))
            b.label().setAlignment(Qt.AlignmentFlag.AlignCenter)
            b.setAccessibleName(f"{day_text(day.day)}, {time_text(t)}")
            b.set_chosen(t.isoformat() == self.draft.start)
            b.clicked.connect(lambda _c=False, tt=t: self.pick_time(tt))
            grid.addWidget(b, i // columns, i % columns)
            if s.first_focus is None:
                s.first_focus = b
        s.column.addWidget(grid_holder)
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

    def _show_notice(self, s: Screen) -> None:
        if self.notice:
            s.problem(self.notice)
            self.notice = ""

    # --- name and e-mail ------------------------------------------------------------------------
    def _office(self) -> ZmsOffice | None:
        return self.flow.office(self.catalog)

    def contact(self, s: Screen) -> None:
        self.save("contact")
        s.title(self.tr("Auf welchen Namen soll der Termin gehen?"))
        self._show_notice(s)
        name = s.line_edit(self.tr("Ihr Name"), self.draft.family_name, hint=self.tr("Vorname und Nachname"))
        email = s.line_edit(
            self.tr("Ihre E-Mail-Adresse"), self.draft.email,
            hint=self.tr("In der Übung wird keine E-Mail geschickt.") if self.session.practice
            else self.tr("Dorthin schickt das Amt die Bestätigung."),
        )
        office = self._office()
        phone = None
        if office is not None and (office.telephone_activated or office.telephone_required):
            label = self.tr("Ihre Telefonnummer") if office.telephone_required else self.tr("Ihre Telefonnummer (wenn Sie möchten)")
            phone = s.line_edit(label, self.draft.telephone)

        def keep() -> dict[str, str]:
            tel = phone.text() if phone is not None else self.draft.telephone
            problems = self.flow.set_contact(name.text(), email.text(), tel, office)
            self.save("contact")
            return problems

        s.on_leave = keep

        def next_step() -> None:
            problems = keep()
            fields = {"name": name, "email": email, "telephone": phone}
            for key, w in fields.items():
                if w is not None:
                    s.set_error(w, self.field_problem(key, problems.get(key, "")))
            if not any(fields[k] is not None for k in problems):
                self.go(self.check)
                return
            for w in (name, email, phone):
                if w is not None and w.property("errorLabel").isVisible():
                    w.setFocus()
                    break

        for w in (name, email, phone):
            if w is not None:
                w.returnPressed.connect(next_step)
        s.choice(self.tr("Weiter"), next_step, primary=True)

    def field_problem(self, field: str, why: str) -> str:
        """A field's message in words ("" if fine): the same rules the office's server uses."""
        if not why:
            return ""
        if field == "name":
            return self.tr("Bitte schreiben Sie Ihren Namen in das Feld.")
        if field == "email":
            if why == "missing":
                return self.tr("Bitte schreiben Sie Ihre E-Mail-Adresse. Dorthin kommt die Bestätigung.")
            if why == "umlaut":
                return self.tr("Das Amt nimmt keine E-Mail-Adresse mit ä, ö, ü, ß oder anderen besonderen Buchstaben an. "
                               "Bitte nehmen Sie eine andere Adresse. Wenn Sie keine haben, buchen Sie bitte am Telefon (115).")
            if why == "space":
                return self.tr("In einer E-Mail-Adresse steht kein Leerzeichen. Bitte prüfen Sie die Adresse.")
            return self.tr("Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt. "
                           "Zum Beispiel: anna.schmidt@beispiel.de")
        if why == "missing":
            return self.tr("Bitte schreiben Sie Ihre Telefonnummer in das Feld.")
        if why == "letters":
            return self.tr("Bitte schreiben Sie in die Telefonnummer nur Ziffern. Zum Beispiel: 0234 123456")
        return self.tr("Die Telefonnummer hat zu wenige oder zu viele Ziffern. Bitte prüfen Sie sie. "
                       "Zum Beispiel: 0234 123456")

    # --- check and book --------------------------------------------------------------------------
    def check(self, s: Screen) -> None:
        self.save("check")
        s.title(self.tr("Bitte prüfen Sie Ihren Termin"))
        self._show_notice(s)
        if self.flow.in_flight():
            s.text(self.tr("Vielleicht ist dieser Termin schon gebucht. Beim Buchen prüfen wir das zuerst. "
                           "Er wird nicht doppelt gebucht."))
        labels = {"office": self.tr("Amt"), "service": self.tr("Anliegen"), "when": self.tr("Wann"),
                  "name": self.tr("Name"), "email": self.tr("E-Mail"), "telephone": self.tr("Telefon")}
        for key, value in self.flow.summary():
            if key == "when":
                value = when_text(datetime.fromisoformat(value)) if value else ""
            s.text(f"{labels[key]}: {value}")
        s.text(self.tr("Erst wenn Sie auf „Jetzt buchen“ drücken, wird der Termin gebucht."))
        s.choice(self.tr("Jetzt buchen"), self.book, primary=True, irreversible=True)
        s.choice(self.tr("Etwas ändern"), lambda: self.go_back())

    def book(self) -> None:
        draft = self.draft
        draft.step = f"{self.mode()}:book"

        def work(cancel):
            draft_writer.flush()  # our saves first; the client's saves (pending marker) after them
            return self.session.clients().appointments.book(draft, cancel=cancel)

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
                    f.text + " " + self.tr("Ihre Angaben sind gespeichert."), self.book if f.can_retry else None,
                    details=details_of(f),
                )

        self.run(work, self.tr("Der Termin wird gebucht …"), self.booked, on_failure=failed, late=self._late_booked)

    def may_exist(self, s: Screen) -> None:
        """The program was closed while booking, and this computer could not keep the booking's access
        data (no keyring): the booking may exist. Say how to check; book nothing by ourselves."""
        d = self.draft
        s.title(self.tr("Vielleicht haben Sie schon einen Termin."))
        when = when_text(datetime.fromisoformat(d.start)) if d.start else ""
        s.text(" – ".join(x for x in (when, d.office_name) if x))
        s.text(self.tr("Das Programm wurde beim Buchen beendet. Dieser Computer konnte sich den Termin nicht merken. "
                       "Deshalb wissen wir nicht, ob er gebucht ist."))
        s.text(self.tr("So prüfen Sie es: Sehen Sie in Ihren E-Mails nach. Wenn der Termin gebucht ist, hat das Amt "
                       "Ihnen geschrieben. Oder rufen Sie die Behördennummer 115 an."))
        s.text(self.tr("Wir buchen nicht noch einmal, damit Sie nicht zwei Termine haben."))
        s.choice(self.tr("Fertig"), self.go_home, primary=True)
        s.choice(self.tr("Ich habe nachgesehen: Es gibt keinen Termin. Neu wählen"), self.checked_no_booking)

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

    def confirmation(self, s: Screen) -> None:
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
                "Bitte schreiben Sie sich die Vorgangsnummer auf.")
            if not self.session.practice:  # the practice portal sends no e-mail
                text += " " + self.tr("Absagen können Sie über den Link in der E-Mail.")
            s.problem(text)
        elif self.result.saved is not None:
            s.text(self.tr("Sie finden den Termin auch unter „Meine Termine“."))
        self._confirmation_actions(s, a)
        if self.action:
            s.choice(self.tr("Weiter"), lambda: self.finished.emit("booked"), primary=True)
        else:
            s.choice(self.tr("Fertig"), self.go_home, primary=True)

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

    def _confirmation_actions(self, s: Screen, a: Appointment) -> None:
        s.choice(self.tr("Drucken"), lambda: self.print_confirmation(a))
        if not self.may_keep_files():
            s.text(self.no_files_text())
            return
        s.choice(self.tr("Als PDF speichern"), lambda: self.save_as_pdf(a))
        if a.start is not None:
            s.choice(self.tr("Zum Kalender hinzufügen"), lambda: self.save_ics(a))

    def no_files_text(self) -> str:
        return self.tr("Eine Datei speichern geht an diesem Computer nicht. Sie bliebe hier für andere liegen. "
                       "Bitte drucken Sie den Termin aus.")

    def print_confirmation(self, a: Appointment) -> None:
        """The take-home sheet of the roles package where it exists (it knows the counter's rules),
        else our own printout of the confirmation."""
        try:
            from assistant.core.sheet import sheet_from_booking
            from assistant.ui.roles import show_take_home_sheet
        except ImportError:
            print_document(self, self.tr("Ihr Termin"), self.confirmation_lines(a))
            return
        sheet = sheet_from_booking(
            service_name=a.service_name, office_name=a.office_name, start=a.start,
            number=a.process_id, call_number=a.display_number, city=self.session.city, lang=self.session.language,
            office_address=next((o.address for o in (self.catalog.offices if self.catalog else ()) if o.id == a.office_id), ""),
            practice=self.session.practice,
        )
        self.sheet_dialog = show_take_home_sheet(self, sheet)

    def save_as_pdf(self, a: Appointment) -> None:
        if not self.may_keep_files():
            self._say(self.no_files_text())
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Als PDF speichern"), "Termin.pdf", self.tr("PDF-Dateien (*.pdf)"))
        if path:
            ok = save_pdf(path, self.tr("Ihr Termin"), self.confirmation_lines(a))
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

    # --- Meine Termine ---------------------------------------------------------------------------
    def my_appointments(self, s: Screen) -> None:
        s.title(self.tr("Meine Termine"))
        self.saved, problem = _saved(self.mode())
        if problem is not None:
            s.text(self.tr("Die Liste Ihrer Termine war beschädigt. Sie wurde beiseitegelegt."))
        if self.session.practice:
            s.text(self.tr("Hier stehen nur Übungstermine. Sie sind nicht wirklich beim Amt gebucht."))
        if not self.saved:
            s.text(self.tr("Hier sind noch keine Termine gespeichert."))
        for item in self.saved:
            when = when_text(item.start) if item.start else self.tr("ohne Uhrzeit")
            state = self.state_text(item.state)
            s.choice(when, lambda it=item: self.open_saved(it), subtitle=f"{item.office_name} – {state}")
        s.choice(self.tr("Zurück"), lambda: self.go_back())

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
            pair = secrets.booking_secret(item.ref)
            if pair is None:
                return None
            client = self.session.clients().appointments
            if client is None:  # e.g. booked while practising; the city itself has no server
                raise Unavailable("no appointment server in this mode")
            appt = client.appointment(pair[0], pair[1], cancel=cancel)
            if appt.state != item.state:
                secrets.update_saved_state(item.ref, appt.state)  # the list shows what the office says
            return appt

        def got(appt: Appointment | None) -> None:
            self.current_appt = appt
            self.go(self.appointment_detail)

        self.run(work, self.tr("Der Termin wird beim Amt nachgesehen …"), got)

    def appointment_detail(self, s: Screen) -> None:
        item, appt = self.current, self.current_appt
        assert item is not None
        s.title(self.tr("Ihr Termin"))
        if appt is None:
            s.text(self.tr("Die Zugangsdaten für diesen Termin fehlen auf diesem Computer. "
                           "Absagen können Sie über den Link in der E-Mail des Amtes."))
            s.choice(self.tr("Aus der Liste entfernen"), lambda: self.forget(item))
            return
        for line in self.confirmation_lines(appt):
            s.text(line, selectable=True)
        s.text(self.tr("Stand beim Amt: %1").replace("%1", self.state_text(appt.state)))
        if appt.state is AppointmentState.CANCELLED:
            s.choice(self.tr("Aus der Liste entfernen"), lambda: self.forget(item))
        else:
            self._confirmation_actions(s, appt)
            s.choice(self.tr("Termin absagen"), lambda: self.go(self.confirm_cancel))
        s.choice(self.tr("Zurück zu meinen Terminen"), lambda: self.go_back())

    def confirm_cancel(self, s: Screen) -> None:
        appt = self.current_appt
        assert appt is not None
        when = when_text(appt.start) if appt.start else ""
        s.title(self.tr("Möchten Sie den Termin wirklich absagen?"))
        s.text(" – ".join(x for x in (when, appt.office_name) if x))
        s.text(self.tr("Das kann man nicht rückgängig machen. Den Termin bekommt dann jemand anderes."))
        s.choice(self.tr("Nein, Termin behalten"), lambda: self.go_back(), primary=True)
        s.choice(self.tr("Ja, Termin absagen"), self.cancel_it, irreversible=True)

    def cancel_it(self) -> None:
        appt, item = self.current_appt, self.current
        assert appt is not None and item is not None

        def work(cancel):
            done = self.session.clients().appointments.cancel_appointment(appt, cancel=cancel)
            try:  # keyring and list: off the GUI thread too
                secrets.forget_appointment(item.ref)
            except PortalError:
                secrets.update_saved_state(item.ref, AppointmentState.CANCELLED)
            return done

        def done(_a: Appointment) -> None:
            self._history = [self.start]
            self._render(self.cancelled_screen)

        self.run(work, self.tr("Der Termin wird abgesagt …"), done)

    def cancelled_screen(self, s: Screen) -> None:
        s.title(self.tr("Der Termin ist abgesagt."))
        if not self.session.practice:
            s.text(self.tr("Das Amt schickt Ihnen dazu vielleicht noch eine E-Mail."))
        s.choice(self.tr("Meine Termine ansehen"), lambda: self.go(self.my_appointments))
        s.choice(self.tr("Fertig"), self.go_home, primary=True)

    def forget(self, item: SavedAppointment) -> None:
        def done(_r) -> None:
            self._history = [self.start]
            self._render(self.my_appointments)

        self.run(lambda cancel: secrets.forget_appointment(item.ref), self.tr("Der Termin wird entfernt …"), done)


def _saved(mode: str) -> tuple[list[SavedAppointment], Any]:
    """"Meine Termine" of this mode only: practice bookings never mix with real ones."""
    return secrets.saved_appointments(mode)

