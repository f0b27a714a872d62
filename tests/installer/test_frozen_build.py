"""The frozen build: built from installer/lotse.spec, it starts, paints its window and exits cleanly.

The build (``bash installer/build-linux.sh --frozen``, ~40 s from a clean checkout, a few seconds
more to install PyInstaller) is done once per test run, or reused when ``dist/lotse`` is newer than
every source file. ``LOTSE_FROZEN_REBUILD=1`` forces a build. The frozen program runs with a clean
environment (no venv, no PYTHONPATH), offscreen, with its own empty user folder, and fails the test on
an error exit, a start-up notice, or any stderr line not in ``HARMLESS_STDERR``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.core.languages import all_languages
from tests.installer.installer_files import INSTALLER, REPO, source_version, spec_constants

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux frozen build is tested on Linux"),
]

DIST = REPO / "dist" / "lotse"
PROGRAM = DIST / "lotse"
STAMP = REPO / "build" / "lotse-frozen.stamp"  # written after a successful build
SOURCES = [
    REPO / "assistant",
    REPO / "resources",
    INSTALLER / "lotse.spec",
    INSTALLER / "lotse_entry.py",
    REPO / "pyproject.toml",
]
# stderr lines a healthy start may print (exact lines or patterns). Anything else fails the test.
HARMLESS_STDERR = [
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),  # Qt's offscreen platform
]


def newest_source() -> float:
    newest = 0.0
    for src in SOURCES:
        files = [src] if src.is_file() else [p for p in src.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        newest = max([newest] + [p.stat().st_mtime for p in files])
    return newest


@pytest.fixture(scope="module")
def frozen() -> Path:
    fresh = PROGRAM.exists() and STAMP.exists() and STAMP.stat().st_mtime > newest_source()
    if not fresh or os.environ.get("LOTSE_FROZEN_REBUILD"):
        STAMP.unlink(missing_ok=True)
        start = time.monotonic()
        proc = subprocess.run(
            ["bash", str(INSTALLER / "build-linux.sh"), "--frozen"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert proc.returncode == 0, f"the frozen build failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
        print(f"\nfrozen build took {time.monotonic() - start:.1f} s: {proc.stdout.strip().splitlines()[-1]}")
        STAMP.parent.mkdir(parents=True, exist_ok=True)
        STAMP.touch()
    return DIST


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives a program: no venv, no PYTHONPATH; our own user folder."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PYTEST", "LOTSE_", "QT_")) and k != "PATH"
    }
    # A desktop session always has a UTF-8 locale; without one Qt warns on stderr (and falls back to C.UTF-8).
    env.update(
        PATH="/usr/local/bin:/usr/bin:/bin",
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        LOTSE_HOME=str(tmp_path / "lotse-home"),
        LOTSE_DEPLOY_CONFIG=str(tmp_path / "no-deployment.conf"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
    )
    (tmp_path / "runtime").mkdir(mode=0o700, exist_ok=True)
    env.update(extra)
    return env


def unexpected_stderr(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and not any(p.search(line) for p in HARMLESS_STDERR)]


def smoke(program: Path | list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    cmd = [str(program)] if isinstance(program, Path) else program
    return subprocess.run([*cmd, "--smoke-test"], env=env, capture_output=True, text=True, timeout=120)


def test_frozen_smoke_test_passes_like_the_source(frozen, tmp_path):
    proc = smoke(frozen / "lotse", clean_env(tmp_path))
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    assert unexpected_stderr(proc.stderr) == [], proc.stderr
    assert "lotse: notice:" not in proc.stdout, proc.stdout  # e.g. a capability that could not be imported
    m = re.search(r"smoke test ok \((\d+) guides, (\d+) notices", proc.stdout)
    assert m and m.group(2) == "0", proc.stdout
    # the frozen program finds every guide the source checkout finds (resources collected completely)
    source = smoke([sys.executable, "-m", "assistant"], clean_env(tmp_path, PYTHONPATH=str(REPO)))
    assert source.returncode == 0, source.stderr
    assert re.search(r"\((\d+) guides", source.stdout).group(1) == m.group(1)


def test_frozen_program_in_english_loads_its_translations(frozen, tmp_path):
    proc = subprocess.run(
        [frozen / "lotse", "--lang", "en", "--smoke-test"],
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0 and re.search(r"smoke test ok \(\d+ guides, 0 notices", proc.stdout), (
        proc.stdout + proc.stderr
    )  # a .qm that is missing or broken would be a notice
    assert unexpected_stderr(proc.stderr) == [], proc.stderr
    assert list((frozen / "_internal" / "resources" / "translations").glob("lotse_*_en.qm"))


def test_frozen_version_and_deployment_check(frozen, tmp_path):
    env = clean_env(tmp_path)
    assert (
        subprocess.run(
            [frozen / "lotse", "--version"], env=env, capture_output=True, text=True, timeout=60
        ).stdout.strip()
        == source_version()
    )
    conf = tmp_path / "lotse.conf"
    conf.write_text("[lotse]\nrole = library\ncity = bochum\n", encoding="utf-8")
    proc = subprocess.run(
        [frozen / "lotse", "--check-deployment", conf], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and "role = library (fixed)" in proc.stdout, proc.stdout + proc.stderr
    conf.write_text("[lotse]\nrole = kiosk\n", encoding="utf-8")
    proc = subprocess.run(
        [frozen / "lotse", "--check-deployment", conf], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 1 and "line 2" in proc.stdout and "lotse.role" in proc.stdout


def test_bundle_holds_the_resources_and_only_the_wanted_qt(frozen):
    internal = frozen / "_internal"
    # every resource file the program reads is there (sources such as .ts are not)
    source_files = {
        p.relative_to(REPO / "resources").as_posix()
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and p.suffix not in (".ts", ".pyc") and "__pycache__" not in p.parts
    }
    bundled = {
        p.relative_to(internal / "resources").as_posix() for p in (internal / "resources").rglob("*") if p.is_file()
    }
    assert source_files == bundled
    names = {p.name for p in internal.rglob("*")}
    for unwanted in (
        "libQt6WebEngineCore.so.6",
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libQt63DCore.so.6",
        "QtQml.abi3.so",
        "QtMultimedia.abi3.so",
        "libgtk-3.so.0",
        "libQt6VirtualKeyboard.so.6",
    ):
        assert unwanted not in names, unwanted
    for module in spec_constants()["QT_MODULES"]:
        assert f"{module}.abi3.so" in names, module
    for needed in (
        "libQt6DBus.so.6",
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
        "libqtexttospeech_speechd.so",
        "libcupsprintersupport.so",
        "libqsvg.so",
    ):
        assert needed in names, needed  # linked by QtGui / needed on a real desktop
    qt_translations = {p.name for p in internal.rglob("translations/*.qm") if "PySide6" in p.parts}
    codes = "|".join(lang.code for lang in all_languages())  # Qt's own catalogues of our languages only
    assert qt_translations and all(re.search(rf"_({codes})\.qm$", n) for n in qt_translations)
    size = sum(p.stat().st_size for p in frozen.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nfrozen folder: {size / 2**20:.0f} MiB")
    assert size < 260 * 2**20, f"the frozen folder grew to {size / 2**20:.0f} MiB"


def test_release_installs_and_the_installed_program_starts(frozen, tmp_path):
    """The real release: staged, installed below a folder with --role/--city, started from there."""
    release = tmp_path / "release" / f"lotse-{source_version()}"
    subprocess.run(
        ["bash", str(INSTALLER / "linux" / "stage-release.sh"), str(frozen), str(release)], check=True, timeout=300
    )
    root = tmp_path / "root"
    subprocess.run(
        [
            "bash",
            str(release / "install.sh"),
            "--destdir",
            str(root),
            "--role",
            "counter",
            "--city",
            "bochum",
            "--quiet",
        ],
        check=True,
        timeout=300,
    )
    shutil.rmtree(release)  # nothing may point back into the release folder
    program = root / "opt" / "lotse" / "lotse"
    env = clean_env(tmp_path, LOTSE_DEPLOY_CONFIG=str(root / "etc" / "lotse" / "lotse.conf"))
    check = subprocess.run([program, "--check-deployment"], env=env, capture_output=True, text=True, timeout=60)
    assert check.returncode == 0 and "role = counter (fixed)" in check.stdout, check.stdout + check.stderr
    proc = smoke(program, env)
    assert proc.returncode == 0 and "smoke test ok" in proc.stdout, proc.stdout + proc.stderr
    assert unexpected_stderr(proc.stderr) == [], proc.stderr


def test_frozen_program_on_a_real_x_server(frozen, tmp_path):
    """Not offscreen: the xcb platform plugin and the X libraries it brings load from the bundle."""
    if not shutil.which("xvfb-run"):
        pytest.skip("xvfb-run is not installed (scripts/setup.sh installs xvfb)")
    env = clean_env(tmp_path)
    env.pop("QT_QPA_PLATFORM")
    proc = subprocess.run(
        ["xvfb-run", "-a", str(frozen / "lotse"), "--smoke-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0 and "smoke test ok" in proc.stdout, proc.stdout + proc.stderr
    assert unexpected_stderr(proc.stderr) == [], proc.stderr


def test_licences_ship_beside_the_program(frozen):
    """issue 14: Lotse's licence and every third-party licence are inside every build."""
    assert (frozen / "LICENSE.txt").read_text(encoding="utf-8").startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    notices = (frozen / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for part in (
        "CPython",
        "PSF",
        "Qt 6",
        "LGPL-3.0",
        "GNU LESSER GENERAL PUBLIC LICENSE",
        "PyInstaller bootloader",
        "DejaVu",
        "requests",
        "keyring",
        "cryptography",
        "PyYAML",
        "urllib3",
        "websockets",
    ):
        assert part in notices, part
    # the libraries taken from the build machine (libxcb, libfreetype …) with their Debian copyright files
    if shutil.which("dpkg"):
        assert "(Debian) - system library of the build machine" in notices
    # every Python package in the bundle that has metadata is named in the notice
    bundled = {p.name.split("-")[0].lower().replace("_", "-") for p in (frozen / "_internal").glob("*.dist-info")}
    named = notices.lower().replace("_", "-")
    assert not [b for b in bundled if b not in named and b not in ("pyinstaller", "setuptools")], bundled


def test_the_debian_package_is_lintian_clean(frozen, tmp_path):
    """Every lintian tag that stays is named, with its reason, in installer/linux/deb/lintian-overrides."""
    if not shutil.which("lintian") or not shutil.which("dpkg-deb"):
        pytest.skip("lintian / dpkg-deb not installed (scripts/setup.sh installs lintian)")
    release = tmp_path / "release" / f"lotse-{source_version()}"
    subprocess.run(
        ["bash", str(INSTALLER / "linux" / "stage-release.sh"), str(frozen), str(release)], check=True, timeout=300
    )
    deb = subprocess.run(
        ["bash", str(INSTALLER / "linux" / "build-deb.sh"), str(release), str(tmp_path / "out")],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    ).stdout.strip()
    proc = subprocess.run(["lintian", "--tag-display-limit", "0", deb], capture_output=True, text=True, timeout=900)
    tags = [line for line in proc.stdout.splitlines() if re.match(r"^[EW]: ", line)]
    assert tags == [], "\n".join(tags[:40])
