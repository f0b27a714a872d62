"""The city profile: everything city-specific (offices, phones, hours, web pages, portal addresses).

One YAML file per city in ``resources/cities/``. Texts a person reads may be given per language
(``{de: …, en: …}``) or once for all languages. Other capabilities (portal, roles) read their own
sections with ``section()``; this module only knows offices and general facts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.errors import ContentError
from assistant.resources import resource

DEFAULT_CITY = "bochum"


def localized(value: Any, lang: str, fallback: str = "de") -> str:
    """A text given once or per language, in ``lang`` (else the fallback, else the first one)."""
    if value is None:
        return ""
    if isinstance(value, Mapping):
        for key in (lang, fallback):
            if value.get(key):
                return str(value[key]).strip()
        return str(next(iter(value.values()), "")).strip()
    return str(value).strip()


@dataclass(frozen=True)
class Office:
    """One office of the city: where it is, how to reach it, when it is open."""

    key: str
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    hours: str = ""
    web: str = ""
    note: str = ""  # e.g. "Bring the residence permit card and the passport."

    def lines(self) -> list[str]:
        """The office as a person reads it on an end screen or the take-home sheet."""
        return [x for x in (self.name, self.address, self.hours, self.phone, self.email, self.web) if x]


@dataclass
class CityProfile:
    """A city's profile (offices, channels, texts), as far as it fits the schema."""

    id: str
    name: str
    data: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""
    problems: tuple[str, ...] = ()  # what does not fit the schema, and parts left out for their shape

    def office_keys(self) -> list[str]:
        return list((self.data.get("offices") or {}).keys())

    def office(self, key: str, lang: str) -> Office:
        raw = (self.data.get("offices") or {}).get(key)
        if not isinstance(raw, Mapping):
            raise ContentError(f"no office '{key}' in the city profile", source=self.source)
        return Office(
            key=key,
            name=localized(raw.get("name"), lang),
            address=localized(raw.get("address"), lang),
            phone=localized(raw.get("phone"), lang),
            email=localized(raw.get("email"), lang),
            hours=localized(raw.get("hours"), lang),
            web=localized(raw.get("web"), lang),
            note=localized(raw.get("note"), lang),
        )

    def value(self, name: str, lang: str) -> str:
        """A general fact such as ``hotline_blocking`` or ``city_phone``, localized."""
        return localized((self.data.get("facts") or {}).get(name), lang)

    def facts(self, lang: str) -> dict[str, str]:
        """All general facts, ready to fill ``{…}`` placeholders in guide texts."""
        out = {k: localized(v, lang) for k, v in (self.data.get("facts") or {}).items()}
        out["city"] = self.name
        return out

    def section(self, name: str) -> Mapping[str, Any]:
        value = self.data.get(name) or {}
        if not isinstance(value, Mapping):
            raise ContentError(f"section '{name}' must be a mapping", source=self.source)
        return value


def city_schema() -> dict[str, Any]:
    """resources/cities/city.schema.json (always the program's own, also for a city's content bundle)."""
    import json

    schema: dict[str, Any] = json.loads(resource("cities", "city.schema.json").read_text(encoding="utf-8"))
    return schema


def load_city(city_id: str = DEFAULT_CITY, folder: Path | None = None, *, strict: bool = False) -> CityProfile:
    """The profile. Where it does not fit ``city.schema.json``: with ``strict`` (``--check-content``,
    a city's bundle) that is an error; the running program instead leaves out what has the wrong
    shape and keeps every problem in ``problems`` (a staff notice, and ``--smoke-test`` fails), so a
    person still gets every page and the city's phone and web address (issue 17)."""
    from assistant.core.content_cache import parse_checked
    from assistant.core.datafile import read_errors, schema_errors
    from assistant.core.store import read_text

    path = (folder or resource("cities")) / f"{city_id}.yaml"
    schema = city_schema()
    try:
        data, fits = parse_checked(read_text(path), schema)  # from the content cache if read before
    except FileNotFoundError:
        raise ContentError(f"no city profile '{city_id}'", source=path.name) from None
    except Exception as exc:
        if not isinstance(exc, read_errors()):
            raise
        raise ContentError(f"cannot read the city profile ({exc.__class__.__name__})", source=path.name) from exc
    if not isinstance(data, Mapping) or not data.get("name") or not isinstance(data.get("offices"), Mapping):
        raise ContentError("a city profile needs 'name' and 'offices'", source=path.name)
    schema_problems: list[str] = []
    if not fits:  # a misspelt section or a wrong type: say where (jsonschema explains)
        schema_problems = schema_errors(data, schema) or ["does not fit city.schema.json"]
        if strict:
            raise ContentError("; ".join(schema_problems[:5]), source=path.name)
    data, problems = fit_shape(data)
    return CityProfile(
        id=city_id,
        name=str(data["name"]),
        data=data,
        source=path.name,
        problems=tuple(schema_problems + [p for p in problems if p not in schema_problems]),
    )


# Where the profile must hold a mapping (or a list of mappings): a value of another type is left out
# (and reported), so no reader meets a list or a number where it asks ``.get`` of a mapping.
_MAPPINGS = (
    "offices",
    "offices.*",
    "facts",
    "portal",
    "portal.synonyms",
    "portal.catalogue",
    "portal.appointments",
    "portal.reports",
    "portal.*.fallback",
)
_LISTS_OF_MAPPINGS = ("portal.tasks",)


def fit_shape(data: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The profile with every value of the wrong shape left out, and what was left out. Below the
    deepest pattern nothing is looked at (the start reads the profile each time: ≈ 1 ms saved)."""
    problems: list[str] = []

    def walk(node: Mapping[str, Any], where: tuple[str, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in node.items():
            here = (*where, str(key))
            wants_map = _matches(here, _MAP_PARTS)
            wants_list = _matches(here, _LIST_PARTS)
            if wants_map and value is not None and not isinstance(value, Mapping):
                problems.append(f"{'.'.join(here)}: should be a mapping")
                continue
            if wants_list and value is not None:
                if not isinstance(value, list):
                    problems.append(f"{'.'.join(here)}: should be a list")
                    continue
                kept = [v for v in value if isinstance(v, Mapping)]
                if len(kept) != len(value):
                    problems.append(f"{'.'.join(here)}: entries that are not mappings were left out")
                value = kept
            deeper = isinstance(value, Mapping) and len(here) < _DEPTH
            out[str(key)] = walk(value, here) if deeper else value
        return out

    return walk(data, ()), problems


_MAP_PARTS = [tuple(p.split(".")) for p in _MAPPINGS]
_LIST_PARTS = [tuple(p.split(".")) for p in _LISTS_OF_MAPPINGS]
_DEPTH = max(len(p) for p in _MAP_PARTS + _LIST_PARTS)  # no pattern looks deeper


def _matches(where: tuple[str, ...], patterns: list[tuple[str, ...]]) -> bool:
    return any(
        len(p) == len(where) and all(q == "*" or q == w for w, q in zip(where, p, strict=True)) for p in patterns
    )
