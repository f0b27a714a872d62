"""``python -m assistant --export-guide ID [--lang de] [--format md|txt]``: a guide as a handbook.

Every step becomes a numbered section, in the order a person meets them (breadth first from the
start), so that volunteers can follow every branch on paper: answers say "→ Abschnitt N", action
steps list what the program does and where each result leads, end steps give what to do, where to
go (the office details from the city profile), what to bring, the cost and the corrected outdated
advice. Remembered facts (``{office_name}``) are shown with all the values they can take.
"""

from __future__ import annotations

import string
import sys
from collections import deque
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

from assistant.core.city import DEFAULT_CITY, CityProfile, load_city
from assistant.core.content_check import path_counts, possible_facts, word_counts
from assistant.core.errors import ContentError, UnknownGuideError
from assistant.core.guide import Guide, GuideLibrary, Step
from assistant.core.step_codes import load_codes

FORMATS = ("md", "txt")

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "subtitle": "Handbuch für Helferinnen und Helfer",
        "lang": "Sprache",
        "city": "Stadt",
        "sections": "Abschnitte",
        "overview": "Alle Ergebnisse auf einen Blick",
        "section": "Abschnitt",
        "info": "Information",
        "question": "Frage",
        "checklist": "Checkliste",
        "action": "Programm-Schritt",
        "end": "Ergebnis",
        "next": "Weiter",
        "answers": "Antworten",
        "office_for": "zuständig",
        "program": "Das Programm",
        "results": "Ergebnisse",
        "fallback": "Wenn das Programm es hier nicht kann",
        "todo": "Was jetzt zu tun ist",
        "where": "Wohin",
        "when": "bei",
        "bring": "Mitbringen",
        "cost": "Kosten",
        "corrects": "Richtiggestellt (veraltete Hinweise aus dem Internet)",
        "more": "Mehr dazu",
        "paths": "Die häufigsten Wege: Bildschirme (Höchstzahl)",
        "words": "Wörter auf dem Bildschirm",
        "screens": "Bildschirme",
        "web": "Im Internet",
        "help": "Hilfe",
        "helper": "Tipp für Helfende",
        "code": "Code",
        "phone": "Telefon",
        "email": "E-Mail",
        "picture": "Bild",
        "unreachable": "nicht erreichbar",
        "unknown_guide": "Keine Anleitung mit der ID „{id}“. Vorhandene Anleitungen: {ids}.",
        "no_lang": "Die Anleitung „{id}“ gibt es nicht auf „{lang}“. Sie wird auf „{used}“ ausgegeben.",
        "bad_format": "Unbekanntes Format „{fmt}“. Möglich: md, txt.",
        "broken": "Hinweis: {problem}",
        "no_city": "Hinweis: Stadtprofil nicht lesbar ({problem}). Ämter erscheinen nur als Schlüssel.",
    },
    "en": {
        "subtitle": "Handbook for volunteers",
        "lang": "Language",
        "city": "City",
        "sections": "sections",
        "overview": "All results at a glance",
        "section": "section",
        "info": "Information",
        "question": "Question",
        "checklist": "Checklist",
        "action": "Program step",
        "end": "Result",
        "next": "Next",
        "answers": "Answers",
        "office_for": "office",
        "program": "The program",
        "results": "Results",
        "fallback": "Where the program cannot do it",
        "todo": "What to do now",
        "where": "Where to go",
        "when": "for",
        "bring": "What to bring",
        "cost": "Cost",
        "corrects": "Corrected (outdated advice found on the web)",
        "more": "More about it",
        "paths": "The commonest ways: screens (most allowed)",
        "words": "Words on the screen",
        "screens": "screens",
        "web": "On the web",
        "help": "Help",
        "helper": "Tip for volunteers",
        "code": "code",
        "phone": "Phone",
        "email": "E-mail",
        "picture": "Picture",
        "unreachable": "unreachable",
        "unknown_guide": "No guide with the id '{id}'. Guides available: {ids}.",
        "no_lang": "The guide '{id}' does not exist in '{lang}'. It is printed in '{used}'.",
        "bad_format": "Unknown format '{fmt}'. Possible: md, txt.",
        "broken": "Note: {problem}",
        "no_city": "Note: city profile not readable ({problem}). Offices appear as keys only.",
    },
}

