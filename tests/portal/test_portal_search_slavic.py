"""The task search in Russian and Ukrainian (issue 13): the city profile's task titles and everyday words
in the person's language find the task, Cyrillic letters with a breve (й) and ё included."""

from __future__ import annotations

import pytest

from assistant.core.city import load_city
from assistant.portal.catalogue import TaskIndex, first_hit
from assistant.portal.config import portal_config

QUERIES = {
    "ru": [
        ("потерял удостоверение", "personalausweis-verloren"),
        ("забыл PIN", "pin-ruecksetzen"),
        ("загранпаспорт", "reisepass"),
        ("новый адрес после переезда", "wohnsitz-anmelden"),
        ("справка о несудимости", "fuehrungszeugnis"),
        ("пособие на жильё", "wohngeld"),
        ("пенсии не хватает", "grundsicherung"),
    ],
    "uk": [
        ("загубив посвідчення", "personalausweis-verloren"),
        ("забув PIN", "pin-ruecksetzen"),
        ("закордонний паспорт", "reisepass"),
        ("нова адреса", "wohnsitz-anmelden"),
        ("довідка про несудимість", "fuehrungszeugnis"),
        ("допомога на житло", "wohngeld"),
        ("посвідчення з інвалідністю", "schwerbehindertenausweis"),
    ],
}


@pytest.mark.parametrize("lang", sorted(QUERIES))
def test_tasks_are_found_in_the_persons_language(lang):
    config = portal_config(load_city("bochum"), lang)
    assert all(t.title.isascii() is False for t in config.tasks), "every task title is in Cyrillic"
    index = TaskIndex(config.tasks, config.synonyms)
    wrong = [(q, want, first_hit(index, q)) for q, want in QUERIES[lang] if first_hit(index, q) != want]
    assert not wrong
