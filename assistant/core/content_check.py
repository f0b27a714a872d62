"""``python -m assistant --check-content``: every check a guide or city profile must pass.

Errors (exit code 1) make a guide wrong or unusable: a file that does not fit the schema, a link to
nowhere, a dead end, an unreachable step, a missing or differing translation, an unknown action id or
outcome, an office the city profile lacks, an unknown ``{placeholder}``, a missing picture, a city
profile that does not load. Warnings point at plain-language problems (long sentences, full screens,
words a speech engine or a reader stumbles over, a high LIX figure); a person decides.

Tests and tools use ``check_all()``; ``main()`` prints one line per finding, naming file and step.
"""

from __future__ import annotations

import itertools
import re
import string
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.core import plain_language as pl
from assistant.core.city import CityProfile, load_city
from assistant.core.errors import ContentError
from assistant.core.guide import Guide, Step, guide_from_data, schema_errors
from assistant.resources import resource

# The action ids a guide may name, with the outcomes each can report. This is the data behind the
# table in assistant/ui/capabilities.py (a test keeps both in step; core code cannot import the UI).
ACTIONS: dict[str, tuple[str, ...]] = {
    "eid.read-card": ("tries-3", "tries-2", "tries-1", "blocked", "inoperative", "deactivated", "unavailable"),
    "eid.change-pin": ("changed", "not-changed", "uncertain", "office", "deactivated", "inoperative", "unavailable"),
    "appointment.book": ("booked", "unavailable"),
}

ERROR, WARNING, INFO = "error", "warning", "info"
IMAGE_TYPES = (".svg", ".png")


@dataclass(frozen=True)
class Finding:
    level: str  # error | warning | info
    file: str  # file name, e.g. eid-pin.de.yaml
    step: str  # step id, "" for the whole file
    message: str
    lang: str = ""

    def __str__(self) -> str:
        where = f"{self.file}: steps/{self.step}" if self.step else self.file
        return f"{self.level.upper()}: {where}: {self.message}"


def action_fact(action_id: str) -> str:
    """The fact name under which the engine remembers an action's outcome (eid.read-card → eid_read_card)."""
    return re.sub(r"[^a-z0-9]", "_", action_id)


