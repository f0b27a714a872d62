"""Portal test set-up: an in-memory keyring, the practice portal on loopback, clients for Bochum."""

from __future__ import annotations

import keyring
import pytest
from memory_keyring import MemoryKeyring
from replay import SHARED

from assistant.core.city import load_city
from assistant.portal.config import open_clients, portal_config
from assistant.portal.practice_server import PracticePortal


@pytest.fixture(autouse=True)
def memory_keyring():
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


@pytest.fixture
def portal():
    p = PracticePortal().start()
    yield p
    p.stop()


@pytest.fixture
def bochum():
    return portal_config(load_city("bochum"), "de")


@pytest.fixture
def clients(portal, bochum):
    return open_clients(bochum, practice=portal)


@pytest.fixture
def shared():
    if not (SHARED / "README.md").exists():
        pytest.skip(f"shared portal data not found at {SHARED} (set LOTSE_SHARED_PORTAL)")
    return SHARED
