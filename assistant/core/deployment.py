"""Deployment settings: one system-wide file with which a city's IT sets up a PC without clicking.

The file is INI (``key = value`` lines under ``[section]`` headers, ``;`` or ``#`` start a comment),
because Windows and Linux administrators both read and write it without tools. Where it lives:

* ``$LOTSE_DEPLOY_CONFIG`` if that variable is set (tests, portable installs, several set-ups);
* Linux and other Unix: ``/etc/lotse/lotse.conf``;
* Windows: ``%PROGRAMDATA%\\Lotse\\lotse.conf``;
* macOS: ``/Library/Application Support/Lotse/lotse.conf``.

No file means: a private computer at home (role ``home``), nothing fixed. The file overrides what a
person chose on the screen (language, city), and a role set here cannot be changed from the screen.

Every key is documented in ``resources/deploy/lotse.conf.example`` and ``docs/roles.md``.

A file with mistakes never stops the program: every problem becomes a ``DeploymentProblem`` that
names the file, line and key, and the key keeps its **safe default** — role ``home``, no full
screen, no inactivity reset, no portal address. Keys that are right still apply.
"""

from __future__ import annotations

import copy
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from assistant.core.city import CityProfile
from assistant.core.loopback import is_loopback_host
from assistant.core.roles import Role

if TYPE_CHECKING:  # pragma: no cover
    import configparser

ENV_VAR = "LOTSE_DEPLOY_CONFIG"
MAX_BYTES = 64_000

# How long the inactivity warning is shown before the screen is cleared; never below 20 s.
WARNING_SECONDS_MIN, WARNING_SECONDS_DEFAULT, WARNING_SECONDS_MAX = 20, 30, 120
RESET_MINUTES_MIN, RESET_MINUTES_MAX = 1, 240
RESUME_MINUTES_DEFAULT, RESUME_MINUTES_MAX = 15, 240
TEXT_SIZE_MIN, TEXT_SIZE_MAX = 100, 200
PORTAL_KEYS = ("catalogue_url", "appointments_url", "reports_url")  # = the city profile's portal.<name>.base_url


@dataclass(frozen=True)
class DeploymentProblem:
    """One mistake in the file. ``line`` is 0 when the mistake is not on one line (e.g. unreadable)."""

    file: str
    line: int
    key: str  # "section.key", or "" for the whole file
    what: str  # English detail for IT staff (logs, the message's detail part)
    code: str  # machine-readable kind: unreadable, syntax, unknown-section, unknown-key, bad-value

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else self.file
        return f"{where}: {self.key + ': ' if self.key else ''}{self.what}"


@dataclass(frozen=True)
class CounterOptions:
    """``[counter]`` of ``lotse.conf``: full screen, the reset after inactivity, the staff code."""

    fullscreen: bool = False
    inactivity_reset_minutes: int | None = None  # None = off
    warning_seconds: int = WARNING_SECONDS_DEFAULT
    staff_code: str = ""  # optional code the staff types to leave the program; accident guard, not security


@dataclass(frozen=True)
class LibraryOptions:
    """``[library]`` of ``lotse.conf``: the helper view at the start, how long a crashed session goes on."""

    helper_view: bool = False  # open the helper view when the program starts
    resume_after_crash_minutes: int = RESUME_MINUTES_DEFAULT  # 0 = a crash always ends the session


@dataclass(frozen=True)
class ContentOptions:
    """``[content]``: where the city's signed content bundle is (see ``assistant.core.content_source``)."""

    folder: str = ""  # a folder (network share) holding lotse-content.zip
    url: str = ""  # an https:// address of the bundle
    public_key: str = ""  # the city's Ed25519 public key, base64 (from lotse --make-key)

    @property
    def configured(self) -> bool:
        return bool(self.public_key and (self.folder or self.url))


