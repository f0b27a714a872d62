#!/usr/bin/env python3
"""Update and compile the translations of one area of the program.

    .venv/bin/python scripts/translations.py ui assistant/app.py assistant/ui/*.py
    .venv/bin/python scripts/translations.py eid assistant/ui/eid assistant/eid
    .venv/bin/python scripts/translations.py --release          # only compile every .ts to .qm
    .venv/bin/python scripts/translations.py --status           # unfinished entries per file

Each area has its own file ``resources/translations/lotse_<area>_<lang>.ts`` (German is the source
language of every tr() text; the default target is English). ``pyside6-lupdate`` collects the tr()
texts of the given files (folders are searched recursively for *.py) and merges them into the .ts,
keeping every translation already made; texts no longer in the code are dropped. Then
``pyside6-lrelease`` writes the .qm next to it, which the program loads at start.

Translate by editing the .ts (Qt Linguist: ``.venv/bin/pyside6-linguist FILE``, or any text editor:
fill ``<translation>`` and remove ``type="unfinished"``), then run ``--release``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python, else from PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


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


def ts_path(area: str, lang: str) -> Path:
    if not re.fullmatch(r"[a-z][a-z0-9]*", area):
        raise SystemExit(f"area must be a short lower-case word, not {area!r}")
    return FOLDER / f"lotse_{area}_{lang}.ts"


def update(area: str, sources: list[str], lang: str) -> Path:
    files = python_files(sources)
    if not files:
        raise SystemExit("no source files given")
    ts = ts_path(area, lang)
    FOLDER.mkdir(parents=True, exist_ok=True)
    cmd = [
        tool("pyside6-lupdate"),
        *map(str, files),
        "-source-language", "de",
        "-target-language", lang,
        "-locations", "none",
        "-no-obsolete",
        "-ts", str(ts),
    ]
    subprocess.run(cmd, check=True)
    return ts


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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("area", nargs="?", help="ui, eid, portal, roles, …")
    p.add_argument("sources", nargs="*", help="Python files or folders with tr() texts")
    p.add_argument("--lang", default="en", help="target language (default: en)")
    p.add_argument("--release", action="store_true", help="only compile every .ts to .qm")
    p.add_argument("--status", action="store_true", help="list unfinished entries; exit 1 if any")
    a = p.parse_args(argv)
    if a.release or a.status:
        missing = 0
        for ts in sorted(FOLDER.glob("lotse_*_*.ts")):
            if a.release:
                release(ts)
            todo = unfinished(ts)
            missing += len(todo)
            print(f"{ts.name}: {len(todo)} unfinished")
            for text in todo if a.status else []:
                print(f"    {text}")
        return 1 if a.status and missing else 0
    if not a.area or not a.sources:
        p.error("give an area and its source files, or --release / --status")
    ts = update(a.area, a.sources, a.lang)
    qm = release(ts)
    todo = unfinished(ts)
    print(f"{ts.relative_to(ROOT)}: {len(todo)} unfinished; compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
