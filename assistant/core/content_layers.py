"""Where the content in use comes from: the program's own guides and city profiles, with a city's
installed bundle (``content_source.ContentStore``) laid over them. Light on purpose: the start reads
the content through this module, and only a configured bundle needs ``content_source`` itself.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.resources import resource

if TYPE_CHECKING:
    from assistant.core.content_source import InstalledContent


def guide_folders(installed: InstalledContent | None) -> list[Path]:
    """Folders of guide files, built-in first; later ones replace files of the same guide and language."""
    folders = [resource("guides")]
    if installed is not None and (installed.folder / "guides").is_dir():
        folders.append(installed.folder / "guides")
    return folders


def city_folder(city_id: str, installed: InstalledContent | None) -> Path:
    if installed is not None and (installed.folder / "cities" / f"{city_id}.yaml").is_file():
        return installed.folder / "cities"
    return resource("cities")


def load_library(installed: InstalledContent | None, languages: Any = None) -> Any:
    """The guides in use: built-in ones, replaced by the bundle's of the same id and language
    (``languages``: read only those now, the others when asked for; see GuideLibrary.load)."""
    from assistant.core.guide import GuideLibrary

    library = GuideLibrary()
    for folder in guide_folders(installed):
        layer = GuideLibrary.load(folder, languages)
        library.guides.update(layer.guides)
        library.problems.extend(layer.problems)
        for lang, paths in layer.pending.items():  # read in layer order: the bundle's file wins
            library.pending.setdefault(lang, []).extend(paths)
    return library


def use_codes(installed: InstalledContent | None) -> None:
    """Step codes of the content in use: the bundle's file where it has one, else the built-in one."""
    if installed is None and "assistant.core.step_codes" not in sys.modules:
        return  # step_codes starts with the built-in file: not imported for nothing at start (≈ 0.8 ms)
    from assistant.core import step_codes

    step_codes.use_file(step_codes.codes_file(installed.folder / "guides") if installed else None)