ACTION_TEXT: dict[str, dict[str, str]] = {
    "eid.read-card": {
        "de": "liest den Ausweis über die AusweisApp: wie viele PIN-Versuche frei sind. Keine PIN-Eingabe.",
        "en": "reads the card through the AusweisApp: how many PIN tries are left. No PIN is typed.",
    },
    "eid.change-pin": {
        "de": "führt durch das Ändern der PIN in der AusweisApp (mit Zugangsnummer oder PUK, wenn nötig).",
        "en": "guides through changing the PIN in the AusweisApp (with the access number or PUK where needed).",
    },
    "appointment.book": {
        "de": "bucht einen Termin im zuständigen Amt.",
        "en": "books an appointment at the office in charge.",
    },
}

OUTCOME_TEXT: dict[str, dict[str, str]] = {
    "de": {
        "tries-3": "Alle 3 PIN-Versuche frei",
        "tries-2": "Noch 2 Versuche",
        "tries-1": "Noch 1 Versuch (Zugangsnummer nötig)",
        "blocked": "PIN gesperrt (PUK nötig)",
        "inoperative": "PUK verbraucht",
        "deactivated": "Online-Funktion deaktiviert",
        "changed": "PIN geändert",
        "not-changed": "PIN nicht geändert (abgebrochen)",
        "uncertain": "Nicht sicher, ob die PIN geändert ist",
        "office": "Die Person geht lieber ins Amt",
        "booked": "Termin gebucht",
        "unavailable": "Programm kann es nicht / übersprungen",
    },
    "en": {
        "tries-3": "All 3 PIN tries left",
        "tries-2": "2 tries left",
        "tries-1": "1 try left (access number needed)",
        "blocked": "PIN blocked (PUK needed)",
        "inoperative": "PUK used up",
        "deactivated": "Online function switched off",
        "changed": "PIN changed",
        "not-changed": "PIN not changed (cancelled)",
        "uncertain": "Not sure whether the PIN changed",
        "office": "The person prefers to go to the office",
        "booked": "Appointment booked",
        "unavailable": "The program cannot do it / skipped",
    },
}


def _breadth_first(guide: Guide, start: str) -> list[str]:
    """Step ids reachable from ``start``, nearest first (Guide.reachable() gives a set, not an order)."""
    seen: list[str] = []
    queue = deque([start])
    while queue:
        sid = queue.popleft()
        if sid in seen or sid not in guide.steps:
            continue
        seen.append(sid)
        queue.extend(guide.steps[sid].links())
    return seen


def section_order(guide: Guide) -> list[str]:
    """Step ids in the order a person meets them (breadth first); unreachable steps last."""
    seen = _breadth_first(guide, guide.start)
    return seen + [sid for sid in guide.steps if sid not in seen]


class _Writer:
    """Collects lines in Markdown or plain text."""

    def __init__(self, fmt: str) -> None:
        self.md = fmt == "md"
        self.lines: list[str] = []

    def heading(self, text: str, level: int) -> None:
        if self.md:
            self.lines += ["#" * level + " " + text, ""]
        else:
            self.lines += [text, ("=" if level == 1 else "-") * len(text), ""]

    def para(self, text: str) -> None:
        if text:
            self.lines += [text, ""]

    def labelled(self, label: str, text: str) -> None:
        if text:
            first, *rest = text.split("\n")
            self.lines.append(f"**{label}:** {first}" if self.md else f"{label}: {first}")
            self.lines += [("  " if not self.md else "") + r for r in rest]
            self.lines.append("")

    def items(self, label: str, items: list[str], numbered: bool = False) -> None:
        if not items:
            return
        self.lines.append(f"**{label}:**" if self.md else f"{label}:")
        for i, item in enumerate(items, 1):
            lead = f"{i}." if numbered else "-"
            rest = item.replace("\n", "\n   " if self.md else "\n    ")
            self.lines.append(f"{lead} {rest}" if self.md else f"  {lead} {rest}")
        self.lines.append("")

    def text(self) -> str:
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


