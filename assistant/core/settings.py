"""Per-user settings: text size, language (one of ``core.languages``), whether the language chooser
was offered, and whether the window fills the screen (``window``). Remembered in ``settings.json``
below the user folder.

A damaged file is put aside (see ``store``) and the defaults are used; the caller shows the message.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.core import languages, store
from assistant.core.errors import StateFileError
from assistant.core.paths import user_file

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 100, 200, 25
WINDOW_STATES = ("maximized", "normal")


@dataclass
class Settings:
    """The person's settings: text size, language, window size, and whether the language chooser was offered."""

    zoom: int = 100
    language: str = "de"
    window: str = "maximized"  # or "normal": the person made the window smaller (remembered)
    language_offered: bool = False  # the language chooser was offered once (first start)

    def clamp(self) -> Settings:
        try:
            self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, int(self.zoom)))
        except (TypeError, ValueError, OverflowError):
            self.zoom = ZOOM_MIN
        if not languages.known(self.language):
            self.language = languages.SOURCE
        if self.window not in WINDOW_STATES:
            self.window = "maximized"
        self.language_offered = bool(self.language_offered)
        return self


def settings_path() -> Path:
    return user_file("settings.json")


def load_settings() -> tuple[Settings, StateFileError | None]:
    try:
        raw = store.read_json(settings_path(), default={})
    except StateFileError as exc:
        return Settings(), exc
    s = Settings()
    if isinstance(raw, dict):
        with contextlib.suppress(TypeError, ValueError, OverflowError):
            s.zoom = int(raw.get("zoom", s.zoom))
        if isinstance(raw.get("language"), str):
            s.language = raw["language"]
        if isinstance(raw.get("window"), str):
            s.window = raw["window"]
        s.language_offered = raw.get("language_offered") is True
    return s.clamp(), None


def save_settings(settings: Settings) -> None:
    store.write_json(settings_path(), asdict(settings.clamp()))