@dataclass(frozen=True)
class Deployment:
    """What the file says, with safe defaults for everything it does not say (or says wrongly)."""

    role: Role = Role.HOME
    role_fixed: bool = False  # True when the file sets a valid role: the screen cannot change it
    city: str | None = None
    language: str | None = None  # preset: the language at every start (the person may switch)
    language_fixed: bool = False  # with language: the person cannot switch (no chooser)
    text_size: int | None = None
    portal: Mapping[str, str] = field(default_factory=dict)  # catalogue_url / appointments_url / reports_url
    counter: CounterOptions = CounterOptions()
    library: LibraryOptions = LibraryOptions()
    content: ContentOptions = ContentOptions()
    source: str = ""  # the file that was read ("" = none)
    problems: tuple[DeploymentProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def language_or(self, chosen: str) -> str:
        """The language to start with: the file's, else what the person chose."""
        return self.language or chosen

    def city_or(self, chosen: str) -> str:
        return self.city or chosen

    def apply_to_city(self, city: CityProfile) -> CityProfile:
        """The city profile with the file's portal addresses in place of the profile's own
        (``portal.<catalogue|appointments|reports>.base_url``, as ``assistant.portal.config`` reads them)."""
        if not self.portal:
            return city
        data = copy.deepcopy(dict(city.data))
        portal = dict(data.get("portal") or {})
        for key, url in self.portal.items():
            name = key.removesuffix("_url")
            entry = dict(portal.get(name) or {})
            entry["base_url"] = url
            entry["enabled"] = True
            entry["confirmed"] = True  # the city's IT set it: it is confirmed
            portal[name] = entry
        data["portal"] = portal
        return CityProfile(id=city.id, name=city.name, data=data, source=city.source)


def default_path(platform: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """Where the system-wide file is looked for on this (or the given) platform."""
    env = os.environ if environ is None else environ
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR])
    platform = platform or sys.platform
    if platform.startswith("win"):
        return Path(env.get("PROGRAMDATA") or r"C:\ProgramData") / "Lotse" / "lotse.conf"
    if platform == "darwin":
        return Path("/Library/Application Support/Lotse/lotse.conf")
    return Path("/etc/lotse/lotse.conf")


def load_deployment(path: Path | None = None, *, cities: Path | None = None) -> Deployment:
    """Read the deployment file. Never raises: a missing file is the home default, mistakes are listed.

    A file that is there but cannot be used at all (unreadable, not a regular file, too large, not
    UTF-8, not INI) fails *safe*: the strictest role, the counter's (nothing kept between people),
    fixed, with the problem for staff — a managed public PC must never fall back to "home"."""
    from assistant.core.store import read_bytes

    path = path or default_path()
    try:
        raw = read_bytes(path, MAX_BYTES)  # a regular file only (never blocks on a FIFO), size capped
    except OSError as exc:
        return _fail_safe(path, 0, f"cannot be read ({exc.__class__.__name__})")
    except ValueError as exc:
        why = f"is larger than {MAX_BYTES} bytes" if "large" in str(exc) else f"cannot be read ({exc})"
        return _fail_safe(path, 0, why)
    if raw is None:
        return Deployment()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _fail_safe(path, raw[: exc.start].count(b"\n") + 1, "is not UTF-8 text")
    d = parse_deployment(text, name=path.name, source=str(path), cities=cities)
    if any(p.code in ("unreadable", "syntax") for p in d.problems):
        return replace(d, role=Role.COUNTER, role_fixed=True)
    return d


def _fail_safe(path: Path, line: int, why: str) -> Deployment:
    return Deployment(
        role=Role.COUNTER,
        role_fixed=True,
        source=str(path),
        problems=(DeploymentProblem(path.name, line, "", why, "unreadable"),),
    )


# --- parsing ---------------------------------------------------------------------------------------


