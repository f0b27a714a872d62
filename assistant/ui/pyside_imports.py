"""A faster answer to PySide6's question "does this module use PySide6?".

After PySide6 is imported, its ``__feature__`` import hook asks that question of every module
imported after it (``shibokensupport.feature._mod_uses_pyside``), with ``inspect.getsource``:
linecache, the source's encoding cookie and a list of its lines, ≈ 0.1 ms a module — about 10 ms of
Lotse's start, before the home screen can be pressed. The same answer ("PySide6" is in the source)
comes from reading the file's bytes once. Modules without a ``.py`` file (built-in, extension,
frozen) get PySide6's own answer.
"""

from __future__ import annotations

from typing import Any


def install() -> bool:
    """Replace the check once PySide6 is imported; False where PySide6 has no such hook (then
    nothing changes)."""
    import importlib

    try:
        feature = importlib.import_module("shibokensupport.feature")  # loaded with PySide6
    except ImportError:
        return False
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "lotse", False):
        return False

    def mod_uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as fh:
                return b"PySide6" in fh.read()
        except OSError:
            return bool(original(module))

    mod_uses_pyside.lotse = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", mod_uses_pyside)  # noqa: B010 - a name of PySide6's own module
    return True
