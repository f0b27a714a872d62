"""The bar at the bottom of every screen: Zurück, Start, Hilfe, Vorlesen, Schrift größer/kleiner, language.

It is one widget of the main window, outside the pages, so it stays in the same place on every
screen (also on the pages of eID, portal and roles). Buttons are never greyed out: where a button
cannot do anything just now, pressing it says why (the main window does that).

It is always one row: where the full words do not fit the width (large text, a small screen), the
buttons get a symbol and a short word ("← Zurück", "A+"), then a smaller text, never below 16 pt
(``LEVELS``); the accessible names keep the full words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QWidget

from assistant.core import languages
from assistant.ui import theme, words
from assistant.ui.widgets import BarButton, FlowLayout

# (short words?, size property of the buttons: "" = the bar's size, "m" and "s" smaller, ≥ 16 pt)
LEVELS = (("full", ""), ("short", ""), ("short", "m"), ("short", "s"))


class Bar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "bar")
        self.setObjectName("lotseBar")
        self.language = "de"
        self.reading = False
        self.read_problem = ""
        self.level = 0  # index into LEVELS
        self._fitted: tuple | None = None
        self.flow = lay = FlowLayout(self, spacing=10)  # the bar's own layout, typed (layout() may be None)
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
        self._fitted = None
        if self.isVisible():
            self.fit_row(self.width())

    def set_reading(self, reading: bool) -> None:
        """While the screen is read aloud the button says how to stop it."""
        self.reading = reading
        self.retranslate()

    def set_read_problem(self, why: str) -> None:
        """Where speech does not work, the button itself carries the reason (tooltip, description)."""
        self.read_problem = why
        self.retranslate()

    def retranslate(self) -> None:
        short = LEVELS[self.level][0] == "short"
        # "Sprache" in the words of the language shown, and its name, so it is found by whoever reads it
        lang = languages.get(self.language)
        full = {
            "back": words.back(),
            "start": self.tr("Start"),
            "help": words.help_(),
            "read": self.tr("Vorlesen beenden") if self.reading else self.tr("Vorlesen"),
            "bigger": self.tr("Schrift größer"),
            "smaller": self.tr("Schrift kleiner"),
            "language": self.tr("Sprache: {0}").format(lang.name),
        }
        brief = {
            "back": self.tr("← Zurück"),
            "start": self.tr("⌂ Start"),
            "help": self.tr("? Hilfe"),
            "read": self.tr("■ Stopp") if self.reading else self.tr("▶ Vorlesen"),
            "bigger": self.tr("A+"),
            "smaller": self.tr("A−"),
            "language": lang.name,
        }
        names = dict(
            full,
            start=self.tr("Start: zur Startseite"),
            language=self.tr("Sprache wählen. Jetzt: {0}").format(lang.name),
        )
        for key, b in self.buttons().items():
            b.setText(brief[key] if short else full[key])
            b.setAccessibleName(names[key])
            if key not in ("read",):
                b.setToolTip(full[key] if short else "")
        self.read.setToolTip(self.read_problem or (full["read"] if short else ""))
        self.read.setAccessibleDescription(self.read_problem)
        self.updateGeometry()

    # --- one row ----------------------------------------------------------------------------------
    def _row_width(self) -> int:
        m = self.flow.contentsMargins()
        shown = [b for b in self.buttons().values() if not b.isHidden()]
        return sum(b.sizeHint().width() for b in shown) + 10 * (len(shown) - 1) + m.left() + m.right()

    def _set_level(self, level: int) -> None:
        self.level = level
        sheet = theme.bar_button_style(LEVELS[level][1])
        for b in self.buttons().values():
            if b.styleSheet() != sheet:
                b.setStyleSheet(sheet)  # Qt polishes the button again (no QWidget.style(): theme)
        self.retranslate()

    def fit_row(self, width: int) -> None:
        """Choose the first level whose one row fits ``width`` (the last one if none does)."""
        key = (width, self.language, self.reading, theme.metrics().zoom)
        if key == self._fitted:
            return
        self._fitted = key
        for level in range(len(LEVELS)):
            self._set_level(level)
            if self._row_width() <= width:
                break
        self.flow.invalidate()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)

    def refresh_sizes(self) -> None:
        self._fitted = None
        self.fit_row(max(self.width(), 400))
        for b in self.buttons().values():
            b.updateGeometry()
        self.flow.invalidate()
        self.setMinimumHeight(self.heightForWidth(max(self.width(), 400)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_row(self.width())
        needed = self.heightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
