"""How capabilities (live card check, PIN change, booking, reports, …) plug into the window.

Two extension points, both filled at start-up by ``assistant.app`` calling each capability
package's ``register(registry)``:

* **Action pages** — a guide step of type ``action`` names an action id (``eid.read-card``). If a
  factory is registered for that id, the window shows the page it builds in place of the step; the
  page emits ``finished(outcome)`` and the guide continues along ``outcomes[outcome]``. If nothing is
  registered, or the page finishes with ``"unavailable"``, the guide shows the step's ``fallback``
  text and continues along ``outcomes.unavailable``.
* **Home tiles** — extra large tiles on the home screen (at most six tiles in all), each opening a
  page of its own (a flow such as "Termin buchen"). Such a page emits ``finished("")`` to go home.
* **Forgetting** — ``add_forget(fn)``: ``fn()`` runs when a session ends ("Sitzung beenden",
  "Nächste Person") or a person chooses "Alles vergessen" (``MainWindow.forget_session_state``), so a
  capability drops what it holds in memory for the person (a practice card, a practice portal).
  A module that holds such state registers itself when it is loaded
  (``assistant.core.visit.forget_at_visit_end``); the registry runs those first.

Pages are plain QWidgets that follow the same look (``assistant.ui.theme``) and never block: card and
network work runs asynchronously (QWebSocket, the worker pool).

Action ids in use (guides may only name these):

=====================  ==========================================================================
``eid.read-card``      reads the card through AusweisApp. Outcomes: ``tries-3``, ``tries-2``,
                       ``tries-1`` (CAN needed before the last try), ``blocked`` (PUK needed),
                       ``inoperative`` (PUK used up), ``deactivated`` (online function off),
                       ``unavailable``.
``eid.change-pin``     runs the PIN change. Outcomes: ``changed`` (AusweisApp said so for a run
                       that sent the new PIN), ``not-changed`` (cancelled or failed before the new
                       PIN was sent), ``uncertain`` (the new PIN may have reached the card and
                       AusweisApp did not say it worked), ``office`` (the person chose the office,
                       forgot the PIN, has no PUK), ``deactivated`` (online function switched off),
                       ``inoperative`` (PUK used up), ``unavailable``.
``appointment.book``   books an appointment at the remembered office. Outcomes: ``booked``,
                       ``unavailable``.
=====================  ==========================================================================
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from assistant.core.visit import Visit, forget_registered

if TYPE_CHECKING:
    from assistant.core.city import CityProfile
    from assistant.core.guide import Step

ACTION_IDS = ("eid.read-card", "eid.change-pin", "appointment.book")


class CapabilityPage(QWidget):
    """Base for pages a capability shows. Emit ``finished`` with an outcome name when done."""

    finished = Signal(str)
    title_changed = Signal()  # what ``step_title()`` says has changed (the window title follows)
    practice_changed = Signal(bool)  # practice began (True) or ended: the window marks its title
    secret_entry_changed = Signal(bool)  # a PIN, CAN or PUK is being typed (True) or no more (helper view)

    def language_changed(self, lang: str) -> None:
        """The person switched the language: show this page in it (Qt's translators are switched
        already). The default does nothing; pages with texts of their own override it."""

    def is_practice(self) -> bool:
        """True while what this page makes is practice (a practice card, the practice portal)."""
        return False

    def step_title(self) -> str:
        """What the helper view and the window title show for this page."""
        return self.windowTitle()

    def read_aloud_text(self) -> str:
        """What 'Vorlesen' reads on this page (never a PIN, CAN or PUK)."""
        return ""

    def help_text(self) -> str:
        """What 'Hilfe' shows on this page."""
        return ""

    def go_back(self) -> bool:
        """Handle 'Zurück' inside the page; return False to leave the page (the step before)."""
        return False

    def is_secret_entry(self) -> bool:
        """True while the person types a PIN, CAN or PUK (the helper view asks helpers to look away)."""
        return False

    def secret_on_keypad(self) -> bool:
        """True while the PIN is typed on the card reader's own keypad (the helper view then says so:
        "Bitte tippen Sie die PIN am Lesegerät ein"). Only meaningful while ``is_secret_entry()``."""
        return False


class PageContext(Protocol):
    """What a page may ask of the application (implemented by ``assistant.app.AppContext``)."""

    @property
    def language(self) -> str: ...

    @property
    def city(self) -> CityProfile | None:
        """None until the city profile is read (or when it cannot be)."""

    @property
    def facts(self) -> dict[str, str]:
        """Facts remembered by the guide so far (e.g. office)."""

    @property
    def visit(self) -> Visit:
        """The person's visit (assistant.core.visit): ``visit.staff_locked`` is True at a service
        counter (set once by assistant.ui.roles); pages then offer nothing only staff may change
        (staff settings, the switch to a practice portal). ``visit.session_only``: nothing is kept
        past the session."""


ActionFactory = Callable[[PageContext, "Step | None"], CapabilityPage]  # (context, guide step) -> page
TileFactory = Callable[[PageContext], CapabilityPage]


@dataclass
class Tile:
    """A capability's tile on the home screen (its titles are called when shown: they follow the language)."""

    id: str
    title: Callable[[], str]  # called at paint time, so it follows the language (use tr())
    subtitle: Callable[[], str]
    open: TileFactory
    order: int = 100
    icon: str = ""


@dataclass
class Registry:
    """What the capability packages registered: action pages, home tiles, forget hooks, staff settings."""

    actions: dict[str, ActionFactory] = field(default_factory=dict)
    tiles: list[Tile] = field(default_factory=list)
    # what a visit's end forgets: first whatever modules registered when loaded (assistant.core.visit)
    forgets: list[Callable[[], object]] = field(default_factory=lambda: [forget_registered])
    staff_settings: TileFactory | None = None  # "Einstellungen für Mitarbeitende", offered in Help

    def add_action(self, action_id: str, factory: ActionFactory) -> None:
        if action_id not in ACTION_IDS:
            raise ValueError(f"unknown action id {action_id!r}; add it to ACTION_IDS and document it")
        self.actions[action_id] = factory

    def add_tile(self, tile: Tile) -> None:
        self.tiles.append(tile)
        self.tiles.sort(key=lambda t: t.order)

    def add_forget(self, forget: Callable[[], None]) -> None:
        """``forget()`` runs at a session end and at "Alles vergessen" (see the module text)."""
        self.forgets.append(forget)