def placeholders(text: str) -> list[str]:
    """The ``{names}`` in a text; raises ValueError for a broken brace."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


# --- the whole check -----------------------------------------------------------------------------


def check_all(
    folder: Path | None = None,
    *,
    cities: Path | None = None,
    images: Path | None = None,
    lang: str | None = None,
) -> list[Finding]:
    """Check every guide file in ``folder`` (default: the shipped guides) against the city profiles.

    ``lang`` limits the result to findings about that language.
    """
    folder = folder or resource("guides")
    images = images or resource("images")
    profiles, findings = _check_cities(cities or resource("cities"))
    guides: list[Guide] = []
    for path in sorted(folder.glob("*.yaml")):
        loaded, problems = _load(path)
        findings.extend(problems)
        if loaded is not None:
            guides.append(loaded)
    for guide in guides:
        findings.extend(_check_guide(guide, profiles, images))
    findings.extend(_check_translations(guides))
    findings.extend(awaiting_review(guides))
    findings.extend(search_word_findings())
    from assistant.core import step_codes

    own = step_codes.codes_file(folder)  # the codes beside these guides, else the built-in ones
    codes = step_codes.load_codes(own if own.is_file() else step_codes.builtin_file())
    findings.extend(
        Finding(level, file, step, message, file.rsplit(".", 2)[-2] if file.count(".") >= 2 else "")
        for level, file, step, message in step_codes.check(guides, codes)
    )
    if lang:
        findings = [f for f in findings if not f.lang or f.lang == lang]
    return findings


def _check_cities(folder: Path) -> tuple[list[CityProfile], list[Finding]]:
    profiles, findings = [], []
    for path in sorted(folder.glob("*.yaml")):
        try:
            city = load_city(path.stem, folder, strict=True)
        except ContentError as exc:
            findings.append(Finding(ERROR, path.name, "", exc.detail))
            continue
        profiles.append(city)
        for key in city.office_keys():
            raw = city.data["offices"][key]
            if not isinstance(raw, Mapping) or not raw.get("name"):
                findings.append(Finding(ERROR, path.name, "", f"office '{key}' needs a name"))
            elif not any(raw.get(k) for k in ("address", "phone", "web")):
                findings.append(Finding(WARNING, path.name, "", f"office '{key}' has no address, phone or web page"))
        if not isinstance(city.data.get("facts") or {}, Mapping):
            findings.append(Finding(ERROR, path.name, "", "'facts' must be a mapping"))
        if not isinstance(city.data.get("unconfirmed") or [], list):
            findings.append(Finding(ERROR, path.name, "", "'unconfirmed' must be a list"))
    if not profiles:
        findings.append(Finding(ERROR, folder.name or str(folder), "", "no city profile loads"))
    return profiles, findings


def _load(path: Path) -> tuple[Guide | None, list[Finding]]:
    name = path.name
    lang = name.rsplit(".", 2)[-2] if name.count(".") >= 2 else ""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Finding(ERROR, name, "", f"cannot read the file ({exc.__class__.__name__})", lang)]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark else ""
        return None, [Finding(ERROR, name, "", f"not valid YAML{at}", lang)]
    if not isinstance(data, Mapping):
        return None, [Finding(ERROR, name, "", "the file must hold a guide (a mapping with id, lang, steps …)", lang)]
    found: list[Finding] = []
    for line in schema_errors(data):
        where = line.partition(": ")[0]
        step = where.split("/")[1] if where.startswith("steps/") else ""
        found.append(Finding(ERROR, name, step, line, lang))
    raw_steps = data.get("steps")
    steps: Mapping[str, Any] = raw_steps if isinstance(raw_steps, Mapping) else {}
    if not found:
        for sid, raw in steps.items():
            for target in _raw_links(raw):
                if target not in steps:
                    found.append(Finding(ERROR, name, sid, f"leads to unknown step '{target}'", lang))
        if data.get("start") not in steps:
            found.append(Finding(ERROR, name, "", f"start: unknown step '{data.get('start')}'", lang))
    if found:
        return None, found
    found.extend(_empty_texts(name, data, lang))  # an error, but the guide can still be checked further
    try:
        guide = guide_from_data(data, source=name)
    except ContentError as exc:  # pragma: no cover - the checks above cover what it checks
        return None, [Finding(ERROR, name, "", exc.detail, lang)]
    if name.rsplit(".", 1)[0] != f"{guide.id}.{guide.lang}":
        found.append(Finding(ERROR, name, "", f"file name should be {guide.id}.{guide.lang}.yaml", lang))
    return guide, found


def _raw_links(raw: Any) -> list[str]:
    if not isinstance(raw, Mapping):
        return []
    links = [a.get("next") for a in raw.get("answers") or () if isinstance(a, Mapping)]
    links += list((raw.get("outcomes") or {}).values())
    links.append(raw.get("next"))
    return [x for x in links if isinstance(x, str)]


def _empty_texts(name: str, data: Any, lang: str, path: str = "") -> Iterator[Finding]:
    """Blank strings anywhere (a text left empty, often a forgotten translation)."""
    if isinstance(data, Mapping):
        for k, v in data.items():
            yield from _empty_texts(name, v, lang, f"{path}/{k}" if path else str(k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _empty_texts(name, v, lang, f"{path}[{i}]")
    elif isinstance(data, str) and not data.strip():
        parts = path.split("/")
        step = parts[1] if len(parts) > 2 and parts[0] == "steps" else ""
        yield Finding(ERROR, name, step, f"{path}: empty text", lang)


# --- one guide -----------------------------------------------------------------------------------


def _check_guide(guide: Guide, cities: list[CityProfile], images: Path) -> list[Finding]:
    name, lang = guide.source, guide.lang
    out: list[Finding] = []

    def add(level: str, step: str, message: str) -> None:
        out.append(Finding(level, name, step, message, lang))

    reachable = guide.reachable()
    reaches_end = _reaches_end(guide)
    for sid, step in guide.steps.items():
        if sid not in reachable:
            add(ERROR, sid, "unreachable: no path from the start leads here")
        if not step.is_end and not step.links():
            add(ERROR, sid, "dead end: no way on (and not an end step)")
        elif not step.is_end and sid not in reaches_end:
            add(ERROR, sid, "dead end: no end step can be reached from here")
        if sid in step.links() and step.type == "question":
            add(WARNING, sid, "an answer leads back to this same question")
        if step.type == "action":
            known = ACTIONS.get(step.action)
            if known is None:
                add(ERROR, sid, f"unknown action '{step.action}' (known: {', '.join(ACTIONS)})")
            else:
                for outcome in step.outcomes:
                    if outcome not in known:
                        add(
                            ERROR,
                            sid,
                            f"action '{step.action}' has no outcome '{outcome}' (it has: {', '.join(known)})",
                        )
        if step.image is not None:
            file = images / step.image.file
            if step.image.file.startswith(("/", "..")) or not file.is_file():
                add(ERROR, sid, f"picture '{step.image.file}' not found in {images.name}/")
            elif file.suffix.lower() not in IMAGE_TYPES:
                add(ERROR, sid, f"picture '{step.image.file}' must be SVG or PNG")
        for i, text in enumerate(step.corrects):
            if text[:1] not in '„“"':
                add(WARNING, sid, f"corrects[{i}]: quote the outdated advice first („…“), then say what is right")
        if not step.help:
            add(WARNING, sid, "no 'help' text (the Hilfe button would show nothing)")
        if step.type == "info" and not step.text and step.image is None:
            add(ERROR, sid, "an info step without text: a screen that only says „Weiter“")
        if step.is_end and not step.todo:
            add(WARNING, sid, "end step without 'todo' (what to do now)")
    out.extend(_check_facts(guide, cities))
    out.extend(_check_language(guide))
    out.extend(_check_paths(guide))
    return out


# --- path lengths and words per screen (issue 11: short paths, short screens) ---------------------


@dataclass(frozen=True)
class PathCount:
    name: str
    screens: int
    max: int
    problem: str = ""  # not a way through the guide: which link is missing


def path_counts(guide: Guide) -> list[PathCount]:
    """The screens a person sees on each of the guide's named commonest paths (``paths:``)."""
    out = []
    for p in guide.paths:
        problem = ""
        for a, b in itertools.pairwise(p.steps):
            if a not in guide.steps:
                problem = f"unknown step '{a}'"
                break
            if b not in guide.steps[a].links():
                problem = f"'{a}' does not lead to '{b}'"
                break
        if not problem and p.steps[0] != guide.start:
            problem = f"does not begin at the start step '{guide.start}'"
        if not problem and (p.steps[-1] not in guide.steps or not guide.steps[p.steps[-1]].is_end):
            problem = f"does not end at an end step ('{p.steps[-1]}')"
        out.append(PathCount(p.name, guide.screens_on(p.steps), p.max, problem))
    return out


