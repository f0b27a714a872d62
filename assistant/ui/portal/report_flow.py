""""Problem melden" and "Meine Meldungen" (Open311 GeoReport v2).

Category (grouped, large buttons) → the questions of that service, one a screen, generated from its
definition (string, number, datetime, text, single and multiple choice; "required" said in words) →
where → description → contact (optional) → check → send → the request number, large. The draft is
saved after every step; the client's ``submit`` looks an unclear earlier attempt up before it sends
again, so a report never arrives twice without the person having decided so.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from assistant.portal import drafts
from assistant.portal.api import (
    Capability, Datatype, Question, ReportReceipt, ReportService, ReportStatus, ServiceDefinition, ServiceGroup,
)
from assistant.portal.flows import report as rf
from assistant.portal.flows.report import ReportFlow
from assistant.ui.announce import announce
from assistant.ui.portal.common import FlowPage, Loader, Screen, details_of, draft_writer
from assistant.ui.portal.texts import stamp_text
from assistant.ui.practice import practice_title
from assistant.ui.widgets import CheckItem

class ReportPage(FlowPage):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.page_title())
        self.groups: list[ServiceGroup] | None = None
        self.definition: ServiceDefinition | None = None
        self.receipt: ReportReceipt | None = None
        self.status: ReportStatus | None = None
        self.status_item: dict[str, str] | None = None
        self._load_draft()
        self.restart(self.start)

    def page_title(self) -> str:
        return self.tr("Problem melden")

    def help_text(self) -> str:
        return self.tr(
            "Hier melden Sie der Stadt ein Problem auf der Straße. Zum Beispiel ein Schlagloch oder eine kaputte "
            "Laterne. Erst auf der letzten Seite wird gesendet."
        ) + " " + self.kept_text()

    # --- draft -------------------------------------------------------------------------------------
    def _load_draft(self) -> None:
        self.load_draft(drafts.ReportDraft, lambda d: not d.request_id)

    @property
    def flow(self) -> ReportFlow:
        """The Qt-free model of this flow, over the current draft (assistant/portal/flows/report.py)."""
        return ReportFlow(self.draft)

    def has_progress(self) -> bool:
        return self.flow.has_progress()

    def on_mode_changed(self) -> None:
        self.groups = None
        self.definition = None
        self._load_draft()
        self.restart(self.start)

    # --- first screen ----------------------------------------------------------------------------
    def start(self, s: Screen) -> None:
        if not self.session.has(Capability.REPORTS):
            self.fallback_screen(s, Capability.REPORTS, self.tr("Problem melden"),
                                 self.tr("In %1 kann dieses Programm leider keine Probleme melden."))
            return
        self.first_screen(
            s, title=self.tr("Problem melden"),
            broken=self.tr("Eine angefangene Meldung konnte nicht gelesen werden. Bitte fangen Sie neu an."),
            started=self.tr("Sie hatten schon angefangen, ein Problem zu melden."),
            details=[self.draft.service_name],
            pending=self.tr("Vielleicht ist die Meldung schon angekommen. Wir prüfen das zuerst."),
            in_progress=self.has_progress(), is_pending=self.flow.in_flight(), resume=self.resume,
            new_text=self.tr("Ein neues Problem melden"), new=self.new_report,
            mine_text=self.tr("Meine Meldungen ansehen"), mine=self.my_reports,
        )

    def new_report(self) -> None:
        self.discard_draft()
        self.draft = drafts.ReportDraft()
        self.definition = None
        self.load_then(self.groups_loader(), self.choose_category)

    def resume(self) -> None:
        """Continue a saved report at its step. The topics and the service's questions are loaded
        first, so the questions (and "Zurück" through them) look as they did."""
        step = self.step_id()
        if not self.draft.service_code:
            self.load_then(self.groups_loader(), self.choose_category)
            return

        def show() -> None:
            n = len(self.questions())
            by_name = {"start": self.start, "category": self.choose_category, "where": self.where,
                       "description": self.description, "contact": self.contact, "check": self.check}
            by_name.update({f"q{i}": (lambda sc, i=i: self.question(sc, i)) for i in range(n)})
            names = self.flow.step_names(n)
            target = names.index(self.flow.resume_step(step, n))
            self._history = [by_name[x] for x in names[:target]]
            self._render(by_name[names[target]])

        def with_groups() -> None:
            service = rf.find_service(self.groups, self.draft.service_code)
            if service is not None and service.has_questions and self.definition is None:
                code = service.code
                self.run(lambda cancel: self.session.clients().reports.definition(code, cancel=cancel),
                         self.tr("Die Fragen werden geladen …"), lambda d: (setattr(self, "definition", d), show()))
            else:
                show()

        self.definition = None
        self.run(lambda cancel: self.session.clients().reports.services(cancel=cancel),
                 self.tr("Die Themen werden geladen …"), lambda g: (setattr(self, "groups", g), with_groups()))

    # --- category --------------------------------------------------------------------------------
    def groups_loader(self) -> Loader:
        return Loader(
            have=lambda: self.groups is not None,
            work=lambda cancel: self.session.clients().reports.services(cancel=cancel),
            label=self.tr("Die Themen werden geladen …"),
            store=lambda g: setattr(self, "groups", g),
        )

    def choose_category(self, s: Screen) -> None:
        if not self.need(s, self.groups_loader()):
            return
        self.save("category")
        s.title(self.tr("Worum geht es?"))
        for group in self.groups:
            if group.name:
                s.heading(group.name)
            for service in group.services:
                s.choice(service.name, lambda sv=service, g=group.name: self.pick_service(sv, g),
                         subtitle=service.description or None, chosen=service.code == self.draft.service_code)

    def pick_service(self, service: ReportService, group: str) -> None:
        self.flow.pick_service(service, group)
        self.definition = None
        if not service.has_questions:
            self.definition = ServiceDefinition(service.code, ())
            self.go(self.where)
            return

        def work(cancel):
            return self.session.clients().reports.definition(service.code, cancel=cancel)

        def got(definition: ServiceDefinition) -> None:
            self.definition = definition
            self.first_question()

        self.run(work, self.tr("Die Fragen werden geladen …"), got)

    # --- questions -------------------------------------------------------------------------------
    def questions(self) -> list[Question]:
        return rf.questions(self.definition)

    def notes(self) -> list[str]:
        return rf.notes(self.definition)

    def _go_step(self, step: str) -> None:
        """Go to the model's step: notes | q<i> | where."""
        if step == "notes":
            self.go(self.notes_screen)
        elif step.startswith("q"):
            self.go(lambda s, i=int(step[1:]): self.question(s, i))
        else:
            self.go(self.where)

    def first_question(self) -> None:
        self._go_step(rf.first_step(self.definition))

    def notes_screen(self, s: Screen) -> None:
        s.title(self.tr("Bitte lesen Sie das zuerst"))
        for note in self.notes():
            s.text(note)
        s.choice(self.tr("Weiter"), lambda: self._go_step(rf.step_after_question(-1, len(self.questions()))), primary=True)

    def next_question(self, index: int) -> None:
        self._go_step(rf.step_after_question(index, len(self.questions())))

    def question(self, s: Screen, index: int) -> None:
        qs = self.questions()
        q = qs[index]
        self.save(f"q{index}")
        s.text(self.tr("Frage %1 von %2").replace("%1", str(index + 1)).replace("%2", str(len(qs))), small=True)
        s.title(q.description or q.code)
        if q.datatype_description:
            s.text(q.datatype_description)
        s.text(self.tr("Diese Frage müssen Sie beantworten.") if q.required else
               self.tr("Diese Frage können Sie auch überspringen."))
        current = self.draft.answers.get(q.code)
        if q.datatype is Datatype.SINGLE:
            for c in q.choices:
                s.choice(c.name, lambda key=c.key: self._answer(index, key), chosen=current == c.key)
            if not q.required:
                s.choice(self.tr("Überspringen"), lambda: self._answer(index, None))
            return
        if q.datatype is Datatype.MULTI:
            chosen = set(current or [])
            boxes = []
            for c in q.choices:
                box = CheckItem(c.name)
                box.setChecked(c.key in chosen)
                s.column.addWidget(box)
                boxes.append((c.key, box))
                if s.first_focus is None:
                    s.first_focus = box
            error = s.text("")
            error.setProperty("role", "error")
            error.hide()

            def keep_multi() -> str:
                why = self.flow.choose(q, [k for k, b in boxes if b.isChecked()])
                self.save(f"q{index}")
                return why

            s.on_leave = keep_multi

            def next_multi() -> None:
                if keep_multi():
                    msg = self.tr("Bitte wählen Sie mindestens eine Antwort.")
                    error.setText(msg)
                    error.setAccessibleName(msg)
                    error.show()
                    announce(error, msg)
                    return
                self.next_question(index)

            s.choice(self.tr("Weiter"), next_multi, primary=True)
            return
        # string, number, datetime, text: a labelled input
        label = self.tr("Ihre Antwort")
        value = self.flow.shown_answer(q)
        if q.datatype is Datatype.DATETIME:
            edit = s.line_edit(label, value, hint=self.tr("Tag und Uhrzeit, zum Beispiel 24.12.2026 14:30"))
        elif q.datatype is Datatype.NUMBER:
            edit = s.line_edit(label, value, hint=self.tr("Eine Zahl, zum Beispiel 3"))
        elif q.datatype is Datatype.TEXT:
            edit = s.text_edit(label, value)
        else:
            edit = s.line_edit(label, value)
        # a screen reader on the field hears the question, not just "Ihre Antwort" (every field has that)
        edit.setAccessibleName(self.tr("Ihre Antwort auf: %1").replace("%1", q.description or q.code))

        def text_of() -> str:
            return (edit.toPlainText() if hasattr(edit, "toPlainText") else edit.text()).strip()

        def keep() -> None:
            self.draft.answers[q.code] = text_of()
            self.save(f"q{index}")

        s.on_leave = keep

        def next_step() -> None:
            keep()
            t = text_of()
            s.set_error(edit, "")

            why = self.flow.answer(q, t)
            if why:
                s.set_error(edit, {
                    "required": self.tr("Bitte beantworten Sie diese Frage. Ohne Antwort geht es nicht weiter."),
                    "number": self.tr("Bitte schreiben Sie nur eine Zahl. Zum Beispiel: 3"),
                    "datetime": self.tr("Bitte schreiben Sie Tag und Uhrzeit so: 24.12.2026 14:30"),
                }[why])
                edit.setFocus()
                return
            self.save(f"q{index}")
            self.next_question(index)

        if hasattr(edit, "returnPressed"):
            edit.returnPressed.connect(next_step)
        if q.datatype is Datatype.DATETIME:
            s.choice(self.tr("Jetzt eintragen"), lambda: edit.setText(datetime.now().strftime("%d.%m.%Y %H:%M")))
        s.choice(self.tr("Weiter"), next_step, primary=True)

    def _answer(self, index: int, key: str | None) -> None:
        self.flow.choose(self.questions()[index], key)
        self.save(f"q{index}")
        self.next_question(index)

    # --- where -----------------------------------------------------------------------------------
    def where(self, s: Screen) -> None:
        self.save("where")
        s.title(self.tr("Wo ist das Problem?"))
        address = s.line_edit(self.tr("Straße und Hausnummer, oder eine Beschreibung des Ortes"), self.draft.address,
                              hint=self.tr("Zum Beispiel: Hauptstraße 5, vor dem Bäcker"))
        s.text(self.tr("Wenn Sie die genaue Lage kennen, können Sie sie hier eintragen. Sonst lassen Sie das leer."),
               small=True)
        lat = s.line_edit(self.tr("Breitengrad (wenn bekannt)"), "" if self.draft.lat is None else str(self.draft.lat),
                          hint=self.tr("Zum Beispiel 51.4818"))
        lon = s.line_edit(self.tr("Längengrad (wenn bekannt)"), "" if self.draft.long is None else str(self.draft.long),
                          hint=self.tr("Zum Beispiel 7.2162"))

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

    # --- description -----------------------------------------------------------------------------
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
            n = len(drafts.clean_description(self.draft.description))
            if self.flow.set_description(self.draft.description):
                s.set_error(edit, self.tr("Der Text ist zu lang: %1 Zeichen. Erlaubt sind %2. Bitte kürzen Sie ihn.")
                            .replace("%1", str(n)).replace("%2", str(drafts.DESCRIPTION_MAX)))
                edit.setFocus()
                return
            self.go(self.contact)

        s.choice(self.tr("Weiter"), next_step, primary=True)

    # --- contact ---------------------------------------------------------------------------------
    def contact(self, s: Screen) -> None:
        self.save("contact")
        s.title(self.tr("Möchte die Stadt Sie erreichen können?"))
        s.text(self.tr("Das ist freiwillig. Sie können alles leer lassen."))
        first = s.line_edit(self.tr("Vorname"), self.draft.first_name)
        last = s.line_edit(self.tr("Nachname"), self.draft.last_name)
        email = s.line_edit(self.tr("E-Mail-Adresse"), self.draft.email,
                            hint=self.tr("Dann bekommen Sie Nachricht, wenn das Problem erledigt ist."))
        phone = s.line_edit(self.tr("Telefonnummer"), self.draft.phone)

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

    # --- check and send ---------------------------------------------------------------------------
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

    def send(self, force: bool = False) -> None:
        draft = self.draft
        draft.step = f"{self.mode()}:send"

        def work(cancel):
            draft_writer.flush()  # our saves first; the client's saves (pending marker) after them
            return self.session.clients().reports.submit(draft, cancel=cancel, force=force)

        def failed(f) -> None:
            if self.screen is None:
                return
            if rf.after_failure(f.error) == rf.UNCERTAIN:
                self.screen.problem(f.text + " " + self.tr("Ihre Angaben sind gespeichert."), self.send,
                                    self.tr("Noch einmal prüfen und senden"))
                b = self.screen.choice(self.tr("Trotzdem senden (kann doppelt ankommen)"), lambda: self.send(force=True))
                self.screen.column.removeWidget(b)
                self.screen.problem_box.layout().addWidget(b)
                return
            self.screen.problem(f.text + " " + self.tr("Ihre Angaben sind gespeichert."), self.send if f.can_retry else None,
                                details=details_of(f))

        self.run(work, self.tr("Die Meldung wird gesendet …"), self.sent, on_failure=failed, late=self._late_sent)

    def _late_sent(self, receipt: ReportReceipt) -> None:
        """'Abbrechen' was pressed, but the report arrived: it is in "Meine Meldungen" (the client
        kept it); if the page is still there, show the number instead of pretending."""
        draft_writer.discard("report")
        if shiboken6.isValid(self) and self.isVisible():
            self.sent(receipt)

    def sent(self, receipt: ReportReceipt) -> None:
        self.receipt = receipt
        self.sent_service, self.sent_address = self.draft.service_name, self.draft.address
        self.discard_draft()
        self._history.clear()
        self._render(self.done)

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

    # --- Meine Meldungen -------------------------------------------------------------------------
    def my_reports(self, s: Screen) -> None:
        from assistant.portal.reports import saved_reports

        s.title(self.tr("Meine Meldungen"))
        items, problem = saved_reports(self.session.config.city_id, self.mode())
        if problem is not None:
            s.text(self.tr("Die Liste Ihrer Meldungen war beschädigt. Sie wurde beiseitegelegt."))
        if self.session.practice:
            s.text(self.tr("Hier stehen nur Übungsmeldungen. Sie sind nicht wirklich an die Stadt gegangen."))
        if not items:
            s.text(self.tr("Hier sind noch keine Meldungen gespeichert."))
        for item in items:
            number = item.get("request_id") or self.tr("noch ohne Vorgangsnummer")
            when = rf.saved_sent_at(item)
            sent = stamp_text(when) if when is not None else ""
            title = self.tr("Vorgangsnummer %1").replace("%1", number) + (f" – {item.get('service_name')}" if item.get("service_name") else "")
            sub = self.tr("Gesendet am %1").replace("%1", sent) if sent else None
            s.choice(title, lambda it=item: self.open_status(it), subtitle=sub)
        s.choice(self.tr("Zurück"), lambda: self.go_back())

    def open_status(self, item: dict[str, str]) -> None:
        self.status_item = item

        def work(cancel):
            client = self.session.clients().reports
            rid = item.get("request_id") or ""
            if not rid and item.get("token"):
                rid = client.resolve_token(item["token"], cancel=cancel)
            if not rid:
                return None
            return client.status(rid, cancel=cancel)

        def got(status: ReportStatus | None) -> None:
            self.status = status
            self.go(self.status_screen)

        self.run(work, self.tr("Der Stand wird bei der Stadt nachgefragt …"), got)

    def status_screen(self, s: Screen) -> None:
        st, item = self.status, self.status_item or {}
        if st is None:
            s.title(self.tr("Ihre Meldung"))
            s.text(self.tr("Die Stadt hat der Meldung noch keine Vorgangsnummer gegeben. Bitte schauen Sie später wieder."))
            s.choice(self.tr("Zurück"), lambda: self.go_back(), primary=True)
            return
        s.title(self.tr("Meldung mit der Vorgangsnummer %1").replace("%1", st.request_id))
        if st.service_name or item.get("service_name"):
            s.text(st.service_name or item.get("service_name", ""))
        if st.address or item.get("address"):
            s.text(self.tr("Ort: %1").replace("%1", st.address or item.get("address", "")))
        state = {"open": self.tr("Die Stadt bearbeitet die Meldung."),
                 "closed": self.tr("Die Stadt hat die Meldung erledigt.")}.get(rf.status_state(st.status), st.status)
        s.heading(state)
        if st.status_notes:
            s.text(self.tr("Die Stadt schreibt: %1").replace("%1", st.status_notes))
        if st.updated:
            s.text(self.tr("Zuletzt geändert: %1").replace("%1", stamp_text(st.updated)))
        if st.expected and st.status.lower() != "closed":
            s.text(self.tr("Voraussichtlich erledigt: %1").replace("%1", stamp_text(st.expected)))
        s.choice(self.tr("Zurück zu meinen Meldungen"), lambda: self.go_back(), primary=True)
