"""Bochum's city texts speak every language of the list (issue 13).

Every per-language text of the Bochum profile (a mapping with a ``de:`` entry: office names, hours,
fallbacks, the "Was brauche ich?" tasks' titles, search words, fees and texts) has an entry for each
language of ``resources/translations/languages.json``, and the same numbers as German (phone numbers,
fees, ages, weeks). A missing language silently shows German to a Turkish, Arabic or Polish resident,
so it fails here. Köln speaks only de/en by decision and is not checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
import yaml

from assistant.core import languages
from assistant.core.city import load_city
from assistant.core.content_check import numbers
from assistant.portal.catalogue import TaskIndex, first_hit
from assistant.portal.config import portal_config
from assistant.resources import resource


def per_language(node: Any, path: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every mapping of a city profile that is given per language (it has a German entry)."""
    if isinstance(node, Mapping):
        if "de" in node:
            yield path, node
            return
        for key, value in node.items():
            yield from per_language(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from per_language(value, f"{path}[{i}]")


def missing_languages(data: Any, codes: tuple[str, ...]) -> list[str]:
    return [
        f"{path}: {code}"
        for path, texts in per_language(data)
        for code in codes
        if not texts.get(code) or (isinstance(texts.get(code), str) and not texts[code].strip())
    ]


def number_differences(data: Any) -> list[str]:
    out = []
    for path, texts in per_language(data):
        if not isinstance(texts["de"], str):
            continue  # search words: a list of phrases, free per language
        source = Counter(numbers(texts["de"]))
        for code, text in texts.items():
            if isinstance(text, str) and Counter(numbers(text)) != source:
                out.append(f"{path}: {code} has {numbers(text)}, German {numbers(texts['de'])}")
    return out


@pytest.fixture(scope="module")
def bochum_raw() -> dict[str, Any]:
    return yaml.safe_load(resource("cities", "bochum.yaml").read_text(encoding="utf-8"))


def test_the_walk_finds_the_texts_a_person_reads(bochum_raw):
    paths = [p for p, _ in per_language(bochum_raw)]
    tasks = bochum_raw["portal"]["tasks"]
    assert len(tasks) >= 10
    for i in range(len(tasks)):
        assert f"portal.tasks[{i}].title" in paths and f"portal.tasks[{i}].words" in paths
    assert "offices.buergerbuero.name" in paths and "portal.catalogue.fallback.text" in paths


def test_every_text_of_bochum_has_every_language(bochum_raw):
    assert set(languages.codes()) >= {"de", "en", "tr", "ar", "ru", "uk", "pl", "de-x-ls"}
    assert missing_languages(bochum_raw, languages.codes()) == []


def test_a_task_without_turkish_is_found(bochum_raw):
    data = yaml.safe_load(yaml.safe_dump(bochum_raw, allow_unicode=True))
    del data["portal"]["tasks"][3]["title"]["tr"]
    data["portal"]["tasks"][0]["words"]["pl"] = []
    assert missing_languages(data, languages.codes()) == ["portal.tasks[0].words: pl", "portal.tasks[3].title: tr"]


def test_every_language_has_the_numbers_of_german(bochum_raw):
    assert number_differences(bochum_raw) == []
    data = yaml.safe_load(yaml.safe_dump(bochum_raw, allow_unicode=True))
    data["portal"]["tasks"][0]["fees"]["tr"] = "46 Euro (24 yaş ve üstü), 27,50 Euro (24 yaşın altı)"
    assert number_differences(data) == [
        "portal.tasks[0].fees: tr has ['46', '24', '2750', '24'], German ['46', '24', '2760', '24', '6']"
    ]


@pytest.mark.parametrize("lang", ["tr", "ar", "pl"])
def test_the_tasks_show_in_the_persons_language(lang):
    german = portal_config(load_city("bochum"), "de")
    own = portal_config(load_city("bochum"), lang)
    for de_task, task in zip(german.tasks, own.tasks, strict=True):
        assert task.title and task.title != de_task.title, task.id
        assert task.text and task.text != de_task.text, task.id
        assert len(task.words) > len(de_task.words), task.id  # the person's own words first, then the German ones
    assert set(own.fees) == set(german.fees) and own.fees["personalausweis"] != german.fees["personalausweis"]


# what a person types in their own language, with and without the letters of their keyboard
QUERIES = {
    "tr": [
        ("kimligimi kaybettim", "personalausweis-verloren"),
        ("şifremi unuttum", "pin-ruecksetzen"),
        ("pasaport", "reisepass"),
        ("yeni adres", "wohnsitz-anmelden"),
        ("sabika kaydi", "fuehrungszeugnis"),
        ("kira yardımı", "wohngeld"),
        ("emekli maasi yetmiyor", "grundsicherung"),
    ],
    "ar": [
        ("ضاعت الهوية", "personalausweis-verloren"),
        ("نسيت الرقم السري", "pin-ruecksetzen"),
        ("جواز سفر", "reisepass"),
        ("عنوان جديد", "wohnsitz-anmelden"),
        ("حسن السيرة", "fuehrungszeugnis"),
        ("مساعدة الايجار", "wohngeld"),
        ("بطاقة اعاقة", "schwerbehindertenausweis"),
    ],
    "pl": [
        ("zgubilem dowod", "personalausweis-verloren"),
        ("zapomniałem PIN", "pin-ruecksetzen"),
        ("paszport", "reisepass"),
        ("nowy adres", "wohnsitz-anmelden"),
        ("zaswiadczenie o niekaralnosci", "fuehrungszeugnis"),
        ("dodatek mieszkaniowy", "wohngeld"),
        ("emerytura nie wystarcza", "grundsicherung"),
    ],
    "de-x-ls": [
        ("Ausweis weg", "personalausweis-verloren"),
        ("neue Wohnung", "wohnsitz-anmelden"),
        ("Geld für Miete", "wohngeld"),
        ("Rente zu wenig", "grundsicherung"),
    ],
}


@pytest.mark.parametrize("lang", sorted(QUERIES))
def test_tasks_are_found_with_the_persons_own_words(lang):
    config = portal_config(load_city("bochum"), lang)
    index = TaskIndex(config.tasks, config.synonyms)
    wrong = [(q, want, first_hit(index, q)) for q, want in QUERIES[lang] if first_hit(index, q) != want]
    assert not wrong


HINT = "Zum Beispiel: Ausweis verloren, Wohnung anmelden"  # the search field's hint (ui/portal/service_info.py)


@pytest.mark.parametrize("lang", ["de", "en", "tr", "ar", "ru", "uk", "pl", "de-x-ls"])
def test_the_search_hint_gives_examples_the_search_finds(lang):
    """The hint's examples are in the person's language (the search understands it), and each finds the
    task it stands for: a lost ID card, registering an address."""
    import xml.etree.ElementTree as ET

    from assistant.resources import resource

    hint = HINT
    if lang != "de":
        root = ET.parse(resource("translations", f"lotse_portal_{lang}.ts")).getroot()
        (hint,) = [m.findtext("translation") for m in root.iter("message") if m.findtext("source") == HINT]
    examples = [e.strip() for e in hint.split(":", 1)[1].replace("،", ",").split(",")]
    if lang not in ("de", "de-x-ls"):  # was "Örneğin: Ausweis verloren, Wohnung anmelden"
        assert not {"Ausweis verloren", "Wohnung anmelden"} & set(examples), examples
    config = portal_config(load_city("bochum"), lang)
    index = TaskIndex(config.tasks, config.synonyms)
    assert [first_hit(index, e) for e in examples] == ["personalausweis-verloren", "wohnsitz-anmelden"], examples
