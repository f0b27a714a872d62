"""Per-user settings: text size, language and whether the window fills the screen (``window``). Remembered in ``settings.json`` below the user folder.

A damaged file is put aside (see ``store``) and the defaults are used; the caller shows the message.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.core import store
from assistant.core.errors import StateFileError
from assistant.core.paths import user_file

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 100, 200, 25
LANGUAGES = ("de", "en")
WINDOW_STATES = ("maximized", "normal")


@dataclass
class Settings:
    zoom: int = 100
    language: str = "de"
    window: str = "maximized"  # or "normal": the person made the window smaller (remembered)

    def clamp(self) -> "Settings":
        try:
            self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, int(self.zoom)))
        except (TypeError, ValueError, OverflowError):
            self.zoom = ZOOM_MIN
        if self.language not in LANGUAGES:
            self.language = "de"
        if self.window not in WINDOW_STATES:
            self.window = "maximized"
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
        try:
            s.zoom = int(raw.get("zoom", s.zoom))
        except (TypeError, ValueError, OverflowError):
            pass
        if isinstance(raw.get("language"), str):
            s.language = raw["language"]
        if isinstance(raw.get("window"), str):
            s.window = raw["window"]
    return s.clamp(), None


def save_settings(settings: Settings) -> None:
    store.write_json(settings_path(), asdict(settings.clamp()))
