"""Practice mode releases the new PIN like the real path does (issue 17): once the practice PIN
change has ended, no live Python object still holds the typed new PIN."""

from __future__ import annotations

import gc

from assistant.eid.workflow import Ending, Screen
from tests.ui.eid.flows import Sentinels, click, new_pin_twice, start_practice, type_digits, wait_screen


def holders(needle: str) -> list[str]:
    """Every container whose direct referents include a str/bytes carrying ``needle``."""
    gc.collect()
    raw = needle.encode()
    found = []
    for obj in gc.get_objects():
        for r in gc.get_referents(obj):
            if r is needle or (isinstance(r, str) and f'"{needle}"\n' in r and "=" in r):
                continue  # the sentinel's own definition and its source line (tracebacks' linecache)
            if (isinstance(r, str) and needle in r) or (isinstance(r, (bytes, bytearray)) and raw in r):
                found.append(f"{type(obj).__name__}: {r!r:.80}")
    return found


# typed only by this test: what other tests left behind (their failures' reprs, logs) cannot count
NEW_PIN = "".join(["9", "1", "7", "3", "6", "4"])


def test_practice_change_leaves_no_new_pin_in_memory(qtbot, make_page, practice):
    practice()
    page = make_page(step_id="change-known")
    start_practice(qtbot, page, "tries-3")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN)
    new_pin_twice(qtbot, page, NEW_PIN)
    wait_screen(qtbot, page, Screen.END)
    assert page.wf.view.ending is Ending.CHANGED
    qtbot.wait(300)
    found = holders(NEW_PIN)
    assert found == [], "\n".join(found)