def screen_words(step: Step) -> int:
    """Words of running text on the step's own screen (title, text, answers, items; on end steps the
    todo, bring and cost). Not counted: help, helper tips, the picture's description, "Mehr dazu"."""
    return sum(pl.screen_words(t) for _label, texts in screens(step)[:1] for t in texts)


def word_counts(guide: Guide) -> dict[str, int]:
    """Words of running text per step, the fallback counted with the step it is shown on."""
    out = {}
    for sid, step in guide.steps.items():
        counted = [
            sum(pl.screen_words(t) for t in texts) for label, texts in screens(step) if label in ("screen", "fallback")
        ]
        out[sid] = max(counted)
    return out


def _check_paths(guide: Guide) -> list[Finding]:
    out: list[Finding] = []
    name, lang = guide.source, guide.lang
    for c in path_counts(guide):
        if c.problem:
            out.append(Finding(ERROR, name, "", f"path '{c.name}': {c.problem}", lang))
        elif c.screens > c.max:
            out.append(Finding(ERROR, name, "", f"path '{c.name}': {c.screens} screens (limit {c.max})", lang))
        else:
            out.append(Finding(INFO, name, "", f"path '{c.name}': {c.screens} screens (limit {c.max})", lang))
    words = word_counts(guide)
    if words:
        worst = max(words, key=lambda s: words[s])
        out.append(
            Finding(
                INFO,
                name,
                "",
                f"words per screen: at most {words[worst]} (steps/{worst}; limit "
                f"{pl.SCREEN_WORDS}), on average {sum(words.values()) / len(words):.0f}",
                lang,
            )
        )
    return out


def _reaches_end(guide: Guide) -> set[str]:
    back: dict[str, set[str]] = {}
    for sid, step in guide.steps.items():
        for n in step.links():
            back.setdefault(n, set()).add(sid)
    todo = [sid for sid, s in guide.steps.items() if s.is_end]
    seen: set[str] = set()
    while todo:
        sid = todo.pop()
        if sid in seen:
            continue
        seen.add(sid)
        todo.extend(back.get(sid, ()))
    return seen


