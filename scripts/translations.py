#!/usr/bin/env python3
"""Update and compile the translations of the program, for every language of the language list.

    .venv/bin/python scripts/translations.py                    # every area, every language
    .venv/bin/python scripts/translations.py ui                 # one area (its sources: AREAS below)
    .venv/bin/python scripts/translations.py ui --lang tr       # one area, one language (makes its .ts if new)
    .venv/bin/python scripts/translations.py eid assistant/ui/eid assistant/eid   # sources given by hand
    .venv/bin/python scripts/translations.py --release          # only compile every .ts to .qm
    .venv/bin/python scripts/translations.py --status           # unfinished entries per file; exit 1 if any

Each area has one file per language, ``resources/translations/lotse_<area>_<lang>.ts``. German is the
source language of every tr() text; the target languages are those of
``resources/translations/languages.json`` (``docs/languages.md``) except German. ``pyside6-lupdate``
collects the tr() texts of the area's sources (``AREAS``; folders are searched recursively for *.py)
and merges them into the .ts of every language that has one, keeping every translation already made:
a new text appears as unfinished in every language, and texts no longer in the code are dropped. A
language without a catalogue of the area is reported as missing (its screens show German there);
``--lang CODE`` makes it. Then ``pyside6-lrelease`` writes each .qm next to its .ts, which the program
loads at start. The report lists, per language, how many entries are unfinished, and which.

Translate by editing the .ts (Qt Linguist: ``.venv/bin/pyside6-linguist FILE``, or any text editor:
fill ``<translation>`` and remove ``type="unfinished"``), then run ``--release``.
``tests/ui/test_translation_coverage.py`` fails while a tr() text lacks a translation in any language.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCE = "de"

# The sources of each area (relative to the repository; a folder = every *.py in it, a * = a glob).
AREAS: dict[str, tuple[str, ...]] = {
    "ui": ("assistant/app.py", "assistant/ui/*.py"),
    "eid": ("assistant/ui/eid", "assistant/eid"),
    "portal": ("assistant/ui/portal",),  # the progress panel (ui/worker.py) is in the window area "ui"
    "roles": ("assistant/ui/roles",),
}


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python, else from PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def target_languages() -> list[str]:
    """Every language of languages.json except German (the source), in the list's order."""
    data = json.loads((FOLDER / "languages.json").read_text(encoding="utf-8"))
    codes = [x.get("code") for x in data.get("languages", []) if isinstance(x, dict)]
    return [c for c in codes if isinstance(c, str) and c and c != SOURCE]


def area_sources(area: str) -> list[str]:
    """The sources of a known area, globs expanded (relative to the repository)."""
    if area not in AREAS:
        raise SystemExit(f"unknown area {area!r}: give its source files, or one of {', '.join(AREAS)}")
    out: list[str] = []
    for pattern in AREAS[area]:
        out += [str(p) for p in sorted(ROOT.glob(pattern))] if "*" in pattern else [str(ROOT / pattern)]
    return out


def python_files(sources: list[str]) -> list[Path]:
    files: list[Path] = []
    for s in sources:
        p = Path(s)
        if not p.is_absolute():
            p = (Path.cwd() / p).resolve()
        if p.is_dir():
            files += sorted(x for x in p.rglob("*.py") if "__pycache__" not in x.parts)
        elif p.suffix == ".py" and p.is_file():
            files.append(p)
        else:
            raise SystemExit(f"not a Python file or folder: {s}")
    return list(dict.fromkeys(files))


def ts_path(area: str, lang: str, folder: Path | None = None) -> Path:
    if not re.fullmatch(r"[a-z][a-z0-9]*", area):
        raise SystemExit(f"area must be a short lower-case word, not {area!r}")
    return (folder or FOLDER) / f"lotse_{area}_{lang}.ts"


