"""One screen of a guide: one question or one piece of information, in large print.

Built fresh for every step from the GuideRun (cheap: a dozen widgets). It emits what the person did;
the main window moves the run and saves the place. Texts of the guide come in the guide's language;
the few texts of the screen itself (Weiter, Was Sie jetzt tun, …) are translated with tr().
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QWidget

from assistant.core.city import CityProfile
from assistant.core.engine import GuideRun
from assistant.core.errors import ContentError
from assistant.core.guide import Step
from assistant.resources import resource
from assistant.ui.widgets import BigButton, BodyLabel, CheckItem, HeadingLabel, Page, Picture, SmallLabel, TitleLabel

CHOSEN_MARK = "✓ "


def image_path(file: str) -> str:
    """Pictures named in guides live in resources/images (or next to the guides, or icons)."""
    for folder in ("images", "guides", "icons"):
        p = resource(folder, file)
        if p.is_file():
            return str(p)
    return ""


def office_key(step: Step, run: GuideRun) -> str:
    """The office an end step points to: a key of the city profile, or {office} remembered earlier."""
    return run.fill(step.where).strip() if step.where else ""


def fill_values(run: GuideRun, city: CityProfile | None, lang: str) -> dict[str, str]:
    """Values for {placeholders}: the city's facts, and '<fact>_name' for facts that name an office."""
    if city is None:
        return {}
    values = city.facts(lang)
    offices = set(city.office_keys())
    for name, value in run.facts.items():
        if value in offices:
            try:
                values[f"{name}_name"] = city.office(value, lang).name
            except ContentError:
                pass
    return values


