"""Small JSON files that must survive a crash and never be overwritten silently when broken.

Writes go to a temporary file in the same folder, are flushed to disk, then renamed over the old
file: a ``kill -9`` leaves either the old or the new content, never half of one. A file that cannot
be read is renamed to ``<name>.broken-<n>`` (kept for inspection) and reported as StateFileError.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from assistant.core.errors import StateFileError

MAX_BYTES = 1_000_000


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: Path, default: Any = None) -> Any:
    """The file's content, ``default`` if it does not exist; StateFileError if it is broken."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return default
    except OSError as exc:
        raise StateFileError(f"cannot read ({exc.__class__.__name__})", source=path.name) from exc
    try:
        if len(raw) > MAX_BYTES:
            raise ValueError("too large")
        return json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        kept = _put_aside(path)
        raise StateFileError(f"was damaged and has been put aside as {kept.name}", source=path.name) from exc


def _put_aside(path: Path) -> Path:
    n = 1
    while (target := path.with_name(f"{path.name}.broken-{n}")).exists():
        n += 1
    os.replace(path, target)
    return target


def remove(path: Path) -> None:
    path.unlink(missing_ok=True)
