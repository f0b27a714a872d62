"""Dates and times written out in the person's language — the one place that formats them.

Built on babel (the Unicode CLDR data), so a date follows the language chosen — Turkish, Arabic,
Russian, Ukrainian, Polish … — and never falls back to German month names. Plain language: the
weekday and the month are written out ("Montag, 7. Dezember 2026"), a German time says "Uhr"
("9:30 Uhr"). A language babel does not know (e.g. a private code for Leichte Sprache) is written
as German. English is written as in Britain ("Monday, 7 December 2026"), the English most read in
Germany.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

_REGION = {"en": "en_GB"}  # day before month, as the person knows it from German dates


@lru_cache(maxsize=32)
def locale(lang: str) -> Locale:
    """The babel locale of a Lotse language code ("de", "en", "tr", "ar", "ru", …); German if unknown."""
    from babel import Locale, UnknownLocaleError  # here, not at start: the home screen writes no date

    code = _REGION.get(lang, lang or "de").replace("-", "_")
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        base = code.split("_")[0]
        try:
            return Locale.parse(base) if base != code else Locale.parse("de")
        except (UnknownLocaleError, ValueError, TypeError):
            return Locale.parse("de")


@lru_cache(maxsize=32)
def _without_year(lang: str) -> str:
    """The language's full date pattern without the year ("EEEE, d. MMMM y" → "EEEE, d. MMMM")."""
    pattern = locale(lang).date_formats["full"].pattern
    return re.sub(r"[\s,]*y+(\s*'[^']*'\.?)?", "", pattern).strip(" ,")


def day_in_words(d: date, lang: str, *, year: bool = True) -> str:
    """'Montag, 7. Dezember 2026' / 'Monday, 7 December 2026' / '7 Aralık 2026 Pazartesi' …"""
    from babel.dates import format_date

    return format_date(d, "full" if year else _without_year(lang), locale=locale(lang))


def clock(t: datetime, lang: str) -> str:
    """'9:30 Uhr' / '09:30' / '9:30 ص' — the time as the language writes it."""
    from babel.dates import format_time

    if locale(lang).language == "de":
        return format_time(t, "H:mm 'Uhr'", locale=locale(lang))
    return format_time(t, "short", locale=locale(lang))


def time_in_words(t: datetime, lang: str, *, year: bool = True) -> str:
    """'Montag, 7. Dezember 2026, 9:30 Uhr' / 'Monday, 7 December 2026, 09:30'."""
    comma = "، " if locale(lang).language in ("ar", "fa", "ur") else ", "  # the Arabic comma in Arabic script
    return f"{day_in_words(t.date(), lang, year=year)}{comma}{clock(t, lang)}"


def warm(lang: str) -> None:
    """Read the language's calendar data now (≈ 0.1 s the first time), e.g. in a background thread when a
    guide starts, so the first end screen, which builds the take-home sheet, does not wait for it."""
    day_in_words(date.today(), lang)
    clock(datetime.now(), lang)


def date_in_words(d: date, lang: str) -> str:
    """Without the weekday: '7. Dezember 2026' / '7 December 2026' / '7 декабря 2026 г.'."""
    from babel.dates import format_date

    return format_date(d, "long", locale=locale(lang))
