"""Import direction (design/architecture.md): ui → core/eid/portal, never back.

An AST check over every module, so an import hidden inside a function counts too:
* assistant/core, assistant/portal and assistant/eid never import PySide6 (or shiboken6). Exempt are
  Qt adapters named ``*_qt.py`` or living in a ``qt/`` folder (the eID transport).
* Nothing outside assistant/ui imports assistant.ui, except the wiring (assistant/app.py and
  assistant/__main__.py), which builds the window.
* Inside assistant/ui: a base module (widgets.py, step_page.py, main_window.py, …) never imports a leaf
  (ui/eid, ui/portal, ui/roles), and no leaf imports another (no ui/portal → ui/roles, no ui/eid → ui/roles).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "assistant"
QT_FREE = ("core", "portal", "eid")
WIRING = {PACKAGE / "app.py", PACKAGE / "__main__.py"}


def imported_modules(path: Path, text: str | None = None) -> list[tuple[int, str]]:
    """(line, module) of every import in the file, also inside functions and via import_module()."""
    text = path.read_text(encoding="utf-8") if text is None else text
    found = []
    for node in ast.walk(ast.parse(text, filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            # relative import: resolve against the package of the file
            parts = list(path.relative_to(ROOT).with_suffix("").parts)[: -node.level]
            found.append((node.lineno, ".".join(parts + ([node.module] if node.module else []))))
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return sorted(found)


def is_qt_adapter(path: Path) -> bool:
    return path.name.endswith("_qt.py") or "qt" in path.relative_to(PACKAGE).parts[:-1]


def qt_free_files() -> list[Path]:
    return [p for sub in QT_FREE for p in sorted((PACKAGE / sub).rglob("*.py")) if not is_qt_adapter(p)]


def test_there_is_something_to_check():
    assert len(qt_free_files()) >= 5
    assert (PACKAGE / "core" / "engine.py") in qt_free_files()


@pytest.mark.parametrize("path", qt_free_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_eid_portal_never_import_qt(path):
    bad = [
        f"line {n}: {m}"
        for n, m in imported_modules(path)
        if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt6", "PyQt5")
    ]
    assert not bad, (
        f"{path.relative_to(ROOT)} imports Qt ({bad}); move the Qt part to assistant/ui or a *_qt.py adapter"
    )


def test_only_ui_and_wiring_import_ui():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if (PACKAGE / "ui") in path.parents or path in WIRING:
            continue
        for n, m in imported_modules(path):
            if m == "assistant.ui" or m.startswith("assistant.ui."):
                offenders.append(f"{path.relative_to(ROOT)}:{n} imports {m}")
    assert not offenders, "\n".join(offenders)


def test_the_checker_sees_hidden_imports():
    """The check itself: imports inside a function, relative ones and import_module() are found."""
    text = (
        "def f():\n    import PySide6.QtCore\n    from ..ui import theme\n"
        "    importlib.import_module('PySide6.QtGui')\n"
    )
    found = [m for _, m in imported_modules(PACKAGE / "core" / "probe.py", text)]
    assert found == ["PySide6.QtCore", "assistant.ui", "PySide6.QtGui"]


# --- inside assistant/ui --------------------------------------------------------------------------
# The window's base modules (assistant/ui/*.py: widgets, step page, main window, bar, theme, …) are
# what the leaves build on; the leaves (ui/eid, ui/portal, ui/roles) never import each other: they meet
# only through the base contracts (capabilities.PageContext, Registry) and the wiring (assistant/app.py).
UI = PACKAGE / "ui"
LEAVES = ("eid", "portal", "roles")


def ui_layer(path: Path) -> str:
    """'base' for a module directly in assistant/ui, else the name of its leaf package."""
    parts = path.relative_to(UI).parts
    return parts[0] if len(parts) > 1 else "base"


def leaf_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["assistant", "ui"] and parts[2] in LEAVES else None


def ui_layer_offenders(files: list[tuple[Path, str | None]]) -> list[str]:
    bad = []
    for path, text in files:
        here = ui_layer(path)
        for n, m in imported_modules(path, text):
            leaf = leaf_of(m)
            if leaf is not None and leaf != here:
                what = "a base module imports a leaf" if here == "base" else f"ui/{here} imports ui/{leaf}"
                bad.append(f"{path.relative_to(ROOT)}:{n} imports {m} ({what})")
    return bad


def test_ui_base_never_imports_a_leaf_and_leaves_never_import_each_other():
    files = [(p, None) for p in sorted(UI.rglob("*.py"))]
    assert len(files) > 30
    offenders = ui_layer_offenders(files)
    assert not offenders, (
        "\n".join(offenders) + "\n(pass it through the page context or the wiring in assistant/app.py)"
    )


def test_the_ui_layer_check_sees_a_leaf_import():
    text = "def f():\n    from assistant.ui.roles import prepare\n"
    found = ui_layer_offenders(
        [(UI / "portal" / "probe.py", text), (UI / "widgets_probe.py", text), (UI / "roles" / "probe.py", text)]
    )
    assert [f.rsplit("(", 1)[1] for f in found] == ["ui/portal imports ui/roles)", "a base module imports a leaf)"]


# --- one name, one meaning ------------------------------------------------------------------------
# A class name means one thing in the whole program (issue 16: Screen, Notice, Cancelled and Link each
# named two things), and no two modules are called session.py. Subclasses of the one shared class of that
# name (the practice banner) are the same thing.
SAME_THING = {"PracticeBanner"}


def test_a_class_name_means_one_thing():
    where: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                where.setdefault(node.name, []).append(str(path.relative_to(ROOT)))
    twice = {name: files for name, files in where.items() if len(files) > 1 and name not in SAME_THING}
    assert not twice, twice
    assert len(where) > 100


def test_no_module_is_called_session():
    assert not [str(p.relative_to(ROOT)) for p in PACKAGE.rglob("session.py")]
