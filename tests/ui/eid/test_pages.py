"""The eID pages against the practice card over real loopback WebSockets (pytest-qt)."""

from __future__ import annotations

import pytest

from tests.ui.eid.flows import FLOWS


@pytest.mark.parametrize("name", list(FLOWS))
def test_flow(name, qtbot, make_page, app, practice):
    flow, expected = FLOWS[name]
    assert flow(qtbot, make_page, app, practice) == expected