def _edges(step: Step) -> list[tuple[str, dict[str, str]]]:
    """(next step, facts added on the way) for every way out of a step."""
    if step.type == "question":
        return [(a.next, dict(a.remember)) for a in step.answers]
    if step.type == "action":
        return [(target, {action_fact(step.action): outcome}) for outcome, target in step.outcomes.items()]
    return [(step.next, {})] if step.next else []


def guaranteed_facts(guide: Guide) -> dict[str, set[str]]:
    """For every reachable step, the fact names remembered on EVERY path from the start to it."""
    have: dict[str, set[str] | None] = dict.fromkeys(guide.reachable())
    have[guide.start] = set()
    changed = True
    while changed:
        changed = False
        for sid, facts in list(have.items()):
            if facts is None:
                continue
            for target, added in _edges(guide.steps[sid]):
                new = facts | set(added)
                cur = have.get(target)
                merged = new if cur is None else cur & new
                if merged != cur:
                    have[target] = merged
                    changed = True
    return {sid: facts or set() for sid, facts in have.items()}


def possible_facts(guide: Guide) -> dict[str, dict[str, set[str]]]:
    """For every reachable step, each fact name with every value it can have there (on some path)."""
    have: dict[str, dict[str, set[str]]] = {guide.start: {}}
    todo = [guide.start]
    while todo:
        sid = todo.pop()
        for target, added in _edges(guide.steps[sid]):
            new = {k: set(v) for k, v in have[sid].items()}
            new.update({k: {v} for k, v in added.items()})
            grown = target not in have
            cur = have.setdefault(target, {})
            for k, v in new.items():
                if not v <= cur.get(k, set()):
                    cur.setdefault(k, set()).update(v)
                    grown = True
            if grown:
                todo.append(target)
    return have


def fact_values(guide: Guide) -> dict[str, set[str]]:
    """Every value a guide can remember for each fact name."""
    values: dict[str, set[str]] = {}
    for step in guide.steps.values():
        for _, added in _edges(step):
            for k, v in added.items():
                values.setdefault(k, set()).add(v)
    return values


def _check_facts(guide: Guide, cities: list[CityProfile]) -> list[Finding]:
    out: list[Finding] = []
    name, lang = guide.source, guide.lang
    sure = guaranteed_facts(guide)
    values = fact_values(guide)
    city_facts = set.intersection(*(set(c.facts(lang)) for c in cities)) if cities else set()
    offices = set.intersection(*(set(c.office_keys()) for c in cities)) if cities else set()
    for sid, step in guide.steps.items():
        known = sure.get(sid, set()) | city_facts
        fields = [*step.texts(), ("where", step.where), ("web", step.web)]
        for field, text in fields:
            try:
                names = placeholders(text)
            except ValueError:
                out.append(Finding(ERROR, name, sid, f"{field}: a '{{' or '}}' without its partner", lang))
                continue
            for ph in names:
                if ph in known:
                    continue
                if not ph:
                    msg = "an empty {} placeholder"
                elif ph in values:
                    msg = f"{{{ph}}} is not remembered on every path to this step"
                else:
                    msg = f"unknown placeholder {{{ph}}} (neither a remembered fact nor a city fact)"
                out.append(Finding(ERROR, name, sid, f"{field}: {msg}", lang))
        if step.where:
            m = re.fullmatch(r"\{([a-z][a-z0-9_]*)\}", step.where)
            keys = values.get(m.group(1), set()) if m else {step.where}
            for key in sorted(keys - offices):
                out.append(Finding(ERROR, name, sid, f"where: the city profile has no office '{key}'", lang))
    return out


def _check_language(guide: Guide) -> list[Finding]:
    out: list[Finding] = []
    name, lang = guide.source, guide.lang

    def add(level: str, step: str, message: str) -> None:
        out.append(Finding(level, name, step, message, lang))

    for sid, step in guide.steps.items():
        for field, text in step.texts():
            for n, sentence in pl.long_sentences(text):
                add(WARNING, sid, f"{field}: sentence of {n} words (limit {pl.SENTENCE_WORDS}): “{_short(sentence)}”")
            for bad, good in pl.discouraged(text, lang):
                add(WARNING, sid, f"{field}: “{bad}” – say “{good}”")
        for label, texts in screens(step):
            n = sum(pl.screen_words(t) for t in texts)
            if n > pl.SCREEN_WORDS:
                # the running text of a screen is a hard limit; help and "Mehr dazu" are a person's call
                level = ERROR if label in ("screen", "fallback") else WARNING
                add(level, sid, f"{label}: {n} words on one screen (limit {pl.SCREEN_WORDS})")
    r = pl.readability(t for s in guide.steps.values() for f, t in s.texts() if f != "helper")
    level = WARNING if r.lix > pl.LIX_LIMIT and lang in pl.LIX_LANGUAGES else INFO
    add(level, "", f"LIX readability {r.lix:.0f} (limit {pl.LIX_LIMIT}; {r.words} words, {r.sentences} sentences)")
    return out


