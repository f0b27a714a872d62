"""Numbers (and the German words around them) stay left to right inside right-to-left text (Arabic).

In a right-to-left paragraph the Unicode bidirectional algorithm keeps the digits of one number in
order, but it lays out *groups* separated by spaces from right to left: "0234 910-0" would read
"910-0 0234", an address "Willy-Brandt-Platz 2-8" as "2-8 Willy-Brandt-Platz", a request number
"A 123 456" as "456 123 A". ``isolate_numbers`` wraps every run of Latin words and digit groups that
holds a digit in a left-to-right isolate (U+2066 … U+2069). The isolates are invisible and change nothing in
left-to-right text; they are added only to text that holds right-to-left letters. Such a text that
begins with a Latin word ("Bürgerbüro (مكتب خدمة المواطنين)") gets a right-to-left mark first, so it
reads and aligns as the Arabic paragraph it is. Qt-free.
"""

from __future__ import annotations

import re
from functools import cache

LRI, PDI, RLM = "\u2066", "\u2069", "\u200f"
_RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# a left-to-right run: Latin words and digit groups joined by a separator (space, - / : . , or a
# no-break space) — a phone number, a date, "Willy-Brandt-Platz 2-8", a request number "A 123 456"
_TOKEN = r"\+?[0-9A-Za-z\u00c0-\u024f]+"


@cache
def _rtl_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The run and the Latin-first pattern, compiled when right-to-left text first comes: a start in a
    left-to-right language never needs them (≈ 0.5 ms)."""
    run = re.compile(_TOKEN + r"(?:[ \u00a0\u202f./:,\-–]" + _TOKEN + ")*")
    latin_first = re.compile(
        r"^[^A-Za-z\u00c0-\u024f\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]*[\u2066A-Za-z\u00c0-\u024f]"
    )
    return run, latin_first


def has_rtl(text: str) -> bool:
    return bool(_RTL_LETTER.search(text))


def isolate_numbers(text: str) -> str:
    """``text`` with every multi-part number isolated left to right (only where ``text`` has
    right-to-left letters; already isolated text is returned as it is)."""
    if not text or LRI in text or not has_rtl(text):
        return text
    run, latin_first = _rtl_patterns()
    text = run.sub(_isolate, text)
    if latin_first.match(text):  # "Bürgerbüro (مكتب …)": an Arabic paragraph all the same
        text = RLM + text
    return text


def _isolate(m: re.Match[str]) -> str:
    run = m.group(0)
    if run.isdigit() or not any(c.isdigit() for c in run):  # one number alone, or words only: no risk
        return run
    return f"{LRI}{run}{PDI}"


def plain(text: str) -> str:
    """The text without the isolates (for comparisons, speech and counting)."""
    return text.replace(LRI, "").replace(PDI, "").replace(RLM, "")
