"""The volunteer's helper view (library): where the person is, what comes next, tips, the path so far.

A side panel of the main window that can be torn off into a second window (a ``QDockWidget``; on a
library PC with two screens the volunteer puts it on their own screen). It shows guide content only —
never anything typed. While the person types a PIN, CAN or PUK it shows nothing but a calm "Bitte
schauen Sie weg" (and, with a keypad reader, that the person types on the reader).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QStackedWidget, QVBoxLayout, QWidget

from assistant.core.helper_snapshot import HelperSnapshot
from assistant.ui import theme, words
from assistant.ui.widgets import BigButton, BodyLabel, HeadingLabel, SmallLabel, TextLabel, TitleLabel, VScrollArea


class HelperView(QWidget):
    """The content of the helper view. ``show_snapshot`` / ``show_place`` / ``show_secret_entry``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helper-view")
        self.setAccessibleName(words.helper_view())
        self.secret = False
        self.staff_notes: list[str] = []  # e.g. why the city's new content was not used (content_updates)
        self._place: str | None = ""  # what show_place showed last (None: a guide step)
        self.pages = QStackedWidget(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.pages)

        # normal view: its content is built anew for every step (like the window's pages)
        self.normal = VScrollArea(QWidget())
        self.column = QVBoxLayout()
        self.pages.addWidget(self.normal)

        # look away
        away = QWidget()
        away.setObjectName("pageInner")
        al = QVBoxLayout(away)
        al.setContentsMargins(20, 24, 20, 20)
        al.setSpacing(16)
        self.away_title = TitleLabel(self.tr("Bitte schauen Sie weg."))
        self.away_text = BodyLabel("")
        self.away_keypad = BodyLabel(
            self.tr("Die Person tippt die PIN am Lesegerät ein. Bitten Sie sie darum. Helfen Sie nur mit Worten.")
        )
        for w in (self.away_title, self.away_text, self.away_keypad):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            al.addWidget(w)
        al.addStretch(1)
        self.pages.addWidget(away)
        self.away = away
        self.show_place("")

    def retranslate(self) -> None:
        """The fixed texts; the rest is built anew with the next ``show_…``."""
        self.setAccessibleName(words.helper_view())
        self.away_title.setText(self.tr("Bitte schauen Sie weg."))
        self.away_keypad.setText(
            self.tr("Die Person tippt die PIN am Lesegerät ein. Bitten Sie sie darum. Helfen Sie nur mit Worten.")
        )
        if not self.secret:
            self.show_place("")

    # --- building blocks --------------------------------------------------------------------------
    def _clear(self) -> None:
        inner = QWidget()
        inner.setObjectName("pageInner")
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(20, 16, 20, 20)
        self.column.setSpacing(10)
        self._inner = inner

    def set_staff_notes(self, notes: list[str]) -> None:
        self.staff_notes = list(notes)
        if not self.secret and self._place is not None:
            self.show_place(self._place)

    def _done(self) -> None:
        for note in self.staff_notes:
            label = SmallLabel(self.tr("Hinweis für Mitarbeitende: {0}").format(note))
            label.setObjectName("staff-note")
            self.column.addWidget(label)
        self.column.addStretch(1)
        self.normal.setWidget(self._inner)  # deletes the content shown before
        self._inner.show()
        self.pages.setCurrentWidget(self.normal)

    def _section(self, heading: str) -> None:
        rule = QFrame()
        rule.setProperty("role", "section")
        rule.setFixedHeight(2)
        self.column.addSpacing(4)
        self.column.addWidget(rule)
        self.column.addWidget(HeadingLabel(heading))

    def texts(self) -> list[str]:
        """Everything the helper view shows right now (tests; never a digit typed by the person)."""
        page = self.pages.currentWidget()
        if page is None:
            return []
        return [w.text() for w in page.findChildren(TextLabel) if not w.isHidden()]

    # --- what it shows ----------------------------------------------------------------------------
    def show_place(self, where: str) -> None:
        """The person is not in a guide: on the start page, or in a flow such as "Termin buchen"."""
        if self.secret:
            return
        self._clear()
        self._place = where
        self.column.addWidget(HeadingLabel(words.helper_view()))
        if where:
            self.column.addWidget(BodyLabel(self.tr("Die Person ist bei: {0}").format(where)))
        else:
            self.column.addWidget(BodyLabel(self.tr("Die Person ist auf der Startseite.")))
        self.column.addWidget(
            SmallLabel(
                self.tr(
                    "Hier sehen Sie, wo die Person in einer Anleitung ist und was als Nächstes kommt. "
                    "Was die Person eintippt, sehen Sie hier nie."
                )
            )
        )
        self._done()

    def show_snapshot(
        self, snap: HelperSnapshot, outcome_names: dict[str, str] | None = None, *, code: str = ""
    ) -> None:
        if self.secret:
            return
        names = outcome_names or {}
        self._clear()
        self._place = None
        self.column.addWidget(SmallLabel(snap.guide_title))
        self.column.addWidget(HeadingLabel(snap.step_title))
        if code:  # the step code ("P 17"): to say on the phone or type under Hilfe → Code eingeben
            label = BodyLabel(self.tr("Code: {0}").format(code))
            label.setObjectName("helper-step-code")
            self.column.addWidget(label)
        if snap.exact:
            progress = words.step_n_of_m().format(snap.number, snap.total)
        else:
            progress = words.step_n_of_about_m().format(snap.number, snap.total)
        self.column.addWidget(BodyLabel(progress))

        self._section(self.tr("Tipps für diesen Schritt"))
        self.column.addWidget(BodyLabel(snap.tips or self.tr("Für diesen Schritt gibt es keine Tipps.")))

        self._section(self.tr("Was als Nächstes kommt"))
        if not snap.ways:
            self.column.addWidget(
                BodyLabel(self.tr("Das ist das Ende der Anleitung. Bieten Sie den Merkzettel zum Mitnehmen an."))
            )
        for way in snap.ways:
            if snap.step_type == "question":
                text = self.tr("„{0}“ → {1}").format(way.label, way.leads_to)
            elif snap.step_type == "action":
                text = f"{names.get(way.label, way.label)} → {way.leads_to}"
            else:
                text = self.tr("Weiter → {0}").format(way.leads_to)
            if way.chosen_before:
                text += " " + self.tr("(zuletzt gewählt)")
            self.column.addWidget(BodyLabel(text))

        self._section(self.tr("Bisheriger Weg"))
        if not snap.path:
            self.column.addWidget(BodyLabel(self.tr("Die Person ist am Anfang.")))
        for n, (title, chose) in enumerate(snap.path, 1):
            answer = names.get(chose) or (self.tr("„{0}“").format(chose) if chose else "")
            self.column.addWidget(BodyLabel(f"{n}. {title}" + (f"\n→ {answer}" if answer else "")))
        self._done()

    def show_secret_entry(self, on: bool, on_keypad: bool = False) -> None:
        """While the person types a PIN, CAN or PUK: only the request to look away."""
        self.secret = on
        if on:
            if on_keypad:
                self.away_text.setText(self.tr("Die Person gibt jetzt ihre Geheimzahl ein."))
            else:
                self.away_text.setText(
                    self.tr(
                        "Die Person tippt jetzt ihre Geheimzahl ein. Schauen Sie nicht auf den Bildschirm "
                        "und nicht auf die Tastatur. Helfen Sie nur mit Worten."
                    )
                )
            self.away_keypad.setVisible(on_keypad)
            self.pages.setCurrentWidget(self.away)
        else:
            self.pages.setCurrentWidget(self.normal)


