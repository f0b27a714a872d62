"""Dates follow the chosen language (assistant/core/dates.py), never German month names by default."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from assistant.core import dates
from assistant.core.sheet import sheet_from_booking

DAY = date(2026, 12, 7)
AT = datetime(2026, 12, 7, 9, 30)


@pytest.mark.parametrize(
    "lang, day, when",
    [
        ("de", "Montag, 7. Dezember 2026", "Montag, 7. Dezember 2026, 9:30 Uhr"),
        ("en", "Monday, 7 December 2026", "Monday, 7 December 2026, 09:30"),
        ("tr", "7 Aralık 2026 Pazartesi", "7 Aralık 2026 Pazartesi, 09:30"),
        ("ar", "الاثنين، 7 ديسمبر 2026", "الاثنين، 7 ديسمبر 2026، 9:30 ص"),
        (
            "ru",
            "понедельник, 7 декабря 2026\u202fг.",
            "понедельник, 7 декабря 2026\u202fг., 09:30",
        ),  # 2026 and г. never part
    ],
)
def test_a_day_and_a_time_in_words_in_each_language(lang, day, when):
    assert dates.day_in_words(DAY, lang) == day
    assert dates.time_in_words(AT, lang) == when


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("de", "Montag, 7. Dezember"),
        ("tr", "7 Aralık Pazartesi"),
        ("ar", "الاثنين، 7 ديسمبر"),
        ("ru", "понедельник, 7 декабря"),
    ],
)
def test_without_the_year(lang, expected):
    assert dates.day_in_words(DAY, lang, year=False) == expected


def test_an_unknown_language_code_is_written_in_german_not_an_error():
    assert dates.day_in_words(DAY, "de-x-leicht") == "Montag, 7. Dezember 2026"
    assert dates.day_in_words(DAY, "") == "Montag, 7. Dezember 2026"


@pytest.mark.parametrize("lang, month", [("tr", "Aralık"), ("ar", "ديسمبر"), ("ru", "декабря")])
def test_a_sheet_in_turkish_arabic_russian_has_no_german_month(lang, month):
    sheet = sheet_from_booking(
        service_name="X", office_name="Bürgerbüro", start=AT, number="1", city=None, lang=lang, today=DAY
    )
    assert month in sheet.when and month in sheet.printed
    assert "Dezember" not in sheet.when + sheet.printed and "Montag" not in sheet.when


def test_no_hand_written_month_table_in_the_program():
    """One way to write dates: no list of month names anywhere else (a pattern that *finds* German dates
    in guide texts, core/plain_language.py, is not a table that writes them)."""
    root = Path(__file__).resolve().parents[2] / "assistant"
    tables = []
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r'"(Januar|January)",\s*"(Februar|February)"', text) or re.search(
            r"\bstrftime\([^)]*%[AaBb]", text
        ):
            tables.append(str(path.relative_to(root)))
    assert tables == []
