"""The guide model: a guide is a graph of steps, read from a data file (one per guide and language).

The format is described by ``resources/guides/guide.schema.json`` and in ``docs/writing-guides.md``.
Loading checks the schema and that every link points to an existing step; deeper checks
(dead ends, unreachable steps, translations, sentence length) live in ``content_check``.

Loading is quick (the guides are read on every start): libyaml parses, and the schema is checked by
``datafile.quick_valid``; ``jsonschema`` is imported only to explain a guide that does not fit
(the same messages as always) and by ``--check-content``.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from assistant.core.datafile import quick_valid, read_errors
from assistant.core.errors import ContentError, UnknownGuideError
from assistant.resources import resource

STEP_TYPES = ("info", "question", "checklist", "action", "end")


@dataclass(frozen=True)
class Image:
    """A step's picture and the words that say what it shows."""

    file: str
    alt: str


@dataclass(frozen=True)
class Answer:
    """One answer of a question step: the step it leads to and what it remembers."""

    text: str
    next: str
    remember: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    """One screen of a guide: a question, an explanation, an action or the end."""

    id: str
    type: str
    title: str
    text: str = ""
    image: Image | None = None
    help: str = ""
    helper: str = ""
    next: str | None = None
    answers: tuple[Answer, ...] = ()
    items: tuple[str, ...] = ()
    action: str = ""
    fallback: str = ""
    outcomes: Mapping[str, str] = field(default_factory=dict)
    todo: tuple[str, ...] = ()
    where: str = ""
    bring: tuple[str, ...] = ()
    cost: str = ""
    corrects: tuple[str, ...] = ()
    web: str = ""
    more: str = ""  # details behind "Mehr dazu" (end steps): background, what is no longer true
    screens: int = 1  # how many screens the person sees on this step (an action page shows several)

    @property
    def is_end(self) -> bool:
        return self.type == "end"

    def links(self) -> list[str]:
        """Every step this one can lead to, in order."""
        if self.type == "question":
            return [a.next for a in self.answers]
        if self.type == "action":
            return list(dict.fromkeys(self.outcomes.values()))
        return [self.next] if self.next else []

    def texts(self) -> Iterator[tuple[str, str]]:
        """(field, text) for every piece of text a person can see or hear on this step."""
        yield "title", self.title
        if self.text:
            yield "text", self.text
        if self.image:
            yield "image.alt", self.image.alt
        if self.help:
            yield "help", self.help
        if self.helper:
            yield "helper", self.helper
        for i, a in enumerate(self.answers):
            yield f"answers[{i}]", a.text
        for name in ("items", "todo", "bring", "corrects"):
            for i, t in enumerate(getattr(self, name)):
                yield f"{name}[{i}]", t
        if self.fallback:
            yield "fallback", self.fallback
        if self.cost:
            yield "cost", self.cost
        if self.more:
            yield "more", self.more

    def screen_texts(self) -> Iterator[tuple[str, str]]:
        """The running text on this step's own screen (what issue 11 limits to ~60 words): not the
        help, the helper tips, the picture's description, or what lies behind "Mehr dazu"."""
        for name, text in self.texts():
            if name in ("help", "helper", "image.alt", "more") or name.startswith("corrects["):
                continue
            yield name, text


@dataclass(frozen=True)
class NamedPath:
    """One of a guide's commonest ways, declared in the guide (``paths:``) so its length is checked."""

    name: str
    steps: tuple[str, ...]
    max: int


