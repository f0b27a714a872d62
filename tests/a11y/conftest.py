"""Accessibility tests use the same main-window factory as tests/ui."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.ui.conftest import make_window  # noqa: E402,F401
