"""'Sprache': the large language chooser. Each language is shown in its own script and words
(never a flag), as a big button with an accessible name in that language; the heading names the
chooser in every language of the list, so a person who cannot read the current one still finds it.

The languages sit in the page's footer (in view at every size, in pages where they do not fit).
It opens over the page the person is on (like Help): choosing a language closes it and the same
page comes back in the new language — in a guide the same step. The list is ``core.languages``.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from assistant.core import languages
from assistant.ui import theme, words
from assistant.ui.widgets import BigButton, BodyLabel, ButtonPager, Page, TitleLabel


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
        # the languages and "Sprache nicht ändern" in the footer: never scrolled, always in view; where
        # they do not fit, in pages with big "Weitere Sprachen" / "Vorige Sprachen" buttons
        self.pager = ButtonPager(self.tr("Weitere Sprachen ↓"), self.tr("↑ Vorige Sprachen"))
        self.pager.more_button.setAccessibleName(self.tr("Weitere Sprachen zeigen"))
        self.pager.back_button.setAccessibleName(self.tr("Vorige Sprachen zeigen"))
        self.footer_column.addWidget(self.pager)
        self.close_button = BigButton(self.tr("Sprache nicht ändern"))
        self.close_button.setObjectName("language-keep")
        self.close_button.setAccessibleName(self.close_button.text())
        self.footer_column.addWidget(self.close_button)
        self.pager.set_buttons(list(self.buttons.values()))
        self.essentials = [self.title]  # the text may scroll; the languages may not
        self.finish()

    def fit_footer(self, width: int, room: int) -> None:
        """Two languages side by side where the width allows; the pages fit the room above "nicht ändern"."""
        columns = 2 if width >= round(700 * max(1.0, theme.metrics().factor * 0.8)) else 1
        if self.pager.columns != columns:
            self.pager.columns, self.pager._fit_key = columns, None
        keep = self.close_button.heightForWidth(width) + self.footer_column.spacing()
        # where room is short, each language shows its name only (its "continue in …" stays in the
        # accessible name): more languages in view at once, fewer pages
        subtitles = self._page_fits(width, room - keep, subtitles=True)
        for b in self.buttons.values():
            b.show_subtitle(subtitles)
        self.pager._fit_key = None
        self.pager.fit(width, room - keep)

    def _page_fits(self, width: int, room: int, *, subtitles: bool) -> bool:
        """Whether two rows of languages and the page buttons fit ``room`` with subtitles shown."""
        for b in self.buttons.values():
            b.show_subtitle(subtitles)
        col_w = (width - self.pager.grid.spacing() * (self.pager.columns - 1)) // self.pager.columns
        row = max(b.heightForWidth(col_w) for b in self.buttons.values())
        nav = self.pager.more_button.heightForWidth((width - 14) // 2) + 14
        return 2 * row + self.pager.grid.spacing() + nav <= room

    def show_page_of(self, code: str) -> None:
        """Turn to the page with ``code``'s button (the language in use gets the focus when opened)."""
        b = self.buttons.get(code)
        while b is not None and b not in self.pager.visible_buttons() and self.pager.can_go_on():
            self.pager.go_on()

    def read_aloud_text(self) -> str:
        return "\n".join([self.text.text(), *(b.text() for b in self.buttons.values())])

    def help_text(self) -> str:
        return self.tr("Tippen Sie auf die Sprache, in der Sie lesen möchten. Sie bleiben an derselben Stelle.")
