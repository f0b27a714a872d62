"""Where the program keeps a person's things on this computer.

Everything personal lives below one folder, so that "Alles vergessen" and a session end can remove
it completely. ``LOTSE_HOME`` moves that folder (tests, portable installs); otherwise the platform's
usual per-user place is used (``~/.local/share/lotse`` on Linux, ``%LOCALAPPDATA%\\Lotse`` on Windows).
"""

from __future__ import annotations

import os
from pathlib import Path


# Set by assistant.core.session while a library or counter session runs: then everything personal
# goes to that session's folder (below base_home()), which the session end removes as a whole.
_session_folder: Path | None = None


def base_home() -> Path:
    """The user folder itself, whatever session is running."""
    override = os.environ.get("LOTSE_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("Lotse", appauthor=False))


def user_home() -> Path:
    """Where personal things go now: the session folder during a session, else the user folder."""
    return _session_folder if _session_folder is not None else base_home()


def set_session_folder(folder: Path | None) -> None:
    """Only for assistant.core.session."""
    global _session_folder
    _session_folder = folder


def user_file(name: str) -> Path:
    return user_home() / name
