"""Machine helpers for plain language (design/plain-language.md): they point, they do not judge.

Sentences and words are counted the way a reader meets them: "116 116" is two words, "PIN-Brief" one.
LIX = words per sentence + 100 × (words longer than 6 letters) / words. Plain German lands near or
below 40; official German is often above 55.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

SENTENCE_WORDS = 12  # a sentence longer than this is flagged
SCREEN_WORDS = 60  # a screen with more words than this is flagged
LIX_LIMIT = 45  # a guide above this LIX figure is flagged
LIX_LANGUAGES = ("de", "en", "de-x-ls")  # LIX is made for languages like these; elsewhere it is only a hint

# letters of the Latin (Turkish and Polish included), Cyrillic and Arabic scripts
_LETTERS = "0-9A-Za-zÀ-ÖØ-öø-ÿĀ-žßЀ-ӿ\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
# a compound split by a hyphen or, in Leichte Sprache, by a middle dot ("Bürger·büro") is one word
_WORD = re.compile(f"[{_LETTERS}]+(?:[-'’.·][{_LETTERS}]+)*")
# A sentence ends at . ! ? : followed by a space or the end, or at a line break ("1." in a numbered
# list still ends the item before it) — but not after an abbreviation ("Dr.", "Mo. bis Fr."), a
# one-letter abbreviation part ("z. B.") or a day of the month ("am 3. Oktober"): see _continues.
_SENTENCE_END = re.compile(r"(?<=[.!?:؟])[\"“”„’)]*(?:\s+|$)|\n+")
ABBREVIATIONS = (
    "Dr",
    "Prof",
    "Hr",
    "Fr",
    "Frl",
    "Nr",
    "Str",
    "St",
    "Tel",
    "Mo",
    "Di",
    "Mi",
    "Do",
    "Sa",
    "So",
    "bzw",
    "ca",
    "vgl",
    "ggf",
    "inkl",
    "zzgl",
    "Jan",
    "Feb",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Okt",
    "Nov",
    "Dez",
    "Mr",
    "Mrs",
    "Ms",
    "No",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "approx",
)
# a single letter is an abbreviation ("z. B."), not a case ending after a hyphen (Polish "PIN-u.")
_ABBREVIATION_END = re.compile(r"(?:\b(?:{})|(?<![\w.-])[A-Za-zÄÖÜäöüß])\.$".format("|".join(ABBREVIATIONS)))
_DAY_END = re.compile(r"(?<![\d.])\b\d{1,2}\.$")
_MONTH_OR_LOWER = re.compile(
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"Jan\.|Feb\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.)\b|[a-zäöüß0-9]"
)

# Abbreviations a speech engine mangles, and official words with their everyday replacement.
DISCOURAGED: dict[str, dict[str, str]] = {
    "de": {
        "z. B.": "zum Beispiel",
        "z.B.": "zum Beispiel",
        "bzw.": "oder",
        "ggf.": "wenn nötig",
        "usw.": "und so weiter",
        "d. h.": "das heißt",
        "ca.": "etwa",
        "erforderlich": "Sie brauchen",
        "entrichten": "bezahlen",
        "unter Vorlage": "bringen Sie … mit",
        "Personalausweisbehörde": "Bürgerbüro",
        "Ausländerbehörde": "Ausländerbüro",
        "Kartenlesegerät": "Kartenleser",
        "Lesegerät": "Kartenleser",
        "PIN-Nummer": "PIN",
        "PIN-Code": "PIN",
    },
    "en": {
        "e.g.": "for example",
        "i.e.": "that is",
        "etc.": "and so on",
        "approx.": "about",
        "PIN number": "PIN",
        "PIN code": "PIN",
        "card reading device": "card reader",
    },
}


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def screen_words(text: str) -> int:
    """Words as a reader counts them on a screen: the numbers of a numbered list do not count."""
    return len(words(re.sub(r"(?m)^\s*\d+[.)]\s", "", text)))


def _continues(before: str, after: str) -> bool:
    """True if a full stop between ``before`` and ``after`` (on one line) does not end a sentence."""
    before = before.rstrip()
    if _ABBREVIATION_END.search(before):
        return True
    # "am 3. Oktober", "bis zum 3. 10." — but a list number alone ("3.") starts an item
    return bool(
        _DAY_END.search(before)
        and words(before[:-1].rsplit(None, 1)[0] if " " in before else "")
        and _MONTH_OR_LOWER.match(after)
    )


def sentences(text: str) -> list[str]:
    """The sentences of a text (list items and lines count as sentences of their own)."""
    text = text.strip()
    parts, start, cut = [], 0, 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() == m.end():
            continue
        if "\n" not in m.group(0) and _continues(text[start : m.start()], text[m.end() :]):
            continue
        parts.append(text[start : m.start()] if m.group(0).strip() == "" else text[start : m.end()])
        start = cut = m.end()
    parts.append(text[cut:])
    out = []
    for p in parts:
        p = p.strip()
        if p and words(p) and not re.fullmatch(r"\d+[.)]?", p):
            out.append(p)
    return out


def long_sentences(text: str, limit: int = SENTENCE_WORDS) -> list[tuple[int, str]]:
    """(word count, sentence) for every sentence over the limit."""
    return [(n, s) for s in sentences(text) if (n := len(words(s))) > limit]


def discouraged(text: str, lang: str) -> list[tuple[str, str]]:
    """(word found, plain replacement) for discouraged words in the text."""
    found = []
    lower = text.lower()
    for bad, good in (DISCOURAGED.get(lang) or DISCOURAGED.get(lang.split("-", 1)[0], {})).items():
        pattern = r"(?<![\w-])" + re.escape(bad.lower()) + (r"(?![\w])" if bad[-1].isalnum() else "")
        if re.search(pattern, lower):
            found.append((bad, good))
    return found


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float:
        if not self.words or not self.sentences:
            return 0.0
        return self.words / self.sentences + 100.0 * self.long_words / self.words


def readability(texts: Iterable[str]) -> Readability:
    n_words = n_sent = n_long = 0
    for text in texts:
        for s in sentences(text):
            w = words(s)
            n_sent += 1
            n_words += len(w)
            n_long += sum(1 for x in w if len(x.replace("-", "")) > 6)
    return Readability(n_words, n_sent, n_long)
