"""The status strip of the eID pages and the practice-mode banner.

The strip says in plain words what Lotse knows right now: AusweisApp missing (how to get and start
it, "Noch einmal versuchen"; it reconnects by itself), busy with another program, no reader, no card,
or the card's state. Changes reach screen readers as announcements; the focus stays where it is.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from assistant.eid.workflow import Strip, StripStatus
from assistant.ui.eid.pinpad import announce_text
from assistant.ui.eid.texts import EidTexts
from assistant.ui.practice import PracticeBanner as SharedPracticeBanner
from assistant.ui.widgets import BigButton, BodyLabel

_PROBLEMS = (Strip.APP_MISSING, Strip.APP_BUSY, Strip.APP_LOST, Strip.APP_TOO_OLD)
_STARTABLE = (Strip.APP_MISSING, Strip.APP_LOST)  # AusweisApp not running: "AusweisApp starten" if installed


class StatusStrip(QFrame):
    """Signal ``retry()`` ('Noch einmal versuchen'). Practice mode is offered by the page's screens
    (the question screen and the AusweisApp-missing screens), never twice on one screen."""

    retry = Signal()
    start_app = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.t = EidTexts(self)
        self.setProperty("role", "notice")
        self.setObjectName("eidStatusStrip")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.setSpacing(10)
        self.text = BodyLabel()
        lay.addWidget(self.text)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.retry_button = BigButton(self.t.retry())
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.start_button = BigButton(self.t.start_app(), primary=True)
        self.start_button.setObjectName("startAusweisApp")
        self.start_button.setAccessibleName(self.t.start_app())
        self.start_button.clicked.connect(self.start_app)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        row.addWidget(self.start_button)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.status: StripStatus | None = None
        self.practising = False

    def show_status(
        self,
        status: StripStatus,
        *,
        practising: bool = False,
        brief: bool = False,
        offer_retry: bool = True,
        installed: bool | None = None,
        note: str = "",
    ) -> None:
        """``offer_retry=False`` where the screen itself has 'Noch einmal versuchen' (then it is
        there, never hidden). ``installed``: AusweisApp found on this computer; ``note`` a line
        after the status (e.g. "Die AusweisApp startet")."""
        changed = (status, installed, note) != (
            self.status,
            getattr(self, "_installed", None),
            getattr(self, "_note", ""),
        )
        self.status = status
        self._installed, self._note = installed, note
        self.practising = practising
        text = self.t.strip(status, brief=brief, installed=installed)
        if note:
            text = f"{text} {note}"
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.setAccessibleName(text)
        # no reader on a fresh connection is often AusweisApp's start-up race: a new try helps
        self.retry_button.setVisible((status.kind in _PROBLEMS and offer_retry) or status.kind is Strip.NO_READER)
        self.start_button.setVisible(status.kind in _STARTABLE and installed is True and not practising)
        if changed:
            announce_text(self, text)


class PracticeBanner(SharedPracticeBanner):
    """'Übungsmodus – Ihr echter Ausweis wird nicht benutzt', with the practice card's numbers: the
    program's one practice banner (``assistant.ui.practice``) with the eID's words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.t = EidTexts(self)
        self.set_texts(self.t.practice_banner(), self.t.practice_stop())
