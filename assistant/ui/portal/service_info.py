""" "Was brauche ich?": search or pick a task, then read where to go and what to bring.

The search runs on every keystroke without the network (the city's curated task list, forgiving
typos and everyday words). The answer comes from the FIT-Connect Routing API through the worker;
when offline the client gives the last good answer (shown with "Stand: …") or the city profile's
own text, and this page says which one it is — it never pretends to be live.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from assistant.portal.api import Capability, Duration, InfoSource, ServiceInfo, Task, Unavailable
from assistant.portal.catalogue import TaskIndex
from assistant.ui import words
from assistant.ui.announce import announce
from assistant.ui.capabilities import PageContext
from assistant.ui.portal.common import FlowPage, FlowScreen
from assistant.ui.portal.texts import stamp_text
from assistant.ui.widgets import BigButton, BodyLabel, HeadingLabel

RESULT_LIMIT = 6


class ServiceInfoPage(FlowPage):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.page_title())
        self.index = TaskIndex(self.session.config.tasks, self.session.config.synonyms, self.session.config.lang)
        self.query = ""
        self.task: Task | None = None
        self.info: ServiceInfo | None = None
        self._results_said = QTimer(self)  # the results are said once typing pauses, not at every key
        self._results_said.setSingleShot(True)
        self._results_said.setInterval(700)
        self._results_said.timeout.connect(self._say_results)
        self.restart(self.start)

    def page_title(self) -> str:
        return words.what_do_i_need()

    def language_changed(self, lang: str) -> None:
        self.switch_config(lang)
        self.index = TaskIndex(self.session.config.tasks, self.session.config.synonyms, self.session.config.lang)
        if self.task is not None:  # the task shown, by its id, in the new language
            self.task = next((t for t in self.session.config.tasks if t.id == self.task.id), self.task)
        super().language_changed(lang)

    def help_text(self) -> str:
        return self.tr(
            "Schreiben Sie in das Feld, was Sie erledigen möchten. Zum Beispiel: Ausweis verloren. "
            "Tippfehler sind nicht schlimm. Oder wählen Sie eine Aufgabe aus der Liste."
        )

    # --- step 1: search and list -----------------------------------------------------------------
    def start(self, s: FlowScreen) -> None:
        s.title(self.tr("Was möchten Sie erledigen?"))
        self.search = s.line_edit(
            self.tr("Suchen"), self.query, hint=self.tr("Zum Beispiel: Ausweis verloren, Wohnung anmelden")
        )
        # where room is short the example, then the word "Suchen" (the title asks the same), then the
        # list's plain heading give way: the field stays in view with at least one answer below it
        s.gives_way.append(s.label_of(self.search))
        self.search.setClearButtonEnabled(False)
        self.results_heading = BodyLabel("")
        s.column.addWidget(self.results_heading)
        # a fixed set of result buttons, refilled on every keystroke (no widgets built while typing);
        # they and the curated list sit in the footer (in view, in pages), the field above them
        self.result_buttons: list[BigButton] = []
        for i in range(RESULT_LIMIT):
            b = BigButton("")
            b.setObjectName(f"result-{i}")
            b.clicked.connect(lambda _c=False, n=i: self._open_result(n))
            self.result_buttons.append(b)
        self.result_tasks: list[Task] = []
        # the whole curated list (group headings and tasks), built once, shown while the field is empty
        # or nothing fits
        self.full_list: list[QWidget] = []
        group = None
        for task in self.session.config.tasks:
            if task.group and task.group != group:
                group = task.group
                h = HeadingLabel(group)
                h.setAccessibleName(group)
                self.full_list.append(h)
            b = BigButton(task.title)
            b.setObjectName(f"task-{task.id}")
            b.clicked.connect(lambda _c=False, t=task: self.open_task(t))
            self.full_list.append(b)
        self._list_screen = s
        s.keep_all_in_view = True
        s.set_footer(self.full_list)
        # last, where even then the best answer (two lines at 200 %) would not fit below the field: the
        # question itself (the person has read it; the field keeps its name, the window its title)
        self._title_gives_way = s.title_label
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_first)
        self._fill_results()

        def keep() -> None:
            self.query = self.search.text()

        s.on_leave = keep
        self.footer(s)

    def _search_changed(self, text: str) -> None:
        self.query = text
        self._fill_results()
        self._results_said.start()

    def _say_results(self) -> None:
        if self.screen is None or not shiboken6.isValid(self.results_heading) or not self.query.strip():
            return
        n = len(self.result_tasks)
        text = (
            self.tr("%1 gefunden: %2")
            .replace("%1", str(n))
            .replace("%2", ", ".join(t.title for t in self.result_tasks))
            if n
            else self.results_heading.text()
        )
        announce(self.results_heading, text)

    def _fill_results(self) -> None:
        text = self.query.strip()
        matches = [m.task for m in self.index.search(text, RESULT_LIMIT)] if text else []
        if text and matches:
            heading = self.tr("Das haben wir gefunden:")
        elif text and self.index.pointer(text) == "report":
            heading = self.tr(
                "Das klingt nach einem Problem auf der Straße. Das melden Sie auf der Startseite "
                "unter „Problem melden“. Oder wählen Sie aus der Liste."
            )
        elif text:
            fb = self.session.config.fallback(Capability.CATALOGUE)
            heading = (
                self.tr(
                    "Dazu haben wir nichts gefunden. Fragen Sie am Telefon: %1. Oder sehen Sie auf %2 nach. "
                    "Oder wählen Sie aus der Liste."
                )
                .replace("%1", fb.phone or "115")
                .replace("%2", fb.web or self.tr("der Seite Ihrer Stadt"))
            )
        else:
            heading = self.tr("Oder wählen Sie aus der Liste:")
        self.results_heading.setText(heading)
        self.results_heading.setAccessibleName(heading)
        s = self._list_screen
        if shiboken6.isValid(s):  # a plain heading may give way; what was not found never
            plain = not text or bool(matches)
            if plain and self.results_heading not in s.gives_way:
                s.gives_way.append(self.results_heading)
            elif not plain and self.results_heading in s.gives_way:
                s.gives_way.remove(self.results_heading)
                self.results_heading.show()
            title = self._title_gives_way
            if title in s.gives_way:  # always the last to give way
                s.gives_way.remove(title)
            if title is not None:
                s.gives_way.append(title)
        self.result_tasks = matches
        for b, task in zip(self.result_buttons, matches, strict=False):  # more buttons than matches
            b.setText(task.title)
        s = self._list_screen
        if shiboken6.isValid(s):
            ours = set(self.result_buttons) | set(self.full_list)
            others = [w for w in s.footer_items if w not in ours]  # e.g. the practice switch
            s.set_footer([*(self.result_buttons[: len(matches)] if matches else self.full_list), *others])
        if self.screen is not None:
            shown = [t.title for t in matches] or [t.title for t in self.session.config.tasks]
            self.screen.spoken = [self.screen.spoken[0], heading, *shown]

    def _open_result(self, n: int) -> None:
        if n < len(self.result_tasks):
            self.open_task(self.result_tasks[n])

    def _open_first(self) -> None:
        if self.result_tasks:
            self.open_task(self.result_tasks[0])

    # --- step 2: the answer ---------------------------------------------------------------------
    def open_task(self, task: Task) -> None:
        cfg = self.session.config  # the answer shown so far stays until the new one is there ("Zurück" meanwhile)

        def work(cancel):
            return self.session.clients().catalogue.routes(task.leika, cfg.ars or None, cancel=cancel)

        def got(info: ServiceInfo) -> None:
            self.task, self.info = task, info
            if self._step == self.answer:  # "Noch einmal versuchen": the same screen anew, not a second one
                self.replace(self.answer)
            else:
                self.go(self.answer)

        self.run(work, self.tr("Die Angaben werden geholt …"), got)

    def answer(self, s: FlowScreen) -> None:
        task, info = self.task, self.info
        if task is None or info is None:  # nothing to show (never expected): the search instead
            self.start(s)
            return
        s.title(task.title)
        self._source_note(s, info)
        if info.offices:
            s.heading(self.tr("Wohin gehen Sie?") if len(info.offices) == 1 else self.tr("Wohin können Sie gehen?"))
            for office in info.offices:
                lines = [office.name]
                if office.address:
                    lines.append(office.address)
                for phone in office.phones:
                    lines.append(self.tr("Telefon: %1").replace("%1", phone))
                for mail in office.emails:
                    lines.append(self.tr("E-Mail: %1").replace("%1", mail))
                if office.opening_hours:
                    lines.append(self.tr("Öffnungszeiten: %1").replace("%1", office.opening_hours))
                if office.contact_form_url:
                    lines.append(words.on_the_web().replace("%1", office.contact_form_url))
                s.text("\n".join(lines), selectable=True)
        sections = (
            (self.tr("Was bringen Sie mit?"), info.required_documents),
            (self.tr("Was kostet es?"), info.fees),
            (
                self.tr("Wie lange dauert es?"),
                self.duration_text(info.processing_time) if info.processing_time is not None else "",
            ),
            (self.tr("Gibt es eine Frist?"), info.deadline),
            (self.tr("Gut zu wissen"), info.further_information),
        )
        for heading, text in sections:
            if text:
                s.heading(heading)
                s.text(text, selectable=True)
        if info.links:
            s.heading(self.tr("Im Internet"))
            s.text("\n".join(f"{link.title}: {link.url}" for link in info.links), small=True, selectable=True)
        if task.appointment_service and self.session.has(Capability.APPOINTMENTS):
            s.text(self.tr("Einen Termin können Sie auf der Startseite unter „Termin buchen“ vereinbaren."))
        s.rule()
        s.choice(self.tr("Etwas anderes suchen"), lambda: self.restart(self.start), primary=True, key="search-again")
        s.choice(words.to_home(), self.go_home, key="home")
        if info.source is not InfoSource.LIVE and not isinstance(info.problem, Unavailable):
            s.choice(words.try_again(), lambda: self.open_task(task), key="retry")

    def _source_note(self, s: FlowScreen, info: ServiceInfo) -> None:
        fb = self.session.config.fallback(Capability.CATALOGUE)
        if info.source is InfoSource.CACHE and info.fetched_at is not None:
            s.text(self.tr("Stand: %1").replace("%1", stamp_text(info.fetched_at)))
            s.text(self.tr("Gerade gibt es keine Verbindung. Das ist die letzte Antwort, die wir bekommen haben."))
        elif info.source is InfoSource.PROFILE:
            if isinstance(info.problem, Unavailable):
                s.text(
                    self.tr("Das hat die Stadt %1 dazu aufgeschrieben:").replace("%1", self.session.config.city_name)
                )
            else:
                s.text(self.tr("Gerade gibt es keine Verbindung. Hier steht, was die Stadt dazu aufgeschrieben hat."))
            if not info.offices and not info.further_information:
                s.text(self.tr("Dazu haben wir leider keine Angaben."))
            if fb.phone or fb.web:
                s.text(self._fallback_line(fb.phone, fb.web))
        elif info.no_data:
            s.text(self.tr("Der Dienst kennt dafür in Ihrer Stadt keine Angaben."))
            if fb.phone or fb.web:
                s.text(self._fallback_line(fb.phone, fb.web))

    def _fallback_line(self, phone: str, web: str) -> str:
        if phone and web:
            return (
                self.tr("Fragen Sie am Telefon unter %1 oder im Internet auf %2.")
                .replace("%1", phone)
                .replace("%2", web)
            )
        if phone:
            return self.tr("Fragen Sie am Telefon unter %1.").replace("%1", phone)
        return self.tr("Mehr steht im Internet auf %1.").replace("%1", web)

    def duration_text(self, d: Duration) -> str:
        units = {
            "year": (self.tr("Jahr"), self.tr("Jahre")),
            "month": (self.tr("Monat"), self.tr("Monate")),
            "week": (self.tr("Woche"), self.tr("Wochen")),
            "day": (self.tr("Tag"), self.tr("Tage")),
            "workday": (self.tr("Arbeitstag"), self.tr("Arbeitstage")),
            "hour": (self.tr("Stunde"), self.tr("Stunden")),
            "minute": (self.tr("Minute"), self.tr("Minuten")),
            "second": (self.tr("Sekunde"), self.tr("Sekunden")),
        }
        one, many = units.get((d.unit or "day").lower(), units["day"])
        lo, hi = d.minimum, d.maximum
        if not lo and hi:  # "0 bis 1 Tage" reads oddly: "Höchstens 1 Tag."
            return self.tr("Höchstens %1 %2.").replace("%1", str(hi)).replace("%2", one if hi == 1 else many)
        if lo is not None and hi is not None and lo != hi:
            return self.tr("Etwa %1 bis %2 %3.").replace("%1", str(lo)).replace("%2", str(hi)).replace("%3", many)
        n = hi if hi is not None else lo
        if n is None:
            return self.tr("Dazu gibt es keine Angabe.")
        if n == 0:  # not "Etwa 0 Tage."
            return self.tr("Das geht sofort.")
        return self.tr("Etwa %1 %2.").replace("%1", str(n)).replace("%2", one if n == 1 else many)
