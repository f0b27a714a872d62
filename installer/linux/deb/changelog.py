"""CHANGELOG.md → the Debian changelog of the package (usr/share/doc/lotse/changelog.gz).

    python3 installer/linux/deb/changelog.py CHANGELOG.md MAINTAINER > changelog

One entry per released version of CHANGELOG.md (``## [0.1.0] - 2026-11-30``), newest first, its lines as
Debian ``*`` items; [Unreleased] is left out (a package is always of a released version). Only the
standard library: it runs in the build, not in the program.
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from email.utils import format_datetime


def entries(markdown: str) -> list[tuple[str, str, list[str]]]:
    """(version, date, items) per released version."""
    out: list[tuple[str, str, list[str]]] = []
    for block in re.split(r"(?m)^## ", markdown)[1:]:
        head, _, body = block.partition("\n")
        match = re.match(r"\[([^\]]+)\](?:\s*-\s*(\d{4}-\d{2}-\d{2}))?", head.strip())
        if not match or match.group(1).lower() == "unreleased":
            continue
        items, current = [], ""
        for line in body.splitlines():
            if line.startswith("### "):
                continue
            if line.startswith("- "):
                if current:
                    items.append(current)
                current = line[2:].strip()
            elif line.strip() and current:
                current += " " + line.strip()
        if current:
            items.append(current)
        out.append((match.group(1), match.group(2) or "", items or ["Release."]))
    return out


def debian_changelog(markdown: str, maintainer: str) -> str:
    parts = []
    for version, date, items in entries(markdown):
        when = datetime.strptime(date, "%Y-%m-%d").replace(hour=12, tzinfo=UTC) if date else datetime.now(UTC)
        lines = [f"lotse ({version}) unstable; urgency=medium", ""]
        for item in items:
            words, line = item.replace("`", "").split(), "  *"
            for word in words:  # wrapped at 80 columns, as Debian tools expect
                if len(line) + 1 + len(word) > 78:
                    lines.append(line)
                    line = "   "
                line += " " + word
            lines.append(line)
        lines += ["", f" -- {maintainer}  {format_datetime(when)}", ""]
        parts.append("\n".join(lines))
    return "\n".join(parts)


if __name__ == "__main__":
    path, maintainer = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        text = debian_changelog(f.read(), maintainer)
    if not text:
        raise SystemExit(f"{path}: no released version")
    sys.stdout.write(text)
