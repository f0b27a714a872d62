"""Every timer the program starts, recorded — to prove "nothing ends a step by itself" without waiting.

Waiting 1.5 s and seeing that the step is still there proves nothing about a timer of 2 s, and
``findChildren(QTimer)`` misses ``QTimer.singleShot``. Instead, while the hook is installed, every
``QTimer.start``, ``QTimer.singleShot`` and ``QObject.startTimer`` called from the program's own code
(``assistant/``) is recorded with its interval and where it was started. ``fire_all()`` then makes each
of them go off at once, as if any length of time had passed (a timer started by a timer goes off too),
so a test can check that the screen is still the same — whatever the interval.

Each timer goes off once: a one-shot that was fired early does nothing when its real time comes.
Timers started by Qt itself in C++ (the cursor's blink, animations) are not seen; they never change a
page.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QTimerEvent

PROGRAM = Path(__file__).resolve().parent.parent / "assistant"


@dataclass
class Started:
    kind: str  # "start" | "singleShot" | "startTimer"
    interval: int  # ms
    where: str  # file:line in assistant/ that started it
    fire: Callable[[], None]

    def __str__(self) -> str:
        return f"{self.kind}({self.interval} ms) at {self.where}"


def _caller(watched: list[Path]) -> str | None:
    """file:line of the code that started the timer, or None when it is not in a watched folder/file."""
    frame = sys._getframe(2)
    while frame is not None and Path(frame.f_code.co_filename) == Path(__file__):
        frame = frame.f_back
    if frame is None:
        return None
    path = Path(frame.f_code.co_filename).resolve()
    if not any(path == w or w in path.parents for w in watched):
        return None
    return f"{path.relative_to(PROGRAM.parent)}:{frame.f_lineno}"


def _once(fn: Callable[[], Any]) -> Callable[[], None]:
    done = [False]

    def run() -> None:
        if not done[0]:
            done[0] = True
            fn()

    return run


def _go_off(obj: QObject, timer_id: int) -> Callable[[], None]:
    def fire() -> None:
        try:
            if isinstance(obj, QTimer) and not obj.isActive():
                return  # stopped (or a one-shot that went off already)
            QCoreApplication.sendEvent(obj, QTimerEvent(obj.timerId() if isinstance(obj, QTimer) else timer_id))
        except RuntimeError:  # the object is gone, and its timer with it
            pass

    return fire


class TimerHook:
    def __init__(self) -> None:
        self.started: list[Started] = []
        self.watched = [PROGRAM]  # whose timers count: the program's; a test may add its own file
        self._fired = 0

    def install(self, monkeypatch: Any) -> TimerHook:
        start, single_shot, start_timer = QTimer.start, QTimer.singleShot, QObject.startTimer
        hook = self

        def timer_start(timer: QTimer, *args: Any) -> None:
            where = _caller(hook.watched)
            start(timer, *args)
            if where is not None:
                hook.started.append(Started("start", timer.interval(), where, _go_off(timer, 0)))

        def timer_single_shot(*args: Any) -> None:
            where = _caller(hook.watched)
            if where is None:
                return single_shot(*args)
            args = list(args)
            target = args[-1]
            if hasattr(target, "emit"):  # a signal
                fire = _once(target.emit)
            elif callable(target):
                fire = _once(target)
            else:  # (msec, receiver, "slot()")
                raise AssertionError(f"timer hook: singleShot with a slot name at {where}; pass a callable")
            args[-1] = fire
            hook.started.append(Started("singleShot", int(args[0]) if isinstance(args[0], int) else -1, where, fire))
            return single_shot(*args)

        def object_start_timer(obj: QObject, interval: Any, *args: Any) -> int:
            where = _caller(hook.watched)
            timer_id = start_timer(obj, interval, *args)
            if where is not None and timer_id:
                ms = int(interval.total_seconds() * 1000) if hasattr(interval, "total_seconds") else int(interval)
                hook.started.append(Started("startTimer", ms, where, _go_off(obj, timer_id)))
            return timer_id

        monkeypatch.setattr(QTimer, "start", timer_start)
        monkeypatch.setattr(QTimer, "singleShot", staticmethod(timer_single_shot))
        monkeypatch.setattr(QObject, "startTimer", object_start_timer)
        return self

    def clear(self) -> None:
        self.started.clear()
        self._fired = 0

    def fire_all(self, rounds: int = 5) -> list[Started]:
        """Make every recorded timer go off now (and those they start, up to ``rounds`` deep); returns
        the timers fired. Posted events are delivered after each round."""
        fired: list[Started] = []
        for _ in range(rounds):
            todo = self.started[self._fired :]
            if not todo:
                break
            self._fired = len(self.started)
            for t in todo:
                t.fire()
                fired.append(t)
            QCoreApplication.processEvents()
        return fired
