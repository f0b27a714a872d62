"""The words of the task search ("Was brauche ich?") per language: ``resources/translations/search_<code>.yaml``.

A language's search words are data, like its catalogues (issue 13): adding a language needs no
program change. Each file may hold

* ``stop``: words with no meaning of their own in a query ("der", "bir", "и", "في");
* ``weak``: words that say what to do, not what about ("beantragen", "başvuru", "заявление"): a task
  found only through them is no hit;
* ``street``: words of a problem in the street ("Schlagloch", "çukur", "яма"): when no task fits, they
  point to "Problem melden". A word also matches the start or the end of a longer typed word (from
  4 letters), so a stem ("фонар", "dziur") finds every ending;
* ``not_street``: words that look like the street but are booked with the city ("Sperrmüll");
* ``synonyms``: a German search word (as the task titles use it) → everyday words of the language for
  it (``reisepass: [pasaport]``), so German-named services are found from the person's own words;
* ``review``: ``reviewed`` / ``not-reviewed`` — has a native speaker checked the words?

The search uses German's words (the source language: task titles and offices stay German in every
language) plus the words of the person's language (and of its base language for a variant,
``de-x-ls`` → ``de``). A city's own service names belong in its city profile (``portal.synonyms``,
task ``words``), not here.

A damaged file never stops the search: what can be read is used, and ``problems()`` says in plain
words what was wrong (``lotse --check-content`` lists it, and it is logged when the search loads it).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from assistant.core import languages
from assistant.resources import resource

log = logging.getLogger(__name__)

LISTS = ("stop", "weak", "street", "not_street")
KEYS = (*LISTS, "synonyms", "review")


@dataclass(frozen=True)
class SearchWords:
    stop: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    street: tuple[str, ...] = ()
    not_street: tuple[str, ...] = ()
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    review: str = "not-reviewed"
    problems: tuple[str, ...] = ()  # plain sentences: what could not be read


def words_file(code: str, folder: Path | None = None) -> Path:
    return (folder or resource("translations")) / f"search_{code}.yaml"


def _words(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    """The strings of a list; anything else is named as a problem and left out."""
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append(f"{where} must be a list of words; it is ignored")
        return ()
    out = []
    for i, w in enumerate(value):
        if isinstance(w, (str, int)) and not isinstance(w, bool) and str(w).strip():
            out.append(str(w).strip())
        else:
            problems.append(f"{where}, entry {i + 1} is not a word ({w!r}); it is ignored")
    return tuple(out)


def read(path: Path) -> SearchWords:
    """One file's words. A missing file has none (no problem); a damaged one gives what can be read."""
    if not path.is_file():
        return SearchWords()
    return _read(path, path.stat().st_mtime_ns)


@cache
def _read(path: Path, _mtime: int) -> SearchWords:
    import yaml  # (only when the search is first used: never at start-up)

    from assistant.core.datafile import load_yaml

    name = path.name
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        problem = f"{name} cannot be read ({exc.__class__.__name__}); its words are not used"
        return _problem(SearchWords(problems=(problem,)))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" in line {mark.line + 1}" if mark is not None else ""
        return _problem(SearchWords(problems=(f"{name} is not valid YAML{line}; its words are not used",)))
    if data is None:
        return SearchWords()
    if not isinstance(data, Mapping):
        return _problem(SearchWords(problems=(f"{name} must be a mapping of word lists; its words are not used",)))
    problems: list[str] = []
    unknown = sorted(str(k) for k in data if k not in KEYS)
    if unknown:
        problems.append(f"{name}: unknown key(s) {', '.join(unknown)} are ignored (known: {', '.join(KEYS)})")
    lists = {k: _words(data.get(k), f"{name}: '{k}'", problems) for k in LISTS}
    synonyms: dict[str, tuple[str, ...]] = {}
    raw = data.get("synonyms")
    if isinstance(raw, Mapping):
        for k, v in raw.items():
            if not isinstance(k, str) or not k.strip():
                problems.append(f"{name}: 'synonyms' key {k!r} is not a word; it is ignored")
                continue
            words = _words(v, f"{name}: 'synonyms' of '{k}'", problems)
            if words:
                synonyms[k.strip()] = synonyms.get(k.strip(), ()) + words
    elif raw is not None:
        problems.append(f"{name}: 'synonyms' must be a mapping (German word: [everyday words]); it is ignored")
    review = data.get("review", "not-reviewed")
    if review not in languages.REVIEW_STATES:
        problems.append(f"{name}: 'review' must be one of {', '.join(languages.REVIEW_STATES)}")
        review = "not-reviewed"
    return _problem(SearchWords(**lists, synonyms=synonyms, review=str(review), problems=tuple(problems)))


def _problem(words: SearchWords) -> SearchWords:
    for p in words.problems:
        log.warning("search words: %s", p)
    return words


def merged(parts: Iterable[SearchWords]) -> SearchWords:
    parts = list(parts)
    synonyms: dict[str, tuple[str, ...]] = {}
    for p in parts:
        for k, v in p.synonyms.items():
            synonyms[k] = synonyms.get(k, ()) + v
    return SearchWords(
        **{k: tuple(w for p in parts for w in getattr(p, k)) for k in LISTS},
        synonyms=synonyms,
        review=parts[-1].review if parts else "not-reviewed",
        problems=tuple(x for p in parts for x in p.problems),
    )


def codes_for(code: str) -> list[str]:
    """German (the source), the base language of a variant, the language itself — each once."""
    out: list[str] = []
    for c in (languages.SOURCE, languages.base(code), code):
        if c and c not in out:
            out.append(c)
    return out


def for_language(code: str, folder: Path | None = None) -> SearchWords:
    """The words the search uses for a person reading ``code`` (German's words included)."""
    return merged(read(words_file(c, folder)) for c in codes_for(code))


def problems(folder: Path | None = None) -> list[tuple[str, str]]:
    """(file name, problem) for every search-word file of the folder (``--check-content``)."""
    folder = folder or resource("translations")
    return [(p.name, x) for p in sorted(folder.glob("search_*.yaml")) for x in read(p).problems]
