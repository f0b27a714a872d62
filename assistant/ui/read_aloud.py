"""'Vorlesen': reads the screen aloud with QtTextToSpeech, or says plainly why it cannot.

The engine is created on the first press (QtTextToSpeech loads QtMultimedia: not at start-up).
On Linux the wheel lists ``speechd`` even where speech-dispatcher cannot work, so the state is checked:
an engine in the ``Error`` state, or none at all, gives a message instead of silence. The engine can be
chosen with ``LOTSE_TTS_ENGINE`` (tests use Qt's ``mock`` engine, which really runs but makes no sound).

The window never waits for speech. Qt's ``speechd`` engine waits for speech-dispatcher without a
time-out (and holds Python's lock meanwhile), so before it is created and before each time it speaks,
the daemon is asked in a background job with a time-out (``assistant.core.speechd``); only when it
answers does the engine get the text. If it does not answer, the person is told so. And if speaking
has not begun a while after the text was handed over, that is said too.

The voice is one of the person's language (``core.languages``: ``voice``; espeak-ng has de, en, tr, ar
and more); where the engine has none, the language's own ``no_voice`` sentence says so.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from assistant.core import languages

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech  # imported on the first "Vorlesen" (start-up time)

    from assistant.ui.worker import Job

START_TIMEOUT_MS = 8000  # speaking should have begun by then; else "speech does not come" is said


class ReadAloud(QObject):
    """speak(text, lang) → True if speaking started or is on its way; otherwise, or later, ``problem``
    says why (translated)."""

    problem = Signal(str)
    state_changed = Signal(str)  # "speaking" / "ready"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: QTextToSpeech | None = None
        self._tried = False
        self._pending: tuple[str, str] | None = None  # waiting for the speech-dispatcher check
        self._checking: Job | None = None  # the running check
        self._started = QTimer(self)
        self._started.setSingleShot(True)
        self._started.setInterval(START_TIMEOUT_MS)
        self._started.timeout.connect(self._not_started)
        self.last_text = ""  # what was given to the engine last (for the helper view and tests)

    # --- which engine --------------------------------------------------------------------------
    def _candidates(self) -> list[str]:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return []
        wanted = os.environ.get("LOTSE_TTS_ENGINE", "")
        return [e for e in QTextToSpeech.availableEngines() if e != "mock"] if not wanted else [wanted]

    def _needs_check(self) -> bool:
        """Qt's speechd engine can wait for ever: ask speech-dispatcher first (see module text)."""
        if self._tts is not None:
            return self._tts.engine() == "speechd"
        candidates = [] if self._tried else self._candidates()
        return bool(candidates) and candidates[0] == "speechd"

    def _engine(self) -> QTextToSpeech | None:
        if self._tried:
            return self._tts
        self._tried = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return None
        for name in self._candidates():
            tts = QTextToSpeech(name, self)
            if tts.state() != QTextToSpeech.State.Error:
                tts.stateChanged.connect(self._on_state)
                self._tts = tts
                return tts
            tts.deleteLater()
        return None

    # --- texts ---------------------------------------------------------------------------------
    def why_not(self) -> str:
        return self.tr("Vorlesen geht auf diesem Computer nicht: es ist keine Sprachausgabe installiert.")

    def silent_text(self) -> str:
        return self.tr(
            "Vorlesen geht gerade nicht: die Sprachausgabe dieses Computers antwortet nicht. "
            "Sie können ganz normal weitermachen."
        )

    # --- speaking ------------------------------------------------------------------------------
    def speak(self, text: str, lang: str) -> bool:
        if self._checking is not None:  # pressed again while we still ask: that means "stop"
            self._pending = None
            return True
        if self._needs_check():
            self._pending = (text, lang)
            self._start_check()
            return True
        return self._say(text, lang)

    def _start_check(self) -> None:
        from assistant.core import speechd
        from assistant.ui.worker import Op

        self._checking = (
            Op(lambda _cancel: speechd.check())
            .success(self._checked)
            .failure(lambda _f: self._checked(speechd.SILENT))
            .run_in_background()
        )

    def _checked(self, result: str) -> None:
        from assistant.core import speechd

        self._checking = None
        pending, self._pending = self._pending, None
        if pending is None:
            return
        if result == speechd.OK:
            self._say(*pending)
        elif result == speechd.MISSING and self._tts is None:
            self.problem.emit(self.why_not())
        else:
            self.problem.emit(self.silent_text())

    def _say(self, text: str, lang: str) -> bool:
        tts = self._engine()
        if tts is None:
            self.problem.emit(self.why_not())
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        if tts.state() == QTextToSpeech.State.Speaking:
            tts.stop()
            return True
        language = languages.get(lang)
        locale = QLocale(language.voice or lang)
        match = [loc for loc in tts.availableLocales() if loc.language() == locale.language()]
        if not match:  # never a foreign voice mangling the text: say so, in the person's language
            self.problem.emit(language.no_voice or self.why_not())
            return False
        if tts.locale().language() != locale.language():
            tts.setLocale(match[0])
        text = text.replace("\u00b7", "")  # Leichte Sprache's "Bürger·büro" is read as one word
        self.last_text = text
        tts.say(text)
        if tts.state() == QTextToSpeech.State.Error:
            self.problem.emit(self.tr("Vorlesen hat nicht geklappt: {0}").format(tts.errorString() or self.why_not()))
            return False
        if tts.state() != QTextToSpeech.State.Speaking:
            self._started.start()
        return True

    def _not_started(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._tts is not None and self._tts.state() == QTextToSpeech.State.Ready:
            self.problem.emit(self.silent_text())

    def busy(self) -> bool:
        """Still asking speech-dispatcher (the button's press is not lost)."""
        return self._checking is not None

    def stop(self) -> None:
        self._pending = None
        self._started.stop()
        if self._tts is None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused):
            self._tts.stop()  # only then: a daemon that stopped answering would hold the window here

    def _on_state(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state != QTextToSpeech.State.Ready:
            self._started.stop()
        if state == QTextToSpeech.State.Error:
            said = self._tts.errorString() if self._tts is not None else ""
            self.problem.emit(self.tr("Vorlesen hat nicht geklappt: {0}").format(said or self.why_not()))
        self.state_changed.emit("speaking" if state == QTextToSpeech.State.Speaking else "ready")