class HelperDock(QDockWidget):
    """The helper view as a side panel; "Eigenes Fenster" makes it a window of its own (a second
    screen), with large buttons instead of the tiny title-bar icons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helper-dock")
        self.setWindowTitle(words.helper_view())
        self.setAccessibleName(self.tr("Helfer-Ansicht für die Helferin oder den Helfer"))
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.setTitleBarWidget(QWidget())  # no tiny title-bar icons: large buttons in the view instead
        content = QWidget()
        content.setObjectName("pageInner")
        lay = QVBoxLayout(content)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        buttons = QWidget()
        row = QVBoxLayout(buttons)
        row.setContentsMargins(16, 8, 12, 8)
        row.setSpacing(8)
        self.float_button = BigButton(self.tr("Eigenes Fenster"))
        self.float_button.setObjectName("helper-float")
        row.addWidget(self.float_button)
        # no close button of its own: the strip's "Helfer-Ansicht schließen" is the one way to close it
        lay.addWidget(buttons)
        self.float_button.clicked.connect(lambda: self.setFloating(not self.isFloating()))
        self.topLevelChanged.connect(self._floating_changed)
        self._floating_changed(False)
        self.view = HelperView()
        lay.addWidget(self.view, 1)
        self.setWidget(content)
        self.setMinimumWidth(round(340 * theme.metrics().factor ** 0.5))

    def retranslate(self) -> None:
        self.setWindowTitle(words.helper_view())
        self.setAccessibleName(self.tr("Helfer-Ansicht für die Helferin oder den Helfer"))
        self._floating_changed(self.isFloating())
        self.view.retranslate()

    def _floating_changed(self, floating: bool) -> None:
        text = self.tr("Zurück ins Hauptfenster") if floating else self.tr("Eigenes Fenster")
        self.float_button.setText(text)
        self.float_button.setAccessibleName(self.tr("Helfer-Ansicht: {0}").format(text))
