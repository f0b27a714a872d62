"""The questions of a report's topic, one a screen, made from the service's definition (string,
number, date and time, text, single and multiple choice; "required" said in words), and the notes
to read before them. Mixed into ``ReportPage``; order and checks are ``ReportFlow``'s."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from assistant.portal.api import Datatype, Question
from assistant.portal.flows import report as rf
from assistant.ui import words
from assistant.ui.announce import announce
from assistant.ui.portal.common import FlowScreen
from assistant.ui.widgets import CheckItem

if TYPE_CHECKING:
    from assistant.ui.portal.hosts import ReportHost
else:
    ReportHost = object  # the page itself brings the names (hosts.py)


class ReportQuestions(ReportHost):
    """Needs the page's ``definition``, ``flow``, ``draft`` and the FlowPage steps."""

    def questions(self) -> list[Question]:
        return rf.questions(self.definition)

    def notes(self) -> list[str]:
        return rf.notes(self.definition)

    def _go_step(self, step: str) -> None:
        """Go to the model's step: notes | q<i> | where."""
        if step == "notes":
            self.go(self.notes_screen)
        elif step.startswith("q"):
            self.go(functools.partial(self.question, index=int(step[1:])))
        else:
            self.go(self.where)

    def first_question(self) -> None:
        self._go_step(rf.first_step(self.definition))

    def notes_screen(self, s: FlowScreen) -> None:
        s.title(self.tr("Bitte lesen Sie das zuerst"))
        for note in self.notes():
            s.text(note)
        s.choice(
            words.next_step(),
            lambda: self._go_step(rf.step_after_question(-1, len(self.questions()))),
            primary=True,
            key="next",
        )

    def next_question(self, index: int) -> None:
        self._go_step(rf.step_after_question(index, len(self.questions())))

    def question(self, s: FlowScreen, index: int) -> None:
        qs = self.questions()
        q = qs[index]
        self.save(f"q{index}")
        s.text(self.tr("Frage %1 von %2").replace("%1", str(index + 1)).replace("%2", str(len(qs))), small=True)
        s.title(q.description or q.code)
        if q.datatype_description:
            s.text(q.datatype_description)
        s.text(
            self.tr("Diese Frage müssen Sie beantworten.")
            if q.required
            else self.tr("Diese Frage können Sie auch überspringen.")
        )
        current = self.draft.answers.get(q.code)
        if q.datatype is Datatype.SINGLE:
            for c in q.choices:
                s.choice(c.name, functools.partial(self._answer, index, c.key), chosen=current == c.key)
            if not q.required:
                s.choice(self.tr("Überspringen"), lambda: self._answer(index, None), key="skip")
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

            s.choice(words.next_step(), next_multi, primary=True, key="next")
            return
        # string, number, datetime, text: a labelled input
        label = self.tr("Ihre Antwort")
        value = self.flow.shown_answer(q)
        edit: QLineEdit | QPlainTextEdit
        if q.datatype is Datatype.DATETIME:
            edit = s.line_edit(label, value, hint=self.tr("Tag und Uhrzeit, zum Beispiel 24.12.2026 14:30"), ltr=True)
        elif q.datatype is Datatype.NUMBER:
            edit = s.line_edit(label, value, hint=self.tr("Eine Zahl, zum Beispiel 3"), ltr=True)
        elif q.datatype is Datatype.TEXT:
            edit = s.text_edit(label, value)
        else:
            edit = s.line_edit(label, value)
        # a screen reader on the field hears the question, not just "Ihre Antwort" (every field has that)
        edit.setAccessibleName(self.tr("Ihre Antwort auf: %1").replace("%1", q.description or q.code))

        def text_of() -> str:
            return (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()

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
                s.set_error(
                    edit,
                    {
                        "required": self.tr("Bitte beantworten Sie diese Frage. Ohne Antwort geht es nicht weiter."),
                        "number": self.tr("Bitte schreiben Sie nur eine Zahl. Zum Beispiel: 3"),
                        "datetime": self.tr("Bitte schreiben Sie Tag und Uhrzeit so: 24.12.2026 14:30"),
                    }[why],
                )
                edit.setFocus()
                return
            self.save(f"q{index}")
            self.next_question(index)

        if isinstance(edit, QLineEdit):
            line = edit
            line.returnPressed.connect(next_step)
            if q.datatype is Datatype.DATETIME:
                s.choice(
                    self.tr("Jetzt eintragen"),
                    lambda: line.setText(datetime.now().strftime("%d.%m.%Y %H:%M")),
                    key="now",
                )
        s.choice(words.next_step(), next_step, primary=True, key="next")

    def _answer(self, index: int, key: str | None) -> None:
        self.flow.choose(self.questions()[index], key)
        self.save(f"q{index}")
        self.next_question(index)
