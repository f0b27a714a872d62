"""The bar at the bottom of every screen: Zurück, Start, Hilfe, Vorlesen, Schrift größer/kleiner, Sprache.

It is one widget of the main window, outside the pages, so it stays in the same place on every
screen (also on the pages of eID, portal and roles). Buttons are never greyed out: where a button
cannot do anything just now, pressing it says why (the main window does that).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QWidget

from assistant.core import languages
from assistant.ui.widgets import BarButton, FlowLayout


class Bar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "bar")
        self.setObjectName("lotseBar")
        self.language = "de"
        self.reading = False
        self.read_problem = ""
        lay = FlowLayout(self, spacing=10)
        lay.setContentsMargins(16, 12, 16, 12)
        self.back = BarButton()
        self.start = BarButton()
        self.help = BarButton()
        self.read = BarButton()
        self.bigger = BarButton()
        self.smaller = BarButton()
        self.switch_language = BarButton()
        for name, b in self.buttons().items():
            b.setObjectName(f"bar-{name}")
            lay.addWidget(b)
        self.retranslate()

    def buttons(self) -> dict[str, BarButton]:
        return {
            "back": self.back,
            "start": self.start,
            "help": self.help,
            "read": self.read,
            "bigger": self.bigger,
            "smaller": self.smaller,
            "language": self.switch_language,
        }

    def set_language(self, lang: str) -> None:
        self.language = lang
        self.retranslate()

    def set_reading(self, reading: bool) -> None:
        """While the screen is read aloud the button says how to stop it."""
        self.reading = reading
        self.retranslate()

    def set_read_problem(self, why: str) -> None:
        """Where speech does not work, the button itself carries the reason (tooltip, description)."""
        self.read_problem = why
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("Zurück"))
        self.start.setText(self.tr("Start"))
        self.start.setAccessibleName(self.tr("Start: zur Startseite"))
        self.help.setText(self.tr("Hilfe"))
        self.read.setText(self.tr("Vorlesen beenden") if self.reading else self.tr("Vorlesen"))
        self.read.setToolTip(self.read_problem)
        self.read.setAccessibleDescription(self.read_problem)
        self.bigger.setText(self.tr("Schrift größer"))
        self.smaller.setText(self.tr("Schrift kleiner"))
        # "Sprache" in the words of the language shown, and its name, so it is found by whoever reads it
        lang = languages.get(self.language)
        self.switch_language.setText(self.tr("Sprache: {0}").format(lang.name))
        self.switch_language.setAccessibleName(self.tr("Sprache wählen. Jetzt: {0}").format(lang.name))
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().heightForWidth(width)

    def refresh_sizes(self) -> None:
        for b in self.buttons().values():
            b.updateGeometry()
        self.layout().invalidate()
        self.setMinimumHeight(self.heightForWidth(max(self.width(), 400)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
