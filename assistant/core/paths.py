"""Where the program keeps a person's things on this computer.

Everything personal lives below one folder, so that "Alles vergessen" and a session end can remove
it completely. ``LOTSE_HOME`` moves that folder (tests, portable installs); otherwise the platform's
usual per-user place is used (``~/.local/share/lotse`` on Linux, ``%LOCALAPPDATA%\\Lotse`` on Windows).
"""

from __future__ import annotations

import os
from pathlib import Path


def user_home() -> Path:
    override = os.environ.get("LOTSE_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("Lotse", appauthor=False))


def user_file(name: str) -> Path:
    return user_home() / name
