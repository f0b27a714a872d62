"""Reading what real servers send: string booleans, numeric ids, HTML snippets, odd dates.

Every helper raises ``BadAnswer`` (never KeyError/TypeError) when a value has a type we cannot use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any, ParamSpec, TypeVar

from assistant.portal.api import BadAnswer

_P = ParamSpec("_P")
_R = TypeVar("_R")


def obj(value: Any, what: str, source: str = "") -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise BadAnswer(f"{what}: expected an object, got {type(value).__name__}", source=source)
    return value


def arr(value: Any, what: str, source: str = "") -> list[Any]:
    if not isinstance(value, list):
        raise BadAnswer(f"{what}: expected a list, got {type(value).__name__}", source=source)
    return value


def items(value: Any, what: str, source: str = "") -> list[Any]:
    """An optional list: missing/null → []; anything but a list → BadAnswer."""
    if value is None:
        return []
    return arr(value, what, source)


def guarded(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Safety net for a client method: an answer shape the parsers did not foresee (TypeError,
    KeyError, …) becomes BadAnswer instead of a crash. For sending methods ``delivered`` stays
    unknown (None): the draft's marker makes the next attempt look it up first."""
    import functools
    import logging

    @functools.wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return fn(*args, **kwargs)
        except (TypeError, KeyError, ValueError, AttributeError, IndexError, OverflowError, RecursionError) as exc:
            logging.getLogger("lotse.portal").warning("unexpected answer shape in %s", fn.__qualname__, exc_info=True)
            raise BadAnswer(f"unexpected answer shape ({exc.__class__.__name__})", reason="shape") from None

    return wrapper


def text(value: Any, what: str = "", source: str = "", required: bool = False) -> str:
    """A string; numbers become strings (ids); None/missing → "" (or BadAnswer when required)."""
    if value is None:
        if required:
            raise BadAnswer(f"{what}: missing", source=source)
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int)) or (isinstance(value, float) and value == value):
        s = str(value).strip()
        if isinstance(value, float) and value.is_integer():
            s = str(int(value))
        if required and not s:
            raise BadAnswer(f"{what}: empty", source=source)
        return s
    raise BadAnswer(f"{what}: expected text, got {type(value).__name__}", source=source)


def flag(value: Any, default: bool = False) -> bool:
    """Booleans as real servers send them: true/false, "true"/"false", 1/0, "1"/"0", null."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("true", "1", "yes", "ja"):
            return True
        if v in ("false", "0", "no", "nein"):
            return False
    return default


def number(value: Any, what: str = "", source: str = "") -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise BadAnswer(f"{what}: expected a number", source=source)
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise BadAnswer(f"{what}: expected a number", source=source) from None
    if f != f or f in (float("inf"), float("-inf")):
        raise BadAnswer(f"{what}: expected a number", source=source)
    return f


def integer(value: Any, what: str = "", source: str = "", default: int | None = None) -> int | None:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise BadAnswer(f"{what}: expected an integer", source=source)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,18}\s*", value):
        return int(value)
    raise BadAnswer(f"{what}: expected an integer", source=source)


def when(value: Any, what: str = "", source: str = "") -> datetime | None:
    """ISO 8601 (with Z or offset) → aware datetime; naive → UTC; empty → None; garbage → BadAnswer."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadAnswer(f"{what}: expected a date", source=source)
    v = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        d = datetime.fromisoformat(v)
    except ValueError:
        raise BadAnswer(f"{what}: not a date", source=source) from None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


class _Text(HTMLParser):
    BLOCK = frozenset({"p", "div", "br", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "li":
            self.out.append("\n• ")
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("p", "ul", "ol", "div", "table") or tag.startswith("h"):
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def plain(html: Any) -> str:
    """HTML snippet (FIT-Connect descriptions) → plain text with bullets and paragraphs."""
    if not isinstance(html, str) or not html.strip():
        return ""
    p = _Text()
    try:
        p.feed(html)
        p.close()
    except Exception:  # noqa: BLE001 - HTMLParser is lenient; this is belt and braces
        return re.sub(r"<[^>]*>", " ", html).strip()
    s = "".join(p.out)
    s = re.sub(r"[ \t\r\f\v]+", " ", s)
    s = re.sub(r" *\n *", "\n", s)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip()
