"""Content read at one start is not parsed and checked again at the next.

Every start reads the city profile and the guides of the language in use. Parsing their YAML and
checking it against the schema (``datafile``) costs ≈ 20 ms before the home screen can be pressed,
7 ms of it only to import PyYAML. ``parse_checked`` keeps what it parsed and found valid as JSON
(which Python reads ≈ 20 × faster than YAML), named by a 128-bit digest (``assistant.core.digest``)
of the cache version, the schema and the file's text: a changed file, schema or checker is simply
another name, so nothing stale is ever read back. Data that JSON would change (a YAML date, a number as a key) is not kept.

Nothing personal is in it — only the city's and the program's own texts. It lives in the user's
cache folder (``~/.cache/Lotse/parsed``, ``%LOCALAPPDATA%\\Lotse\\Cache\\parsed``) or in
``LOTSE_CACHE``; with a moved user folder (``LOTSE_HOME``: tests, portable copies) there is none
unless ``LOTSE_CACHE`` names one. Entries are written by ``save()`` once the home screen is up; a
cache that cannot be read or written is no cache, never an error.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

VERSION = "1"  # raise when the parser, the checker or the shape of what they build changes
KEEP = 64  # entries kept (the newest): the guides of every language and a few cities
_pending: dict[str, str] = {}


def folder() -> Path | None:
    configured = os.environ.get("LOTSE_CACHE")
    if configured is not None:
        return Path(configured) if configured else None
    if os.environ.get("LOTSE_HOME"):
        return None
    from assistant.core.paths import cache_home

    return cache_home() / "parsed"  # content/ holds the city bundles


def _key(text: str, schema: Mapping[str, Any]) -> str:
    from assistant import __version__
    from assistant.core.digest import digest

    return digest(VERSION, __version__, json.dumps(schema, sort_keys=True), text)  # the schema: ≈ 0.05 ms


def _read(key: str) -> Any:
    from assistant.core.store import read_bytes

    place = folder()
    if place is None:
        return None
    try:
        raw = read_bytes(place / f"{key}.json")
        return None if raw is None else json.loads(raw)
    except (OSError, ValueError, RecursionError):  # unreadable or damaged: parsed anew (and written again)
        return None


def parse_checked(text: str, schema: Mapping[str, Any]) -> tuple[Any, bool]:
    """The YAML ``text`` parsed, and whether it fits ``schema`` (``datafile.quick_valid``). Raises what
    ``datafile.load_yaml`` raises (``read_errors()``)."""
    key = _key(text, schema)
    kept = _read(key)
    if kept is not None:
        return kept, True
    from assistant.core.datafile import load_yaml, quick_valid

    data = load_yaml(text)
    fits = bool(quick_valid(data, schema))
    if fits:
        _remember(key, data)
    return data, fits


def _remember(key: str, data: Any) -> None:
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):  # a date, bytes …: not for JSON
        return
    if json.loads(text) == data:  # a number as a key would come back as a string: not kept
        _pending[key] = text


def save() -> int:
    """Write what was parsed since the last save; drop the oldest entries beyond ``KEEP``. Returns
    the number written."""
    place = folder()
    pending = dict(_pending)
    _pending.clear()
    if place is None or not pending:
        return 0
    import tempfile

    written = 0
    try:
        place.mkdir(parents=True, exist_ok=True)
        for key, text in pending.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=place)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(text)
                os.replace(tmp, place / f"{key}.json")
                written += 1
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        entries = sorted(place.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP:]:
            old.unlink()
    except OSError:  # a full disk, a read-only folder: the next start parses again
        pass
    return written