def lupdate(files: list[Path], ts: Path, lang: str) -> Path:
    """Merge the tr() texts of ``files`` into ``ts`` (made if new); silent."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        tool("pyside6-lupdate"),
        *map(str, files),
        "-silent",
        "-source-language",
        SOURCE,
        "-target-language",
        lang,
        "-locations",
        "none",
        "-no-obsolete",
        "-ts",
        str(ts),
    ]
    subprocess.run(cmd, check=True)
    return ts


def update(area: str, sources: list[str], lang: str) -> Path:
    files = python_files(sources)
    if not files:
        raise SystemExit("no source files given")
    return lupdate(files, ts_path(area, lang), lang)


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def unfinished(ts: Path) -> list[str]:
    """Source texts of the entries that still lack a finished translation."""
    out = []
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        kind = tr.get("type") if tr is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        if tr is None or kind == "unfinished" or not (tr.text or "").strip():
            out.append(msg.findtext("source") or "")
    return out


# Translations that may be the German source itself: names, symbols, formats, and words the same in
# the language ("Telefon" in Turkish). Anything else identical to German is a German text copied into
# the catalogue, not a translation. A German variant (de-x-ls, Leichte Sprache) is not checked so.
SAME_AS_GERMAN_OK: dict[str, frozenset[str]] = {
    "*": frozenset(
        {"Lotse", "Lotse – {0}", "{0} – Lotse", "PIN", "PUK", "%1: %2", "„{0}“", "Merkzettel.pdf", "A+", "A−"}
    ),
    "en": frozenset({"Start", "⌂ Start", "Name", "Code: {0}"}),
    "tr": frozenset({"Telefon", "Telefon: %1", "Telefon: {0}", "„{0}“ → {1}"}),
    "pl": frozenset(
        {"Start", "⌂ Start", "Telefon", "Telefon: {0}", "Telefon: %1", "Kontakt: %1", "Internet", "„{0}“ → {1}"}
    ),  # the same words in Polish
}


def same_as_german(ts: Path, lang: str) -> list[str]:
    """Source texts whose finished "translation" is the German text itself (and not allowed to be)."""
    if lang.split("-", 1)[0] == SOURCE:
        return []
    allowed = SAME_AS_GERMAN_OK["*"] | SAME_AS_GERMAN_OK.get(lang, frozenset())
    out = []
    for msg in ET.parse(ts).getroot().iter("message"):
        src, tr = msg.findtext("source") or "", msg.find("translation")
        if tr is not None and tr.get("type") is None and (tr.text or "") == src and src not in allowed:
            out.append(src)
    return out


def update_area(
    area: str, sources: list[str], langs: list[str], *, create: bool, folder: Path | None = None
) -> list[str]:
    """lupdate + lrelease the area in every language of ``langs``; returns the report's lines: per
    language the unfinished entries, the German texts copied as translations, or a missing catalogue."""
    files = python_files(sources)
    if not files:
        raise SystemExit("no source files given")
    lines = []
    for lang in langs:
        ts = ts_path(area, lang, folder)
        if not ts.exists() and not create:
            lines.append(f"{ts.name}: MISSING (its screens show German; make it with: {area} --lang {lang})")
            continue
        lupdate(files, ts, lang)
        release(ts)
        todo, copied = unfinished(ts), same_as_german(ts, lang)
        lines.append(f"{ts.name}: {len(todo)} unfinished" + (f", {len(copied)} still German" if copied else ""))
        lines += [f"    {text}" for text in todo]
        lines += [f"    (German) {text}" for text in copied]
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("area", nargs="?", help=f"{', '.join(AREAS)} (default: all of them) or a new area with its sources")
    p.add_argument("sources", nargs="*", help="Python files or folders with tr() texts (default: the area's, AREAS)")
    p.add_argument(
        "--lang",
        action="append",
        help="only this target language (repeatable); makes its .ts if new "
        "(default: every language of languages.json that has one)",
    )
    p.add_argument("--release", action="store_true", help="only compile every .ts to .qm")
    p.add_argument("--status", action="store_true", help="list unfinished entries; exit 1 if any")
    a = p.parse_args(argv)
    if a.release or a.status:
        missing = 0
        for ts in sorted(FOLDER.glob("lotse_*_*.ts")):
            if a.release:
                release(ts)
            todo, copied = unfinished(ts), same_as_german(ts, ts.stem.split("_", 2)[2])
            missing += len(todo) + len(copied)
            print(f"{ts.name}: {len(todo)} unfinished" + (f", {len(copied)} still German" if copied else ""))
            for text in [*todo, *(f"(German) {x}" for x in copied)] if a.status else []:
                print(f"    {text}")
        return 1 if a.status and missing else 0
    if a.sources and not a.area:
        p.error("give the area of these source files")
    langs = a.lang or target_languages()
    areas = [a.area] if a.area else list(AREAS)
    for area in areas:
        sources = a.sources or area_sources(area)
        for line in update_area(area, sources, langs, create=bool(a.lang)):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
