"""Every text the eID screens can show: present for every state, plain (short sentences, no
bureaucratic words), translated to English, and the office named where the guide remembered it."""

from __future__ import annotations

import itertools
import re

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from assistant.core.plain_language import discouraged, long_sentences
from assistant.eid.workflow import (
    ConnectionState,
    EidNotice,
    Ending,
    Entry,
    Letter,
    Screen,
    Strip,
    StripStatus,
    View,
    Weak,
)
from assistant.resources import resource
from assistant.ui.eid.texts import EidTexts


def all_views() -> list[View]:
    views = []
    for screen in Screen:
        if screen is Screen.END:
            views += [
                View(Screen.END, ending=e, letter=letter, cause=cause)
                for e in Ending
                for letter in Letter
                for cause in ("lost", "failed", "stopped")
            ]
            continue
        for entry, letter, tries in itertools.product([None, *Entry], Letter, (3, 2, 1)):
            views.append(
                View(
                    screen,
                    entry=entry,
                    letter=letter,
                    tries_left=tries,
                    weak=Weak.DATE,
                    app_reason=ConnectionState.BUSY,
                )
            )
    for n in EidNotice:
        args = (6, 5) if n is EidNotice.WRONG_LENGTH else (2,) if n is EidNotice.PIN_WRONG else ()
        views += [View(Screen.PIN, entry=e, notice=n, notice_args=args) for e in Entry]
    return views


def texts_of(t: EidTexts) -> list[str]:
    out = []
    for v in all_views():
        st = t.screen(v)
        out += [st.title, *st.body, st.warning, *st.todo, t.notice(v)]
    for kind in Strip:
        for outcome in ("tries-3", "tries-2", "tries-1", "blocked", "inoperative", "deactivated", None):
            out.append(t.strip(StripStatus(kind, outcome=outcome)))
    out += [text for _, text in t.letter_answers()] + [t.help(), t.can_picture(), t.stop_waiting()]
    for v in all_views():
        if v.screen is Screen.END:
            st = t.practice_ending(v)
            out += [st.title, *st.body]
    return [x for x in out if x]


def test_every_state_has_plain_words(qapp):
    t = EidTexts()
    texts = texts_of(t)
    assert len(set(texts)) > 115
    too_long = {s for text in texts for _, s in long_sentences(text, 14)}
    assert too_long == set()
    assert {w for text in texts for w, _ in discouraged(text, "de")} == set()
    assert not any("{" in x for x in texts)  # every placeholder filled


def test_office_named_as_the_guide_remembered(qapp):
    t = EidTexts(office="Ausländerbüro")
    assert t.office() == "Ich gehe lieber zum Ausländerbüro"
    v = View(Screen.LAST_TRY_STOP, tries_left=1)
    assert "Im Ausländerbüro bekommen Sie kostenlos eine neue PIN" in t.screen(v).warning
    assert EidTexts().office() == "Ich gehe lieber zum Bürgerbüro"


@pytest.fixture
def english(qapp):
    """The eID pages' catalogue and the window's (the shared words, assistant/ui/words.py), as the app loads them."""
    installed = []
    for area in ("eid", "ui"):
        tr = QTranslator()
        assert tr.load(str(resource("translations", f"lotse_{area}_en.qm")))
        QCoreApplication.installTranslator(tr)
        installed.append(tr)
    yield
    for tr in installed:
        QCoreApplication.removeTranslator(tr)


def test_english_translation_is_complete(english):
    t = EidTexts()
    texts = texts_of(t)
    german = re.compile(r"\b(Ziffern|Ausweis|Bürgerbüro|Versuche?|Zugangsnummer|bitte|Sie|ist|nicht)\b")
    assert [x for x in texts if german.search(x)] == []
    assert t.count(5, 6) == "5 of 6 digits"
    assert t.office() == "I'd rather go to the citizens' office"