def parse_deployment(
    text: str, *, name: str = "lotse.conf", source: str = "", cities: Path | None = None
) -> Deployment:
    """Parse the file's text. ``cities``: the folder of city profiles (default: the installed ones)."""
    import configparser  # only where there is a file: ≈ 11 M instructions before the first paint otherwise

    parser = configparser.ConfigParser(
        interpolation=None,
        inline_comment_prefixes=(";", "#"),
        strict=True,
        empty_lines_in_values=False,
        default_section="\x00none",  # no magic [DEFAULT] section: every key belongs where it stands
    )
    parser.optionxform = str.lower  # type: ignore[assignment, method-assign]
    try:
        parser.read_string(text, source=name)
    except configparser.Error as exc:
        return Deployment(source=source, problems=(_syntax_problem(exc, name),))

    lines = _key_lines(text)
    problems: list[DeploymentProblem] = []
    values: dict[str, object] = {}

    def problem(section: str, key: str, what: str, code: str = "bad-value") -> None:
        line = lines.get((section, key), lines.get((section, ""), 0))
        problems.append(DeploymentProblem(name, line, f"{section}.{key}" if key else f"[{section}]", what, code))

    for section in parser.sections():
        spec = _SPEC.get(section)
        if spec is None:
            problem(
                section, "", f"unknown section; known: {', '.join('[' + s + ']' for s in _SPEC)}", "unknown-section"
            )
            continue
        for key, value in parser.items(section):
            check = spec.get(key)
            if check is None:
                problem(section, key, f"unknown key; known in [{section}]: {', '.join(spec)}", "unknown-key")
                continue
            try:
                values[f"{section}.{key}"] = check(value.strip())
            except ValueError as exc:
                problem(section, key, f"{exc} (found {value.strip()!r})")

    city = values.get("lotse.city")
    if isinstance(city, str):
        from assistant.resources import resource

        if not ((cities or resource("cities")) / f"{city}.yaml").is_file():
            problem("lotse", "city", f"no city profile '{city}' is installed (found {city!r})")
            values.pop("lotse.city")

    role = values.get("lotse.role")
    role_fixed = isinstance(role, Role)
    role = role if isinstance(role, Role) else Role.HOME
    if role is Role.COUNTER:
        counter = CounterOptions(
            fullscreen=bool(values.get("counter.fullscreen", True)),
            inactivity_reset_minutes=values.get("counter.inactivity_reset_minutes"),  # type: ignore[arg-type]
            warning_seconds=int(values.get("counter.warning_seconds", WARNING_SECONDS_DEFAULT)),  # type: ignore[call-overload]
            staff_code=str(values.get("counter.staff_code", "")),
        )
    else:
        counter = CounterOptions()
    library = LibraryOptions(
        helper_view=bool(values.get("library.helper_view", False)),
        resume_after_crash_minutes=int(
            values.get(
                "library.resume_after_crash_minutes",  # type: ignore[call-overload]
                RESUME_MINUTES_DEFAULT,
            )
        ),
    )
    content = ContentOptions(
        **{k: str(values[f"content.{k}"]) for k in ("folder", "url", "public_key") if f"content.{k}" in values}
    )
    if (content.folder or content.url) and not content.public_key:
        problem("content", "public_key", "is needed with folder or url (no content is fetched without it)")
    elif content.public_key and not (content.folder or content.url):
        problem("content", "public_key", "has no folder or url to go with it")
    return Deployment(
        role=role,
        role_fixed=role_fixed,
        city=values.get("lotse.city"),  # type: ignore[arg-type]
        language=values.get("lotse.language"),  # type: ignore[arg-type]
        language_fixed=bool(values.get("lotse.language_fixed", False)) and "lotse.language" in values,
        text_size=values.get("lotse.text_size"),  # type: ignore[arg-type]
        portal={k: values[f"portal.{k}"] for k in PORTAL_KEYS if f"portal.{k}" in values},  # type: ignore[misc]
        counter=counter,
        library=library,
        content=content,
        source=source,
        problems=tuple(problems),
    )


def _syntax_problem(exc: configparser.Error, name: str) -> DeploymentProblem:
    import configparser

    line = getattr(exc, "lineno", 0) or 0
    if not line and isinstance(exc, configparser.ParsingError) and exc.errors:
        line = exc.errors[0][0]
    what = {
        configparser.MissingSectionHeaderError: "a key before the first [section] line",
        configparser.DuplicateSectionError: f"section [{getattr(exc, 'section', '')}] appears twice",
        configparser.DuplicateOptionError: f"key '{getattr(exc, 'option', '')}' appears twice in its section",
        configparser.ParsingError: "this line is neither [section], key = value nor a comment",
    }.get(type(exc), f"cannot be read ({exc.__class__.__name__})")
    key = ""
    if isinstance(exc, configparser.DuplicateOptionError):
        key = f"{exc.section}.{exc.option}"
    return DeploymentProblem(name, int(line), key, what + "; nothing in the file was used", "syntax")


_KEY_RE = re.compile(r"^\s*([^\s=:;#\[][^=:]*?)\s*[=:]")
_SECTION_RE = re.compile(r"^\s*\[([^\]]+)\]")


def _key_lines(text: str) -> dict[tuple[str, str], int]:
    """(section, key) → line number; (section, "") → the section header's line."""
    out: dict[tuple[str, str], int] = {}
    section = ""
    for n, line in enumerate(text.splitlines(), start=1):
        if m := _SECTION_RE.match(line):
            section = m.group(1).strip()
            out.setdefault((section, ""), n)
        elif m := _KEY_RE.match(line):
            out.setdefault((section, m.group(1).strip().lower()), n)
    return out


# --- value checks (each raises ValueError with what would be right) ------------------------------


def _role(value: str) -> Role:
    try:
        return Role(value.lower())
    except ValueError:
        raise ValueError(f"must be one of {', '.join(r.value for r in Role)}") from None


