"""Cycles are collected on the GUI thread only (assistant/ui/gc_guard.py)."""

from __future__ import annotations

import gc
import threading
import weakref


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cycle collector frees it


def test_a_cycle_made_in_a_thread_is_collected_on_the_gui_thread(qapp, qtbot):
    from assistant.ui import gc_guard

    gc_guard.install(qapp)
    assert gc_guard.installed() and not gc.isenabled()
    freed_in: list[str] = []
    refs: list[weakref.ref] = []

    def work() -> None:
        for _ in range(20000):  # far past the first threshold: the automatic collector would have run here
            n = Node()
            refs.append(weakref.ref(n, lambda _r: freed_in.append(threading.current_thread().name)))
            del n

    try:
        t = threading.Thread(target=work, name="worker")
        t.start()
        t.join()
        assert "worker" not in freed_in  # nothing was collected in the worker's thread
        qtbot.waitUntil(lambda: all(r() is None for r in refs), timeout=5000)  # the GUI thread's timer collected
        assert set(freed_in) == {threading.current_thread().name}
    finally:
        gc_guard.uninstall()


def test_uninstall_gives_back_pythons_own_collector(qapp):
    from assistant.ui import gc_guard

    gc_guard.install(qapp)
    gc_guard.uninstall()
    assert not gc_guard.installed() and gc.isenabled()
