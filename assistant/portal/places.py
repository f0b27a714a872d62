"""A place as people give it ("Kortumstraße 12", "vor dem Rathaus") and, only where the city's Open311
server needs them, its coordinates — looked up in the city's own list of places (the city profile's
``portal.places``), never in an outside geocoder (issue 10).

Open311 GeoReport v2 takes a location as ``address_string`` *or* ``lat``+``long``; most servers take
the address. A city whose server wants coordinates says so (``portal.reports.location: coordinates``)
and lists the streets, addresses and landmarks it knows with their coordinates. A place not in that
list is said plainly ("not found"), never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assistant.core.errors import ContentError

ADDRESS = "address"  # the server takes address_string (Open311's own alternative to coordinates)
COORDINATES = "coordinates"  # the server needs lat + long


@dataclass(frozen=True)
class KnownPlace:
    name: str  # as people say it: "Kortumstraße", "Willy-Brandt-Platz 2", "Rathaus"
    lat: float
    long: float
    words: tuple[str, ...] = ()  # other names people use ("Stadtbücherei", "Bücherei")


def _normal(text: str) -> str:
    t = text.casefold().replace("ß", "ss")
    t = re.sub(r"str\.", "strasse ", t)  # "Kortumstr. 12" = "Kortumstraße 12"
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(t.split())


def find_place(text: str, places: tuple[KnownPlace, ...] | list[KnownPlace]) -> KnownPlace | None:
    """The place of the city's list that ``text`` names (the most precise where several fit:
    "Kortumstraße 12" over "Kortumstraße"); None where the list knows none of it."""
    said = f" {_normal(text)} "
    best: KnownPlace | None = None
    best_len = 0
    for place in places:
        for name in (place.name, *place.words):
            key = _normal(name)
            if key and f" {key} " in said and len(key) > best_len:
                best, best_len = place, len(key)
    return best


def places_from(raw: Any, source: str = "") -> tuple[KnownPlace, ...]:
    """The city profile's ``portal.places``: a list of ``{name, lat, long, words?}``."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ContentError("portal.places must be a list", source=source)
    out = []
    for i, item in enumerate(raw):
        if not isinstance(item, Mapping) or not str(item.get("name") or "").strip():
            raise ContentError(f"portal.places[{i}] needs a name", source=source)
        try:
            lat, lon = float(item["lat"]), float(item["long"])
        except (KeyError, TypeError, ValueError):
            raise ContentError(f"portal.places[{i}] needs numbers lat and long", source=source) from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ContentError(f"portal.places[{i}]: lat/long out of range", source=source)
        words = item.get("words") or ()
        out.append(
            KnownPlace(
                name=str(item["name"]).strip(),
                lat=lat,
                long=lon,
                words=tuple(str(w) for w in words) if isinstance(words, list) else (),
            )
        )
    return tuple(out)
