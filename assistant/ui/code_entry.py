"""Help by phone: the step code on the Help page, and Hilfe → "Code eingeben".

A helper with Lotse on their own computer types the code the person reads out ("P 17"); the window
shows the same step in the helper's language, and a note with the step's tip for helpers. The code
names a step of a guide, nothing about the person (``assistant.core.step_codes``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from assistant.core.errors import UnknownGuideError
from assistant.ui import words
from assistant.ui.widgets import BigButton, BodyLabel, Page, TextLabel, TitleLabel

SCREEN_ID = "code"


class CodePage(Page):
    """'Code eingeben': a field for the code and "Schritt zeigen"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = TitleLabel(words.enter_code())
        self.body.setAccessibleName(self.title.text())
        self.column.addWidget(self.title)
        self.column.addWidget(
            BodyLabel(
                self.tr(
                    "Die Person sieht den Code unter „Hilfe“, zum Beispiel „P 17“. Tippen Sie ihn hier ein. "
                    "Sie sehen dann denselben Schritt in Ihrer Sprache, mit den Tipps für Helfende."
                )
            )
        )
        self.field = QLineEdit()
        self.field.setObjectName("code-field")
        self.field.setAccessibleName(self.tr("Code, zum Beispiel P 17"))
        self.field.setMaxLength(12)
        self.column.addWidget(self.field)
        self.problem = BodyLabel("")
        self.problem.setObjectName("code-problem")
        self.problem.hide()
        self.column.addWidget(self.problem)
        self.show_button = BigButton(self.tr("Schritt zeigen"), primary=True)
        self.show_button.setObjectName("show-code")
        self.show_button.setAccessibleName(self.show_button.text())
        self.column.addWidget(self.show_button)
        self.finish()

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def help_text(self) -> str:
        return self.tr(
            "Ein Code besteht aus einem Buchstaben und einer Zahl. Er sagt nur, welcher Schritt "
            "gemeint ist, nichts über die Person."
        )

    def read_aloud_text(self) -> str:
        return "\n".join(lb.text() for lb in self.body.findChildren(TextLabel) if not lb.isHidden())


def step_code(window: Any) -> str:
    """The code of the guide step on screen ("P 17"), "" elsewhere (home, tiles, help …)."""
    run = window.run
    if run is None or not (window.screen_id.startswith(run.guide.id + "/") or window.screen_id.startswith("action:")):
        return ""
    from assistant.core.step_codes import load_codes

    return load_codes().code(run.guide.id, run.current_id)


def show_code_entry(window: Any) -> CodePage:
    page = CodePage()
    page.show_button.clicked.connect(lambda: open_code(window, page.field.text(), page))
    page.field.returnPressed.connect(lambda: open_code(window, page.field.text(), page))
    window._set_page(page, SCREEN_ID, page.title.text())
    page.field.setFocus()
    return page


def open_code(window: Any, typed: str, page: CodePage | None = None) -> bool:
    """Show the step a code names, in the window's language, with the tip for helpers as a note."""
    from assistant.core.engine import GuideRun
    from assistant.core.step_codes import load_codes

    codes = load_codes()
    found = codes.find(typed)
    guide = None
    if found is not None and window.ctx.library is not None:
        try:
            guide = window.ctx.library.get(found[0], window.ctx.language)
        except UnknownGuideError:
            guide = None
    if found is None or guide is None or found[1] not in guide.steps:
        if page is not None:
            page.say(
                QCoreApplication.translate(
                    "CodePage",
                    "Diesen Code gibt es nicht: „{0}“. Ein Code ist ein Buchstabe und eine Zahl, "
                    "zum Beispiel P 17. Bitte fragen Sie noch einmal nach.",
                ).format(typed.strip())
            )
        return False
    gid, sid = found
    window.run = GuideRun(guide, current_id=sid)
    window.ctx.facts = {}
    window._show_step_page(f"{gid}/{sid}")
    step = guide.steps[sid]
    note = QCoreApplication.translate("CodePage", "Schritt {0}.").format(codes.code(gid, sid))
    if step.helper:
        note += " " + QCoreApplication.translate("CodePage", "Tipp für Helfende: {0}").format(step.helper)
    window.add_notice(note)
    return True
