"""The eID screens: the PIN change and the card check, plugged into the window as capabilities.

``register(registry)`` adds the actions ``eid.read-card`` and ``eid.change-pin``. There is no home
tile: practice mode ("Übungsmodus") is offered on the eID pages themselves and in their status strip.
See docs/eid-ui.md.
"""

from __future__ import annotations

from typing import Any


def register(registry: Any) -> None:
    from assistant.ui.eid.pages import ChangePinPage, ReadCardPage

    registry.add_action("eid.read-card", lambda ctx, step: ReadCardPage(ctx, step))
    registry.add_action("eid.change-pin", lambda ctx, step: ChangePinPage(ctx, step))
    registry.add_forget(forget_practice)


def forget_practice() -> None:
    """A session ended: the practice card stops (the next person starts with the real card)."""
    import sys

    session = sys.modules.get("assistant.ui.eid.session")  # not loaded: no practice card to stop
    if session is not None:
        session.PRACTICE.stop()
