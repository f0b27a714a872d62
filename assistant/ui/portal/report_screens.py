"""The screens of "Problem melden" after the questions: where, the description, the (optional)
contact, the check before "Jetzt senden", and the request number, large, after sending. Mixed into
``ReportPage``; what each field accepts is ``ReportFlow``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer

from assistant.portal.api import ReportReceipt
from assistant.ui.announce import announce
from assistant.ui.portal.common import Screen
from assistant.ui.practice import practice_title


if TYPE_CHECKING:
    from assistant.ui.portal.hosts import ReportHost
else:
    ReportHost = object  # the page itself brings the names (hosts.py)


class ReportScreens(ReportHost):
    """Needs the page's ``flow``, ``draft``, ``receipt``, ``session`` and the FlowPage steps."""

    def where(self, s: Screen) -> None:
        self.save("where")
        s.title(self.tr("Wo ist das Problem?"))
        address = s.line_edit(self.tr("Straße und Hausnummer, oder eine Beschreibung des Ortes"), self.draft.address,
                              hint=self.tr("Zum Beispiel: Hauptstraße 5, vor dem Bäcker"), ltr=True)
        s.text(self.tr("Wenn Sie die genaue Lage kennen, können Sie sie hier eintragen. Sonst lassen Sie das leer."),
               small=True)
        lat = s.line_edit(self.tr("Breitengrad (wenn bekannt)"), "" if self.draft.lat is None else str(self.draft.lat),
                          hint=self.tr("Zum Beispiel 51.4818"), ltr=True)
        lon = s.line_edit(self.tr("Längengrad (wenn bekannt)"), "" if self.draft.long is None else str(self.draft.long),
                          hint=self.tr("Zum Beispiel 7.2162"), ltr=True)

        def keep() -> dict[str, str]:
            problems = self.flow.set_place(address.text(), lat.text(), lon.text())
            self.save("where")
            return problems

        s.on_leave = keep

        def next_step() -> None:
            problems = keep()
            fields = {"address": address, "lat": lat, "long": lon}
            words = {
                "bad": self.tr("Das ist keine gültige Angabe. Lassen Sie das Feld leer, wenn Sie unsicher sind."),
                "both": self.tr("Bitte tragen Sie beide Werte ein, oder keinen."),
                "missing": self.tr("Bitte schreiben Sie, wo das Problem ist."),
            }
            for name, w in fields.items():
                s.set_error(w, words[problems[name]] if name in problems else "")
            if "address" in problems:
                address.setFocus()
            if not problems:
                self.go(self.description)

        address.returnPressed.connect(next_step)
        s.choice(self.tr("Weiter"), next_step, primary=True)

    def description(self, s: Screen) -> None:
        self.save("description")
        s.title(self.tr("Beschreiben Sie das Problem"))
        edit = s.text_edit(self.tr("Was ist los?"), self.draft.description,
                           hint=self.tr("Zum Beispiel: Das Loch ist groß. Radfahrer müssen ausweichen."))

        def keep() -> None:
            self.draft.description = edit.toPlainText()
            self.save("description")

        s.on_leave = keep

        def next_step() -> None:
            keep()
            if self.flow.set_description(self.draft.description):
                n, limit = self.flow.description_length()
                s.set_error(edit, self.tr("Der Text ist zu lang: %1 Zeichen. Erlaubt sind %2. Bitte kürzen Sie ihn.")
                            .replace("%1", str(n)).replace("%2", str(limit)))
                edit.setFocus()
                return
            self.go(self.contact)

        s.choice(self.tr("Weiter"), next_step, primary=True)

    def contact(self, s: Screen) -> None:
        self.save("contact")
        s.title(self.tr("Möchte die Stadt Sie erreichen können?"))
        s.text(self.tr("Das ist freiwillig. Sie können alles leer lassen."))
        first = s.line_edit(self.tr("Vorname"), self.draft.first_name)
        last = s.line_edit(self.tr("Nachname"), self.draft.last_name)
        email = s.line_edit(self.tr("E-Mail-Adresse"), self.draft.email,
                            hint=self.tr("Dann bekommen Sie Nachricht, wenn das Problem erledigt ist."), ltr=True)
        phone = s.line_edit(self.tr("Telefonnummer"), self.draft.phone, ltr=True)

        def keep() -> dict[str, str]:
            problems = self.flow.set_contact(first.text(), last.text(), email.text(), phone.text())
            self.save("contact")
            return problems

        s.on_leave = keep

        def next_step() -> None:
            problems = keep()
            s.set_error(email, "")
            if "email" in problems:
                s.set_error(email, self.tr("Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt.")
                            if problems["email"] != "umlaut" else
                            self.tr("Bitte schreiben Sie die E-Mail-Adresse ohne ä, ö, ü oder ß. Oder lassen Sie das Feld leer."))
                email.setFocus()
                return
            self.go(self.check)

        for w in (first, last, email, phone):
            w.returnPressed.connect(next_step)
        s.choice(self.tr("Weiter"), next_step, primary=True)

    def summary_lines(self) -> list[str]:
        words = {"service": self.tr("Thema: %1"), "place": self.tr("Ort: %1"),
                 "description": self.tr("Beschreibung: %1"), "contact": self.tr("Kontakt: %1")}
        lines = []
        for key, value in self.flow.summary(self.questions()):
            if key == "answer":
                lines.append(value)
            elif key == "contact" and not value:
                lines.append(self.tr("Kontakt: keine Angabe"))
            else:
                lines.append(words[key].replace("%1", value))
        return lines

    def check(self, s: Screen) -> None:
        self.save("check")
        s.title(self.tr("Bitte prüfen Sie Ihre Meldung"))
        if self.draft.pending_since:
            s.text(self.tr("Vielleicht ist diese Meldung schon angekommen. Beim Senden prüfen wir das zuerst."))
        for line in self.summary_lines():
            s.text(line)
        s.text(self.tr("Erst wenn Sie auf „Jetzt senden“ drücken, geht die Meldung an die Stadt."))
        s.choice(self.tr("Jetzt senden"), self.send, primary=True, irreversible=True)
        s.choice(self.tr("Etwas ändern"), lambda: self.go_back())

    def done(self, s: Screen) -> None:
        r = self.receipt
        assert r is not None
        if self.session.practice:  # the practice portal: the city never sees it
            s.title(practice_title(self.tr("Ihre Meldung ist angekommen.")))
            s.text(self.tr("Das war nur eine Übung. Die Stadt bekommt diese Meldung nicht."))
        else:
            s.title(self.tr("Ihre Meldung ist angekommen."))
        said = list(s.spoken)  # the title (and, in practice, what is not real)
        if r.request_id:
            s.text(self.tr("Ihre Vorgangsnummer:"))
            spelled = self.tr("Ihre Vorgangsnummer: %1").replace("%1", " ".join(r.request_id))
            s.big_number(r.request_id, spelled)
            said.append(spelled)
            s.text(self.tr("Die Vorgangsnummer ist unter „Meine Meldungen“ gespeichert. Sie können sie auch aufschreiben."))
        else:
            s.text(self.tr("Die Stadt gibt der Meldung bald eine Vorgangsnummer. Sie steht dann unter „Meine Meldungen“."))
            said.append(s.spoken[-1])
        # the result and the number reach a screen reader at once (the focus goes to the first button)
        label = s.title_label
        QTimer.singleShot(0, lambda: shiboken6.isValid(label) and announce(label, " ".join(said)))
        if r.recovered:
            s.text(self.tr("Die Meldung war schon beim ersten Versuch angekommen. Sie wurde nicht doppelt gesendet."))
        if r.notice:
            s.text(r.notice)
        if r.request_id:
            s.choice(self.tr("Zettel zum Mitnehmen"), lambda: self.take_home_sheet(r))
        s.choice(self.tr("Fertig"), self.go_home, primary=True)
        s.choice(self.tr("Meine Meldungen ansehen"), lambda: self.go(self.my_reports))

    def take_home_sheet(self, r: ReportReceipt) -> None:
        """The number on paper: the roles package's take-home sheet (print, or save at home)."""
        try:
            from assistant.core.sheet import sheet_from_report
            from assistant.ui.roles import show_take_home_sheet
        except ImportError:
            from assistant.ui.portal.printing import print_document

            print_document(self, self.tr("Ihre Meldung"), [self.tr("Ihre Vorgangsnummer: %1").replace("%1", r.request_id)])
            return
        sheet = sheet_from_report(service_name=self.sent_service, address=self.sent_address, request_id=r.request_id,
                                  city=self.session.city, lang=self.session.language, practice=self.session.practice)
        self.sheet_dialog = show_take_home_sheet(self, sheet)
