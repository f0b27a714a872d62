"""One owner for a person's visit (issue 10): what the place's role allows for this visit and what
is forgotten when the visit ends.

Every module that holds something personal in memory registers how to forget it when it is
imported (``forget_at_visit_end``), so ending a visit never has to look modules up by name. The
window's context carries one :class:`Visit` (``PageContext.visit``); the roles layer sets its
fields once, pages read them. No Qt here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

_FORGETS: list[Callable[[], None]] = []


def forget_at_visit_end(forget: Callable[[], None]) -> Callable[[], None]:
    """Register ``forget()`` to run when a visit ends (session end, "Nächste Person", "Alles
    vergessen", program end). Called by the module that holds the state, at import; idempotent."""
    if forget not in _FORGETS:
        _FORGETS.append(forget)
    return forget


def registered_forgets() -> tuple[Callable[[], None], ...]:
    return tuple(_FORGETS)


def forget_registered() -> list[str]:
    """Run every registered ``forget()``; one failing never keeps the others from running.
    Returns the names of those that failed (nothing personal: only function names)."""
    failed = []
    for forget in list(_FORGETS):
        try:
            forget()
        except Exception as exc:  # noqa: BLE001 - the rest must still forget
            name = getattr(forget, "__qualname__", type(forget).__name__)
            log.warning("visit end: %s failed (%s)", name, type(exc).__name__)
            failed.append(name)
    return failed


@dataclass
class Visit:
    """The person's visit as the pages see it. Set by the roles layer, read by pages."""

    session_only: bool = False  # library / counter: nothing is kept beyond the session
    staff_locked: bool = False  # service counter: nothing only staff may change is offered
    # a page of the current guide practised (practice card, practice portal): its sheet says "Übung".
    # Set by the window from the pages' ``practice_changed`` signal, read by the roles layer.
    practised: bool = False
    # the one route to the take-home sheet (a guide's end step, a portal page's "Drucken", the session
    # end): the roles layer's offer, which knows the place's rules; None where none is attached
    offer_sheet: Callable[[Any], Any] | None = None
    # what the place's role puts into the named places the window and its pages offer
    # (assistant.ui.places): place name -> fill(place, *what the offer says). Set by the roles layer.
    fillers: dict[str, Callable[..., None]] = field(default_factory=dict)

    def fill(self, place_name: str, place: Any, *about: Any) -> bool:
        """Let the role fill the offered ``place`` (a window or page asks; ``about``: what the place
        is about, e.g. the guide run of a step). False where the role puts nothing there."""
        filler = self.fillers.get(place_name)
        if filler is None:
            return False
        filler(place, *about)
        return True

    def end(self) -> list[str]:
        """The visit ends: everything registered is forgotten (see ``forget_registered``)."""
        return forget_registered()
