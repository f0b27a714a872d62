"""The inactivity watch of a counter screen: when the big warning comes and when the screen is cleared
(Qt-free). The counter screen drives it with a Qt timer, the tests with a fake clock. Never a
silent timeout: the warning always shows for its full time first.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass


class Phase(str, enum.Enum):
    ACTIVE = "active"  # someone is using the program (or the reset is off)
    WARNING = "warning"  # the big warning with "Ich bin noch da" is showing
    RESET = "reset"  # the warning ran out: clear the screen now (then call reset_done)


@dataclass(frozen=True)
class WatchState:
    """Where a counter's inactivity watch is: quiet, warning (with the seconds left) or reset."""

    phase: Phase
    seconds_left: float = 0.0  # during WARNING: until the reset


class InactivityWatch:
    """Decides when a counter screen warns and when it is cleared. Never a silent timeout.

    ``idle_seconds`` without activity → the warning appears (``WARNING``) and stays for
    ``warning_seconds`` (≥ 20). Only "Ich bin noch da" (``still_here``) ends the warning early; other
    input during the warning does not count, so a passer-by's touch of the mouse cannot keep a
    stranger's data on screen. After the full warning time → ``RESET``. However late ``poll`` is called
    (a sleeping PC, a busy event loop), the warning is always shown for its full time first.
    """

    def __init__(
        self, idle_seconds: float | None, warning_seconds: float = 30, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if warning_seconds < 20:
            raise ValueError("the warning must come at least 20 seconds before the reset")
        if idle_seconds is not None and idle_seconds <= 0:
            raise ValueError("idle_seconds must be positive or None (off)")
        self.idle_seconds = idle_seconds
        self.warning_seconds = float(warning_seconds)
        self._clock = clock
        self._last = clock()
        self._phase = Phase.ACTIVE
        self._warning_since = 0.0
        self._paused = False

    @property
    def enabled(self) -> bool:
        return self.idle_seconds is not None

    @property
    def phase(self) -> Phase:
        return self._phase

    def activity(self) -> None:
        """Any touch, click or key press on the normal screen."""
        if self._phase is Phase.ACTIVE:
            self._last = self._clock()

    def still_here(self) -> None:
        """The person pressed "Ich bin noch da": the warning closes, the time starts again."""
        if self._phase is not Phase.RESET:
            self._phase = Phase.ACTIVE
            self._last = self._clock()

    def reset_done(self) -> None:
        """The screen has been cleared; watch the next person."""
        self._phase = Phase.ACTIVE
        self._last = self._clock()

    def pause(self) -> None:
        """While staff have the screen (the staff dialog), nothing counts down."""
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        if self._phase is Phase.ACTIVE:
            self._last = self._clock()

    def poll(self) -> WatchState:
        now = self._clock()
        if not self.enabled or self._paused:
            return WatchState(self._phase)
        if self._phase is Phase.ACTIVE:
            if now - self._last >= self.idle_seconds:  # type: ignore[operator]
                self._phase = Phase.WARNING
                self._warning_since = now
                return WatchState(Phase.WARNING, self.warning_seconds)
            return WatchState(Phase.ACTIVE)
        if self._phase is Phase.WARNING:
            left = self.warning_seconds - (now - self._warning_since)
            if left <= 0:
                self._phase = Phase.RESET
                return WatchState(Phase.RESET)
            return WatchState(Phase.WARNING, left)
        return WatchState(Phase.RESET)

    def due_in(self) -> float | None:
        """Seconds until ``poll`` would change something (None: nothing will happen by itself)."""
        if not self.enabled or self._paused:
            return None
        now = self._clock()
        if self._phase is Phase.ACTIVE:
            return max(0.0, self._last + self.idle_seconds - now)  # type: ignore[operator]
        if self._phase is Phase.WARNING:
            return max(0.0, self._warning_since + self.warning_seconds - now)
        return 0.0
