"""Step codes for help by phone: "P 17" names one step of one guide, the same in every language and
every later version, and nothing about the person.

The codes live in one side file, ``resources/guides/codes/step-codes.yaml`` (in a folder of its
own, so the guide folder holds only guides; it ships wherever the guides do, and the guide files
stay untouched): a letter per guide and a number per step id, assigned once and never reused (a
removed step's number stays, retired). ``check`` is part of ``--check-content``; ``parse`` reads
what a helper types ("p17", "P-17", "P 17").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from assistant.resources import resource

CODE_RE = re.compile(r"\s*([A-Za-z])\s*[-.]?\s*(\d{1,4})\s*")
CODES_FILE = ("codes", "step-codes.yaml")  # below a guides folder (built-in, or a content bundle's)
_in_use: Path | None = None  # the file of the content bundle in use (use_file), else the built-in one


@dataclass(frozen=True)
class StepCodes:
    """The short codes of steps ("P 17") a helper on the phone can ask for (``step_codes.yaml``)."""

    letters: Mapping[str, str] = field(default_factory=dict)  # guide id → letter
    numbers: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # guide id → step id → number
    problems: tuple[str, ...] = ()  # what is wrong with the file itself

    def code(self, guide_id: str, step_id: str) -> str:
        """ "P 17", or "" where the step has no code (yet)."""
        letter, number = self.letters.get(guide_id), self.numbers.get(guide_id, {}).get(step_id)
        return f"{letter} {number}" if letter and number else ""

    def find(self, typed: str) -> tuple[str, str] | None:
        """(guide id, step id) for a typed code, or None."""
        code = parse(typed)
        if code is None:
            return None
        letter, number = code
        for gid, gl in self.letters.items():
            if gl == letter:
                for sid, n in self.numbers.get(gid, {}).items():
                    if n == number:
                        return gid, sid
        return None


def parse(typed: str) -> tuple[str, int] | None:
    m = CODE_RE.fullmatch(typed or "")
    return (m.group(1).upper(), int(m.group(2))) if m else None


def codes_from_data(data: Any) -> StepCodes:
    problems: list[str] = []
    letters: dict[str, str] = {}
    numbers: dict[str, dict[str, int]] = {}
    guides = data.get("guides") if isinstance(data, Mapping) else None
    if not isinstance(guides, Mapping):
        return StepCodes(problems=("step-codes.yaml: needs 'guides:' with a letter and steps per guide",))
    for gid, raw in guides.items():
        if not isinstance(raw, Mapping) or not re.fullmatch(r"[A-Z]", str(raw.get("letter", ""))):
            problems.append(f"step-codes.yaml: guides/{gid}: 'letter' must be one capital letter")
            continue
        steps = raw.get("steps") or {}
        if not isinstance(steps, Mapping) or not all(
            isinstance(n, int) and not isinstance(n, bool) and 0 < n < 10000 for n in steps.values()
        ):
            problems.append(f"step-codes.yaml: guides/{gid}: 'steps' must map step ids to numbers from 1")
            continue
        if raw["letter"] in letters.values():
            problems.append(f"step-codes.yaml: guides/{gid}: letter {raw['letter']} is used by another guide")
            continue
        seen: dict[int, str] = {}
        for sid, n in steps.items():
            if n in seen:
                problems.append(
                    f"step-codes.yaml: guides/{gid}: {raw['letter']} {n} is given to both '{seen[n]}' and '{sid}'"
                )
            seen.setdefault(n, str(sid))
        letters[str(gid)] = raw["letter"]
        numbers[str(gid)] = {str(k): v for k, v in steps.items()}
    return StepCodes(letters, numbers, tuple(problems))


@cache
def _load(path: Path) -> StepCodes:
    import yaml

    from assistant.core.datafile import load_yaml

    try:
        return codes_from_data(load_yaml(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return StepCodes(problems=(f"{path.name}: cannot be read ({exc.__class__.__name__})",))


def codes_file(guides_folder: Path) -> Path:
    return guides_folder.joinpath(*CODES_FILE)


def builtin_file() -> Path:
    return resource("guides", *CODES_FILE)


def use_file(path: Path | None) -> None:
    """The codes of the content in use: a bundle's own file, or (None) the built-in one."""
    global _in_use
    _in_use = path if path is not None and path.is_file() else None


def load_codes(path: Path | None = None) -> StepCodes:
    return _load(path or _in_use or builtin_file())


def changed_codes(new: StepCodes, old: StepCodes) -> list[str]:
    """Codes that ``new`` would change or drop compared with ``old``: codes are given once, for good."""
    out = []
    for gid, letter in old.letters.items():
        if gid not in new.letters:
            out.append(f"step-codes.yaml: guide '{gid}' lost its letter {letter}")
            continue
        if new.letters[gid] != letter:
            out.append(f"step-codes.yaml: guide '{gid}' had the letter {letter}, not {new.letters[gid]}")
        for sid, n in old.numbers.get(gid, {}).items():
            if new.numbers.get(gid, {}).get(sid) != n:
                out.append(
                    f"step-codes.yaml: {gid}/{sid} had the code {letter} {n}; a code never changes "
                    "(keep a removed step's line, so its number is not given again)"
                )
    return out


def check(guides: Iterable[Any], codes: StepCodes | None = None) -> list[tuple[str, str, str, str]]:
    """(level, file, step, message) for --check-content: the file's own problems are errors; a step
    without a code in a guide that has a letter is a warning (a new step: give it the next free number);
    a guide without a letter is only noted (info)."""
    codes = codes or load_codes()
    out = [("error", "step-codes.yaml", "", p) for p in codes.problems]
    for g in guides:
        if g.id not in codes.letters:
            out.append(("info", g.source, "", f"guide '{g.id}' has no letter in step-codes.yaml (no step codes yet)"))
            continue
        for sid in g.steps:
            if not codes.code(g.id, sid):
                free = max(codes.numbers[g.id].values(), default=0) + 1
                out.append(("warning", g.source, sid, f"no step code: add '{sid}: {free}' in step-codes.yaml"))
    return out
