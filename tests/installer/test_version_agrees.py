"""One version everywhere: pyproject, assistant.__version__, CHANGELOG, AppStream metainfo, .iss, --version."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import assistant
from assistant.__main__ import main
from tests.installer.installer_files import METAINFO, changelog_releases, parse_iss, pyproject_version, source_version


def metainfo_releases() -> list[tuple[str, str]]:
    root = ET.parse(METAINFO).getroot()
    return [(r.get("version"), r.get("date")) for r in root.find("releases").findall("release")]


def test_pyproject_and_package_agree():
    assert assistant.__version__ == source_version() == pyproject_version()


def test_changelog_newest_release_is_the_version_and_unreleased_is_on_top():
    releases = changelog_releases()
    assert releases, "CHANGELOG.md has no '## [x.y.z] - YYYY-MM-DD' heading"
    assert releases[0][0] == assistant.__version__
    from tests.installer.installer_files import CHANGELOG

    text = CHANGELOG.read_text(encoding="utf-8")
    assert text.index("## [Unreleased]") < text.index(f"## [{assistant.__version__}]")
    versions = [tuple(int(n) for n in v.split(".")[:3]) for v, _ in releases]
    assert versions == sorted(versions, reverse=True), "newest first"


def test_metainfo_releases_match_the_changelog():
    assert metainfo_releases() == changelog_releases()


def test_windows_installer_has_the_version():
    assert parse_iss().setup()["AppVersion"] == assistant.__version__


def test_command_line_prints_the_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == assistant.__version__


def test_help_shows_the_version(qapp, qtbot):
    """The issue asks for the version in Help: a person (or the helper on the phone) can read it there."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    from assistant.app import build_context
    from assistant.ui.main_window import MainWindow

    ctx = build_context(qapp, capabilities=[])
    window = MainWindow(ctx, offer_resume=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.screen_id == "home")
    window.show_help()
    texts = [label.text() for label in window.page.findChildren(QLabel) if label.isVisible()]
    assert any(assistant.__version__ in t for t in texts), texts
    window.close_help()
    window.close()
    if ctx.translations is not None:
        ctx.translations.uninstall()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
