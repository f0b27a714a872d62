"""Fixtures for the eID screens: pages driven against the practice card over real loopback WebSockets."""

from tests.ui.eid.fixtures import app, make_page, no_real_ausweisapp, practice  # noqa: F401
