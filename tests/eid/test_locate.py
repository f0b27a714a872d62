"""Where AusweisApp is installed (Linux binaries, Flatpak, Windows registry, macOS), plain pytest.

The look-ups take their file checks and the registry as arguments, so every platform's code path runs
here; on this Linux machine the real look-up also finds the installed Debian package."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.eid import locate
from assistant.eid.locate import FLATPAK_ID, PROGRAM_ENV, find_ausweisapp


def files(*present: str):
    wanted = {str(p).replace("\\", "/") for p in present}
    return lambda p: str(p).replace("\\", "/") in wanted


def no_which(_name):
    return None


def test_linux_finds_the_new_name_first_then_the_old_one():
    found = find_ausweisapp(
        system="Linux", which=lambda n: f"/usr/bin/{n}" if n == "AusweisApp2" else None, is_file=files(), env={}
    )
    assert found is not None and found.command == ("/usr/bin/AusweisApp2",)
    found = find_ausweisapp(system="Linux", which=no_which, is_file=files("/opt/AusweisApp/bin/AusweisApp"), env={})
    assert found.command == ("/opt/AusweisApp/bin/AusweisApp",)


def test_linux_flatpak_system_and_user():
    system = find_ausweisapp(
        system="Linux",
        which=lambda n: "/usr/bin/flatpak" if n == "flatpak" else None,
        is_file=files(f"/var/lib/flatpak/exports/bin/{FLATPAK_ID}"),
        env={"HOME": "/home/x"},
    )
    assert system.command == ("/usr/bin/flatpak", "run", FLATPAK_ID)
    user = find_ausweisapp(
        system="Linux",
        which=no_which,
        is_file=files(f"/home/x/.local/share/flatpak/exports/bin/{FLATPAK_ID}"),
        env={"HOME": "/home/x"},
    )
    assert user is not None and user.where == FLATPAK_ID


def test_linux_not_installed():
    assert find_ausweisapp(system="Linux", which=no_which, is_file=files(), env={"HOME": "/home/x"}) is None


def test_windows_install_location_from_the_registry():
    def reg():
        return [("Mozilla Firefox", r"C:\Program Files\Firefox"), ("AusweisApp", r"D:\Apps\AusweisApp")]

    exe = str(Path(r"D:\Apps\AusweisApp") / "AusweisApp.exe")
    found = find_ausweisapp(system="Windows", registry=reg, is_file=files(exe), env={})
    assert found is not None and found.command[0].replace("\\", "/") == "D:/Apps/AusweisApp/AusweisApp.exe"


def test_windows_program_files_and_missing():
    exe = str(Path(r"C:\Program Files") / "AusweisApp2" / "AusweisApp2.exe")
    found = find_ausweisapp(
        system="Windows", registry=list, is_file=files(exe), env={"ProgramFiles": r"C:\Program Files"}
    )
    assert found is not None and found.command == (exe,)
    assert find_ausweisapp(system="Windows", registry=list, is_file=files(), env={}) is None


def test_windows_registry_reader_is_harmless_elsewhere():
    if sys.platform != "win32":
        assert locate.windows_registry_entries() == []


def test_macos_bundle_starts_in_the_background():
    found = find_ausweisapp(system="Darwin", is_dir=files("/Applications/AusweisApp.app"), env={})
    assert found.command == ("open", "-g", "-a", "/Applications/AusweisApp.app")
    assert find_ausweisapp(system="Darwin", is_dir=files(), env={}) is None


def test_the_program_named_by_the_setting_wins(tmp_path):
    prog = tmp_path / "MyAusweisApp"
    prog.write_text("", encoding="utf-8")
    assert find_ausweisapp(env={PROGRAM_ENV: str(prog)}).command == (str(prog),)
    assert find_ausweisapp(env={PROGRAM_ENV: str(tmp_path / "missing")}) is None


@pytest.mark.skipif(
    not Path("/usr/bin/AusweisApp2").is_file(), reason="the Debian package ausweisapp2 is not installed"
)
def test_the_installed_debian_package_is_found():
    found = find_ausweisapp(env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"})
    assert found is not None and found.command[0].endswith("AusweisApp2")


def test_start_reports_a_program_that_cannot_start(tmp_path):
    assert locate.start(locate.InstalledApp((str(tmp_path / "nothing-here"),), "x")) is False


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_stop_started_ends_what_start_started_and_reaps_it(tmp_path):
    """A program that ends when asked, one that ignores being asked (killed after the time given) and
    one that has ended by itself: all reaped, the list empty, nothing left running."""
    import os
    import signal
    import time

    ready = tmp_path / "deaf.ready"
    deaf = (
        "import pathlib, signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        f"pathlib.Path({str(ready)!r}).touch(); time.sleep(60)"
    )
    assert locate.stop_started() == 0  # nothing started yet
    assert locate.start(locate.InstalledApp((sys.executable, "-c", "import time; time.sleep(60)"), "x"))
    assert locate.start(locate.InstalledApp((sys.executable, "-c", deaf), "x"))
    assert locate.start(locate.InstalledApp((sys.executable, "-c", "pass"), "x"))
    procs = list(locate._started)
    procs[2].wait(10)  # the one that ends by itself
    deadline = time.monotonic() + 10
    while not ready.exists() and time.monotonic() < deadline:  # SIGTERM is ignored from here on
        time.sleep(0.02)
    started = time.monotonic()
    assert locate.stop_started(timeout=0.5) == 2
    assert time.monotonic() - started < 5
    assert [p.returncode for p in procs] == [-signal.SIGTERM, -signal.SIGKILL, 0]
    for p in procs:
        with pytest.raises(ProcessLookupError):
            os.kill(p.pid, 0)  # reaped: no zombie left behind
    assert locate.stop_started() == 0
