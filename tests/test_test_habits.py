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
    assert not found, (
        "fixed waits (use waitUntil/waitSignal, support.settle() or the timer_hook fixture):\n" + "\n".join(found)
    )


def test_the_wait_check_sees_a_wait():
    assert fixed_waits("x = 1\n    qtbot.wait(1500)\nQTest.qWait(10)\n") == [
        (2, "qtbot.wait(1500)"),
        (3, "QTest.qWait(10)"),
    ]


# Buttons are found by object name (``Driver.press(key)``, ``page.buttons[key]``), not by their words,
# so a better word never breaks a test. Clicking by words stays only for what the portal itself sends
# (an office, a category, a service — data, not our copy) and for tests that read the words on purpose
# (the English portal, tests/ui/portal/test_portal_i18n_a11y.py).
CLICK_BY_WORDS = re.compile(r"""(?:\.click|\.button|\bclick\(p,)\(?\s*["']([^"']+)["']""")
DATA_OR_ON_PURPOSE = {
    "Schlagloch",
    "Personalausweis verloren",
    "Personalausweis beantragen",
    "Bürgerbüro Mitte",  # portal data
    "Vorgangsnummer",  # a report in the list, named by its number
    "Book a new appointment",
    "The practice portal",  # the English portal, read on purpose
}


def test_buttons_are_found_by_object_name_not_by_words():
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == HERE:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for words in CLICK_BY_WORDS.findall(line):
                if words not in DATA_OR_ON_PURPOSE:
                    found.append(f"tests/{path.relative_to(TESTS)}:{n}: {words!r}")
    assert not found, "find our own buttons by object name (Screen.choice(..., key=…), Driver.press):\n" + "\n".join(
        found
    )
