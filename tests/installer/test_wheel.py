"""The pip package: declares every library the program imports, and ships no translation sources.

issue 14: ``urllib3`` was imported (assistant/portal/http.py) but not declared; the .ts sources of the
translations shipped in the wheel.
"""

from __future__ import annotations

import ast
import importlib.metadata as md
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile

from tests.installer.installer_files import REPO


def declared() -> set[str]:
    deps = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    return {re.split(r"[<>=;\[ ]", d, maxsplit=1)[0].lower().replace("_", "-") for d in deps}


def imported_top_level() -> set[str]:
    names = set()
    for path in (REPO / "assistant").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"assistant"}


# shiboken6 is PySide6's own binding runtime: PySide6-Essentials requires it in exactly its version.
PART_OF = {"shiboken6": "pyside6-essentials"}


def test_every_imported_library_is_declared():
    providers = md.packages_distributions()
    missing = []
    for module in sorted(imported_top_level()):
        dists = {d.lower().replace("_", "-") for d in providers.get(module, [module])} | {PART_OF.get(module, "")}
        if not dists & declared():
            missing.append(f"{module} (from {', '.join(sorted(dists))})")
    assert not missing, f"imported but not in pyproject.toml dependencies: {missing}"


def test_the_wheel_ships_compiled_translations_only(tmp_path):
    # from a clean copy: setuptools reuses an old build/lib of the checkout, stale files included
    source = tmp_path / "src"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    names = zipfile.ZipFile(next(tmp_path.glob("lotse-*.whl"))).namelist()
    assert not [n for n in names if n.endswith(".ts")], [n for n in names if n.endswith(".ts")]
    assert [n for n in names if n.startswith("assistant/resources/translations/") and n.endswith(".qm")]
    assert "assistant/resources/cities/city.schema.json" in names
