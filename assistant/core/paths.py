"""Where the program keeps a person's things on this computer, and which session a write belongs to.

Everything personal lives below one folder, so that "Alles vergessen" and a session end can remove
it completely. ``LOTSE_HOME`` moves that folder (tests, portable installs); otherwise the platform's
usual per-user place is used (``~/.local/share/lotse`` on Linux, ``%LOCALAPPDATA%\\Lotse`` on Windows).

**Every write is bound to the session it belongs to.** ``current()`` is a ``Binding``: the folder of
the running session and its generation. A session end ("Sitzung beenden", "Nächste Person") and
"Alles vergessen" start a new generation (``renew``), which ends every earlier binding. Work that
outlives a click (a background job, the draft writer) captures the binding when it starts and runs
under ``bound(binding)``; ``user_file`` then resolves to *that* session's folder, and
``assistant.core.store`` refuses to write (``SessionEnded``) once the binding has ended — checked
under one lock together with the renewal, so a write can never land in the next person's session
(nor re-create the folder of the ended one).
"""

from __future__ import annotations

import contextlib
import contextvars
import itertools
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SESSION_PREFIX = "session-"
FOLDER_MARKER = ".lotse-folder"  # in every folder the program made: only such folders are emptied as a whole


class SessionEnded(RuntimeError):
    """A write for a session (or a home's "Alles vergessen" generation) that has ended since the
    work began: nothing is written."""


@dataclass(frozen=True)
class Binding:
    """A session token: the folder personal things of one session go to, and its generation."""

    folder: Path | None  # None: the user folder itself (home), looked up when used
    generation: int

    @property
    def alive(self) -> bool:
        return self.generation == _generation

    def home(self) -> Path:
        return self.folder if self.folder is not None else base_home()


_lock = threading.RLock()
_counter = itertools.count(1)
_generation = next(_counter)
# Set by assistant.core.memory while a library or counter session runs: then everything personal
# goes to that session's folder (below base_home()), which the session end removes as a whole.
_session_folder: Path | None = None
_bound: contextvars.ContextVar[Binding | None] = contextvars.ContextVar("lotse_binding", default=None)


def base_home() -> Path:
    """The user folder itself, whatever session is running."""
    override = os.environ.get("LOTSE_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("Lotse", appauthor=False))


def cache_home() -> Path:
    """Where the program keeps what it can fetch or make again: the city's content bundles and the
    parsed content (``content_source``, ``content_cache``). Nothing personal. On Windows platformdirs
    puts it inside the user folder (``%LOCALAPPDATA%\\Lotse\\Cache``): the memory rules leave it
    there (``is_cache``), so "Alles vergessen" does not take the city's content with it."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("Lotse", appauthor=False))


def is_cache(path: Path) -> bool:
    """``path`` is the cache folder (``cache_home``)."""
    try:
        return path.resolve() == cache_home().resolve()
    except OSError:
        return False


def current() -> Binding:
    """The binding this code runs under: the one captured by its job (``bound``), else the session's now."""
    b = _bound.get()
    return b if b is not None else Binding(_session_folder, _generation)


def user_home() -> Path:
    """Where personal things go: the bound session's folder, else the user folder."""
    return current().home()


def set_session_folder(folder: Path | None) -> None:
    """Only for assistant.core.memory: a new session (or none); every earlier binding ends."""
    global _session_folder
    with _lock:
        _session_folder = folder
        _renew_locked()


def renew() -> None:
    """Only for assistant.core.memory ("Alles vergessen" at home): every earlier binding ends."""
    with _lock:
        _renew_locked()


def _renew_locked() -> None:
    global _generation
    _generation = next(_counter)


def user_file(name: str) -> Path:
    return user_home() / name


@contextlib.contextmanager
def bound(binding: Binding | None) -> Iterator[None]:
    """Run the block as part of ``binding``'s session (a background job, the draft writer)."""
    token = _bound.set(binding)
    try:
        yield
    finally:
        _bound.reset(token)


@contextlib.contextmanager
def writing(path: Path) -> Iterator[None]:
    """Hold while creating or renaming a file: raises ``SessionEnded`` if the binding this code runs
    under has ended, or if ``path`` lies in another session's folder (a path looked up earlier)."""
    b = current()
    with _lock:
        if not b.alive:
            raise SessionEnded("the session this was written for has ended")
        if b.folder is not None and _in_other_session(path, b.folder):
            raise SessionEnded("the path belongs to another session")
        yield


def _in_other_session(path: Path, folder: Path) -> bool:
    try:
        rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(folder.parent))
    except ValueError:
        return False
    first = rel.parts[0] if rel.parts else ""
    return first.startswith(SESSION_PREFIX) and first != folder.name


def make_folder(folder: Path) -> None:
    """Create ``folder`` and missing parents; each folder made here gets ``FOLDER_MARKER`` (the
    program's own, so a forget may delete it as a whole; a person's own folder of the same name never)."""
    missing = []
    f = Path(folder)
    while not f.exists() and not f.is_symlink() and f.parent != f:
        missing.append(f)
        f = f.parent
    for f in reversed(missing):
        try:
            f.mkdir()
        except FileExistsError:
            if not f.is_dir():
                raise
            continue
        (f / FOLDER_MARKER).touch()
    if not Path(folder).is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")


def is_ours(folder: Path) -> bool:
    """A real folder (not a link) the program made (``make_folder``)."""
    return folder.is_dir() and not folder.is_symlink() and (folder / FOLDER_MARKER).is_file()
