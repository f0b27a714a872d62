"""Memory rules: the one place that knows everything personal the program keeps, and forgets it.

Everything personal lives in **one folder** (``assistant.core.paths.user_home()``), written by the
modules that own it through ``paths.user_file()``:

============================  ===================================================================
``resume.json`` and friends   where the person is in a guide (the main window)
``drafts/``                   half-written bookings and reports (``assistant.portal.drafts``)
``portal-appointments.json``  "Meine Termine" (``assistant.portal.secrets``), ``*reports*`` "Meine
                              Meldungen", cached service answers (``assistant.portal``)
``settings.json``             text size and language (kept by "Alles vergessen": not personal)
``tmp/``                      print and temporary files (``Memory.temp_dir()``; the take-home sheet)
``keyring-entries.json``      the names (never the values) of keyring entries created here
============================  ===================================================================

plus **keyring entries** (bookings' processId/authKey). Entries whose name starts with one of
``STAFF_KEYRING_PREFIXES`` (the staff's portal API keys) are configuration, not personal, and stay.

The roles (``assistant.core.roles``):

* **home** — the folder is the user folder itself (``paths.base_home()``); it is kept between days.
  ``forget_everything()`` ("Alles vergessen") deletes every personal file and every recorded keyring
  entry. ``tmp/`` is emptied at each start.
* **library** and **counter** — the folder is ``<user folder>/session-<id>``; ``end_session()``
  ("Sitzung beenden", "Neue Sitzung", "Nächste Person", the inactivity reset) deletes the session's
  keyring entries and the whole folder, then opens a fresh one. At start, every earlier session is
  deleted the same way — at a counter always, in a library unless it was active less than
  ``resume_minutes`` ago (the program crashed while the person still sits there: it comes back).

Keyring entries are recorded **before** they are created (a crash in between leaves a name to delete,
never an entry nobody knows about). A deletion the keyring refuses is kept in
``<user folder>/keyring-forget.json`` (names only) and tried again at every start.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
    from keyring.credentials import Credential

from assistant.core import paths, store
from assistant.core.errors import StateFileError
from assistant.core.roles import Role, policy

SESSION_PREFIX = paths.SESSION_PREFIX
SESSION_MARKER = "session.json"
KEYRING_REGISTRY = "keyring-entries.json"
KEYRING_PENDING = "keyring-forget.json"  # in the base folder: deletions to try again
NOT_PERSONAL = ("settings.json", "role.json", KEYRING_PENDING)  # kept by "Alles vergessen" (home)
STAFF_KEYRING_PREFIXES = ("api-key:",)  # assistant.portal.secrets: staff's API keys
# What the program itself writes below the user folder (the store's put-aside ``*.broken-<n>`` and
# temporary ``.<name>.*.tmp`` files of these too). In a folder that is not clearly the program's own
# (``LOTSE_HOME`` pointed at a folder with other things in it) only these are ever deleted.
KNOWN_NAMES = (
    "settings.json",
    "role.json",
    "resume.json",
    "drafts",
    "portal-appointments.json",
    "portal-reports.json",
    "portal-cache",
    "portal-mode.json",
    "tmp",
    KEYRING_REGISTRY,
    KEYRING_PENDING,
    SESSION_MARKER,
)


@dataclass(frozen=True, order=True)
class KeyringEntry:
    """A secret the program put into the OS keyring, by service and user name (never the secret)."""

    service: str
    username: str

    @property
    def personal(self) -> bool:
        return not self.username.startswith(STAFF_KEYRING_PREFIXES)


@dataclass(frozen=True)
class Inventory:
    """Everything personal the program holds right now: files (relative to the user folder) and
    keyring entries it created."""

    files: tuple[str, ...]
    keyring: tuple[KeyringEntry, ...]

    @property
    def empty(self) -> bool:
        return not self.files and not self.keyring


@dataclass
class ForgetReport:
    """What a session end or "Alles vergessen" removed, and what it could not (names only)."""

    files_removed: int = 0
    keyring_removed: int = 0
    keyring_failed: list[KeyringEntry] = field(default_factory=list)  # kept for the next start
    files_failed: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.keyring_failed and not self.files_failed

    def add(self, other: ForgetReport) -> None:
        self.files_removed += other.files_removed
        self.keyring_removed += other.keyring_removed
        self.keyring_failed += other.keyring_failed
        self.files_failed += other.files_failed


@dataclass
class StartReport:
    """What the memory rules did at the start: role, user folder, what was resumed or forgotten."""

    role: Role
    folder: Path
    resumed: bool = False  # library: the session from before the crash goes on
    forgotten: ForgetReport = field(default_factory=ForgetReport)  # earlier sessions removed now
    problem: StateFileError | None = None
    unsaved: str = ""  # the user folder cannot be used (why, for staff): nothing is kept this run


class Memory:
    """Applies the memory rules of one role. One instance per program run (``start()`` once)."""

    def __init__(
        self,
        role: Role,
        *,
        base: Path | None = None,
        resume_minutes: int = 15,
        clock: Callable[[], float] = time.time,
        keyring_module: Any = None,
    ) -> None:
        self.role = Role(role)
        self.policy = policy(self.role)
        self.base = Path(base) if base is not None else paths.base_home()
        self.resume_minutes = resume_minutes
        self._clock = clock
        self._keyring = keyring_module
        self._folder: Path | None = None
        self._old_tempdir: str | None = None
        self._old_tmpdir_env: str | None = None
        self._temp_redirected = False
        self._unsaved = False  # the user folder cannot be used: a temporary one, deleted at the end

    # --- where things are ----------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        """The folder personal things go to now (``start()`` first)."""
        if self._folder is None:
            raise RuntimeError("Memory.start() has not been called")
        return self._folder

    @property
    def session_id(self) -> str:
        return self.folder.name.removeprefix(SESSION_PREFIX) if self.policy.sessions else ""

    def temp_dir(self) -> Path:
        """For print and temporary files (the take-home sheet's PDF); forgotten with the session."""
        d = self.folder / "tmp"
        if d.is_symlink():
            d.unlink()  # a link in our place: the link goes, never what it points to
        paths.make_folder(d)
        return d

    def temp_file(self, suffix: str, prefix: str = "lotse-") -> Path:
        fd, name = tempfile.mkstemp(suffix=suffix, prefix=prefix, dir=self.temp_dir())
        os.close(fd)
        return Path(name)

    # --- start, session end, forget --------------------------------------------------------------
    def start(self, *, redirect_temp: bool = False) -> StartReport:
        """Apply the role's rules at program start. ``redirect_temp`` also points Python's and Qt's
        temporary files (``tempfile``, ``TMPDIR``) into ``temp_dir()`` (the application does this).

        A user folder that cannot be used (not creatable, read-only, unreadable, a file in the place
        of it or of its ``tmp``) never stops the program: it runs without saving, in a private
        temporary folder that ``finish()`` deletes, and ``StartReport.unsaved`` says why."""
        try:
            report = self._start()
            fd, probe = tempfile.mkstemp(prefix=".lotse-probe-", suffix=store.TEMP_SUFFIX, dir=self.folder)
            os.close(fd)  # closed before it is deleted: Windows refuses to delete an open file ("sharing violation")
            Path(probe).unlink()
            if self.policy.sessions or redirect_temp:
                self.temp_dir()
        except OSError as exc:
            why = f"{exc.__class__.__name__}: {exc.strerror or exc}"
            self.base = Path(tempfile.mkdtemp(prefix="lotse-unsaved-"))
            self._unsaved = True
            paths.make_folder(self.base / "tmp")
            report = StartReport(role=self.role, folder=self.base, unsaved=why)
            if self.policy.sessions:
                self._new_session()
            else:
                self._use(self.base)
        report.folder = self.folder
        if redirect_temp:
            self._redirect_temp()
        return report

    def _start(self) -> StartReport:
        paths.make_folder(self.base)
        report = StartReport(role=self.role, folder=self.base)
        report.forgotten.add(self._retry_pending())
        for folder in (self.base, *self._session_folders()):  # copies a kill during a write left behind
            for where in (folder, folder / "drafts", folder / "portal-cache"):
                store.remove_stray_temp(where)
        if not self.policy.sessions:
            self._use(self.base)
            report.forgotten.add(self._wipe_folder(self.base / "tmp", keep_root=True))
            for old in self._session_folders():  # the role was a library/counter before: forget it
                report.forgotten.add(self._forget_folder(old))
        else:
            keep = self._resumable() if self.role is Role.LIBRARY else None
            for old in self._session_folders():
                if old != keep:
                    report.forgotten.add(self._forget_folder(old))
            # nothing personal outside a session folder at a library or counter (home use before)
            report.forgotten.add(self._forget_keyring(self._registry(self.base)))
            report.forgotten.add(
                self._wipe_folder(
                    self.base, keep_root=True, keep=lambda p: p.name in (KEYRING_PENDING, "role.json") or p == keep
                )
            )
            if keep is not None:
                self._use(keep)
                report.resumed = True
            else:
                self._new_session()
        return report

    def end_session(self) -> ForgetReport:
        """ "Sitzung beenden", "Neue Sitzung", "Nächste Person", the inactivity reset: forget
        everything of this session and open a fresh one."""
        if not self.policy.sessions:
            raise RuntimeError(f"role {self.role.value} has no sessions; use forget_everything()")
        old = self.folder
        self._new_session()  # first: every write still bound to the old session is refused from now on
        if self._temp_redirected:
            self._redirect_temp()
        return self._forget_folder(old)

    def forget_everything(self) -> ForgetReport:
        """ "Alles vergessen": every personal file and recorded keyring entry; settings stay."""
        if self.policy.sessions:
            return self.end_session()
        paths.renew()  # first: a draft or booking still on its way is not written after this
        report = self._forget_keyring(self._registry(self.base))
        report.add(
            self._wipe_folder(self.base, keep_root=True, keep=lambda p: p.name in NOT_PERSONAL or paths.is_cache(p))
        )
        self.temp_dir()
        return report

    def mark_activity(self) -> None:
        """The person is still working (the window calls this on each step): a library session
        that crashes now comes back after a restart."""
        if self.policy.sessions and self._folder is not None:
            store.write_json(self.folder / SESSION_MARKER, {"id": self.session_id, "active": self._clock()})

    def finish(self) -> ForgetReport:
        """The program ends normally: a library or counter session is forgotten now (only a crash
        leaves one behind, for ``start()`` to resume or delete). At home nothing happens."""
        report = ForgetReport()
        if self.policy.sessions and self._folder is not None:
            folder, self._folder = self._folder, None
            paths.set_session_folder(None)  # nothing more is written into it
            report = self._forget_folder(folder)
        if self._unsaved:
            shutil.rmtree(self.base, ignore_errors=True)
        self.close()
        return report

    def close(self) -> None:
        """At program end (and in tests): undo the folder and temp redirection."""
        if self._temp_redirected:
            tempfile.tempdir = self._old_tempdir
            if self._old_tmpdir_env is None:
                os.environ.pop("TMPDIR", None)
            else:
                os.environ["TMPDIR"] = self._old_tmpdir_env
            self._temp_redirected = False
        paths.set_session_folder(None)

    # --- keyring registry ------------------------------------------------------------------------
    def record_keyring_entry(self, service: str, username: str) -> None:
        """Call *before* creating a keyring entry (the recorder below does it for every entry). The
        entry goes to the registry of the session the calling work is bound to (``paths.current()``);
        ``paths.SessionEnded`` if that session has ended (then nothing may be created)."""
        entry = KeyringEntry(service, username)
        if not entry.personal:
            return
        folder = self._bound_folder()
        entries = set(self._registry(folder))
        if entry not in entries:
            entries.add(entry)
            self._write_registry(folder, entries)
        elif not paths.current().alive:
            raise paths.SessionEnded("the session this entry was for has ended")

    def unrecord_keyring_entry(self, service: str, username: str) -> None:
        folder = self._bound_folder()
        entries = set(self._registry(folder))
        entries.discard(KeyringEntry(service, username))
        with contextlib.suppress(paths.SessionEnded):  # the session's end deletes its registry with its folder
            self._write_registry(folder, entries)

    def _bound_folder(self) -> Path:
        b = paths.current()
        return b.folder if b.folder is not None else (self._folder if self._folder is not None else self.base)

    def keyring_entries(self) -> list[KeyringEntry]:
        return sorted(self._registry(self.folder))

    def inventory(self) -> Inventory:
        """Every file below the user folder (relative, sorted) and every recorded keyring entry."""
        cache = [c for c in self.base.iterdir() if paths.is_cache(c)] if self.base.is_dir() else []
        files = sorted(
            str(p.relative_to(self.base))
            for p in self.base.rglob("*")
            if p.is_file() and p.name != paths.FOLDER_MARKER and not any(c in p.parents for c in cache)
        )
        entries: set[KeyringEntry] = set()
        for folder in [self.base, *self._session_folders()]:
            entries |= set(self._registry(folder))
        return Inventory(tuple(files), tuple(sorted(entries)))

    def install_keyring_recorder(self) -> bool:
        """Wrap the keyring backend so every entry set through ``keyring`` is recorded first.
        Returns False (and changes nothing) when no working keyring is there."""
        kr = self._keyring_mod()
        if kr is None:
            return False
        backend = kr.get_keyring()
        recording = _recording_keyring_class()
        if isinstance(backend, recording):
            backend.memory = self
            return True
        if backend.__class__.__module__.startswith("keyring.backends.fail"):
            return False
        kr.set_keyring(recording(backend, self))
        return True

    # --- internals ------------------------------------------------------------------------------
    def _use(self, folder: Path) -> None:
        paths.make_folder(folder)
        self._folder = folder
        paths.set_session_folder(folder if self.policy.sessions or self._unsaved else None)

    def _new_session(self) -> None:
        folder = self.base / f"{SESSION_PREFIX}{os.urandom(6).hex()}"  # not `secrets`: its OpenSSL costs start-up
        self._use(folder)
        self.mark_activity()

    def _session_folders(self) -> list[Path]:
        if not self.base.is_dir():
            return []
        return sorted(p for p in self.base.iterdir() if _is_session_folder(p))

    def _resumable(self) -> Path | None:
        if self.resume_minutes <= 0:
            return None
        now = self._clock()
        best: tuple[float, Path] | None = None
        for folder in self._session_folders():
            try:
                marker = store.read_json(folder / SESSION_MARKER, default=None)
                active = float(marker["active"]) if isinstance(marker, dict) else None
            except (StateFileError, KeyError, TypeError, ValueError):
                active = None
            if active is None or not 0 <= now - active <= self.resume_minutes * 60:
                continue
            if best is None or active > best[0]:
                best = (active, folder)
        return best[1] if best else None

    def _forget_folder(self, folder: Path) -> ForgetReport:
        report = self._forget_keyring(self._registry(folder))
        report.add(self._wipe_folder(folder, keep_root=False))
        return report

    def _forget_keyring(self, entries: Iterable[KeyringEntry]) -> ForgetReport:
        report = ForgetReport()
        entries = sorted(set(entries))
        if not entries:
            return report
        kr = self._keyring_mod()
        if kr is not None and "keyring.backend" in sys.modules:
            backend = kr.get_keyring()
            if isinstance(backend, _recording_keyring_class()):
                kr = backend.inner  # the registry goes with its folder: no rewrite per entry
        for entry in entries:
            if kr is None:
                report.keyring_failed.append(entry)
                continue
            try:
                kr.delete_password(entry.service, entry.username)
                report.keyring_removed += 1
            except Exception as exc:  # noqa: BLE001 - keyring backends raise many kinds
                if _is_not_found(exc):
                    continue  # already gone (a cancelled booking): nothing personal left
                report.keyring_failed.append(entry)
        pending = set(self._pending()) - (set(entries) - set(report.keyring_failed))
        pending |= set(report.keyring_failed)
        self._write_registry(self.base, pending, name=KEYRING_PENDING)
        return report

    def _retry_pending(self) -> ForgetReport:
        pending = self._pending()
        return self._forget_keyring(pending) if pending else ForgetReport()

    def _pending(self) -> list[KeyringEntry]:
        return self._registry(self.base, name=KEYRING_PENDING)

    def owns_base(self) -> bool:
        """True if the user folder is clearly the program's own: its name says Lotse, or everything
        in it is something the program writes. Only then is *everything* in it deleted."""
        if "lotse" in self.base.name.lower() or paths.is_ours(self.base):
            return True
        return all(_known(p) for p in self.base.iterdir()) if self.base.is_dir() else True

    def _wipe_folder(
        self, folder: Path, *, keep_root: bool, keep: Callable[[Path], bool] = lambda p: False
    ) -> ForgetReport:
        report = ForgetReport()
        if folder.is_symlink() and folder != self.base:  # never follow a link (the user folder itself
            # may be one: that is where the person or IT put it): the link goes, what it points to stays
            if not keep_root:
                _unlink(folder, report, self.base)
            return report
        if not folder.is_dir():
            return report
        owned = self.owns_base()
        if keep_root and folder != self.base and not owned and not paths.is_ours(folder):
            self._wipe_own_files(folder, report)  # a person's own tmp/ that LOTSE_HOME points into
            return report
        children = list(folder.iterdir()) if keep_root else [folder]
        if folder == self.base and not owned:  # never someone else's files
            children = [c for c in children if _known(c) or c.name in _OWN_FILES_IN]
        for child in children:
            if keep(child) or child.name == paths.FOLDER_MARKER:
                continue
            if child.is_dir() and not child.is_symlink():
                if folder == self.base and not owned and not paths.is_ours(child) and not _is_session_folder(child):
                    self._wipe_own_files(child, report)  # a folder of that name the program did not make
                    continue
                count = sum(1 for p in child.rglob("*") if p.is_file() and p.name != paths.FOLDER_MARKER)
                try:
                    shutil.rmtree(child)  # removes links inside as links, never follows them
                    report.files_removed += count
                except OSError:
                    report.files_failed.append(str(child.relative_to(self.base)) if child != self.base else ".")
            elif child.name in _OWN_FILES_IN and not owned and folder == self.base:
                continue  # a file (or link) of that name the program did not make
            else:
                _unlink(child, report, self.base)
        return report

    def _wipe_own_files(self, folder: Path, report: ForgetReport) -> None:
        """Only the files the program writes into a folder it did not make (never the folder)."""
        for child in folder.iterdir():
            if child.is_file() and not child.is_symlink() and child.name.startswith(_OWN_FILES_IN.get(folder.name, ())):
                _unlink(child, report, self.base)

    def _registry(self, folder: Path, name: str = KEYRING_REGISTRY) -> list[KeyringEntry]:
        try:
            raw = store.read_json(folder / name, default=[])
        except StateFileError:
            return []
        out = []
        for item in raw if isinstance(raw, list) else []:
            if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
                out.append(KeyringEntry(item[0], item[1]))
        return out

    def _write_registry(self, folder: Path, entries: Iterable[KeyringEntry], name: str = KEYRING_REGISTRY) -> None:
        entries = sorted(set(entries))
        path = folder / name
        if entries:
            store.write_json(path, [[e.service, e.username] for e in entries])
        else:
            store.remove(path)

    def _keyring_mod(self) -> Any:
        if self._keyring is not None:
            return self._keyring
        try:
            import keyring  # lazy: backend discovery is slow
        except ImportError:  # pragma: no cover - a dependency
            return None
        return keyring

    def _redirect_temp(self) -> None:
        if not self._temp_redirected:
            self._old_tempdir = tempfile.tempdir
            self._old_tmpdir_env = os.environ.get("TMPDIR")
            self._temp_redirected = True
        tmp = str(self.temp_dir())
        tempfile.tempdir = tmp
        os.environ["TMPDIR"] = tmp


# In a folder of a known name that the program did not make, only these files are its own.
_OWN_FILES_IN = {
    "drafts": ("booking.json", "report.json", ".booking.json.", ".report.json."),
    "tmp": ("lotse-",),
    "portal-cache": ("catalogue-", ".catalogue-"),
}


def _is_session_folder(path: Path) -> bool:
    return (
        path.name.startswith(SESSION_PREFIX)
        and path.is_dir()
        and not path.is_symlink()
        and (paths.is_ours(path) or (path / SESSION_MARKER).is_file())
    )


def _unlink(path: Path, report: ForgetReport, base: Path) -> None:
    try:
        path.unlink()
        report.files_removed += 1
    except FileNotFoundError:
        pass
    except OSError:
        report.files_failed.append(str(path.relative_to(base)) if path != base else ".")


def _known(path: Path) -> bool:
    name = path.name
    if _is_session_folder(path):
        return True
    if name in ("tmp", "drafts", "portal-cache") and path.is_dir() and not paths.is_ours(path):
        return False  # a person's own folder of that name: the program did not make it
    return any(
        name == k
        or name.startswith(k + ".broken-")  # store.read_json puts damaged files aside
        or (name.startswith(f".{k}.") and name.endswith(".tmp"))  # store.write_json's temporary file
        for k in KNOWN_NAMES
    )


def _is_not_found(exc: Exception) -> bool:
    try:
        from keyring.errors import PasswordDeleteError
    except ImportError:  # pragma: no cover
        return False
    return isinstance(exc, PasswordDeleteError)


class _Recording(Protocol):
    """What the rest of this module uses of the recording backend (its class is made lazily, below)."""

    inner: KeyringBackend
    memory: Memory

    def __init__(self, inner: KeyringBackend, memory: Memory) -> None: ...


@functools.cache
def _recording_keyring_class() -> type[_Recording]:
    from keyring.backend import KeyringBackend  # lazy: keyring costs start-up time

    class RecordingKeyring(KeyringBackend):
        """A keyring backend that records the name of every entry in the session's registry
        *before* the real backend creates it, so a session end (or the next start after a crash)
        deletes it."""

        def __init__(self, inner: KeyringBackend, memory: Memory) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # keyring's __init__ is unannotated
            self.inner = inner
            self.memory = memory

        @property
        def priority(self) -> float:
            return float(getattr(self.inner, "priority", 1))

        def get_password(self, service: str, username: str) -> str | None:
            return self.inner.get_password(service, username)

        def set_password(self, service: str, username: str, password: str) -> None:
            binding = paths.current()
            self.memory.record_keyring_entry(service, username)  # SessionEnded: nothing is created
            self.inner.set_password(service, username, password)
            if not binding.alive and KeyringEntry(service, username).personal:
                # the session ended while the entry was made: its end may have missed it — delete it
                # gone already, or the keyring refuses: retried at start
                with contextlib.suppress(Exception):
                    self.inner.delete_password(service, username)
                raise paths.SessionEnded("the session this entry was for has ended")

        def delete_password(self, service: str, username: str) -> None:
            self.inner.delete_password(service, username)
            self.memory.unrecord_keyring_entry(service, username)

        def get_credential(self, service: str, username: str | None) -> Credential | None:
            return self.inner.get_credential(service, username)

    return RecordingKeyring


# --- the role a person picked on the screen (only where the deployment file fixes none) ----------


def _role_path() -> Path:
    return paths.base_home() / "role.json"


def load_screen_role() -> Role:
    try:
        raw = store.read_json(_role_path(), default={})
        return Role(raw.get("role", "home")) if isinstance(raw, dict) else Role.HOME
    except (StateFileError, ValueError):
        return Role.HOME


def save_screen_role(role: Role) -> None:
    store.write_json(_role_path(), {"role": Role(role).value})
