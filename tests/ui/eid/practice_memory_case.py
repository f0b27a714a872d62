"""Run by test_practice_memory.py in a process of its own (not collected on its own: no test_ prefix).

Practice mode releases the new PIN like the real path does (issue 17): once the practice PIN change
has ended, no live Python object still holds the typed new PIN. Garbage is collected on the GUI
thread, then the scan of every live object runs in the practice card's own thread, with its event
loop held still: on CPython 3.12.1 a scan while
that loop builds objects in another thread can abort the interpreter (``PyObject_GC_Track: object
already tracked``), and in a process of its own such an abort cannot take other tests with it.
The process ends right after the scan (``os._exit``): see the end of the test."""

from __future__ import annotations

import gc
import os

from assistant.eid.workflow import Ending, Screen
from tests.ui.eid.flows import Sentinels, new_pin_twice, start_practice, type_digits, wait_screen

# typed only here: what other code left behind (reprs, logs) cannot count against it
NEW_PIN = "".join(["9", "1", "7", "3", "6", "4"])


def holders(needle: str) -> list[str]:
    """Every container whose direct referents include a str/bytes carrying ``needle``. Collects
    nothing itself: garbage is collected on the GUI thread first (Qt objects die where they live,
    see assistant/ui/gc_guard.py)."""
    raw = needle.encode()
    found = []
    for obj in gc.get_objects():
        for r in gc.get_referents(obj):
            if r is needle or (isinstance(r, str) and f'"{needle}"\n' in r and "=" in r):
                continue  # the sentinel's own definition and its source line (tracebacks' linecache)
            if (isinstance(r, str) and needle in r) or (isinstance(r, (bytes, bytearray)) and raw in r):
                found.append(f"{type(obj).__name__}: {r!r:.80}")
    return found


def test_practice_change_leaves_no_new_pin_in_memory(qtbot, make_page, practice):
    cards = practice()
    page = make_page(step_id="change-known")
    start_practice(qtbot, page, "tries-3")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN)
    new_pin_twice(qtbot, page, NEW_PIN)
    wait_screen(qtbot, page, Screen.END)
    assert page.wf.view.ending is Ending.CHANGED
    # one more ping, and its pong: the card answers frames in order, so every frame before it
    # (the new PIN and the ping after it) has been handled when the pong is back
    sock = page.conn.client._socket
    with qtbot.waitSignal(sock.pong, timeout=10000):
        page.conn.client.ping()
    card = cards[-1]
    assert card.running  # the card still serves: what its connection holds is looked at, not freed
    gc.collect()  # here, on the GUI thread: what is left is alive
    found = card.call_in_loop(lambda: holders(NEW_PIN))
    # The answer, then out at once: after a scan of every object, CPython 3.12.1's collector may
    # abort or spin when the interpreter ends (seen: "Garbage-collecting" for ever at exit), and no
    # teardown here is worth that. The calling test reads this line and the exit status.
    print("PRACTICE-MEMORY:", "clean" if not found else "held by\n" + "\n".join(found), flush=True)
    os._exit(0 if not found else 1)