class _Alternatives(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(guide: Guide, city: CityProfile | None, fmt: str = "md") -> str:
    """The whole guide as a handbook (Markdown or plain text)."""
    lang = guide.lang if guide.lang in LABELS else "de" if guide.lang.startswith("de-") else "en"
    L = LABELS[lang]
    order = section_order(guide)
    number = {sid: i for i, sid in enumerate(order, 1)}
    reachable = guide.reachable()
    city_values: dict[str, str] = dict(city.facts(guide.lang)) if city else {}
    possible = possible_facts(guide)
    codes = load_codes()

    def fill(text: str, sid: str) -> str:
        """Put city facts and remembered facts into a text; a fact with several values shows them all."""
        if "{" not in text:
            return text
        values = dict(city_values)
        for key, vals in possible.get(sid, {}).items():
            shown = sorted(vals)
            values[key] = shown[0] if len(shown) == 1 else "[" + " / ".join(shown) + "]"
        try:
            return string.Formatter().vformat(text, (), _Alternatives(values))
        except (ValueError, IndexError):
            return text

    def ref(sid: str) -> str:
        return f"→ {L['section']} {number[sid]}"

    def office_label(key: str) -> str:
        if city is None:
            return key
        try:
            return city.office(key, guide.lang).name or key
        except ContentError:
            return key

    w = _Writer(fmt)
    w.heading(guide.title, 1)
    meta = f"{L['subtitle']} · {L['lang']}: {guide.lang}"
    if city:
        meta += f" · {L['city']}: {city.name}"
    meta += f" · {len(order)} {L['sections']}"
    w.para(f"_{meta}_" if w.md else meta)
    w.para(fill(guide.short, guide.start))

    ends = [sid for sid in order if guide.steps[sid].is_end]
    w.items(L["overview"], [f"{fill(guide.steps[sid].title, sid)} {ref(sid)}" for sid in ends])
    counts = path_counts(guide)
    if counts:
        w.items(
            L["paths"],
            [
                f"{c.name}: {c.screens} ({c.max}) – {L['section']} "
                + " → ".join(str(number.get(s, "?")) for s in p.steps)
                for c, p in zip(counts, guide.paths, strict=True)
            ],
        )
    words = word_counts(guide)

    for sid in order:
        step = guide.steps[sid]
        text_of = partial(fill, sid=sid)
        w.heading(f"{number[sid]}. {text_of(step.title)}", 2)
        kind = L.get(step.type, step.type)
        tag = f"`{sid}` · {kind}" if w.md else f"[{sid}] {kind}"
        if codes.code(guide.id, sid):
            tag += f" · {L['code']} {codes.code(guide.id, sid)}"
        if sid not in reachable:
            tag += f" · {L['unreachable']}"
        if step.screens != 1:
            tag += f" · {step.screens} {L['screens']}"
        w.para(tag)
        w.para(text_of(step.text))
        if step.image:
            w.labelled(L["picture"], f"{text_of(step.image.alt)} ({step.image.file})")
        _body(w, guide, step, L, lang, text_of, ref, office_label, city, possible.get(sid, {}))
        w.labelled(L["help"], text_of(step.help))
        w.labelled(L["helper"], text_of(step.helper))
        w.labelled(L["words"], str(words[sid]))
    return w.text()


def _body(
    w: _Writer,
    guide: Guide,
    step: Step,
    L: Mapping[str, str],
    lang: str,
    fill: Callable[[str], str],
    ref: Callable[[str], str],
    office_label: Callable[[str], str],
    city: CityProfile | None,
    facts: Mapping[str, set[str]],
) -> None:
    if step.type == "question":
        lines = []
        for a in step.answers:
            line = f"„{fill(a.text)}“ {ref(a.next)}" if lang == "de" else f"“{fill(a.text)}” {ref(a.next)}"
            if "office" in a.remember:
                line += f" ({L['office_for']}: {office_label(a.remember['office'])})"
            lines.append(line)
        w.items(L["answers"], lines)
    elif step.type == "checklist":
        w.items(L["checklist"], [fill(x) for x in step.items])
    elif step.type == "action":
        action = ACTION_TEXT.get(step.action, {}).get(lang, step.action)
        w.labelled(L["program"], f"{action} ({step.action})")
        names = OUTCOME_TEXT[lang]
        w.items(L["results"], [f"{names.get(o, o)} {ref(t)}" for o, t in step.outcomes.items()])
        w.labelled(L["fallback"], fill(step.fallback))
    elif step.type == "end":
        w.items(L["todo"], [fill(x) for x in step.todo], numbered=True)
        _where(w, guide, step, L, lang, office_label, city, facts)
        w.items(L["bring"], [fill(x) for x in step.bring])
        w.labelled(L["cost"], fill(step.cost))
        w.labelled(L["more"], fill(step.more))
        w.items(L["corrects"], [fill(x) for x in step.corrects])
        w.labelled(L["web"], fill(step.web))
    if step.next and step.type in ("info", "checklist"):
        w.para(f"{L['next']} {ref(step.next)}")


def _where(
    w: _Writer,
    guide: Guide,
    step: Step,
    L: Mapping[str, str],
    lang: str,
    office_label: Callable[[str], str],
    city: CityProfile | None,
    facts: Mapping[str, set[str]],
) -> None:
    """The office(s) of an end step with their details; for {office}, every office possible here."""
    if not step.where:
        return
    if step.where.startswith("{") and step.where.endswith("}"):
        possible = facts.get(step.where[1:-1], set())
        first_seen = [a.remember.get("office") for s in guide.steps.values() for a in s.answers]
        keys = sorted(possible, key=lambda k: (first_seen.index(k) if k in first_seen else len(first_seen), k))
    else:
        keys = [step.where]
    quote = "„{}“" if lang == "de" else "“{}”"
    lines = []
    for key in keys:
        details = [office_label(key)]
        if city is not None:
            try:
                o = city.office(key, guide.lang)
                details = [o.name or key, o.address, o.hours]
                details += [
                    f"{L['phone']}: {o.phone}" if o.phone else "",
                    f"{L['email']}: {o.email}" if o.email else "",
                ]
                details = [d for d in [*details, o.web, o.note] if d]
            except ContentError:
                pass
        who = [
            quote.format(a.text)
            for s in guide.steps.values()
            for a in s.answers
            if a.remember.get("office") == key and step.id in _breadth_first(guide, a.next)
        ]
        if len(keys) > 1 and who:
            details[0] += f" ({L['when']} " + ", ".join(who) + ")"
        lines.append(("  \n" if w.md else "\n").join(details))
    w.items(L["where"], lines)


def main(
    guide_id: str,
    lang: str = "de",
    fmt: str = "md",
    *,
    folder: Path | None = None,
    city_id: str = DEFAULT_CITY,
    cities: Path | None = None,
) -> int:
    L = LABELS.get(lang, LABELS["de" if lang.startswith("de-") else "en"])
    if fmt not in FORMATS:
        print(L["bad_format"].format(fmt=fmt), file=sys.stderr)
        return 2
    library = GuideLibrary.load(folder)
    for problem in library.problems:
        print(L["broken"].format(problem=problem), file=sys.stderr)
    try:
        guide = library.get(guide_id, lang)
    except UnknownGuideError:
        ids = ", ".join(library.ids()) or "–"
        print(L["unknown_guide"].format(id=guide_id, ids=ids), file=sys.stderr)
        return 2
    if guide.lang != lang:
        print(L["no_lang"].format(id=guide_id, lang=lang, used=guide.lang), file=sys.stderr)
    try:
        city: CityProfile | None = load_city(city_id, cities)
    except ContentError as exc:
        print(L["no_city"].format(problem=exc), file=sys.stderr)
        city = None
    sys.stdout.write(render(guide, city, fmt))
    return 0
