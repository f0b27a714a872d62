"""Python's cycle collector runs on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate when a threshold is passed:
often a portal request, the draft writer or the practice card's thread. A cycle that holds a Qt
wrapper (a page, a closure over a widget) is then destroyed there, and Qt objects destroyed outside
their own thread can crash the whole program (seen once in a full test run: a segmentation fault in
the collector, inside a portal request's thread). So automatic collection is switched off and the GUI
thread collects, as often as the thresholds ask, from a timer of the application (the pattern of
large PyQt/PySide programs such as Anki). The timer only collects garbage; it never changes a screen.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500

_guard: _Collector | None = None


class _Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)

    def collect(self) -> int:
        """Collect the generation the counts call for (as the automatic collector would)."""
        c0, c1, c2 = gc.get_count()
        t0, t1, t2 = self.threshold
        if c0 <= t0:
            return -1
        generation = 2 if c2 > t2 else 1 if c1 > t1 else 0
        gc.collect(generation)
        return generation


def install(app: QObject) -> None:
    """Switch automatic collection off and collect on ``app``'s (the GUI) thread; idempotent."""
    global _guard
    if _guard is not None:
        return
    _guard = _Collector(app)
    gc.disable()
    _guard.timer.start()


def uninstall() -> None:
    """Back to Python's own collector (tests, and when the application ends)."""
    global _guard
    if _guard is None:
        return
    _guard.timer.stop()
    _guard.deleteLater()
    _guard = None
    gc.enable()


def installed() -> bool:
    return _guard is not None
