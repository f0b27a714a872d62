"""Linux packaging: the desktop entry and metainfo validate; install.sh, uninstall.sh and the .deb do
what docs/install.md says, including the deployment settings file, which the program reads back.

install.sh runs for real, staged below a temporary folder (``--destdir``), on a small program folder
that has the layout of the frozen build (tests/installer/test_frozen_build.py installs the real one).
"""

from __future__ import annotations

import configparser
import gzip
import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.core.deployment import parse_deployment
from assistant.core.roles import Role
from tests.installer.installer_files import APP_ID, DESKTOP, INSTALLER, METAINFO, REPO, source_version

CITIES = REPO / "resources" / "cities"
LINUX = INSTALLER / "linux"


def run(*cmd, check=True, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=120, **kw)
    if check:
        assert proc.returncode == 0, f"{cmd} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_desktop_entry_validates():
    assert shutil.which("desktop-file-validate"), "desktop-file-utils missing: scripts/setup.sh installs it"
    proc = run("desktop-file-validate", DESKTOP)
    assert proc.stdout.strip() == "" and proc.stderr.strip() == ""


def test_desktop_entry_has_german_and_english_names_and_keywords():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    e = entry["Desktop Entry"]
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert e[key] and e[f"{key}[de]"], key
    assert "Personalausweis" in e["Keywords[de]"] and "PIN" in e["Keywords[de]"]
    assert e["Icon"] == APP_ID and e["Exec"] == "/opt/lotse/lotse" and e["Terminal"] == "false"
    assert set(e["Categories"].strip(";").split(";")) >= {"Utility", "Accessibility"}


