"""Every AusweisApp label a guide quotes is a string the installed AusweisApp really shows.

Convention (docs/writing-guides.md): a guide writes the words of the AusweisApp's own screens between
» and «, e.g. „Wählen Sie »Meine (Transport-)PIN ändern«.“ This test collects every such quote from
every guide file and looks it up in the installed app's catalogue for that language (German: its
translations; English: its source texts; Turkish, Arabic …, which the app does not speak: its German
words), read from the Debian package's resource file as shared/ausweisapp/README.md explains. CI installs the package (scripts/setup.sh).
"""

from __future__ import annotations

import re

import pytest

from assistant.core.guide import GuideLibrary
from tests.ausweisapp_catalogue import catalogue, rcc_path

pytestmark = pytest.mark.integration

QUOTE = re.compile(r"»([^«»]+)«")


def normal(text: str) -> str:
    """As a person sees it: markup, zero-width spaces and line breaks of the app's strings removed."""
    text = re.sub(r"<br\s*/?>", " ", text)
    text = re.sub(r"<[^>]+>", "", text).replace("\u200b", "").replace("&nbsp;", " ")
    return re.sub(r"\s+", " ", text).strip()


def quoted_labels() -> list[tuple[str, str, str, str]]:
    """(file, step, language, label) for every »…« in every guide."""
    lib = GuideLibrary.load()
    out = []
    for (_gid, lang), guide in sorted(lib.guides.items()):
        for step in guide.steps.values():
            for field, text in step.texts():
                for label in QUOTE.findall(text):
                    out.append((guide.source, f"{step.id}/{field}", lang, label))
    return out


@pytest.fixture(scope="module")
def installed():
    if rcc_path() is None:
        pytest.skip("the Debian package ausweisapp2 is not installed (scripts/setup.sh installs it)")


def test_the_catalogue_is_read_from_the_package(installed):
    de, en = catalogue("de"), catalogue("en")
    assert len(de) > 1000 and len(en) > 1000
    # what shared/ausweisapp/README.md found: the start tile, the question before any change
    assert "Was für eine PIN haben Sie?" in de and "What kind of PIN do you have?" in en
    assert "Meine (Transport-)PIN ändern" in {normal(s) for s in de}
    assert "Einmal-PIN" not in " ".join(de)  # the app never says it


def test_guides_quote_labels_in_both_languages():
    found = quoted_labels()
    langs = {lang for _, _, lang, _ in found}
    assert {"de", "en"} <= langs
    assert len([f for f in found if f[0] == "eid-pin.de.yaml"]) >= 5


def test_every_quoted_label_is_shown_by_the_installed_app(installed):
    missing = []
    for source, where, lang, label in quoted_labels():
        # the app speaks de, en, ru and uk; in every other language the person sees its German words,
        # so a guide quotes those (with the translation beside them, outside the »…«)
        strings = {normal(s) for s in catalogue(lang if lang in ("de", "en", "ru", "uk") else "de")}
        if normal(label) not in strings:
            missing.append(f"{source}: steps/{where}: »{label}«")
    assert not missing, "labels the AusweisApp does not show:\n" + "\n".join(missing)


def test_a_wrong_label_is_caught(installed):
    strings = {normal(s) for s in catalogue("de")}
    for wrong in ("PIN-Art wählen", "Einmal-PIN", "Online-Ausweisfunktion ausgeschaltet"):
        assert wrong not in strings