@dataclass(frozen=True)
class Guide:
    """A guide in one language: its title, its first step and all its steps."""

    id: str
    lang: str
    title: str
    start: str
    steps: Mapping[str, Step]
    short: str = ""
    order: int = 100
    source: str = ""
    paths: tuple[NamedPath, ...] = ()
    review: str = ""  # source / reviewed / not-reviewed: has a native speaker checked this language version?

    def screens_on(self, step_ids: tuple[str, ...] | list[str]) -> int:
        """How many screens a person sees walking these steps (live sub-screens of action pages counted)."""
        return sum(self.steps[s].screens if s in self.steps else 1 for s in step_ids)

    def step(self, step_id: str) -> Step:
        try:
            return self.steps[step_id]
        except KeyError:
            raise ContentError(f"unknown step '{step_id}'", source=self.source) from None

    def reachable(self) -> set[str]:
        seen: set[str] = set()
        todo = [self.start]
        while todo:
            sid = todo.pop()
            if sid in seen or sid not in self.steps:
                continue
            seen.add(sid)
            todo.extend(self.steps[sid].links())
        return seen

    def remaining(self, step_id: str) -> tuple[int, float, int]:
        """(fewest, typical, most) steps still to show after ``step_id`` until an end step.

        "Typical" averages over the ways on from each step, as if each answer were equally likely:
        the longest path of the eID guide (wrong tries, CAN, PUK …) is rare, and counting it
        would tell nearly everyone "Schritt 2 von etwa 23". Loops are cut, so the numbers stay finite.
        """
        memo: dict[str, tuple[int, float, int]] = {}

        def walk(sid: str, stack: frozenset[str]) -> tuple[int, float, int]:
            if sid in memo:
                return memo[sid]
            step = self.steps.get(sid)
            if step is None or step.is_end:
                return (0, 0.0, 0)
            nexts = [n for n in step.links() if n not in stack]
            if not nexts:
                return (0, 0.0, 0)
            spans = [walk(n, stack | {n}) for n in nexts]
            # each next step counts with its own screens (an action page shows several: the progress line counts them)
            own = [self.steps[n].screens if n in self.steps else 1 for n in nexts]
            result = (
                min(o + sp[0] for o, sp in zip(own, spans, strict=True)),
                sum(o + sp[1] for o, sp in zip(own, spans, strict=True)) / len(spans),
                max(o + sp[2] for o, sp in zip(own, spans, strict=True)),
            )
            memo[sid] = result
            return result

        return walk(step_id, frozenset({step_id}))


@cache
def _schema() -> dict[str, Any]:
    from assistant.core.store import read_text

    try:
        schema = json.loads(read_text(resource("guides", "guide.schema.json")))
    except (OSError, ValueError, RecursionError) as exc:
        raise ContentError(
            f"the guide format (guide.schema.json) cannot be read ({exc.__class__.__name__})",
            source="guide.schema.json",
        ) from exc
    if not isinstance(schema, dict):
        raise ContentError("the guide format (guide.schema.json) is damaged", source="guide.schema.json")
    return schema


def schema_errors(data: Any) -> list[str]:
    """Every schema violation of a parsed guide file, as 'where: what' lines."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(_schema())
    out = []
    for err in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(top)"
        # 'oneOf' failures are unreadable as they come; say which step type was expected instead.
        if err.validator == "oneOf" and isinstance(err.instance, dict):
            best = min(err.context or [err], key=lambda e: len(list(e.absolute_path)))
            out.append(f"{where}: {best.message}")
        else:
            out.append(f"{where}: {err.message}")
    return out


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


def guide_from_data(data: Any, *, source: str = "", fits: bool = False) -> Guide:
    """Build a Guide from parsed file data; raises ContentError naming the file and place. ``fits``:
    the data was found to fit the schema already (``content_cache.parse_checked``)."""
    errors = [] if fits or quick_valid(data, _schema()) else schema_errors(data)  # jsonschema only to explain
    if errors:
        raise ContentError("; ".join(errors[:5]), source=source)
    steps: dict[str, Step] = {}
    for sid, raw in data["steps"].items():
        image = raw.get("image")
        steps[sid] = Step(
            id=sid,
            type=raw["type"],
            title=raw["title"].strip(),
            text=(raw.get("text") or "").strip(),
            image=Image(image["file"], image["alt"]) if image else None,
            help=(raw.get("help") or "").strip(),
            helper=(raw.get("helper") or "").strip(),
            next=raw.get("next"),
            answers=tuple(
                Answer(a["text"].strip(), a["next"], dict(a.get("remember") or {})) for a in raw.get("answers", ())
            ),
            items=_tuple(raw.get("items")),
            action=raw.get("action", ""),
            fallback=(raw.get("fallback") or "").strip(),
            outcomes=dict(raw.get("outcomes") or {}),
            todo=_tuple(raw.get("todo")),
            where=raw.get("where", ""),
            bring=_tuple(raw.get("bring")),
            cost=(raw.get("cost") or "").strip(),
            corrects=_tuple(raw.get("corrects")),
            web=raw.get("web", ""),
            more=(raw.get("more") or "").strip(),
            screens=int(raw.get("screens", 1)),
        )
    guide = Guide(
        id=data["id"],
        lang=data["lang"],
        title=data["title"].strip(),
        start=data["start"],
        steps=steps,
        short=(data.get("short") or "").strip(),
        order=int(data.get("order", 100)),
        source=source,
        review=data.get("review", ""),
        paths=tuple(NamedPath(name, tuple(p["steps"]), int(p["max"])) for name, p in (data.get("paths") or {}).items()),
    )
    broken = [f"steps/{s.id}: leads to unknown step '{n}'" for s in steps.values() for n in s.links() if n not in steps]
    if guide.start not in steps:
        broken.insert(0, f"start: unknown step '{guide.start}'")
    if broken:
        raise ContentError("; ".join(broken[:5]), source=source)
    return guide


def file_language(path: Path) -> str:
    """The language a guide file's name says ("eid-pin.de.yaml": "de"); "" where it says none."""
    parts = path.name.split(".")
    return parts[-2] if len(parts) >= 3 else ""


