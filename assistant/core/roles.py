"""The three situations the program serves, and what each allows (Qt-free).

* ``home`` (default): a private computer. Progress, my appointments and my reports are kept between
  days; "Alles vergessen" removes everything personal after a confirmation.
* ``library``: a help session with a volunteer beside the person. "Neue Sitzung" / "Sitzung beenden"
  forget everything personal from the session; a helper view shows the volunteer where the person is.
* ``counter``: a public PC at a service counter. Full screen, "Nächste Person" forgets everything,
  an optional reset after inactivity (always announced by a warning), nothing survives a restart.

What is kept and forgotten is done by ``assistant.core.memory``; where the role comes from is
``assistant.core.deployment``. This module holds the rules and the inactivity watch, which the
counter screen drives with a Qt timer and the tests drive with a fake clock.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.core.engine import GuideRun


class Role(str, enum.Enum):
    HOME = "home"
    LIBRARY = "library"
    COUNTER = "counter"


@dataclass(frozen=True)
class RolePolicy:
    """What a role (home, library, counter) keeps, forgets and offers on the screen."""

    role: Role
    sessions: bool  # personal things live in a session folder that a session end removes
    keeps_between_starts: bool  # personal things survive a restart of the program
    forget_all_button: bool  # "Alles vergessen" on the screen
    session_button: bool  # "Neue Sitzung" / "Sitzung beenden" (library) or "Nächste Person" (counter)
    helper_view: bool  # the volunteer's helper view can be opened
    kiosk: bool  # full screen option, closing needs a staff action
    sheet_at_session_end: bool  # offer the take-home sheet when a session ends


POLICIES: dict[Role, RolePolicy] = {
    Role.HOME: RolePolicy(
        Role.HOME,
        sessions=False,
        keeps_between_starts=True,
        forget_all_button=True,
        session_button=False,
        helper_view=False,
        kiosk=False,
        sheet_at_session_end=False,
    ),
    Role.LIBRARY: RolePolicy(
        Role.LIBRARY,
        sessions=True,
        keeps_between_starts=False,
        forget_all_button=False,
        session_button=True,
        helper_view=True,
        kiosk=False,
        sheet_at_session_end=True,
    ),
    Role.COUNTER: RolePolicy(
        Role.COUNTER,
        sessions=True,
        keeps_between_starts=False,
        forget_all_button=False,
        session_button=True,
        helper_view=False,
        kiosk=True,
        sheet_at_session_end=True,
    ),
}


def policy(role: Role) -> RolePolicy:
    return POLICIES[Role(role)]


class RoleLocked(Exception):
    """The role cannot be changed from the screen (set by the deployment file, or a counter)."""

    def __init__(self, role: Role, *, by_file: bool) -> None:
        super().__init__(f"role {role.value} is fixed {'by the deployment file' if by_file else 'at a counter'}")
        self.role = role
        self.by_file = by_file


def screen_choices(current: Role, fixed_by_file: bool) -> tuple[Role, ...]:
    """The roles a person may pick on the screen. A counter is only ever set up by the deployment file,
    and a role set by the file cannot be changed there at all."""
    if fixed_by_file or current is Role.COUNTER:
        return ()
    return (Role.HOME, Role.LIBRARY)


def change_role(current: Role, wanted: Role, fixed_by_file: bool) -> Role:
    """The new role, or RoleLocked when the screen may not change it."""
    wanted = Role(wanted)
    if wanted is current:
        return current
    if wanted not in screen_choices(current, fixed_by_file):
        raise RoleLocked(current, by_file=fixed_by_file)
    return wanted


# --- inactivity at a counter ---------------------------------------------------------------------


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


# --- what the volunteer's helper view shows (library) ----------------------------------------------


@dataclass(frozen=True)
class Way:
    """One way on from the current step: the answer (or "Weiter") and the step it leads to."""

    label: str  # the answer's text; "" for a plain "Weiter"; the outcome name for an action step
    leads_to: str  # the title of the step it leads to
    chosen_before: bool = False  # the person chose this last time (came back with "Zurück")


@dataclass(frozen=True)
class HelperSnapshot:
    """What the volunteer's helper view shows of the current step (never anything typed)."""

    guide_title: str
    step_title: str
    step_type: str
    number: int
    total: int
    exact: bool
    tips: str  # the step's ``helper:`` text from the guide
    ways: tuple[Way, ...]
    path: tuple[tuple[str, str], ...]  # (step title, what the person chose there) oldest first


def helper_snapshot(run: GuideRun, values: Mapping[str, str] | None = None) -> HelperSnapshot:
    """Where the person is in the guide, for the helper view. Only guide content: nothing typed."""
    guide, step = run.guide, run.current

    def fill(text: str) -> str:
        return run.fill(text, values or {})

    def title(step_id: str) -> str:
        s = guide.steps.get(step_id)
        return fill(s.title) if s is not None else step_id

    kept = run.previous_answer()
    if step.type == "question":
        ways = tuple(Way(fill(a.text), title(a.next), kept == i) for i, a in enumerate(step.answers))
    elif step.type == "action":
        ways = tuple(Way(name, title(target), kept == name) for name, target in step.outcomes.items())
    elif step.next:
        ways = (Way("", title(step.next)),)
    else:
        ways = ()
    path = []
    for visit in run.path:
        s = guide.steps.get(visit.step)
        if s is None:
            continue
        chose = ""
        if s.type == "question" and isinstance(visit.choice, int) and 0 <= visit.choice < len(s.answers):
            chose = fill(s.answers[visit.choice].text)
        elif s.type == "action" and isinstance(visit.choice, str):
            chose = visit.choice
        path.append((fill(s.title), chose))
    p = run.progress()
    return HelperSnapshot(
        guide_title=guide.title,
        step_title=fill(step.title),
        step_type=step.type,
        number=p.number,
        total=p.total,
        exact=p.exact,
        tips=fill(step.helper),
        ways=ways,
        path=tuple(path),
    )
