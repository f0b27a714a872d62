"""Fixtures for the eID screens (imported by tests/ui/eid/conftest.py and tests/eid/test_secrets.py)."""

from __future__ import annotations

import pytest

from tests.ports import free_port
from tests.ui.eid.flows import Sentinels


def sentinel_card(scenario: str = "tries-3", *, public_values: bool = False, **card):
    """A PracticeCard that knows the sentinel numbers (or its published practice numbers)."""
    from assistant.eid.practice_card import PracticeCard

    kw = {"scan_delay": 0.05}
    if not public_values:
        kw.update(pin=Sentinels.PIN, can=Sentinels.CAN, puk=Sentinels.PUK)
        if scenario == "transport-pin":
            kw["transport_pin"] = Sentinels.TRANSPORT
    kw.update(card)
    return PracticeCard(scenario, **kw)


@pytest.fixture(autouse=True)
def no_real_ausweisapp(monkeypatch):
    """The real AusweisApp is 'not running': its address points at a free loopback port."""
    from assistant.ui.eid.connection import URL_ENV

    monkeypatch.setenv(URL_ENV, f"ws://127.0.0.1:{free_port()}/eID-Kernel")


@pytest.fixture
def app(monkeypatch):
    """app(scenario="tries-3", **card) → a practice card standing in for AusweisApp (its address is
    set as AusweisApp's): the pages run exactly as with the real one, over a real loopback WebSocket."""
    from assistant.ui.eid.connection import URL_ENV

    made = []

    def start(scenario: str = "tries-3", *, public_values: bool = False, **card):
        c = sentinel_card(scenario, public_values=public_values, **card)
        monkeypatch.setenv(URL_ENV, c.start())
        made.append(c)
        return c

    yield start
    for c in made:
        c.stop()


@pytest.fixture
def practice(monkeypatch):
    """practice(scenario=None, **card): what the practice mode chosen on the screen will run.

    With ``scenario`` the person's choice on the screen is overridden (switched-off card, keypad …);
    the card knows the sentinel numbers unless ``public_values``.
    """
    from assistant.ui.eid.connection import PRACTICE

    made = []

    def configure(scenario: str | None = None, *, public_values: bool = False, **card):
        PRACTICE.stop()

        def factory(chosen: str):
            c = sentinel_card(scenario or chosen, public_values=public_values, **card)
            made.append(c)
            return c

        monkeypatch.setattr(PRACTICE, "factory", factory)
        return made

    yield configure
    PRACTICE.stop()
    for c in made:
        c.stop()


@pytest.fixture
def make_page(qtbot, practice, app):  # torn down first: clients close before the cards stop
    """make_page(kind="change"|"read", step_id=None, office=None) → a shown eID page."""
    from assistant.ui import theme
    from assistant.ui.eid.pages import ChangePinPage, ReadCardPage

    pages = []

    class Ctx:
        def __init__(self, office):
            self.facts = {"office_name": office} if office else {}

    class Step:
        def __init__(self, sid):
            self.id = sid

    def factory(kind: str = "change", step_id: str | None = None, office: str | None = None, zoom: int = 100):
        from PySide6.QtWidgets import QApplication

        theme.apply(QApplication.instance(), zoom)
        cls = ChangePinPage if kind == "change" else ReadCardPage
        page = cls(Ctx(office), Step(step_id) if step_id else None)
        qtbot.addWidget(page)
        page.resize(1200, 860)
        page.show()
        qtbot.waitExposed(page)
        pages.append(page)
        return page

    yield factory
    for p in pages:
        p.conn.close()
    from PySide6.QtWidgets import QApplication

    theme.apply(QApplication.instance(), 100)
