"""Small JSON files that must survive a crash and never be overwritten silently when broken.

Writes go to a temporary file in the same folder, are flushed to disk, then renamed over the old
file: a ``kill -9`` leaves either the old or the new content, never half of one (the next start
removes the stray temporary copy: ``remove_stray_temp``). Each write belongs to a session
(``paths.writing``): once that session has ended, nothing is created or renamed and
``paths.SessionEnded`` is raised. A file that cannot be read (not a regular file, too large, not
JSON, nested too deeply, numbers out of range) is renamed to ``<name>.broken-<n>`` (kept for
inspection) and reported as StateFileError.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any

from assistant.core import paths
from assistant.core.errors import StateFileError

MAX_BYTES = 1_000_000
MAX_DEPTH = 32  # our files nest 3 deep; deeper is damage (and would reach Python's recursion limit)
TEMP_SUFFIX = ".tmp"


def write_json(path: Path, data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False)
    with paths.writing(path):
        paths.make_folder(path.parent)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())  # slow on a busy disk: outside the lock, a session end need not wait
        with paths.writing(path):
            os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes | None:
    """A regular file's bytes, at most ``limit``; None if it does not exist. A FIFO, a device, a folder
    or a file larger than ``limit`` raises ValueError (never blocks, never fills the memory); an
    unreadable one raises OSError."""
    try:
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        )  # a FIFO never blocks
    except FileNotFoundError:
        return None
    except IsADirectoryError as exc:
        raise ValueError("is a folder") from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ValueError("is not a regular file")
        if st.st_size > limit:
            raise ValueError("too large")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            raw = fh.read(limit + 1)
        if len(raw) > limit:
            raise ValueError("too large")
        return raw
    finally:
        os.close(fd)


def read_text(path: Path, limit: int = 8 * MAX_BYTES) -> str:
    """A data file's text (guides, city profiles, the style sheet): a regular file, at most ``limit``
    bytes, UTF-8. FileNotFoundError, OSError, ValueError (not a regular file, too large) or
    UnicodeDecodeError otherwise — never a hang on a FIFO, never all of ``/dev/zero``."""
    raw = read_bytes(path, limit)
    if raw is None:
        raise FileNotFoundError(str(path))
    return raw.decode("utf-8")


def read_json(path: Path, default: Any = None) -> Any:
    """The file's content, ``default`` if it does not exist; StateFileError if it is broken."""
    try:
        raw = read_bytes(path)
    except OSError as exc:
        raise StateFileError(f"cannot read ({exc.__class__.__name__})", source=path.name) from exc
    except ValueError as exc:
        raise _broken(path, exc) from exc
    if raw is None:
        return default
    try:
        return parse(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise _broken(path, exc) from exc


def parse(raw: bytes) -> Any:
    """JSON as our files hold it: no NaN/Infinity, no number beyond a float, not deeper than MAX_DEPTH."""
    data = json.loads(raw.decode("utf-8"), parse_constant=_no_constant, parse_float=_finite_float)
    if _depth(data) > MAX_DEPTH:
        raise ValueError("nested too deeply")
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def _depth(data: Any) -> int:
    depth, level = 0, [data]
    while level:
        depth += 1
        if depth > MAX_DEPTH:
            return depth
        nxt: list[Any] = []
        for item in level:
            if isinstance(item, dict):
                nxt.extend(item.values())
            elif isinstance(item, list):
                nxt.extend(item)
        level = nxt
    return depth - 1


def _broken(path: Path, exc: BaseException) -> StateFileError:
    try:
        kept = _put_aside(path)
    except OSError:
        return StateFileError(f"is damaged ({exc.__class__.__name__}) and could not be put aside", source=path.name)
    return StateFileError(f"was damaged and has been put aside as {kept.name}", source=path.name)


def _put_aside(path: Path) -> Path:
    n = 1
    while os.path.lexists(target := path.with_name(f"{path.name}.broken-{n}")):
        n += 1
    os.replace(path, target)
    return target


def remove(path: Path) -> None:
    with paths.writing(path):
        path.unlink(missing_ok=True)


_STRAY = re.compile(r"\.[\w.-]+\.json\.\w{6,12}\.tmp")  # write_json's temporary copies, nothing else


def remove_stray_temp(folder: Path) -> int:
    """Delete the temporary copies (``.<name>.json.<random>.tmp``) a kill during a write left behind
    in ``folder`` itself (not below it; links are left alone). Returns how many."""
    count = 0
    try:
        children = list(folder.iterdir())
    except OSError:
        return 0
    for p in children:
        if _STRAY.fullmatch(p.name) and p.is_file() and not p.is_symlink():
            try:
                p.unlink()
                count += 1
            except OSError:
                pass
    return count
