"""Where the program's data lives (guides, city profiles, style, translations, fonts, icons).

The folder ``resources/`` sits at the top of the source tree. It is found the same way from a
source checkout, an installed wheel (where it is shipped as the package data ``assistant/resources``)
and a PyInstaller build (where it is collected to ``<bundle>/resources``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    """The folder that holds guides/, cities/, translations/ … .

    ``$LOTSE_RESOURCES`` names another folder of the same shape (tests; a city's own build)."""
    override = os.environ.get("LOTSE_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # frozen build
        return Path(bundle) / "resources"
    beside = Path(__file__).resolve().parent / "resources"  # an installed wheel's package data, as a folder
    if beside.is_dir():
        return beside
    checkout = Path(__file__).resolve().parent.parent  # a source checkout: resources/ beside pyproject.toml
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout / "resources"
    from importlib import resources as importlib_resources  # (≈ 30 ms: only where the package is no folder)

    try:
        packaged = Path(str(importlib_resources.files("assistant") / "resources"))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - odd importers
        packaged = None
    if packaged is not None and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A path below the resource root, e.g. ``resource("guides", "eid-pin.de.yaml")``."""
    return resource_root().joinpath(*parts)
