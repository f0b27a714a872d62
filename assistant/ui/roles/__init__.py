"""The three roles on screen: at home, in a library help session, at a service counter.

Wiring (``assistant.app``)::

    roles = prepare()                       # before the context: deployment file, memory rules
    ctx = build_context(app, lang=roles.language(args.lang), city_id=roles.city(args.city))
    roles.apply_to_context(ctx)             # portal addresses, text size, notices
    window = MainWindow(ctx)
    roles.attach(window)                    # strip, helper view, counter mode, sheet offers

``prepare`` applies the memory rules *before* anything personal is read: at a counter the previous
person's session is gone before the window exists; in a library a session that crashed a moment ago
comes back. See docs/roles.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.deployment import Deployment, load_deployment
from assistant.core.memory import Memory, StartReport, load_screen_role
from assistant.core.roles import Role, policy

if TYPE_CHECKING:  # pragma: no cover
    from assistant.ui.roles.controller import RolesController


@dataclass
class Roles:
    """The role this computer plays (``lotse.conf``), its memory rules and what its start found."""

    deployment: Deployment
    memory: Memory
    started: StartReport
    controller: RolesController | None = None
    notices: list[str] = field(default_factory=list)
    _deployed_city: Any = field(default=None, repr=False)  # the city profile the deployment file was applied to

    @property
    def role(self) -> Role:
        return self.memory.role

    def language(self, from_command_line: str | None) -> str | None:
        """The command line wins, then the deployment file, then the person's own setting."""
        return from_command_line or self.deployment.language

    def city(self, from_command_line: str | None) -> str | None:
        return from_command_line or self.deployment.city

    def apply_to_context(self, ctx: Any) -> None:
        """Deployment overrides for the window's context, and the notices the start produced."""
        from PySide6.QtCore import QCoreApplication

        d = self.deployment
        self.apply_city(ctx)  # again once the window has read the city profile (after the first paint)
        if d.text_size is not None:
            ctx.settings.zoom = d.text_size
            from PySide6.QtWidgets import QApplication

            from assistant.ui import theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, d.text_size)
        if self.started.unsaved:
            ctx.notices.append(
                QCoreApplication.translate(
                    "Roles",
                    "Der Ordner für Ihre Daten kann nicht benutzt werden. Das Programm funktioniert, "
                    "merkt sich aber nichts, bis es wieder geschlossen wird. Bitte sagen Sie der IT Bescheid. "
                    "Technische Angabe: {0}",
                ).format(self.started.unsaved)
            )
        if d.problems and d.role is Role.COUNTER and any(p.code in ("unreadable", "syntax") for p in d.problems):
            ctx.notices.append(
                QCoreApplication.translate(
                    "Roles",
                    "Die Einstellungen für diesen Computer können nicht gelesen werden. Zur Sicherheit "
                    "gelten die strengsten Regeln: Nichts Persönliches wird aufbewahrt. Bitte sagen Sie der IT "
                    "Bescheid. Technische Angabe: {0}",
                ).format("; ".join(str(p) for p in d.problems[:4]))
            )
        elif d.problems:
            details = "; ".join(str(p) for p in d.problems[:4])
            ctx.notices.append(
                QCoreApplication.translate(
                    "Roles",
                    "Die Einstellungen für diesen Computer haben Fehler. Es gelten sichere Grundeinstellungen. "
                    "Bitte sagen Sie der IT Bescheid. Technische Angabe: {0}",
                ).format(details)
            )
        if self.started.resumed:
            ctx.notices.append(
                QCoreApplication.translate(
                    "Roles", "Das Programm wurde neu gestartet. Die Sitzung von eben geht weiter."
                )
            )
        if not self.started.forgotten.complete:
            ctx.notices.append(
                QCoreApplication.translate(
                    "Roles",
                    "Nicht alles aus einer früheren Sitzung konnte gelöscht werden. "
                    "Das Programm versucht es beim nächsten Start wieder.",
                )
            )

    def apply_city(self, ctx: Any) -> None:
        """The deployment file's portal addresses into the city profile, once per profile read
        (the window reads it after the first paint; a content update reads it anew). Which profile
        is done is remembered here, not marked on the profile."""
        city = getattr(ctx, "city", None)  # None until the window has read the profile
        if city is not None and city is not self._deployed_city:
            self._deployed_city = self.deployment.apply_to_city(city)
            ctx.city = self._deployed_city

    def attach(self, window: Any, *, clock: Callable[[], float] = time.monotonic) -> RolesController:
        from assistant.ui.roles.controller import RolesController

        self.controller = RolesController(window, self, clock=clock)
        return self.controller

    def tell_staff(self, text: str) -> None:
        """A note only for staff: the helper view, where there is one — never the person's screen."""
        dock = self.controller.dock if self.controller is not None else None
        if dock is not None:
            dock.view.set_staff_notes([text])

    def close(self) -> None:
        """The program ends: a library or counter session is forgotten (see ``Memory.finish``)."""
        if self.controller is not None:
            self.controller.detach()
        self.memory.finish()


def prepare(
    deployment_path: Path | None = None, *, clock: Callable[[], float] = time.time, redirect_temp: bool = True
) -> Roles:
    """Read the deployment file and apply the role's memory rules (before anything personal is read)."""
    d = load_deployment(deployment_path)
    role = d.role if d.role_fixed else load_screen_role()
    if role is Role.COUNTER and not d.role_fixed:  # a counter only ever by the deployment file
        role = Role.HOME
    memory = Memory(role, resume_minutes=d.library.resume_after_crash_minutes, clock=clock)
    started = memory.start(redirect_temp=redirect_temp)
    return Roles(deployment=d, memory=memory, started=started)


__all__ = ["Roles", "policy", "prepare"]
