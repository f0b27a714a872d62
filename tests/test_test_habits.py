"""Habits of the test suite itself (issue 16), checked so they stay:

* one helper, one contract: the fixture ``make_window`` is defined once (tests/ui/conftest.py);
* no fixed waits: no ``qtbot.wait(ms)`` / ``QTest.qWait`` — "nothing happens" is proved by the timer
  hook (tests/timer_hook.py), and "it has happened" by ``waitUntil`` / ``waitSignal``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
HERE = Path(__file__).resolve()


def test_make_window_is_defined_once():
    defined = []
    for path in sorted(TESTS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "make_window":
                defined.append(str(path.relative_to(TESTS)))
    assert defined == ["ui/conftest.py"], f"make_window is defined in {defined}: keep the one in tests/ui/conftest.py"


WAIT = re.compile(r"\b(qtbot\.wait|qWait|QTest\.qWait)\(")
EXCEPTION = "# fixed wait (the real AusweisApp):"  # its own timing is outside the program's control
MAY_WAIT = {"integration/test_ausweisapp.py", "ui/eid/test_real_ausweisapp.py"}


def fixed_waits(text: str) -> list[tuple[int, str]]:
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if WAIT.search(line)]


def test_no_fixed_waits():
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == HERE:
            continue
        rel = str(path.relative_to(TESTS))
        for n, line in fixed_waits(path.read_text(encoding="utf-8")):
            if rel in MAY_WAIT and EXCEPTION in line:
                continue
            found.append(f"tests/{rel}:{n}: {line}")
    assert not found, "fixed waits (use waitUntil/waitSignal, support.settle() or the timer_hook fixture):\n" + \
        "\n".join(found)


def test_the_wait_check_sees_a_wait():
    assert fixed_waits("x = 1\n    qtbot.wait(1500)\nQTest.qWait(10)\n") == [(2, "qtbot.wait(1500)"), (3, "QTest.qWait(10)")]