def screens(step: Step) -> list[tuple[str, list[str]]]:
    """The texts a person sees together: the step's screen, its fallback and its help."""
    main = [step.title, step.text, *(a.text for a in step.answers), *step.items]
    if step.is_end:
        main += [*step.todo, *step.bring, step.cost]
    out = [("screen", main)]
    if step.more or step.corrects:
        out.append(("more", [step.more, *step.corrects]))  # together behind "Mehr dazu"
    if step.fallback:
        out.append(("fallback", [step.title, step.text, step.fallback]))  # shown below the text
    if step.help:
        out.append(("help", [step.help]))
    return out


def _short(sentence: str, n: int = 8) -> str:
    w = sentence.split()
    return " ".join(w[:n]) + (" …" if len(w) > n else "")


# --- languages -----------------------------------------------------------------------------------


def _shape(step: Step) -> dict[str, Any]:
    """What must be the same in every language of a step (ids, links, kinds, counts, which texts exist)."""
    return {
        "type": step.type,
        "links": step.links(),
        "answers": len(step.answers),
        "remembered facts": [sorted(a.remember) for a in step.answers],
        "action": step.action,
        "outcomes": dict(step.outcomes),
        "where": step.where,
        "picture": step.image.file if step.image else None,
        "items": len(step.items),
        "todo": len(step.todo),
        "bring": len(step.bring),
        "corrects": len(step.corrects),
        "web": step.web,
    }


OPTIONAL_TEXTS = ("text", "help", "helper", "cost")
REQUIRED_LANGUAGES = ("de", "en")  # every guide exists in these; the other languages may follow later


def _check_translations(guides: Iterable[Guide]) -> list[Finding]:
    by_id: dict[str, dict[str, Guide]] = {}
    for g in guides:
        by_id.setdefault(g.id, {})[g.lang] = g
    all_langs = sorted({lang for versions in by_id.values() for lang in versions})
    out: list[Finding] = []
    for gid, versions in sorted(by_id.items()):
        for lang in all_langs:
            if lang not in versions:
                if lang in REQUIRED_LANGUAGES:
                    out.append(
                        Finding(ERROR, f"{gid}.{lang}.yaml", "", "missing: other guides have this language", lang)
                    )
                else:  # a new guide may come in German and English first: the person sees German (with a note)
                    out.append(
                        Finding(
                            WARNING,
                            f"{gid}.{lang}.yaml",
                            "",
                            "missing: not translated yet (German is shown); other guides have this language",
                            lang,
                        )
                    )
        ref_lang = "de" if "de" in versions else sorted(versions)[0]
        ref = versions[ref_lang]
        office_ref = fact_values(ref).get("office", set())
        for lang, g in sorted(versions.items()):
            if lang == ref_lang:
                continue

            def add(step: str, message: str) -> None:
                # called only within this iteration, so it reads this iteration's g and lang
                out.append(Finding(ERROR, g.source, step, f"{message} (as in {ref.source})", lang))  # noqa: B023

            if g.start != ref.start:
                add("", f"start is '{g.start}', not '{ref.start}'")
            for sid in sorted(set(ref.steps) - set(g.steps)):
                add("", f"step '{sid}' is missing")
            for sid in sorted(set(g.steps) - set(ref.steps)):
                add(sid, "this step does not exist in the other language")
            for sid in sorted(set(g.steps) & set(ref.steps)):
                mine, theirs = _shape(g.steps[sid]), _shape(ref.steps[sid])
                for key in mine:
                    if mine[key] != theirs[key]:
                        add(sid, f"{key} differs: {mine[key]!r} here, {theirs[key]!r} there")
                for key in OPTIONAL_TEXTS:
                    here, there = getattr(g.steps[sid], key), getattr(ref.steps[sid], key)
                    if there and not here:
                        add(sid, f"'{key}' is not translated")
                    elif here and not there:
                        add(sid, f"'{key}' is here but not in the source language")
            if fact_values(g).get("office", set()) != office_ref:
                add("", "remembers other office keys")
            for sid in sorted(set(g.steps) & set(ref.steps)):
                problem = number_difference(step_numbers(ref.steps[sid]), step_numbers(g.steps[sid]))
                if problem:
                    add(sid, f"numbers differ: {problem}")
    return out


