"""Where AusweisApp is installed, and how to start it (no Qt; nothing here waits).

``find_ausweisapp()`` tells "installed but not running" from "not installed", so the status strip
can say which it is and offer a large "AusweisApp starten" button:

* Linux: the ``AusweisApp`` (2.x) or ``AusweisApp2`` (up to 1.26) program on the PATH or in the usual
  folders, or the Flatpak ``de.bund.ausweisapp.ausweisapp2`` (system or user installation).
* Windows: the install folder from the registry (the uninstall entry whose ``DisplayName`` starts
  with "AusweisApp": ``InstallLocation``), else the usual folders under ``%ProgramFiles%``.
* macOS: ``/Applications/AusweisApp.app`` (or ``AusweisApp2.app``).

``LOTSE_AUSWEISAPP_PROGRAM`` names the program to start instead (counters with a special setup, tests).

Started without ``--show``, the desktop AusweisApp keeps its window hidden (``--help``: "--show  Show
window on startup") and serves the SDK on port 24727 — the person stays in Lotse.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROGRAM_ENV = "LOTSE_AUSWEISAPP_PROGRAM"
FLATPAK_ID = "de.bund.ausweisapp.ausweisapp2"
NAMES = ("AusweisApp", "AusweisApp2")
LINUX_DIRS = ("/usr/bin", "/usr/local/bin", "/opt/AusweisApp/bin", "/opt/ausweisapp/bin")
FLATPAK_EXPORTS = ("/var/lib/flatpak/exports/bin", "~/.local/share/flatpak/exports/bin")
MAC_APPS = ("/Applications/AusweisApp.app", "/Applications/AusweisApp2.app")
UNINSTALL_KEY = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"


@dataclass(frozen=True)
class InstalledApp:
    command: tuple[str, ...]  # how to start it, its window hidden
    where: str  # what was found: a program path, the Flatpak id, an app bundle


def windows_registry_entries() -> list[tuple[str, str]]:
    """(DisplayName, InstallLocation) of the installed programs (Windows only; [] elsewhere)."""
    if sys.platform != "win32":
        return []
    import winreg

    out: list[tuple[str, str]] = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        for view in (winreg.KEY_WOW64_64KEY, winreg.KEY_WOW64_32KEY):
            try:
                root = winreg.OpenKey(hive, UNINSTALL_KEY, 0, winreg.KEY_READ | view)
            except OSError:
                continue
            with root:
                for i in range(winreg.QueryInfoKey(root)[0]):
                    try:
                        with winreg.OpenKey(root, winreg.EnumKey(root, i)) as key:
                            name = str(winreg.QueryValueEx(key, "DisplayName")[0])
                            where = str(winreg.QueryValueEx(key, "InstallLocation")[0])
                    except OSError:
                        continue
                    out.append((name, where))
    return out


def find_ausweisapp(
    *,
    system: str | None = None,
    which: Callable[[str], str | None] = shutil.which,
    is_file: Callable[[Path], bool] = Path.is_file,
    is_dir: Callable[[Path], bool] = Path.is_dir,
    registry: Callable[[], Iterable[tuple[str, str]]] = windows_registry_entries,
    env: dict[str, str] | None = None,
) -> InstalledApp | None:
    """The installed AusweisApp, or None when it is not installed (as far as we can see)."""
    env = dict(os.environ) if env is None else env
    chosen = env.get(PROGRAM_ENV, "").strip()
    if chosen:
        return InstalledApp((chosen,), chosen) if is_file(Path(chosen)) else None
    system = system or platform.system()
    if system == "Windows":
        return _windows(env, is_file, registry)
    if system == "Darwin":
        for app in MAC_APPS:
            if is_dir(Path(app)):
                return InstalledApp(("open", "-g", "-a", app), app)
        return None
    return _linux(env, which, is_file)


def _linux(
    env: dict[str, str], which: Callable[[str], str | None], is_file: Callable[[Path], bool]
) -> InstalledApp | None:
    for name in NAMES:
        found = which(name)
        if found:
            return InstalledApp((found,), found)
        for folder in LINUX_DIRS:
            path = Path(folder) / name
            if is_file(path):
                return InstalledApp((str(path),), str(path))
    home = env.get("HOME", "")
    for folder in FLATPAK_EXPORTS:
        path = Path(folder.replace("~", home, 1) if folder.startswith("~") else folder) / FLATPAK_ID
        if is_file(path):
            flatpak = which("flatpak") or "flatpak"
            return InstalledApp((flatpak, "run", FLATPAK_ID), FLATPAK_ID)
    return None


def _windows(
    env: dict[str, str], is_file: Callable[[Path], bool], registry: Callable[[], Iterable[tuple[str, str]]]
) -> InstalledApp | None:
    folders: list[Path] = []
    for name, where in registry():
        if name.startswith("AusweisApp") and where:
            folders.append(Path(where))
    for var in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        base = env.get(var)
        if base:
            folders += [Path(base) / "AusweisApp", Path(base) / "AusweisApp2"]
    for folder in folders:
        for name in NAMES:
            exe = folder / f"{name}.exe"
            if is_file(exe):
                return InstalledApp((str(exe),), str(exe))
    return None


# The programs started here, kept until they end: a dropped Popen of a running program is never
# reaped (a zombie once it exits) and Python warns about it (ResourceWarning).
_started: list[subprocess.Popen[bytes]] = []


def start(found: InstalledApp) -> bool:
    """Start AusweisApp in the background (its own process, not waited for). False if it failed."""
    kwargs: dict[str, Any] = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "close_fds": True,
    }
    if platform.system() == "Windows":
        kwargs["creationflags"] = getattr(subprocess, "DETACHED_PROCESS", 0) | getattr(
            subprocess, "CREATE_NEW_PROCESS_GROUP", 0
        )
    else:
        kwargs["start_new_session"] = True
    try:
        proc = subprocess.Popen(list(found.command), **kwargs)
    except OSError:
        return False
    _started[:] = [p for p in _started if p.poll() is None]  # poll() reaps those that have ended
    _started.append(proc)
    return True


def stop_started(timeout: float = 10.0) -> int:
    """End every program ``start`` started that still runs (asked first, killed after ``timeout``
    seconds) and reap them all; returns how many were still running.

    For tests, whose stand-in "AusweisApp" must end with the test. The program itself never calls it:
    the AusweisApp it started is the person's own, also serves a browser's eID login on the same port,
    and holds nothing of the person, so it stays running when Lotse ends, as if started by hand."""
    running = 0
    for proc in _started:
        if proc.poll() is not None:
            continue
        running += 1
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)
    _started.clear()
    return running
