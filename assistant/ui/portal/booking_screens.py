"""The screens of "Termin buchen" that ask and check: name, e-mail and telephone with the office's
rules in words, the check before "Jetzt buchen", and what to do when a booking may exist. Mixed into
``BookingPage`` (``assistant/ui/portal/booking.py``); the decisions are ``BookingFlow``'s."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from assistant.portal.api import ZmsOffice
from assistant.ui import words
from assistant.ui.portal.common import FlowScreen
from assistant.ui.portal.texts import when_text

if TYPE_CHECKING:
    from assistant.ui.portal.hosts import BookingHost
else:
    BookingHost = object  # the page itself brings the names (hosts.py)


class BookingScreens(BookingHost):
    """Needs the page's ``flow``, ``draft``, ``catalog``, ``session`` and the FlowPage steps."""

    def _office(self) -> ZmsOffice | None:
        return self.flow.office(self.catalog)

    def contact(self, s: FlowScreen) -> None:
        self.save("contact")
        s.title(self.tr("Auf welchen Namen soll der Termin gehen?"))
        self._show_notice(s)
        name = s.line_edit(self.tr("Ihr Name"), self.draft.family_name, hint=self.tr("Vorname und Nachname"))
        s.gives_way.append(s.label_of(name))  # on a short screen: the title asks the same
        email = s.line_edit(
            self.tr("Ihre E-Mail-Adresse"),
            self.draft.email,
            hint=self.tr("In der Übung wird keine E-Mail geschickt.")
            if self.session.practice
            else self.tr("Dorthin schickt das Amt die Bestätigung."),
            ltr=True,
        )
        office = self._office()
        phone = None
        if office is not None and (office.telephone_activated or office.telephone_required):
            label = (
                self.tr("Ihre Telefonnummer")
                if office.telephone_required
                else self.tr("Ihre Telefonnummer (wenn Sie möchten)")
            )
            phone = s.line_edit(label, self.draft.telephone, ltr=True)

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
        s.choice(words.next_step(), next_step, primary=True, key="next")

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
                return self.tr(
                    "Das Amt nimmt keine E-Mail-Adresse mit ä, ö, ü, ß oder anderen besonderen Buchstaben an. "
                    "Bitte nehmen Sie eine andere Adresse. Wenn Sie keine haben, buchen Sie bitte am Telefon (115)."
                )
            if why == "space":
                return self.tr("In einer E-Mail-Adresse steht kein Leerzeichen. Bitte prüfen Sie die Adresse.")
            return self.tr(
                "Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt. "
                "Zum Beispiel: anna.schmidt@beispiel.de"
            )
        if why == "missing":
            return self.tr("Bitte schreiben Sie Ihre Telefonnummer in das Feld.")
        if why == "letters":
            return self.tr("Bitte schreiben Sie in die Telefonnummer nur Ziffern. Zum Beispiel: 0234 123456")
        return self.tr(
            "Die Telefonnummer hat zu wenige oder zu viele Ziffern. Bitte prüfen Sie sie. Zum Beispiel: 0234 123456"
        )

    def check(self, s: FlowScreen) -> None:
        self.save("check")
        s.title(self.tr("Bitte prüfen Sie Ihren Termin"))
        self._show_notice(s)
        if self.flow.in_flight():
            s.text(
                self.tr(
                    "Vielleicht ist dieser Termin schon gebucht. Beim Buchen prüfen wir das zuerst. "
                    "Er wird nicht doppelt gebucht."
                )
            )
        labels = {
            "office": self.tr("Amt"),
            "service": self.tr("Anliegen"),
            "when": self.tr("Wann"),
            "name": self.tr("Name"),
            "email": words.email(),
            "telephone": words.phone(),
        }
        for key, value in self.flow.summary():
            if key == "when":
                value = when_text(datetime.fromisoformat(value)) if value else ""
            s.text(f"{labels[key]}: {value}")
        s.text(self.tr("Erst wenn Sie auf „Jetzt buchen“ drücken, wird der Termin gebucht."))
        s.choice(self.tr("Jetzt buchen"), self.book, primary=True, irreversible=True, key="book")
        s.choice(words.change_something(), lambda: self.go_back(), key="change")

    def may_exist(self, s: FlowScreen) -> None:
        """The program was closed while booking, and this computer could not keep the booking's access
        data (no keyring): the booking may exist. Say how to check; book nothing by ourselves."""
        d = self.draft
        s.title(self.tr("Vielleicht haben Sie schon einen Termin."))
        when = when_text(datetime.fromisoformat(d.start)) if d.start else ""
        s.text(" – ".join(x for x in (when, d.office_name) if x))
        s.text(
            self.tr(
                "Das Programm wurde beim Buchen beendet. Dieser Computer konnte sich den Termin nicht merken. "
                "Deshalb wissen wir nicht, ob er gebucht ist."
            )
        )
        s.text(
            self.tr(
                "So prüfen Sie es: Sehen Sie in Ihren E-Mails nach. Wenn der Termin gebucht ist, hat das Amt "
                "Ihnen geschrieben. Oder rufen Sie die Behördennummer 115 an."
            )
        )
        s.text(self.tr("Wir buchen nicht noch einmal, damit Sie nicht zwei Termine haben."))
        s.choice(words.done(), self.go_home, primary=True, key="done")
        s.choice(
            self.tr("Ich habe nachgesehen: Es gibt keinen Termin. Neu wählen"),
            self.checked_no_booking,
            key="checked-none",
        )