def awaiting_review(guides: Iterable[Guide], translations: Path | None = None) -> list[Finding]:
    """What no native speaker has checked yet (INFO: an unreviewed language works fully): every guide
    file whose ``review`` is not ``reviewed``, and the catalogues of every language the language list
    marks ``not-reviewed`` (a catalogue's state is its language's, ``core.languages``)."""
    from assistant.core import languages

    out = [
        Finding(INFO, g.source, "", "awaits review by a native speaker", g.lang)
        for g in sorted(guides, key=lambda g: g.source)
        if g.lang != languages.SOURCE and g.review != "reviewed"
    ]
    folder = translations or resource("translations")
    for lang in languages.all_languages():
        if lang.reviewed:
            continue
        for ts in sorted(folder.glob(f"lotse_*_{lang.code}.ts")):
            out.append(Finding(INFO, ts.name, "", "awaits review by a native speaker", lang.code))
    from assistant.core import search_words

    for lang in languages.all_languages():  # the search words say their own state
        path = search_words.words_file(lang.code, folder)
        if lang.code != languages.SOURCE and path.is_file() and search_words.read(path).review != "reviewed":
            out.append(Finding(INFO, path.name, "", "awaits review by a native speaker", lang.code))
    return out


def search_word_findings(translations: Path | None = None) -> list[Finding]:
    """What is wrong in the task search's word files (``core.search_words``): the search uses what can
    be read, so these never stop the program, but the check names them for the person who fixes them."""
    from assistant.core import search_words

    return [
        Finding(ERROR, name, "", problem.removeprefix(f"{name}: "), name.removeprefix("search_").removesuffix(".yaml"))
        for name, problem in search_words.problems(translations)
    ]


# --- the same numbers in every language ------------------------------------------------------------

_APP_WORDS = re.compile(r"»[^«»]*«")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")  # Arabic-Indic digits count too
# one number: digits, with more digit groups joined by a space, dot, comma, colon, slash or dash
_NUMBER = re.compile(r"[0-9]+(?:[ \u00a0\u202f.,:/\-–][0-9]+)*")


def numbers(text: str) -> list[str]:
    """The numbers of a text, each as its digits only ("0234 910-0" → "02349100", "37,00" → "3700",
    "9:30" → "930"), so a phone number, fee, digit count, date or time must come back in every
    language — however the language groups digits."""
    from assistant.core.bidi import plain

    text = _APP_WORDS.sub(" ", plain(text))  # AusweisApp's own words (»5-значный …«) are quoted, not translated
    return [re.sub(r"[^0-9]", "", m) for m in _NUMBER.findall(text.translate(_DIGITS))]


def step_numbers(step: Step) -> Counter[str]:
    return Counter(n for _, text in step.texts() for n in numbers(text))


def number_difference(source: Counter[str], translation: Counter[str]) -> str:
    """ "" when both have the same numbers (as often), else what is missing and what is extra."""
    missing, extra = source - translation, translation - source
    parts = []
    if missing:
        parts.append("missing " + ", ".join(sorted(missing.elements())))
    if extra:
        parts.append("not in the source " + ", ".join(sorted(extra.elements())))
    return "; ".join(parts)


# --- command line --------------------------------------------------------------------------------


def main(
    lang: str | None = None,
    *,
    folder: Path | None = None,
    cities: Path | None = None,
    images: Path | None = None,
) -> int:
    """Print one line per finding and a summary; 1 if there is any error, else 0."""
    folder = folder or resource("guides")
    cities = cities or resource("cities")
    findings = check_all(folder, cities=cities, images=images, lang=lang)
    for f in findings:
        print(f)
    errors = sum(f.level == ERROR for f in findings)
    warnings = sum(f.level == WARNING for f in findings)
    n_guides = len([p for p in folder.glob("*.yaml") if not lang or p.name.endswith(f".{lang}.yaml")])
    n_cities = len(list(cities.glob("*.yaml")))
    review = sum(f.message == "awaits review by a native speaker" for f in findings)
    print(
        f"Checked {n_guides} guide file(s) and {n_cities} city profile(s): {errors} error(s), {warnings} warning(s)."
        + (f" {review} file(s) await review by a native speaker." if review else "")
    )
    return 1 if errors else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
