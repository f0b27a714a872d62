"""The screens of "Problem melden" after the questions: where, the description, the (optional)
contact, the check before "Jetzt senden", and the request number, large, after sending. Mixed into
``ReportPage``; what each field accepts is ``ReportFlow``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer

from assistant.portal.api import ReportReceipt
from assistant.ui import words
from assistant.ui.announce import announce
from assistant.ui.portal.common import FlowScreen
from assistant.ui.practice import practice_title

if TYPE_CHECKING:
    from assistant.ui.portal.hosts import ReportHost
else:
    ReportHost = object  # the page itself brings the names (hosts.py)


class ReportScreens(ReportHost):
    """Needs the page's ``flow``, ``draft``, ``receipt``, ``session`` and the FlowPage steps."""

    def where(self, s: FlowScreen) -> None:
        """The place as people give it; coordinates only where the city's server needs them, from
        the city's own list of places (``ReportFlow.set_place``), never typed by the person."""
        self.save("where")
        s.title(self.tr("Wo ist das Problem?"))
        address = s.line_edit(
            self.tr("Straße und Hausnummer, oder ein bekannter Ort in der Nähe"),
            self.draft.address,
            hint=self.tr("Zum Beispiel: Hauptstraße 5, vor dem Bäcker"),
            ltr=True,
        )

        def keep() -> dict[str, str]:
            problems = self.flow.set_place(address.text())
            self.save("where")
            return problems

        s.on_leave = keep

        def next_step() -> None:
            problems = keep()
            messages = {
                "missing": words.where_is_the_problem(),
                "unknown": self.tr(
                    "Diesen Ort finden wir im Straßenverzeichnis der Stadt nicht. Bitte schreiben "
                    "Sie eine Straße mit Hausnummer oder einen bekannten Ort in der Nähe, zum "
                    "Beispiel „Rathaus“."
                ),
            }
            s.set_error(address, messages.get(problems.get("address", ""), ""))
            if problems:
                address.setFocus()
            else:
                self.go(self.description)

        address.returnPressed.connect(next_step)
        s.choice(words.next_step(), next_step, primary=True, key="next")

    def description(self, s: FlowScreen) -> None:
        self.save("description")
        s.title(self.tr("Beschreiben Sie das Problem"))
        edit = s.text_edit(
            self.tr("Was ist los?"),
            self.draft.description,
            hint=self.tr("Zum Beispiel: Das Loch ist groß. Radfahrer müssen ausweichen."),
        )
        s.gives_way.append(s.label_of(edit))  # on a short screen: the title asks the same

        def keep() -> None:
            self.draft.description = edit.toPlainText()
            self.save("description")

        s.on_leave = keep

        def next_step() -> None:
            keep()
            if self.flow.set_description(self.draft.description):
                n, limit = self.flow.description_length()
                s.set_error(
                    edit,
                    self.tr("Der Text ist zu lang: %1 Zeichen. Erlaubt sind %2. Bitte kürzen Sie ihn.")
                    .replace("%1", str(n))
                    .replace("%2", str(limit)),
                )
                edit.setFocus()
                return
            self.go(self.contact)

        s.choice(words.next_step(), next_step, primary=True, key="next")

    def contact(self, s: FlowScreen) -> None:
        self.save("contact")
        s.title(self.tr("Möchte die Stadt Sie erreichen können?"))
        optional = s.text(self.tr("Das ist freiwillig. Sie können alles leer lassen."))
        first = s.line_edit(self.tr("Vorname"), self.draft.first_name)
        # on a short screen the sentence gives way (the field keeps it as its description, "Vorlesen" reads it)
        s.gives_way.insert(0, optional)
        first.setAccessibleDescription(optional.text())
        last = s.line_edit(self.tr("Nachname"), self.draft.last_name)
        email = s.line_edit(
            self.tr("E-Mail-Adresse"),
            self.draft.email,
            hint=self.tr("Dann bekommen Sie Nachricht, wenn das Problem erledigt ist."),
            ltr=True,
        )
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
                s.set_error(
                    email,
                    self.tr("Die E-Mail-Adresse sieht nicht vollständig aus. Sie braucht ein @ und einen Punkt.")
                    if problems["email"] != "umlaut"
                    else self.tr(
                        "Bitte schreiben Sie die E-Mail-Adresse ohne ä, ö, ü oder ß. Oder lassen Sie das Feld leer."
                    ),
                )
                email.setFocus()
                return
            self.go(self.check)

        for w in (first, last, email, phone):
            w.returnPressed.connect(next_step)
        s.choice(words.next_step(), next_step, primary=True, key="next")

    def summary_lines(self) -> list[str]:
        labels = {
            "service": self.tr("Thema: %1"),
            "place": words.place(),
            "description": self.tr("Beschreibung: %1"),
            "contact": self.tr("Kontakt: %1"),
        }
        lines = []
        for key, value in self.flow.summary(self.questions()):
            if key == "answer":
                lines.append(value)
            elif key == "contact" and not value:
                lines.append(self.tr("Kontakt: keine Angabe"))
            else:
                lines.append(labels[key].replace("%1", value))
        return lines

    def check(self, s: FlowScreen) -> None:
        self.save("check")
        s.title(self.tr("Bitte prüfen Sie Ihre Meldung"))
        if self.draft.pending_since:
            s.text(self.tr("Vielleicht ist diese Meldung schon angekommen. Beim Senden prüfen wir das zuerst."))
        for line in self.summary_lines():
            s.text(line)
        s.text(self.tr("Erst wenn Sie auf „Jetzt senden“ drücken, geht die Meldung an die Stadt."))
        s.choice(self.tr("Jetzt senden"), self.send, primary=True, irreversible=True, key="send")
        s.choice(words.change_something(), lambda: self.go_back(), key="change")

    def done(self, s: FlowScreen) -> None:
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
            s.text(
                self.tr("Die Vorgangsnummer ist unter „Meine Meldungen“ gespeichert. Sie können sie auch aufschreiben.")
            )
        else:
            s.text(
                self.tr("Die Stadt gibt der Meldung bald eine Vorgangsnummer. Sie steht dann unter „Meine Meldungen“.")
            )
            said.append(s.spoken[-1])
        # the result and the number reach a screen reader at once (the focus goes to the first button)
        label = s.title_label

        def say_all() -> None:
            if label is not None and shiboken6.isValid(label):
                announce(label, " ".join(said))

        QTimer.singleShot(0, say_all)
        if r.recovered:
            s.text(self.tr("Die Meldung war schon beim ersten Versuch angekommen. Sie wurde nicht doppelt gesendet."))
        if r.notice:
            s.text(r.notice)
        if r.request_id:
            s.choice(self.tr("Zettel zum Mitnehmen"), lambda: self.take_home_sheet(r), key="sheet")
        s.choice(words.done(), self.go_home, primary=True, key="done")
        s.choice(words.see_my_reports(), lambda: self.go(self.my_reports), key="my-reports")

    def take_home_sheet(self, r: ReportReceipt) -> None:
        """The number on paper: the report's take-home sheet, offered as the visit's role allows."""
        from assistant.core.sheet import sheet_from_report

        sheet = sheet_from_report(
            service_name=self.sent_service,
            address=self.sent_address,
            request_id=r.request_id,
            city=self.session.city,
            lang=self.session.language,
            practice=self.session.practice,
        )
        lines = [self.tr("Ihre Vorgangsnummer: %1").replace("%1", r.request_id)]
        self.offer_sheet(sheet, words.your_report(), lines)
