"""One screen of a guide: one question or one piece of information, in large print.

One StepPage is made once and filled anew for every step (``show_step``): its labels, buttons and
check boxes come from pools and are shown, hidden and re-ordered, never re-created, so a step change
costs no widget creation or style polishing (the benchmark's ≤ 16 ms). It emits what the person did;
the main window moves the run and saves the place. Texts of the guide come in the guide's language;
the few texts of the screen itself (Weiter, Was Sie jetzt tun, …) are translated with tr().
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from assistant.core.errors import ContentError
from assistant.resources import resource
from assistant.ui import words
from assistant.ui.places import STEP_END, Place
from assistant.ui.widgets import (
    BigButton,
    BodyLabel,
    CheckItem,
    HeadingLabel,
    Page,
    Picture,
    SmallLabel,
    TextLabel,
    TitleLabel,
    answer_pager,
)

if TYPE_CHECKING:  # pragma: no cover - types only: YAML is not needed before the first paint
    from assistant.core.city import CityProfile
    from assistant.core.engine import GuideRun
    from assistant.core.guide import Step

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
            with contextlib.suppress(ContentError):
                values[f"{name}_name"] = city.office(value, lang).name
    return values


class StepPage(Page):
    """Signals: ``answered(index)``, ``forward()`` (Weiter), ``unavailable()`` (Weiter on an action's
    fallback), ``home()`` (the end screen's last button)."""

    answered = Signal(int)
    forward = Signal()
    unavailable = Signal()
    home = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep = True  # the window reuses this page; never deleted on a page change
        self.body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.progress = SmallLabel()
        self.title = TitleLabel()
        self.picture: Picture | None = None
        self.picture_alt = BodyLabel()
        self.text_label = BodyLabel()
        self.hint = SmallLabel()
        for w in (self.progress, self.title, self.picture_alt, self.text_label, self.hint):
            self.column.addWidget(w)
        self._picture_slot = self.column.indexOf(self.picture_alt)
        # a picture that would push the text out of view gives way to this button (the person may open it)
        self.picture_button = BigButton("")
        self.picture_button.setObjectName("show-picture")
        self.picture_button.setProperty("fit_optional", True)
        self.picture_button.clicked.connect(self._toggle_picture)
        self.picture_button.hide()
        self.column.insertWidget(self._picture_slot, self.picture_button)
        self._picture_wanted = False  # the person pressed "Bild zeigen" on this step
        self._answers = [self._make_answer(i) for i in range(4)]
        # answers and "Weiter" sit in the footer: never scrolled, always in view; long lists in pages
        self.answer_pager = answer_pager()
        self.footer_column.addWidget(self.answer_pager)
        self.answer_pager.set_buttons(self._answers)  # parented once; shown per step
        self.answer_pager.set_buttons([])
        self.extra = QWidget()  # checklist items and end sections, re-ordered per step
        self.extra_layout = QVBoxLayout(self.extra)
        self.extra_layout.setContentsMargins(0, 0, 0, 0)
        self.extra_layout.setSpacing(self.column.spacing())
        self.column.addWidget(self.extra)
        # an end step's details (hours, background) folded behind one large "Mehr dazu" toggle; it
        # opens closed on every step (nothing is remembered)
        self.more_toggle = BigButton("")
        self.more_toggle.setObjectName("more-toggle")
        self.more_toggle.setCheckable(True)
        self.more_toggle.setProperty("fit_optional", True)  # in the text, reached by "Weiter lesen ↓"
        self.more_toggle.toggled.connect(self._show_more)
        self.more_toggle.hide()
        self.extra_layout.addWidget(self.more_toggle)
        self._more: list[QWidget] = []
        self.next_button_widget = BigButton("", primary=True)
        self.next_button_widget.setObjectName("next")
        self.next_button_widget.clicked.connect(self._next_clicked)
        # the visit's role may offer something here on an end step (the take-home sheet): before "Fertig"
        self.end_place = Place(STEP_END, tab_before=self.next_button_widget)
        self.footer_column.addWidget(self.end_place)
        self.footer_column.addWidget(self.next_button_widget)
        self.essentials = [self.progress, self.title]
        self.finish()
        self._short = False  # see _arrange
        self._checks: list[CheckItem] = []
        self._bodies: list[QWidget] = []
        self._headings: list[QWidget] = []
        self._rules: list[QFrame] = []
        self._on_checked: Callable[[int, bool], None] | None = None
        self._next_signal = self.forward
        self.run: GuideRun | None = None
        self.step: Step | None = None
        self.text: TextLabel | None = None
        self.answer_buttons: list[BigButton] = []
        self.check_items: list[CheckItem] = []
        self.next_button: BigButton | None = None
        self.office_lines: list[str] = []

    def _make_answer(self, i: int) -> BigButton:
        b = BigButton("")
        b.setObjectName(f"answer-{i}")
        b.clicked.connect(lambda _=False, i=i: self.answered.emit(i))
        return b

    def _next_clicked(self) -> None:
        self._next_signal.emit()

    # --- filling --------------------------------------------------------------------------------
    def show_step(
        self,
        run: GuideRun,
        city: CityProfile | None,
        checked: set[int] | None = None,
        on_checked: Callable[[int, bool], None] | None = None,
    ) -> None:
        self.run = run
        self.step = step = run.current
        self.city = city
        self.lang = run.guide.lang
        self._values = fill_values(run, city, self.lang)
        self._on_checked = on_checked
        self.office_lines = []
        # The button just pressed is about to be hidden: let go of the focus first, else Qt hands it
        # to the next button and the bar (each read out) before the window puts it on the new step.
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()
        # widgets shown/hidden inside a hidden parent cost nothing; one show at the end lays out once
        self.inner.hide()
        self.answer_buttons, self.check_items, self.next_button = [], [], None
        self._used = {"body": 0, "heading": 0, "rule": 0}
        while self.extra_layout.count():
            self.extra_layout.takeAt(0)
        self.more_toggle.hide()
        self._more = []
        self.more_toggle.blockSignals(True)
        self.more_toggle.setChecked(False)
        self.more_toggle.blockSignals(False)

        p = run.progress()
        if p.exact:
            self.progress.setText(words.step_n_of_m().format(p.number, p.total))
        else:
            self.progress.setText(words.step_n_of_about_m().format(p.number, p.total))
        self.title.setText(self.fill(step.title))
        self.body.setAccessibleName(self.title.text())
        self._show_picture(step)
        self.text = self.text_label if step.text else None
        self.text_label.setText(self.fill(step.text))
        self.text_label.setVisible(bool(step.text))
        self.hint.hide()
        # what a screen reader says once when the window puts the focus on the step: its title (the
        # name), then its text and where the person is (the description)
        self.body.setAccessibleDescription(
            "\n".join(x for x in (self.text_label.text() if step.text else "", self.progress.text()) if x)
        )

        build = {
            "question": self._question,
            "checklist": lambda: self._checklist(checked or set()),
            "info": self._info,
            "action": self._fallback,
            "end": self._end,
        }[step.type]
        build()
        for b in self._answers[len(self.answer_buttons) :]:
            b.hide()
        self.answer_pager.set_buttons(self.answer_buttons)
        self.answer_pager.setVisible(bool(self.answer_buttons))
        for c in self._checks:
            c.setVisible(c in self.check_items)
        for pool, kind in ((self._bodies, "body"), (self._headings, "heading"), (self._rules, "rule")):
            for w in pool[self._used[kind] :]:
                w.hide()
        self.next_button_widget.setVisible(self.next_button is not None)
        offered = self.end_place.widget() if self.end_place.isVisibleTo(self) else None
        controls = (
            [*self.check_items, *self.answer_buttons]
            + ([offered] if offered is not None else [])
            + ([self.next_button] if self.next_button else [])
        )
        for a, b in itertools.pairwise(controls):
            QWidget.setTabOrder(a, b)
        self.inner.show()
        self.scroll.verticalScrollBar().setValue(0)
        self.fit_to_view()

    # --- fitting: the picture gives way first, long answer lists go into pages -----------------------
    def fit_to_view(self) -> None:
        if not self._fitting and self.height() > 0 and self.answer_buttons:
            self._arrange(self._short_of_room(self._column_width()))
        elif not self.answer_buttons:
            self._arrange(False)
        super().fit_to_view()

    def _short_of_room(self, width: int) -> bool:
        """Would the title, the tallest answer, a page-turning row and a "Weiter lesen ↓" row of their
        own not fit above each other (Arabic's tall lines on the smallest screen at 200 %)? Measured
        from sizes only, never from what is shown now, so the answer never flips."""
        spacing = self.column.spacing()
        top = self.MARGINS[1] + 16 + self.progress.heightForWidth(width) + spacing + self.title.heightForWidth(width)
        row = self.read_on.heightForWidth(width) + self.footer_column.spacing()
        answers = max(b.heightForWidth(width) for b in self.answer_buttons) + self.footer_column.spacing()
        return top + answers + 2 * row + self.MARGINS[3] > self.height()

    def _arrange(self, short: bool) -> None:
        """Short of room, the page keeps the title and the answers in view and gives way elsewhere: the
        line "Schritt 3 von 8" moves below the text (reached by "Weiter lesen ↓", and still part of what a
        screen reader hears first), and "Weiter lesen ↓" shares the row of "Weitere Antworten ↓"."""
        if short == self._short:
            return
        self._short = short
        self.column.removeWidget(self.progress)
        if short:
            self.column.insertWidget(self.column.count() - 1, self.progress)  # before the closing stretch
            self.essentials = [self.title]
            self.footer_column.removeWidget(self.read_on)
            self.read_on_in_row(True)
            self.answer_pager.set_extra(self.read_on)
        else:
            self.column.insertWidget(0, self.progress)
            self.essentials = [self.progress, self.title]
            self.answer_pager.set_extra(None)
            self.read_on_in_row(False)
            self.footer_column.insertWidget(0, self.read_on)

    def read_on_cost(self, width: int) -> int:
        return 0 if self._short else super().read_on_cost(width)

    def fit_footer(self, width: int, room: int) -> None:
        next_h = 0
        if self.next_button is not None:
            next_h = self.next_button_widget.heightForWidth(width) + self.footer_column.spacing()
        if self.answer_buttons:
            self.answer_pager.fit(width, room - next_h)
        self._fit_picture(width)

    def _fit_picture(self, width: int) -> None:
        pic = self.picture
        if pic is None:
            self.picture_button.hide()
            return
        show = self._picture_wanted
        if not show:  # shown unless it would push the text (or the page's end) below the footer
            pic.show()
            self.picture_button.hide()
            self.inner.layout().invalidate()
            lay = self.footer.layout()
            footer_h = (
                lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else lay.totalSizeHint().height()
            )
            show = self.content_height() <= self.height() - footer_h
        pic.setVisible(show)
        self.picture_button.setVisible(not show or self._picture_wanted)
        self.picture_button.setText(self.tr("Bild verbergen") if self._picture_wanted else self.tr("Bild zeigen"))
        self.picture_button.setAccessibleName(
            (self.tr("Bild verbergen: {0}") if self._picture_wanted else self.tr("Bild zeigen: {0}")).format(
                pic.accessibleName()
            )
        )
        self.inner.layout().invalidate()

    def _toggle_picture(self) -> None:
        self._picture_wanted = not self._picture_wanted
        self.fit_to_view()
        if self._picture_wanted and self.picture is not None:
            self.scroll.ensureWidgetVisible(self.picture, 0, 0)

    def _show_picture(self, step: Step) -> None:
        if self.picture is not None:
            self.column.removeWidget(self.picture)
            self.picture.hide()
            self.picture.setParent(None)
            self.picture.deleteLater()
            self.picture = None
        self.picture_alt.hide()
        self._picture_wanted = False
        if not step.image:
            return
        path = image_path(step.image.file)
        pic = Picture(path, self.fill(step.image.alt)) if path else None
        if pic is not None and pic.ok:
            self.picture = pic
            self.column.insertWidget(self.column.indexOf(self.picture_button), pic)
        else:  # the picture is missing: its description still tells what it shows
            if pic is not None:
                pic.setParent(None)
                pic.deleteLater()
            self.picture_alt.setText(self.tr("Bild: {0}").format(self.fill(step.image.alt)))
            self.picture_alt.show()

    def fill(self, text: str) -> str:
        return self.run.fill(text, self._values)

    def _pooled(self, kind: str) -> QWidget:
        pool = {"body": self._bodies, "heading": self._headings, "rule": self._rules}[kind]
        n = self._used[kind]
        if n == len(pool):
            if kind == "rule":
                w = QFrame()
                w.setProperty("role", "section")
                w.setFixedHeight(2)
            else:
                w = HeadingLabel() if kind == "heading" else BodyLabel()
            pool.append(w)
        self._used[kind] = n + 1
        w = pool[n]
        self.extra_layout.addWidget(w)
        w.show()
        return w

    def _add_body(self, text: str) -> None:
        self._pooled("body").setText(text)

    # --- step types ----------------------------------------------------------------------------
    def _question(self) -> None:
        previous = self.run.previous_answer()
        if isinstance(previous, int):
            self.hint.setText(self.tr("Ihre letzte Antwort ist mit einem Haken markiert."))
            self.hint.show()
        for i, answer in enumerate(self.step.answers):
            chosen = previous == i
            b = self._answers[i]
            b.setText((CHOSEN_MARK if chosen else "") + self.fill(answer.text))
            if bool(b.property("chosen")) != chosen:
                b.set_chosen(chosen)
            b.setAccessibleDescription(self.tr("Das hatten Sie zuletzt gewählt.") if chosen else "")
            b.show()
            self.answer_buttons.append(b)

    def _checklist(self, checked: set[int]) -> None:
        for i, item in enumerate(self.step.items):
            if i == len(self._checks):
                c = CheckItem("")
                c.setObjectName(f"item-{i}")
                c.toggled.connect(lambda on, i=i: self._toggled(i, on))
                self._checks.append(c)
            c = self._checks[i]
            c.set_text(self.fill(item))
            c.blockSignals(True)
            c.setChecked(i in checked)
            c.blockSignals(False)
            self.extra_layout.addWidget(c)
            self.check_items.append(c)
        self._set_next(words.next_step(), self.forward)

    def _toggled(self, index: int, on: bool) -> None:
        if self._on_checked is not None:
            self._on_checked(index, on)

    def _info(self) -> None:
        self._set_next(words.next_step(), self.forward)

    def _fallback(self) -> None:
        self._add_body(self.fill(self.step.fallback))
        self._set_next(words.next_step(), self.unavailable)

    def _set_next(self, text: str, signal) -> None:
        self.next_button_widget.setText(text)
        self._next_signal = signal
        self.next_button = self.next_button_widget

    def _section(self, heading: str) -> None:
        self._pooled("rule")
        self._pooled("heading").setText(heading)

    def _end(self) -> None:
        step = self.step
        if step.todo:
            self._section(words.what_to_do_now())
            for n, todo in enumerate(step.todo, 1):
                self._add_body(f"{n}. {self.fill(todo)}")
        key = office_key(step, self.run)
        details: list[str] = []
        if key:
            self._section(self.tr("Wohin"))
            self.office_lines = self._office_lines(key)
            place, details = self.office_lines[:2], self.office_lines[2:]  # name and address here
            for line in place:
                self._add_body(line)
        if step.bring:
            self._section(words.what_to_bring())
            for item in step.bring:
                self._add_body(f"• {self.fill(item)}")
        if step.cost:
            self._section(words.cost())
            self._add_body(self.fill(step.cost))
        if step.more or details or step.corrects:
            # the details (hours, background, what is no longer true) folded behind one "Mehr dazu"
            self._pooled("rule")
            self.extra_layout.addWidget(self.more_toggle)
            self.more_toggle.show()
            lines = [
                *details,
                *([self.fill(step.more)] if step.more else []),
                *(f"• {self.fill(item)}" for item in step.corrects),
            ]  # each says itself whether it once was true
            for line in lines:
                self._add_body(line)
                self._more.append(self._bodies[self._used["body"] - 1])
            self._show_more(False)
        self._set_next(self.tr("Fertig: zur Startseite"), self.home)

    def _show_more(self, shown: bool) -> None:
        """Open or fold the details; the button says which it does next, a screen reader hears the state."""
        for w in self._more:
            w.setVisible(shown)
        self.more_toggle.setText(self.tr("Mehr dazu verbergen ↑") if shown else self.tr("Mehr dazu ↓"))
        self.more_toggle.setAccessibleName(self.tr("Mehr dazu"))
        self.more_toggle.setAccessibleDescription(
            self.tr("Die weiteren Angaben stehen jetzt darunter.") if shown else self.tr("Zeigt weitere Angaben.")
        )
        if self.isVisible():
            self.fit_to_view()
            if shown and self._more:
                self.scroll.ensureWidgetVisible(self._more[0], 0, 40)

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
