""" "Problem melden" and "Meine Meldungen" (Open311 GeoReport v2).

Category (grouped, large buttons) → the questions of that service, one a screen, generated from its
definition (string, number, datetime, text, single and multiple choice; "required" said in words) →
where → description → contact (optional) → check → send → the request number, large. The draft is
saved after every step; the client's ``submit`` looks an unclear earlier attempt up before it sends
again, so a report never arrives twice without the person having decided so.

This file holds the page, its topics and the sending; the questions are in ``report_questions.py``,
place, description, contact, check and the request number in ``report_screens.py``, "Meine
Meldungen" in ``my_reports.py``. What is decided is ``assistant.portal.flows.report``'s.
"""

from __future__ import annotations

import functools

import shiboken6
from PySide6.QtWidgets import QWidget

from assistant.portal import drafts
from assistant.portal.api import (
    Capability,
    ReportReceipt,
    ReportService,
    ReportStatus,
    ServiceDefinition,
    ServiceGroup,
)
from assistant.portal.flows import report as rf
from assistant.portal.flows.report import ReportFlow
from assistant.ui import words
from assistant.ui.capabilities import PageContext
from assistant.ui.portal.common import FlowPage, FlowScreen, Loader, details_of, draft_writer
from assistant.ui.portal.my_reports import MyReports
from assistant.ui.portal.report_questions import ReportQuestions
from assistant.ui.portal.report_screens import ReportScreens


class ReportPage(ReportQuestions, ReportScreens, MyReports, FlowPage):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
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
        return words.report_problem()

    def help_text(self) -> str:
        return (
            self.tr(
                "Hier melden Sie der Stadt ein Problem auf der Straße. Zum Beispiel ein Schlagloch oder eine kaputte "
                "Laterne. Erst auf der letzten Seite wird gesendet."
            )
            + " "
            + self.kept_text()
        )

    # --- draft -------------------------------------------------------------------------------------
    def _load_draft(self) -> None:
        self.load_draft(drafts.ReportDraft, lambda d: not d.request_id)

    @property
    def flow(self) -> ReportFlow:
        """The Qt-free model of this flow, over the current draft (assistant/portal/flows/report.py)."""
        cfg = self.session.config
        return ReportFlow(self.draft, location=cfg.report_location(), places=cfg.places)

    def has_progress(self) -> bool:
        return self.flow.has_progress()

    def on_mode_changed(self) -> None:
        self.groups = None
        self.definition = None
        self._load_draft()
        self.restart(self.start)

    # --- first screen ----------------------------------------------------------------------------
    def start(self, s: FlowScreen) -> None:
        if not self.session.has(Capability.REPORTS):
            self.fallback_screen(
                s,
                Capability.REPORTS,
                words.report_problem(),
                self.tr("In %1 kann dieses Programm leider keine Probleme melden."),
            )
            return
        self.first_screen(
            s,
            title=words.report_problem(),
            broken=self.tr("Eine angefangene Meldung konnte nicht gelesen werden. Bitte fangen Sie neu an."),
            started=self.tr("Sie hatten schon angefangen, ein Problem zu melden."),
            details=[self.draft.service_name],
            pending=self.tr("Vielleicht ist die Meldung schon angekommen. Wir prüfen das zuerst."),
            in_progress=self.has_progress(),
            is_pending=self.flow.in_flight(),
            resume=self.resume,
            new_text=self.tr("Ein neues Problem melden"),
            new=self.new_report,
            mine_text=words.see_my_reports(),
            mine=self.my_reports,
            new_key="new-report",
            mine_key="my-reports",
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
            by_name = {
                "start": self.start,
                "category": self.choose_category,
                "where": self.where,
                "description": self.description,
                "contact": self.contact,
                "check": self.check,
            }
            by_name.update({f"q{i}": functools.partial(self.question, index=i) for i in range(n)})
            names = self.flow.step_names(n)
            target = names.index(self.flow.resume_step(step, n))
            self._history = [by_name[x] for x in names[:target]]
            self._render(by_name[names[target]])

        def with_groups() -> None:
            service = rf.find_service(self.groups, self.draft.service_code)
            if service is not None and service.has_questions and self.definition is None:
                code = service.code

                def got_definition(definition: ServiceDefinition) -> None:
                    self.definition = definition
                    show()

                self.run(
                    lambda cancel: self.session.clients().reports_client().definition(code, cancel=cancel),
                    self.tr("Die Fragen werden geladen …"),
                    got_definition,
                )
            else:
                show()

        def got_groups(groups: list[ServiceGroup]) -> None:
            self.groups = groups
            with_groups()

        self.definition = None
        self.run(
            lambda cancel: self.session.clients().reports_client().services(cancel=cancel),
            self.tr("Die Themen werden geladen …"),
            got_groups,
        )

    # --- category --------------------------------------------------------------------------------
    def groups_loader(self) -> Loader:
        return Loader(
            have=lambda: self.groups is not None,
            work=lambda cancel: self.session.clients().reports_client().services(cancel=cancel),
            label=self.tr("Die Themen werden geladen …"),
            store=lambda g: setattr(self, "groups", g),
        )

    def choose_category(self, s: FlowScreen) -> None:
        groups = self.groups if self.need(s, self.groups_loader()) else None
        if groups is None:  # being loaded: the loader shows this screen again when it is there
            return
        self.save("category")
        s.title(self.tr("Worum geht es?"))
        for group in groups:
            if group.name:
                s.heading(group.name)
            for service in group.services:
                s.choice(
                    service.name,
                    functools.partial(self.pick_service, service, group.name),
                    subtitle=service.description or None,
                    chosen=service.code == self.draft.service_code,
                )

    def pick_service(self, service: ReportService, group: str) -> None:
        self.flow.pick_service(service, group)
        self.definition = None
        if not service.has_questions:
            self.definition = ServiceDefinition(service.code, ())
            self.go(self.where)
            return

        def work(cancel):
            return self.session.clients().reports_client().definition(service.code, cancel=cancel)

        def got(definition: ServiceDefinition) -> None:
            self.definition = definition
            self.first_question()

        self.run(work, self.tr("Die Fragen werden geladen …"), got)

    # --- send ------------------------------------------------------------------------------------
    def send(self, force: bool = False) -> None:
        draft = self.draft
        draft.step = f"{self.mode()}:send"

        def work(cancel):
            draft_writer.flush()  # our saves first; the client's saves (pending marker) after them
            return self.session.clients().reports_client().submit(draft, cancel=cancel, force=force)

        def failed(f) -> None:
            if self.screen is None:
                return
            if rf.after_failure(f.error) == rf.UNCERTAIN:
                self.screen.problem(
                    f.text + " " + words.details_saved(), self.send, self.tr("Noch einmal prüfen und senden")
                )
                b = self.screen.choice(
                    self.tr("Trotzdem senden (kann doppelt ankommen)"), lambda: self.send(force=True), key="send-anyway"
                )
                self.screen.column.removeWidget(b)
                self.screen.add_to_problem(b)
                return
            self.screen.problem(
                f.text + " " + words.details_saved(), self.send if f.can_retry else None, details=details_of(f)
            )

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
