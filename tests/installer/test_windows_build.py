"""The Windows program, built and tested on Linux with Wine (installer/windows/build-windows.sh).

One run of the script per test session builds the frozen ``lotse.exe`` under Wine (it must pass its own
``--smoke-test`` there), the MSI for city IT and the setup for homes; the tests then install them silently
into a Wine prefix of their own (``build/windows/prefix-install``, made fresh), check what they wrote,
and uninstall them. ``LOTSE_WINDOWS_REBUILD=1`` forces the frozen build; otherwise it is reused while it
is newer than every source. Needs the packages of scripts/setup.sh (wine, nsis, wixl, msitools,
osslsigncode, mingw-w64); CI has them. Marked ``windows``: ``-m "not windows"`` leaves it out.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.installer.installer_files import INSTALLER, REPO, source_version

# the first test also waits for the build (~5-8 min on 2 busy cores): more than the suite's 10-minute default
pytestmark = [pytest.mark.slow, pytest.mark.windows, pytest.mark.timeout(1800)]

WORK = REPO / "build" / "windows"
DIST = REPO / "dist"
EXE = DIST / "windows" / "lotse" / "lotse.exe"
MSI = DIST / f"lotse-{source_version()}-windows-x64.msi"
SETUP = DIST / f"lotse-{source_version()}-windows-x64-setup.exe"
PREFIX = WORK / "prefix-install"
HOME = WORK / "home-install"  # Wine links the Windows desktop to $HOME: keep it out of the real one
TOOLS = ("wine", "wineserver", "wixl", "msibuild", "makensis", "osslsigncode", "x86_64-w64-mingw32-gcc")


@pytest.fixture(scope="module")
def build() -> str:
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI lacks {missing}: scripts/setup.sh installs them")
        pytest.skip(f"not installed: {missing} (LOTSE_WINDOWS_BUILD=1 bash scripts/setup.sh)")
    args = ["bash", str(INSTALLER / "windows" / "build-windows.sh")]
    if os.environ.get("LOTSE_WINDOWS_REBUILD"):
        (WORK / "frozen.stamp").unlink(missing_ok=True)
    start = time.monotonic()
    proc = subprocess.run(args, cwd=REPO, capture_output=True, text=True, errors="replace", timeout=1700)
    took = time.monotonic() - start
    timings = "\n".join(line for line in proc.stdout.splitlines() if line.startswith("build-windows:"))
    print(f"\nWindows build, {took:.0f} s:\n{timings}")
    assert proc.returncode == 0, f"build-windows.sh failed:\n{proc.stdout[-6000:]}\n{proc.stderr[-4000:]}"
    return proc.stdout


def wine_env() -> dict[str, str]:
    return dict(
        os.environ,
        WINEPREFIX=str(PREFIX),
        WINEARCH="win64",
        WINEDEBUG="-all",
        HOME=str(HOME),
        WINEDLLOVERRIDES="mscoree,mshtml=;propsys=n",
    )


def wine(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    """A Windows program under Wine; stdout a pipe (a Windows Python fails on a regular file there)."""
    return subprocess.run(
        ["wine", *args],
        env=wine_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
    )


def winpath(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


@pytest.fixture(scope="module")
def prefix(build) -> Path:
    """A fresh Wine prefix to install into (with the same test-only stand-in DLLs as the build's)."""
    shutil.rmtree(PREFIX, ignore_errors=True)
    shutil.rmtree(HOME, ignore_errors=True)
    HOME.mkdir(parents=True)
    env = dict(wine_env(), WINEDLLOVERRIDES="mscoree,mshtml=")
    subprocess.run(["wineboot", "-i"], env=env, capture_output=True, timeout=600, check=True)
    subprocess.run(["wineserver", "-w"], env=env, timeout=600, check=True)
    for dll in ("propsys.dll", "icuuc.dll", "bcryptprimitives.dll"):
        shutil.copy(
            WORK / "prefix" / "drive_c" / "windows" / "system32" / dll,
            PREFIX / "drive_c" / "windows" / "system32" / dll,
        )
    yield PREFIX
    subprocess.run(["wineserver", "-k"], env=wine_env(), capture_output=True, timeout=120)


def program_files() -> Path:
    return PREFIX / "drive_c" / "Program Files" / "Lotse"


def deployment_file() -> Path:
    return PREFIX / "drive_c" / "ProgramData" / "Lotse" / "lotse.conf"


def msiexec(*args: str) -> int:
    return wine("msiexec", *args).returncode


# --- the frozen program ----------------------------------------------------------------------------


def test_the_build_checked_its_python_and_its_program(build):
    assert re.search(r"Authenticode signatures ok \((\d+) binaries", build), build[-3000:]
    assert re.search(r"lotse: smoke test ok \(\d+ guides, 0 notices, screen home\)", build), build[-3000:]
    for name in ("LICENSE.txt", "THIRD-PARTY-NOTICES.txt"):
        assert (EXE.parent / name).is_file(), name
    notices = (EXE.parent / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert "Windows AMD64" in notices and "pywin32-ctypes" in notices  # the Windows wheels, not the Linux ones


def test_the_frozen_exe_runs_its_tools_under_wine(prefix, tmp_path):
    assert wine(str(EXE), "--version").stdout.strip() == source_version()
    key = tmp_path / "city.key"  # Ed25519 by cryptography's Rust extension: the frozen build has it
    proc = wine(str(EXE), "--make-key", winpath(key))
    assert proc.returncode == 0 and "public_key = " in proc.stdout, proc.stdout + proc.stderr
    assert key.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")


def test_the_frozen_exe_renders_every_screen_under_wine(prefix, tmp_path):
    """--tour: every screen of every guide painted by the frozen lotse.exe (Qt, fonts, images, styles)."""
    import json

    from assistant.core.guide import GuideLibrary

    library = GuideLibrary.load(None)
    expected = {"home"} | {f"{gid}/{sid}" for gid in library.ids() for sid in library.get(gid, "de").steps}
    out = tmp_path / "tour"
    proc = wine("cmd", "/c", f"set QT_QPA_PLATFORM=offscreen&& {winpath(EXE)} --tour {winpath(out)}", timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    meta = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert {s["screen"] for s in meta["screens"]} == expected and meta["notices"] == []
    for screen in meta["screens"]:
        assert (out / screen["file"]).stat().st_size > 1000, screen["file"]


# --- the MSI for city IT ---------------------------------------------------------------------------


def test_msi_installs_writes_the_deployment_file_and_uninstalls_cleanly(prefix):
    assert msiexec("/i", winpath(MSI), "/qn", "ROLE=counter", "CITY=bochum", "LANGUAGE=de") == 0
    assert (program_files() / "lotse.exe").is_file()
    for name in ("LICENSE.txt", "THIRD-PARTY-NOTICES.txt", "lotse.conf.example"):
        assert (program_files() / name).is_file(), name
    conf = deployment_file().read_text(encoding="utf-8")
    assert re.search(r"(?m)^role\s*=\s*counter$", conf) and re.search(r"(?m)^city\s*=\s*bochum$", conf), conf
    check = wine(str(program_files() / "lotse.exe"), "--check-deployment")
    assert check.returncode == 0 and "role = counter (fixed)" in check.stdout, check.stdout + check.stderr
    smoke = wine("cmd", "/c", r"cd /d %ProgramFiles%\Lotse&& set QT_QPA_PLATFORM=offscreen&& lotse.exe --smoke-test")
    assert smoke.returncode == 0 and "smoke test ok" in smoke.stdout, smoke.stdout + smoke.stderr

    # installed again with an unknown city or role: refused, nothing changes (the city stays bochum)
    assert msiexec("/i", winpath(MSI), "/qn", "CITY=gotham") != 0
    assert msiexec("/i", winpath(MSI), "/qn", "ROLE=kiosk") != 0
    assert deployment_file().read_text(encoding="utf-8") == conf
    # installed again with a new role: only that key changes
    assert msiexec("/i", winpath(MSI), "/qn", "ROLE=library") == 0
    again = deployment_file().read_text(encoding="utf-8")
    assert "role=library" in again.replace(" ", "") and "city=bochum" in again.replace(" ", ""), again

    assert msiexec("/x", winpath(MSI), "/qn") == 0
    assert not program_files().exists()
    assert not deployment_file().parent.exists()


def test_msi_refuses_an_unknown_role_with_nothing_installed(prefix):
    assert msiexec("/i", winpath(MSI), "/qn", "ROLE=kiosk", "CITY=bochum") != 0
    assert not program_files().exists() and not deployment_file().exists()
    assert msiexec("/i", winpath(MSI), "/qn", "LANGUAGE=fr") != 0
    assert not program_files().exists()


# --- the setup for homes ---------------------------------------------------------------------------


def wait_until(condition, seconds: float = 120) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.5)
    return condition()


def test_home_setup_installs_for_the_person_and_uninstalls(prefix):
    user = next(p for p in (PREFIX / "drive_c" / "users").iterdir() if p.name != "Public")
    installed = user / "AppData" / "Local" / "Programs" / "Lotse"
    proc = wine(winpath(SETUP), "/S")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (installed / "lotse.exe").is_file() and (installed / "THIRD-PARTY-NOTICES.txt").is_file()
    assert (HOME / "Lotse.lnk").is_file()  # the desktop (Wine links it to $HOME)
    assert (user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Lotse.lnk").is_file()
    assert not deployment_file().exists()  # a home install writes no deployment file: role home
    key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Lotse"
    assert "uninstall.exe" in wine("reg", "query", key).stdout
    smoke = wine(
        "cmd",
        "/c",
        f"cd /d C:\\users\\{user.name}\\AppData\\Local\\Programs\\Lotse&& "
        "set QT_QPA_PLATFORM=offscreen&& lotse.exe --smoke-test",
    )
    assert smoke.returncode == 0 and "smoke test ok" in smoke.stdout, smoke.stdout + smoke.stderr

    personal = user / "AppData" / "Local" / "Lotse"
    personal.mkdir(parents=True, exist_ok=True)
    (personal / "progress.json").write_text("{}", encoding="utf-8")
    assert wine(winpath(installed / "uninstall.exe"), "/S").returncode == 0
    # the uninstaller runs on from a copy of itself: wait for it
    assert wait_until(lambda: not installed.exists()), sorted(p.name for p in installed.iterdir())
    assert not personal.exists() and not (HOME / "Lotse.lnk").exists()
    assert wine("reg", "query", key).returncode != 0


def test_home_setup_shows_large_print_and_asks_nothing_else():
    """The setup's own pages: two (welcome with »Einrichten«, done with »Fertig«), 20 pt, no folder,
    component or autostart question, installed for the person (no administrator rights)."""
    script = (INSTALLER / "windows" / "nsis" / "lotse.nsi").read_text(encoding="utf-8")
    pages = re.findall(r"(?m)^Page (\w+)", script)
    assert pages == ["custom", "instfiles", "custom"], pages
    assert 'CreateFont $BigFont "Segoe UI" 20' in script
    assert "RequestExecutionLevel user" in script and "autostart" not in script.lower().replace("no autostart", "")
    assert not re.search(r"(?m)^(Page (directory|components)|InstType)", script)
