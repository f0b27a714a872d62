"""Accessibility tests use the same main-window factory as tests/ui."""

from __future__ import annotations

from tests.ui.conftest import make_window  # noqa: F401
