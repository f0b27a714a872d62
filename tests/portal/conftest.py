"""Portal test set-up: an in-memory keyring, the practice portal on loopback, clients for Bochum."""

from __future__ import annotations

import pytest

from assistant.core.city import load_city
from assistant.portal.config import open_clients, portal_config
from tests.shared_data import require_shared


@pytest.fixture(autouse=True)
def memory_keyring(memory_keyring):
    """Every test here gets the in-memory keyring of tests/conftest.py."""
    return memory_keyring


@pytest.fixture
def bochum():
    return portal_config(load_city("bochum"), "de")


@pytest.fixture
def clients(portal, bochum):
    return open_clients(bochum, practice=portal)


@pytest.fixture
def shared():
    return require_shared("portal")
