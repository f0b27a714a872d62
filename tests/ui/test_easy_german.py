"""Leichte Sprache (easy German, code ``de-x-ls``) is a language of its own, and German everywhere a
language code decides more than the words: dates, numbers, Qt's own dialogs, the read-aloud voice.

``de-x-ls`` is a BCP 47 tag (German with a private-use subtag), so QLocale reads it as German; the
language list gives it the German voice. These tests run the real window and switch with the chooser.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from assistant.core import languages
from tests.ui.test_main_window import click, tile

LS = "de-x-ls"


def choose_easy_german(w, qtbot):
    click(qtbot, w.bar.switch_language)
    assert w.page.buttons[LS].text() == "Leichte Sprache"
    click(qtbot, w.page.buttons[LS])
    assert w.ctx.language == LS


def test_easy_german_is_in_the_list_as_german_spoken_by_a_german_voice():
    lang = languages.get(LS)
    assert lang.name == "Leichte Sprache" and lang.voice == "de" and lang.base == "de"
    assert lang.review == "not-reviewed" and not lang.rtl
    assert QLocale(LS).language() == QLocale.Language.German


def test_the_easy_german_window_shows_its_own_words_and_german_dates(make_window, qtbot):
    w = make_window()
    choose_easy_german(w, qtbot)
    # its own guides, catalogues and city texts — not the German ones
    assert w.bar.switch_language.text() == "Sprache: Leichte Sprache"
    assert tile(w, "eid-pin").text() == "PIN vom Online-Ausweis"
    assert w.ctx.city.office("buergerbuero", LS).name == "Bürger·büro Bochum"
    # German dates, numbers and times, and Qt's own German catalogue
    assert QLocale().language() == QLocale.Language.German and QLocale().toString(27.6) == "27,6"
    from assistant.ui.portal import texts

    texts.set_language(w.ctx.language)
    try:
        assert texts.day_text(date(2026, 12, 7)) == "Montag, 7. Dezember"
        assert texts.time_text(datetime(2026, 12, 7, 9, 30)) == "9:30 Uhr"
    finally:
        texts.set_language("")
    from assistant.core.sheet import time_in_words

    assert time_in_words(datetime(2026, 12, 7, 9, 30), LS) == "Montag, 7. Dezember 2026, 9:30 Uhr"
    assert any(t.language().startswith("de") and "qtbase" in t.filePath() for t in w.ctx.translations._installed)


@pytest.mark.qt_log_ignore("pipewire")
def test_easy_german_reads_aloud_only_with_a_german_voice(qtbot, make_window, monkeypatch):
    """Qt's mock engine has English voices only: Leichte Sprache never falls back to one of them, it
    says (in Leichte Sprache) that there is no German voice; English on the same engine speaks."""
    monkeypatch.setenv("LOTSE_TTS_ENGINE", "mock")
    w = make_window(lang=LS)
    click(qtbot, w.bar.read)
    assert w.status.isVisible() and w.status.text() == languages.get(LS).no_voice
    assert w.read_aloud.last_text == ""
    # the middle dot of "Bürger·büro" is not given to a voice (it would read "Punkt")
    assert w.read_aloud.speak("Gehen Sie ins Bürger·büro.", "en")
    assert w.read_aloud.last_text == "Gehen Sie ins Bürgerbüro."
    w.read_aloud.stop()