def load_guide_file(path: Path) -> Guide:
    """Read one guide file. Any problem becomes a ContentError that names the file."""
    from assistant.core.content_cache import parse_checked
    from assistant.core.store import read_text

    try:
        data, fits = parse_checked(read_text(path), _schema())  # from the content cache if read before
    except (OSError, ValueError, RecursionError) as exc:
        raise ContentError(f"cannot read the file ({exc.__class__.__name__})", source=path.name) from exc
    except Exception as exc:
        if not isinstance(exc, read_errors()):
            raise
        mark = getattr(exc, "problem_mark", None)  # a yaml.YAMLError
        where = f" at line {mark.line + 1}" if mark else ""
        raise ContentError(f"not valid YAML{where}", source=path.name) from exc
    guide = guide_from_data(data, source=path.name, fits=fits)
    expected = f"{guide.id}.{guide.lang}"
    if path.name.rsplit(".", 1)[0] != expected:
        raise ContentError(f"file name should be {expected}.yaml", source=path.name)
    return guide


@dataclass
class GuideLibrary:
    """All guides found in a folder, by id and language. Broken files are listed, not fatal.

    ``load(folder, languages)`` reads only the files of those languages; the others wait in
    ``pending`` and are read when a guide in their language is asked for (the start reads the
    language in use and German, not every language shipped)."""

    guides: dict[tuple[str, str], Guide] = field(default_factory=dict)
    problems: list[ContentError] = field(default_factory=list)
    pending: dict[str, list[Path]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path | None = None, languages: Collection[str] | None = None) -> GuideLibrary:
        folder = folder or resource("guides")
        lib = cls()
        for path in sorted(folder.glob("*.yaml")):
            lang = file_language(path)
            if languages is not None and lang and lang not in languages:
                lib.pending.setdefault(lang, []).append(path)
            else:
                lib.read(path)
        return lib

    def read(self, path: Path) -> None:
        try:
            g = load_guide_file(path)
        except ContentError as exc:
            self.problems.append(exc)
            return
        except Exception as exc:  # noqa: BLE001 - wrong types, a broken schema: this guide is left out
            self.problems.append(ContentError(f"cannot be used ({exc.__class__.__name__})", source=path.name))
            return
        self.guides[(g.id, g.lang)] = g

    def read_language(self, lang: str) -> list[ContentError]:
        """Read the files of ``lang`` not read yet (in the order they were found: a later layer's file
        replaces an earlier one's); returns the problems found."""
        before = len(self.problems)
        for path in self.pending.pop(lang, []):
            self.read(path)
        return self.problems[before:]

    def read_all(self) -> list[ContentError]:
        """Read every file still waiting (the smoke test, the content check)."""
        return [p for lang in list(self.pending) for p in self.read_language(lang)]

    def ids(self) -> list[str]:
        return sorted({gid for gid, _ in self.guides}, key=lambda gid: (self._order(gid), gid))

    def _order(self, gid: str) -> int:
        return min(g.order for (i, _), g in self.guides.items() if i == gid)

    def languages(self, guide_id: str) -> list[str]:
        self.read_all()
        return sorted(lang for gid, lang in self.guides if gid == guide_id)

    def get(self, guide_id: str, lang: str, fallback_lang: str = "de") -> Guide:
        """The guide in ``lang``, else in ``fallback_lang``, else in any language it has (a damaged
        file was left out); UnknownGuideError if there is none."""
        if lang in self.pending:
            self.read_language(lang)
        for key in ((guide_id, lang), (guide_id, fallback_lang)):
            if key in self.guides:
                return self.guides[key]
        for other in self.languages(guide_id):  # the fallback's file is damaged: any language beats none
            return self.guides[(guide_id, other)]
        raise UnknownGuideError(f"no guide with the id '{guide_id}'", source=guide_id)
