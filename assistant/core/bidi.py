"""Numbers stay left to right inside right-to-left text (Arabic).

In a right-to-left paragraph the Unicode bidirectional algorithm keeps the digits of one number in
order, but it lays out *groups* separated by spaces from right to left: "0234 910-0" would read
"910-0 0234", a date "7. 12. 2026" and a PIN-letter example "123 456" likewise. ``isolate_numbers``
wraps every run of digits with their separators (spaces between digit groups, ``- / : . , +``) in a
left-to-right isolate (U+2066 … U+2069). The isolates are invisible and change nothing in
left-to-right text; they are added only to text that holds right-to-left letters. Qt-free.
"""

from __future__ import annotations

import re

LRI, PDI = "\u2066", "\u2069"
_RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# a number: digits, then more digit groups joined by one separator (space, - / : . , or a no-break space)
_NUMBER = re.compile(r"\+?[0-9]+(?:[ \u00a0\u202f./:,\-–][0-9]+)*")


def has_rtl(text: str) -> bool:
    return bool(_RTL_LETTER.search(text))


def isolate_numbers(text: str) -> str:
    """``text`` with every multi-part number isolated left to right (only where ``text`` has
    right-to-left letters; already isolated text is returned as it is)."""
    if not text or LRI in text or not has_rtl(text):
        return text
    return _NUMBER.sub(lambda m: f"{LRI}{m.group(0)}{PDI}" if not m.group(0).isdigit() else m.group(0), text)


def plain(text: str) -> str:
    """The text without the isolates (for comparisons, speech and counting)."""
    return text.replace(LRI, "").replace(PDI, "")