def test_metainfo_validates():
    assert shutil.which("appstreamcli"), "appstream missing: scripts/setup.sh installs it"
    proc = run("appstreamcli", "validate", "--no-net", METAINFO, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "E:" not in proc.stdout and "W:" not in proc.stdout, proc.stdout
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text and f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text


@pytest.fixture
def release(tmp_path) -> Path:
    """A release folder as stage-release.sh makes it, around a small stand-in for the frozen program."""
    frozen = tmp_path / "frozen"
    (frozen / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(CITIES, frozen / "_internal" / "resources" / "cities")
    program = frozen / "lotse"
    program.write_text('#!/bin/sh\necho lotse-test-program "$@"\n', encoding="utf-8")
    program.chmod(0o755)
    stage = tmp_path / "release" / f"lotse-{source_version()}"
    run("bash", LINUX / "stage-release.sh", frozen, stage)
    return stage


def installed_files(root: Path) -> set[str]:
    return {"/" + p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def test_release_folder_has_everything_install_sh_needs(release):
    for name in (
        "install.sh",
        "uninstall.sh",
        f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml",
        "lotse.conf.example",
        "CHANGELOG.md",
        "README.txt",
        "icons/lotse.svg",
        "icons/lotse-256.png",
        "lotse/lotse",
    ):
        assert (release / name).exists(), name
    assert (release / "VERSION").read_text().strip() == source_version()


def test_install_places_program_menu_entry_icons_and_command(release, tmp_path):
    root = tmp_path / "root"
    proc = run("bash", release / "install.sh", "--destdir", root)
    assert "installed in /opt/lotse" in proc.stdout
    files = installed_files(root)
    assert {
        "/opt/lotse/lotse",
        "/opt/lotse/uninstall.sh",
        "/opt/lotse/lotse.conf.example",
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"/usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        "/usr/local/bin/lotse",
    } <= files
    assert not (root / "etc").exists(), "no deployment file unless asked for"
    assert (root / "usr/local/bin/lotse").readlink() == Path("/opt/lotse/lotse")
    run("desktop-file-validate", root / f"usr/share/applications/{APP_ID}.desktop")
    # the installed program runs from its new place
    assert run(root / "opt/lotse/lotse", "--version").stdout.strip() == "lotse-test-program --version"


def test_autostart_for_counter_pcs_and_its_removal(release, tmp_path):
    root = tmp_path / "root"
    run("bash", release / "install.sh", "--destdir", root, "--autostart", "--role", "counter", "--quiet")
    autostart = root / f"etc/xdg/autostart/{APP_ID}.desktop"
    assert autostart.read_text(encoding="utf-8") == (root / f"usr/share/applications/{APP_ID}.desktop").read_text(
        encoding="utf-8"
    )
    run("desktop-file-validate", autostart)
    run("bash", root / "opt/lotse/uninstall.sh", "--destdir", root, "--quiet")
    assert not autostart.exists()


def test_install_with_another_prefix_points_the_menu_entry_there(release, tmp_path):
    root = tmp_path / "root"
    run("bash", release / "install.sh", "--destdir", root, "--prefix", "/srv/apps/lotse", "--quiet")
    desktop = (root / f"usr/share/applications/{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Exec=/srv/apps/lotse/lotse\n" in desktop and "TryExec=/srv/apps/lotse/lotse\n" in desktop
    assert (root / "srv/apps/lotse/lotse").is_file()


def test_install_writes_the_deployment_file_the_program_reads(release, tmp_path):
    root = tmp_path / "root"
    proc = run(
        "bash", release / "install.sh", "--destdir", root, "--role", "counter", "--city", "bochum", "--language", "en"
    )
    assert "role = counter" in proc.stdout
    conf = root / "etc/lotse/lotse.conf"
    d = parse_deployment(conf.read_text(encoding="utf-8"), cities=CITIES)
    assert d.problems == ()
    assert d.role is Role.COUNTER and d.role_fixed and (d.city, d.language) == ("bochum", "en")
    assert oct(conf.stat().st_mode & 0o777) == "0o644"


def test_reinstall_changes_only_the_keys_given_and_keeps_the_rest(release, tmp_path):
    root = tmp_path / "root"
    conf = root / "etc/lotse/lotse.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(
        "; set up by the city's IT – Bürgerbüro Mitte\n[counter]\ninactivity_reset_minutes = 5\n"
        "[lotse]\nrole = counter  ; the counter PC\ncity = bochum\n[library]\nhelper_view = yes\n",
        encoding="utf-8",
    )
    run("bash", release / "install.sh", "--destdir", root, "--role", "library", "--quiet")
    text = conf.read_text(encoding="utf-8")
    assert text.startswith("; set up by the city's IT – Bürgerbüro Mitte\n")
    assert text.count("role =") == 1 and "role = library" in text and "city = bochum" in text
    d = parse_deployment(text, cities=CITIES)
    assert d.problems == () and d.role is Role.LIBRARY and d.library.helper_view
    # a file without a [lotse] section gets one
    conf.write_text("[library]\nhelper_view = no\n", encoding="utf-8")
    run("bash", release / "install.sh", "--destdir", root, "--city", "bochum", "--quiet")
    d = parse_deployment(conf.read_text(encoding="utf-8"), cities=CITIES)
    assert d.problems == () and d.city == "bochum" and d.role is Role.HOME


@pytest.mark.parametrize(
    "args,words",
    [
        (["--role", "kiosk"], "--role must be home, library or counter"),
        (["--city", "Bochum!"], "--city must be a city profile id"),
        (["--city", "atlantis"], "no city profile 'atlantis' in this release (known: bochum"),
        (["--language", "fr"], "--language must be de or en"),
        (["--frobnicate"], "unknown option '--frobnicate'"),
    ],
)
def test_wrong_values_stop_before_anything_changes(release, tmp_path, args, words):
    root = tmp_path / "root"
    proc = run("bash", release / "install.sh", "--destdir", root, *args, check=False)
    assert proc.returncode == 1 and words in proc.stderr
    assert not root.exists()


def test_uninstall_removes_everything_and_purge_removes_settings_and_personal_folders(release, tmp_path):
    root = tmp_path / "root"
    run("bash", release / "install.sh", "--destdir", root, "--role", "home", "--quiet")
    home = Path.home()
    personal = root / home.relative_to("/") / ".local/share/Lotse"
    (personal / "drafts").mkdir(parents=True)
    (personal / "drafts" / "report.json").write_text("{}", encoding="utf-8")
    proc = run("bash", root / "opt/lotse/uninstall.sh", "--destdir", root)
    assert "removed" in proc.stdout
    left = installed_files(root)
    assert left == {"/etc/lotse/lotse.conf", "/" + (personal / "drafts/report.json").relative_to(root).as_posix()}
    # --purge: settings and every person's folder too
    proc = run("bash", release / "uninstall.sh", "--destdir", root, "--purge")
    assert installed_files(root) == set()
    assert "secret-tool clear service Lotse" in proc.stdout


def test_install_never_replaces_a_folder_that_is_not_lotse(release, tmp_path):
    root = tmp_path / "root"
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "python3").write_text("keep me", encoding="utf-8")
    proc = run("bash", release / "install.sh", "--destdir", root, "--prefix", "/usr", check=False)
    assert proc.returncode == 1 and "is not a Lotse installation" in proc.stderr
    assert (root / "usr" / "bin" / "python3").read_text(encoding="utf-8") == "keep me"
    # an earlier Lotse in the same place is replaced
    run("bash", release / "install.sh", "--destdir", root, "--quiet")
    (root / "opt/lotse/stale-file").write_text("old version", encoding="utf-8")
    run("bash", release / "install.sh", "--destdir", root, "--quiet")
    assert not (root / "opt/lotse/stale-file").exists() and (root / "opt/lotse/lotse").is_file()


def test_uninstall_refuses_a_folder_that_is_not_lotse(tmp_path, release):
    root = tmp_path / "root"
    (root / "opt/lotse").mkdir(parents=True)
    (root / "opt/lotse/precious.txt").write_text("keep me", encoding="utf-8")
    proc = run("bash", release / "uninstall.sh", "--destdir", root, check=False)
    assert proc.returncode == 1 and "does not look like a Lotse installation" in proc.stderr
    assert (root / "opt/lotse/precious.txt").is_file()


def test_debian_package(release, tmp_path):
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb is not installed (only Debian and Ubuntu build the .deb)")
    deb = Path(run("bash", LINUX / "build-deb.sh", release, tmp_path / "out").stdout.strip())
    assert deb.name == f"lotse_{source_version()}_{run('dpkg', '--print-architecture').stdout.strip()}.deb"
    info = run("dpkg-deb", "-f", deb).stdout
    assert f"Version: {source_version()}" in info and "Package: lotse" in info
    depends = next(line for line in info.splitlines() if line.startswith("Depends:"))
    assert "python" not in depends.lower(), "the package must not need Python"
    contents = run("dpkg-deb", "-c", deb).stdout
    for path in (
        "./opt/lotse/lotse",
        f"./usr/share/applications/{APP_ID}.desktop",
        "./usr/bin/lotse -> /opt/lotse/lotse",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
    ):
        assert path in contents, path
    assert "./etc/" not in contents, "IT owns /etc/lotse/lotse.conf, never the package"
    assert "root/root" in contents  # files belong to root, whoever built it
    # the maintainer scripts are valid shell
    unpacked = tmp_path / "unpacked"
    run("dpkg-deb", "-e", deb, unpacked)
    for script in ("postinst", "postrm"):
        run("sh", "-n", unpacked / script)
    # Debian's documentation: the copyright file (Lotse's EUPL-1.2 text and where the rest is), the changelog
    maintainer = next(line for line in info.splitlines() if line.startswith("Maintainer:"))
    assert "localhost" not in maintainer and "<" in maintainer, maintainer
    for path in (
        "./usr/share/doc/lotse/copyright",
        "./usr/share/doc/lotse/changelog.gz",
        "./usr/share/lintian/overrides/lotse",
    ):
        assert path in contents, path
    files = tmp_path / "files"
    run("dpkg-deb", "-x", deb, files)
    copyright_text = (files / "usr/share/doc/lotse/copyright").read_text(encoding="utf-8")
    assert "License: EUPL-1.2\n EUROPEAN UNION PUBLIC LICENCE v. 1.2" in copyright_text
    assert "/opt/lotse/THIRD-PARTY-NOTICES.txt" in copyright_text
    changelog = gzip.decompress((files / "usr/share/doc/lotse/changelog.gz").read_bytes()).decode()
    assert changelog.startswith(f"lotse ({source_version()}) unstable; urgency=medium")
    assert (release / "LICENSE.txt").read_text(encoding="utf-8").startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
