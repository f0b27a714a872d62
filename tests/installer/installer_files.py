"""Readers for the packaging files, shared by the installer tests (no Qt, no PyInstaller needed)."""

from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"
SPEC = INSTALLER / "lotse.spec"
ISS = INSTALLER / "windows" / "lotse.iss"
DESKTOP = INSTALLER / "linux" / "de.lotse.Lotse.desktop"
METAINFO = INSTALLER / "linux" / "de.lotse.Lotse.metainfo.xml"
CHANGELOG = REPO / "CHANGELOG.md"
APP_ID = "de.lotse.Lotse"


def spec_constants() -> dict[str, object]:
    """The plain-literal module-level names of installer/lotse.spec (APP_NAME, RESOURCE_DIRS, …)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    out: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return out


def pyproject_version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def source_version() -> str:
    """assistant.__version__ as written in assistant/__init__.py."""
    text = (REPO / "assistant" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    assert match, "assistant/__init__.py has no __version__"
    return match.group(1)


@dataclass
class IssScript:
    """An Inno Setup script split into its preprocessor defines and its [Sections] of lines."""

    defines: dict[str, str] = field(default_factory=dict)
    sections: dict[str, list[str]] = field(default_factory=dict)

    def expand(self, text: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: self.defines.get(m.group(1), m.group(0)), text)

    def setup(self) -> dict[str, str]:
        """[Setup] directives, with {#defines} expanded."""
        out = {}
        for line in self.sections.get("Setup", []):
            key, _, value = line.partition("=")
            out[key.strip()] = self.expand(value.strip())
        return out

    def entries(self, section: str) -> list[dict[str, str]]:
        """Lines of a parameter section (``Source: "x"; DestDir: "y"; Flags: a b``) as dicts."""
        return [parse_entry(self.expand(line)) for line in self.sections.get(section, [])]


def parse_entry(line: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line):
        value = m.group(2).strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        out[m.group(1)] = value
    return out


def parse_iss(path: Path = ISS) -> IssScript:
    script = IssScript()
    section = None
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if section != "Code" and (not line or line.startswith(";")):
            continue
        if m := re.fullmatch(r'#define\s+(\w+)\s+"([^"]*)"', line):
            script.defines[m.group(1)] = m.group(2)
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            section = m.group(1)
            script.sections.setdefault(section, [])
            continue
        if section is None:
            raise AssertionError(f"line outside any [section]: {raw!r}")
        script.sections[section].append(raw if section == "Code" else line)
    return script


def changelog_releases() -> list[tuple[str, str]]:
    """(version, date) of every released version in CHANGELOG.md, newest first."""
    text = CHANGELOG.read_text(encoding="utf-8")
    return re.findall(r"^## \[(\d+\.\d+\.\d+[^\]]*)\] - (\d{4}-\d{2}-\d{2})\s*$", text, re.MULTILINE)
