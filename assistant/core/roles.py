"""The three situations the program serves, and what each allows (Qt-free).

* ``home`` (default): a private computer. Progress, my appointments and my reports are kept between
  days; "Alles vergessen" removes everything personal after a confirmation.
* ``library``: a help session with a volunteer beside the person. "Neue Sitzung" / "Sitzung beenden"
  forget everything personal from the session; a helper view shows the volunteer where the person is.
* ``counter``: a public PC at a service counter. Full screen, "Nächste Person" forgets everything,
  an optional reset after inactivity (always announced by a warning), nothing survives a restart.

What is kept and forgotten is done by ``assistant.core.memory``; where the role comes from is
``assistant.core.deployment``. This module holds the rules; the counter's inactivity watch is
``assistant.core.inactivity``, the library's helper view reads ``assistant.core.helper_snapshot``
(both imported only where a role needs them, not at every start).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


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
