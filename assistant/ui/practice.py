"""The one practice mark: whatever is made in practice (the eID practice card, the practice portal)
says "Übung" on screen, in the window title that screen readers read, and on every sheet it prints.

* ``PracticeBanner`` — the banner at the top of a practising page: the same look everywhere (the
  notice colours, a thick border), the owner's sentence after "Übung", and one button to end it.
* ``practice_title(title)`` — the window title of a practising page.
* Pages say when practice starts or ends with ``CapabilityPage.practice_changed`` and answer
  ``is_practice()``; the main window puts the mark into its title from that (no polling).
* Sheets: ``TakeHomeSheet.practice`` (``assistant.core.sheet``); the renderer prints "ÜBUNG" across
  the page (``assistant.ui.roles.sheet``).
"""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt only inside functions: not before the first paint
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from assistant.ui import theme
from assistant.ui.widgets import BarButton, BodyLabel


def practice_word() -> str:
    return QCoreApplication.translate("Practice", "Übung")


def practice_title(title: str) -> str:
    """'Übung: <title>' — the window title (and what a screen reader says first) while practising."""
    return QCoreApplication.translate("Practice", "Übung: {0}").format(title) if title else practice_word()


class PracticeBanner(QFrame):
    """'<sentence>' in bold on the notice colour with a border, and '<stop>' beside it. ``stop``
    fires when the button is pressed; ``set_values`` adds a second line (the practice card's numbers).
    Where room is short the sentence gives way to a shorter form on one line (``set_texts``)."""

    stop = Signal()
    _forms: tuple[str, ...] = ("",)  # the sentence and its shorter forms (set_texts)

    def __init__(self, sentence: str, stop_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBanner")
        self.setProperty("role", "practice")
        c = theme.COLORS
        self.setStyleSheet(
            f"QFrame#practiceBanner {{ background: {c['notice']}; border: 3px solid "
            f"{c['notice_border']}; border-radius: 8px; }}"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 8, 12, 8)
        outer.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.label = BodyLabel()
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setStyleSheet("font-weight: bold;")
        row.addWidget(self.label, 1)
        self.stop_button = BarButton()
        self.stop_button.clicked.connect(lambda _c=False: self.stop.emit())
        row.addWidget(self.stop_button, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(row)
        self._outer, self._row = outer, row  # measured by _fit_text
        self.values = BodyLabel()
        self.values.hide()
        outer.addWidget(self.values)
        self.title = self.label  # the eID pages' name for it
        self.set_texts(sentence, stop_text)

    def set_texts(self, sentence: str, stop_text: str, shorter: tuple[str, ...] = ()) -> None:
        """``shorter``: shorter forms of the sentence, longest first; where the sentence would wrap, the
        banner shows the longest that fits on one line (the last one in any case), so a short screen at
        200 % keeps its room for the question. The whole sentence stays the banner's accessible name,
        its tooltip and what "Vorlesen" reads (``sentence``)."""
        self.sentence = sentence
        self._forms = (sentence, *shorter)
        self.label.setAccessibleName(sentence)
        self.setAccessibleName(sentence)
        self.setToolTip(sentence if shorter else "")
        self.stop_button.setText(stop_text)
        self.stop_button.setAccessibleName(stop_text)
        self._fit_text()

    def _fit_text(self) -> None:
        """The longest form of the sentence that fits on one line beside the button (decided from the
        banner's width, which the text does not change: no flicker)."""
        if not hasattr(self, "label"):
            return  # still being built
        text = self._forms[0]
        if len(self._forms) > 1 and self.width() > 0:
            m = self._outer.contentsMargins()
            room = self.width() - m.left() - m.right() - self.stop_button.sizeHint().width() - self._row.spacing() - 8
            metrics = self.label.fontMetrics()
            text = next((t for t in self._forms if metrics.horizontalAdvance(t) <= room), self._forms[-1])
        if self.label.text() != text:
            self.label.setText(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):  # a new text size
            self._fit_text()

    def set_values(self, text: str) -> None:
        self.values.setText(text)
        self.values.setVisible(bool(text))