class StepPage(Page):
    """Signals: ``answered(index)``, ``forward()`` (Weiter), ``unavailable()`` (Weiter on an action's
    fallback), ``home()`` (the end screen's last button)."""

    answered = Signal(int)
    forward = Signal()
    unavailable = Signal()
    home = Signal()

    def __init__(
        self,
        run: GuideRun,
        city: CityProfile | None,
        checked: set[int] | None = None,
        on_checked: Callable[[int, bool], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.run = run
        self.step = run.current
        self.city = city
        self.lang = run.guide.lang
        self._values = fill_values(run, city, self.lang)
        self.answer_buttons: list[BigButton] = []
        self.check_items: list[CheckItem] = []
        self.next_button: BigButton | None = None
        self.office_lines: list[str] = []
        step = self.step
        self.body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.body.setAccessibleName(self.fill(step.title))

        p = run.progress()
        if p.exact:
            text = self.tr("Schritt {0} von {1}").format(p.number, p.total)
        else:
            text = self.tr("Schritt {0} von etwa {1}").format(p.number, p.total)
        self.progress = SmallLabel(text)
        self.column.addWidget(self.progress)
        self.title = TitleLabel(self.fill(step.title))
        self.column.addWidget(self.title)
        self.picture: Picture | None = None
        if step.image:
            path = image_path(step.image.file)
            pic = Picture(path, self.fill(step.image.alt)) if path else None
            if pic is not None and pic.ok:
                self.picture = pic
                self.column.addWidget(pic)
            else:  # the picture is missing: its description still tells what it shows
                self.column.addWidget(BodyLabel(self.tr("Bild: {0}").format(self.fill(step.image.alt))))
        self.text = BodyLabel(self.fill(step.text)) if step.text else None
        if self.text is not None:
            self.column.addWidget(self.text)

        build = {
            "question": self._question,
            "checklist": lambda: self._checklist(checked or set(), on_checked),
            "info": self._info,
            "action": self._fallback,
            "end": self._end,
        }[step.type]
        build()
        self.finish()

    def fill(self, text: str) -> str:
        return self.run.fill(text, self._values)

    # --- step types ----------------------------------------------------------------------------
    def _question(self) -> None:
        previous = self.run.previous_answer()
        if isinstance(previous, int):
            self.column.addWidget(SmallLabel(self.tr("Ihre letzte Antwort ist mit einem Haken markiert.")))
        for i, answer in enumerate(self.step.answers):
            chosen = previous == i
            b = BigButton((CHOSEN_MARK if chosen else "") + self.fill(answer.text))
            b.setObjectName(f"answer-{i}")
            if chosen:
                b.set_chosen(True)
                b.setAccessibleDescription(self.tr("Das hatten Sie zuletzt gewählt."))
            b.clicked.connect(lambda _=False, i=i: self.answered.emit(i))
            self.answer_buttons.append(b)
            self.column.addWidget(b)

    def _checklist(self, checked: set[int], on_checked: Callable[[int, bool], None] | None) -> None:
        for i, item in enumerate(self.step.items):
            c = CheckItem(self.fill(item))
            c.setObjectName(f"item-{i}")
            c.setChecked(i in checked)
            if on_checked is not None:
                c.toggled.connect(lambda on, i=i: on_checked(i, on))
            self.check_items.append(c)
            self.column.addWidget(c)
        self._next(self.tr("Weiter"), self.forward)

    def _info(self) -> None:
        self._next(self.tr("Weiter"), self.forward)

    def _fallback(self) -> None:
        self.column.addWidget(BodyLabel(self.fill(self.step.fallback)))
        self._next(self.tr("Weiter"), self.unavailable)

    def _next(self, text: str, signal) -> None:
        b = BigButton(text, primary=True)
        b.setObjectName("next")
        b.clicked.connect(signal.emit)
        self.next_button = b
        self.column.addSpacing(8)
        self.column.addWidget(b)

    def _section(self, heading: str) -> None:
        rule = QFrame()
        rule.setProperty("role", "section")
        rule.setFixedHeight(2)
        self.column.addSpacing(6)
        self.column.addWidget(rule)
        self.column.addWidget(HeadingLabel(heading))

    def _end(self) -> None:
        step = self.step
        if step.todo:
            self._section(self.tr("Was Sie jetzt tun"))
            for n, todo in enumerate(step.todo, 1):
                self.column.addWidget(BodyLabel(f"{n}. {self.fill(todo)}"))
        key = office_key(step, self.run)
        if key:
            self._section(self.tr("Wohin"))
            self.office_lines = self._office_lines(key)
            for line in self.office_lines:
                self.column.addWidget(BodyLabel(line))
        if step.bring:
            self._section(self.tr("Was Sie mitbringen"))
            for item in step.bring:
                self.column.addWidget(BodyLabel(f"• {self.fill(item)}"))
        if step.cost:
            self._section(self.tr("Kosten"))
            self.column.addWidget(BodyLabel(self.fill(step.cost)))
        if step.corrects:
            self._section(self.tr("Vielleicht haben Sie etwas anderes gelesen"))
            for item in step.corrects:
                self.column.addWidget(BodyLabel(self.tr("Das stimmt nicht mehr: {0}").format(self.fill(item))))
        self._next(self.tr("Fertig: zur Startseite"), self.home)

    def _office_lines(self, key: str) -> list[str]:
        if self.city is None:
            return [self.tr("Die Angaben zu den Ämtern fehlen gerade. Fragen Sie unter der Telefonnummer 115.")]
        try:
            office = self.city.office(key, self.lang)
        except ContentError:
            return [self.tr("Das Amt „{0}“ fehlt in den Angaben der Stadt. Fragen Sie unter 115.").format(key)]
        lines = [office.name, office.address, office.hours]
        if office.phone:
            lines.append(self.tr("Telefon: {0}").format(office.phone))
        if office.email:
            lines.append(self.tr("E-Mail: {0}").format(office.email))
        if office.web:
            lines.append(self.tr("Im Internet: {0}").format(office.web))
        lines.append(office.note)
        return [line for line in lines if line]

    # --- what 'Vorlesen' and 'Hilfe' use --------------------------------------------------------
    def read_aloud_text(self) -> str:
        parts = [self.title.text()]
        if self.text is not None:
            parts.append(self.text.text())
        parts += [b.text().removeprefix(CHOSEN_MARK) for b in self.answer_buttons]
        parts += [c.text() for c in self.check_items]
        if self.step.type == "action":
            parts.append(self.fill(self.step.fallback))
        if self.step.type == "end":
            parts += [self.fill(t) for t in self.step.todo] + self.office_lines
            parts += [self.fill(t) for t in self.step.bring]
            if self.step.cost:
                parts.append(self.fill(self.step.cost))
        return "\n".join(p for p in parts if p)

    def help_text(self) -> str:
        return self.fill(self.step.help)

    def first_control(self) -> QWidget | None:
        for w in (self.answer_buttons or self.check_items or [self.next_button]):
            return w
        return None
