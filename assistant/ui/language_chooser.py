"""'Sprache': the large language chooser. Each language is shown in its own script and words
(never a flag), as a big button with an accessible name in that language; the heading names the
chooser in every language of the list, so a person who cannot read the current one still finds it.

It opens over the page the person is on (like Help): choosing a language closes it and the same
page comes back in the new language — in a guide the same step. The list is ``core.languages``.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from assistant.core import languages
from assistant.ui import words
from assistant.ui.widgets import BigButton, BodyLabel, Page, TitleLabel


class LanguagePage(Page):
    """Signals ``chosen(code)``; ``close_button`` returns without a change."""

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        all_langs = languages.all_languages()
        self.title = TitleLabel(" · ".join(dict.fromkeys(x.word or x.name for x in all_langs)))
        self.title.setObjectName("language-title")
        self.body.setAccessibleName(words.choose_language())
        self.column.addWidget(self.title)
        self.text = BodyLabel(self.tr("Wählen Sie Ihre Sprache. Sie können sie jederzeit wieder ändern."))
        self.column.addWidget(self.text)
        self.buttons: dict[str, BigButton] = {}
        for lang in all_langs:
            b = BigButton(lang.name, subtitle=lang.choose or lang.name, primary=lang.code == current)
            b.setObjectName(f"language-{lang.code}")
            direction = QtCore.Qt.LayoutDirection.RightToLeft if lang.rtl else QtCore.Qt.LayoutDirection.LeftToRight
            b.setLayoutDirection(direction)  # each name reads in its own direction, whatever the window's
            b.setAccessibleName(f"{lang.name}. {lang.choose}" if lang.choose else lang.name)
            b.setAccessibleDescription(lang.english)
            b.clicked.connect(lambda _=False, code=lang.code: self.chosen.emit(code))
            self.buttons[lang.code] = b
            self.column.addWidget(b)
        self.close_button = BigButton(self.tr("Sprache nicht ändern"))
        self.close_button.setObjectName("language-keep")
        self.close_button.setAccessibleName(self.close_button.text())
        self.column.addWidget(self.close_button)
        self.finish()

    def read_aloud_text(self) -> str:
        return "\n".join([self.text.text(), *(b.text() for b in self.buttons.values())])

    def help_text(self) -> str:
        return self.tr("Tippen Sie auf die Sprache, in der Sie lesen möchten. Sie bleiben an derselben Stelle.")
