"""Fixtures for the eID screens: pages driven against the practice card over real loopback WebSockets."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.ui.eid.fixtures import app, make_page, no_real_ausweisapp, practice  # noqa: E402,F401