def _city(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
        raise ValueError("must be a city profile id such as bochum")
    return value


def _language(value: str) -> str:
    from assistant.core import languages

    if not languages.known(value.lower()):
        raise ValueError(f"must be one of {', '.join(languages.codes())}")
    return value.lower()


def _int_range(lo: int, hi: int, *, off: bool = False) -> Callable[[str], int | None]:
    def check(value: str) -> int | None:
        if off and value.lower() in ("off", "no", "0", "aus", "false"):
            return None
        try:
            n = int(value)
        except ValueError:
            raise ValueError(f"must be a whole number from {lo} to {hi}" + (" or off" if off else "")) from None
        if not lo <= n <= hi:
            raise ValueError(f"must be from {lo} to {hi}" + (" or off" if off else ""))
        return n

    return check


def _bool(value: str) -> bool:
    v = value.lower()
    if v in ("yes", "true", "on", "1", "ja"):
        return True
    if v in ("no", "false", "off", "0", "nein"):
        return False
    raise ValueError("must be yes or no")


def _url(value: str) -> str:
    parts = urlsplit(value)
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return value.rstrip("/")
    if parts.scheme == "http" and is_loopback_host(host):
        return value.rstrip("/")
    raise ValueError("must start with https:// (plain http:// only for 127.0.0.1 or localhost)")


def _https(value: str) -> str:
    url = _url(value)
    if not url.startswith("https://"):
        raise ValueError("must start with https://")
    return url


def _folder(value: str) -> str:
    if not value:
        raise ValueError("must name a folder")
    return value


def _public_key(value: str) -> str:
    import base64
    import binascii

    try:
        ok = len(base64.b64decode(value, validate=True)) == 32
    except (binascii.Error, ValueError):
        ok = False
    if not ok:
        raise ValueError("must be the city's public key as lotse --make-key prints it (44 characters)")
    return value


def _staff_code(value: str) -> str:
    if not re.fullmatch(r"[0-9A-Za-z]{4,32}", value):
        raise ValueError("must be 4 to 32 letters or digits")
    return value


_SPEC: dict[str, dict[str, Callable[[str], object]]] = {
    "lotse": {
        "role": _role,
        "city": _city,
        "language": _language,
        "language_fixed": _bool,
        "text_size": _int_range(TEXT_SIZE_MIN, TEXT_SIZE_MAX),
    },
    "portal": dict.fromkeys(PORTAL_KEYS, _url),
    "counter": {
        "fullscreen": _bool,
        "inactivity_reset_minutes": _int_range(RESET_MINUTES_MIN, RESET_MINUTES_MAX, off=True),
        "warning_seconds": _int_range(WARNING_SECONDS_MIN, WARNING_SECONDS_MAX),
        "staff_code": _staff_code,
    },
    "library": {
        "helper_view": _bool,
        "resume_after_crash_minutes": _int_range(0, RESUME_MINUTES_MAX),
    },
    "content": {
        "folder": _folder,
        "url": _https,
        "public_key": _public_key,
    },
}

KNOWN_KEYS: dict[str, tuple[str, ...]] = {s: tuple(keys) for s, keys in _SPEC.items()}


def main(argv: list[str] | None = None) -> int:
    """``python -m assistant.core.deployment [FILE]``: check a deployment file, print what applies."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else default_path()
    if not path.is_file():
        print(f"{path}: no file - the program runs at home (role home), nothing fixed")
        return 0 if not args else 1
    d = load_deployment(path)
    for p in d.problems:
        print(f"PROBLEM {p}")
    print(f"role = {d.role.value}{' (fixed)' if d.role_fixed else ''}")
    print(
        f"city = {d.city or '(default)'}; language = {d.language or '(person)'}; "
        f"text_size = {d.text_size or '(person)'}"
    )
    for key, url in d.portal.items():
        print(f"portal.{key} = {url}")
    if d.role is Role.COUNTER:
        reset = d.counter.inactivity_reset_minutes
        print(
            f"counter: fullscreen = {'yes' if d.counter.fullscreen else 'no'}; inactivity reset = "
            f"{f'{reset} min + {d.counter.warning_seconds} s warning' if reset else 'off'}; "
            f"staff code = {'set' if d.counter.staff_code else 'not set'}"
        )
    if d.role is Role.LIBRARY:
        print(
            f"library: helper view at start = {'yes' if d.library.helper_view else 'no'}; "
            f"resume after crash = {d.library.resume_after_crash_minutes} min"
        )
    if d.content.configured:
        print(f"content: folder = {d.content.folder or '-'}; url = {d.content.url or '-'}; public key set")
        print(content_status())
    return 1 if d.problems else 0


def content_status() -> str:
    """The content bundle in use and what the last update found (for IT and staff)."""
    from assistant.core.content_source import ContentStore

    content = ContentStore()
    active, status = content.active(), content.status()
    line = (
        f"content in use: bundle version {active.version} of {active.manifest.date}"
        if active
        else "content in use: built-in only"
    )
    if status:
        line += f"; last check {status.get('checked', '?')}: {status.get('state', '?')}"
        for p in status.get("problems") or []:
            if isinstance(p, dict):
                line += f"\n  PROBLEM content {p.get('code')}: {p.get('detail')}"
    return line


if __name__ == "__main__":
    sys.exit(main())
