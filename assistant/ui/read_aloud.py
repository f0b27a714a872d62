"""'Vorlesen': reads the screen aloud with QtTextToSpeech, or says plainly why it cannot.

The engine is created on the first press (QtTextToSpeech loads QtMultimedia: not at start-up).
On Linux the wheel lists ``speechd`` even where speech-dispatcher cannot work, so the state is checked:
an engine in the ``Error`` state, or none at all, gives a message instead of silence. The engine can be
chosen with ``LOTSE_TTS_ENGINE`` (tests use Qt's ``mock`` engine, which really runs but makes no sound).
The voice is one of the person's language (``core.languages``: ``voice``; espeak-ng has de, en, tr, ar
and more); where the engine has none, the language's own ``no_voice`` sentence says so.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QObject, Signal

from assistant.core import languages


class ReadAloud(QObject):
    """speak(text, lang) → True if speaking started; otherwise ``problem`` says why (translated)."""

    problem = Signal(str)
    state_changed = Signal(str)  # "speaking" / "ready"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts = None
        self._tried = False
        self.last_text = ""  # what was given to the engine last (for the helper view and tests)

    def _engine(self):
        if self._tried:
            return self._tts
        self._tried = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return None
        wanted = os.environ.get("LOTSE_TTS_ENGINE", "")
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"] if not wanted else [wanted]
        for name in engines:
            tts = QTextToSpeech(name, self)
            if tts.state() != QTextToSpeech.State.Error:
                tts.stateChanged.connect(self._on_state)
                self._tts = tts
                return tts
            tts.deleteLater()
        return None

    def why_not(self) -> str:
        return self.tr("Vorlesen geht auf diesem Computer nicht: es ist keine Sprachausgabe installiert.")

    def speak(self, text: str, lang: str) -> bool:
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
        self.last_text = text
        tts.say(text)
        if tts.state() == QTextToSpeech.State.Error:
            self.problem.emit(self.tr("Vorlesen hat nicht geklappt: {0}").format(tts.errorString() or self.why_not()))
            return False
        return True

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def _on_state(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Error:
            self.problem.emit(self.tr("Vorlesen hat nicht geklappt: {0}").format(self._tts.errorString() or self.why_not()))
        self.state_changed.emit("speaking" if state == QTextToSpeech.State.Speaking else "ready")
