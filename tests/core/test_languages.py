"""The language list (resources/translations/languages.json): read once, damaged parts never fatal,
and the one source of truth for settings, the deployment file and the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.core import languages
from assistant.core.deployment import load_deployment
from assistant.core.settings import Settings, load_settings, save_settings
from assistant.resources import resource, resource_root


@pytest.fixture
def own_list(tmp_path, monkeypatch):
    """A resources/ folder whose language list the test writes (the rest is the real one)."""
    root = tmp_path / "resources"
    (root / "translations").mkdir(parents=True)
    for name in ("cities", "guides"):
        (root / name).symlink_to(resource(name))
    monkeypatch.setenv("LOTSE_RESOURCES", str(root))
    resource_root.cache_clear()
    yield root / "translations" / "languages.json"
    monkeypatch.delenv("LOTSE_RESOURCES")
    resource_root.cache_clear()


def test_the_shipped_list():
    assert languages.problem() == ""
    codes = languages.codes()
    assert codes[:4] == ("de", "en", "tr", "ar") and "ru" in codes and "uk" in codes
    for lang in languages.all_languages():
        assert lang.name and lang.english and lang.voice and lang.choose and lang.no_voice and lang.word
        assert lang.review in languages.REVIEW_STATES
        if lang.font:
            assert resource("fonts", lang.font).is_file()
    assert languages.get("de").review == "source"
    assert [x.code for x in languages.all_languages() if x.rtl] == ["ar"]
    assert not languages.get("tr").reviewed and not languages.get("ar").reviewed  # said honestly
    assert languages.get("uk").voice == "uk" and not languages.get("uk").reviewed and not languages.get("uk").rtl
    assert languages.get("xx").code == "de"  # an unknown code: German


@pytest.mark.parametrize("text", ["", "{", "[]", '{"languages": 3}', "\x00\xff"])
def test_a_damaged_list_leaves_german_and_english(own_list, text):
    own_list.write_text(text, encoding="latin-1")
    assert languages.codes() == ("de", "en")
    assert languages.problem()


def test_a_bad_entry_is_left_out_and_named(own_list):
    own_list.write_text(
        json.dumps(
            {
                "languages": [
                    {"code": "de", "name": "Deutsch"},
                    {"code": "tr", "name": "Türkçe", "direction": "sideways"},  # bad direction
                    {"code": "../x", "name": "Evil"},  # not a language code
                    {"code": "tr", "name": "Türkçe"},
                    {"code": "tr", "name": "Türkçe again"},  # twice
                    {"name": "no code"},
                ]
            }
        ),
        encoding="utf-8",
    )
    assert languages.codes() == ("de", "tr")
    assert "entries 2, 3, 5, 6" in languages.problem()


def test_german_is_always_there(own_list):
    own_list.write_text(json.dumps({"languages": [{"code": "tr", "name": "Türkçe"}]}), encoding="utf-8")
    assert languages.codes() == ("de", "tr")


def test_settings_keep_a_listed_language_and_the_offer(lotse_home):
    save_settings(Settings(language="ar", language_offered=True))
    s, problem = load_settings()
    assert problem is None and s.language == "ar" and s.language_offered is True
    save_settings(Settings(language="xx"))
    assert load_settings()[0].language == "de"


def test_the_deployment_file_presets_or_fixes_a_language(tmp_path):
    conf = tmp_path / "lotse.conf"
    conf.write_text("[lotse]\nlanguage = TR\n", encoding="utf-8")
    d = load_deployment(conf)
    assert d.ok and d.language == "tr" and not d.language_fixed
    conf.write_text("[lotse]\nlanguage = ar\nlanguage_fixed = yes\n", encoding="utf-8")
    d = load_deployment(conf)
    assert d.ok and d.language == "ar" and d.language_fixed
    conf.write_text("[lotse]\nlanguage_fixed = yes\n", encoding="utf-8")  # nothing to fix: the person chooses
    assert not load_deployment(conf).language_fixed
    conf.write_text("[lotse]\nlanguage = fr\n", encoding="utf-8")
    d = load_deployment(conf)
    assert d.language is None and "de, en, tr, ar" in d.problems[0].what


def test_a_copy_of_the_shipped_list_reads_the_same(own_list):
    shipped = Path(__file__).resolve().parents[2] / "resources" / "translations" / "languages.json"
    shutil.copy(shipped, own_list)
    assert languages.problem() == "" and languages.codes()[:4] == ("de", "en", "tr", "ar")


def test_a_new_language_writes_its_dates_without_words_in_the_list(own_list):
    """A language added as data writes dates in its own words (CLDR via babel): the list needs no
    weekday or month names, and a code babel does not know is written as German."""
    from datetime import date

    from assistant.core.dates import day_in_words

    own_list.write_text(
        json.dumps(
            {
                "languages": [
                    {"code": "de", "name": "Deutsch"},
                    {"code": "nl", "name": "Nederlands"},
                    {"code": "xx", "name": "Unknown"},
                ]
            }
        ),
        encoding="utf-8",
    )
    assert languages.codes() == ("de", "nl", "xx")
    assert day_in_words(date(2026, 12, 7), "nl") == "maandag 7 december 2026"
    assert day_in_words(date(2026, 12, 7), "xx") == "Montag, 7. Dezember 2026"


def test_polish_dates_use_the_genitive_month():
    from datetime import date

    from assistant.core.dates import day_in_words

    assert day_in_words(date(2026, 12, 1), "pl") == "wtorek, 1 grudnia 2026"
    assert languages.get("pl").voice == "pl" and not languages.get("pl").reviewed
