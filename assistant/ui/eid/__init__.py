"""The eID screens: the PIN change and the card check, plugged into the window as capabilities.

``register(registry)`` adds the actions ``eid.read-card`` and ``eid.change-pin``. There is no home
tile: practice mode ("Übungsmodus") is offered on the eID pages themselves and in their status strip.
See docs/eid-ui.md.

The pages (and with them QtNetwork, QtWebSockets and the practice card's servers) are imported when
an eID page opens, not at start-up: the home screen needs none of it (≈ 14 MiB and ≈ 0.2 s saved).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.core.guide import Step
    from assistant.ui.capabilities import CapabilityPage, PageContext, Registry


def read_card_page(ctx: PageContext, step: Step | None) -> CapabilityPage:
    from assistant.ui.eid.pages import ReadCardPage

    return ReadCardPage(ctx, step)


def change_pin_page(ctx: PageContext, step: Step | None) -> CapabilityPage:
    from assistant.ui.eid.pages import ChangePinPage

    return ChangePinPage(ctx, step)


def _import_pages() -> None:
    """Ready the pages while the person reads the guide's first steps (called by the window)."""
    from PySide6.QtWebSockets import QWebSocket

    import assistant.ui.eid.pages  # noqa: F401

    QWebSocket("").deleteLater()  # the first one readies Qt's network stack (≈ 0.1 s); no connection is made


read_card_page.prepare = _import_pages  # type: ignore[attr-defined]
change_pin_page.prepare = _import_pages  # type: ignore[attr-defined]


def register(registry: Registry) -> None:
    registry.add_action("eid.read-card", read_card_page)
    registry.add_action("eid.change-pin", change_pin_page)
    # the practice card registers its own forgetting (assistant.core.visit) when it is loaded
