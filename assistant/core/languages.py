"""The languages Lotse speaks: one list, ``resources/translations/languages.json``, read once.

Each entry says how the language is written and spoken: ``code`` (the guides' and catalogues' file
suffix), ``name`` (in its own script and words — the chooser shows it so), ``english`` (for IT staff
and logs), ``direction`` (``ltr`` / ``rtl``), ``voice`` (the speech locale), ``font`` (a font file in
``resources/fonts`` the language needs, or ""), ``review`` (``source`` / ``reviewed`` /
``not-reviewed``: whether a native speaker has checked the texts), ``word`` (the word for "language"),
``choose`` (the chooser's line "continue in …") and ``no_voice`` (said when no voice exists). Dates
need nothing here: ``assistant.core.dates`` writes them from the Unicode CLDR data (babel).

Adding a language is an entry here plus its guide files, catalogues and city texts — no program
change (``docs/languages.md``). A variant of a language is
given as a BCP 47 tag (Leichte Sprache: ``de-x-ls``) and writes dates, numbers and speaks as its
``base`` language. JSON, not YAML: it is read before the first paint, where PyYAML is
not imported yet. A damaged list leaves German and English (``FALLBACK``), never no language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assistant.resources import resource

SOURCE = "de"
REVIEW_STATES = ("source", "reviewed", "not-reviewed")
# a BCP 47 language tag in lower case: "tr", "de-x-ls" (Leichte Sprache: German, private-use subtag)
CODE_RE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*")


@dataclass(frozen=True)
class Language:
    """One language the program speaks (``languages.json``): its names, direction, voice and font."""

    code: str
    name: str
    english: str = ""
    direction: str = "ltr"
    voice: str = ""
    font: str = ""
    review: str = "not-reviewed"
    word: str = ""
    choose: str = ""
    no_voice: str = ""

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def base(self) -> str:
        """The language itself without variant: "de" for "de-x-ls" (dates, numbers, Qt's own texts)."""
        return base(self.code)

    @property
    def reviewed(self) -> bool:
        return self.review in ("source", "reviewed")


FALLBACK = (
    Language("de", "Deutsch", "German", voice="de", review="source", word="Sprache", choose="Auf Deutsch weiter"),
    Language("en", "English", "English", voice="en", word="Language", choose="Continue in English"),
)


def languages_file() -> Path:
    return resource("translations", "languages.json")


def _entry(raw: object) -> Language | None:
    if not isinstance(raw, dict):
        return None
    code, name = raw.get("code"), raw.get("name")
    if not (isinstance(code, str) and isinstance(name, str) and code and name):
        return None
    if not CODE_RE.fullmatch(code):
        return None
    kw: dict[str, object] = {k: v for k, v in raw.items() if k in Language.__dataclass_fields__ and isinstance(v, str)}
    lang = Language(**kw)  # type: ignore[arg-type]
    if lang.direction not in ("ltr", "rtl") or lang.review not in REVIEW_STATES:
        return None
    return lang


@cache
def _read(path: Path) -> tuple[tuple[Language, ...], str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["languages"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return FALLBACK, f"{path.name}: {exc.__class__.__name__}"
    if not isinstance(entries, list):
        return FALLBACK, f"{path.name}: 'languages' is not a list"
    out: list[Language] = []
    bad: list[str] = []
    for i, raw in enumerate(entries):
        lang = _entry(raw)
        if lang is None or any(x.code == lang.code for x in out):
            bad.append(str(i + 1))
        else:
            out.append(lang)
    if not any(x.code == SOURCE for x in out):
        out.insert(0, FALLBACK[0])
    return tuple(out), (f"{path.name}: entries {', '.join(bad)} are not usable" if bad else "")


def all_languages() -> tuple[Language, ...]:
    """Every language of the list, in the chooser's order (German always among them)."""
    return _read(languages_file())[0]


def problem() -> str:
    """What was wrong with the list ("" = nothing)."""
    return _read(languages_file())[1]


def codes() -> tuple[str, ...]:
    return tuple(x.code for x in all_languages())


def get(code: str) -> Language:
    """The language ``code``, else German."""
    for x in all_languages():
        if x.code == code:
            return x
    return all_languages()[0] if all_languages()[0].code == SOURCE else FALLBACK[0]


def base(code: str) -> str:
    """ "de" for "de-x-ls", "tr" for "tr": a variant of a language writes dates and numbers as it does."""
    return code.split("-", 1)[0]


def known(code: object) -> bool:
    return isinstance(code, str) and code in codes()
