"""The portal's own state files, damaged (issue 17's matrix, the files the pages read): every portal
page still opens without a technical notice; a broken file is put aside (never read again)."""

from __future__ import annotations

import pytest

from tests.integration.test_damaged_files import DAMAGES, damage

PORTAL_STATE = [
    "portal-appointments.json",
    "portal-reports.json",
    "portal-mode.json",
    "drafts/report.json",
    "drafts/booking.json",
    "portal-cache/catalogue-bochum.json",
]


@pytest.mark.parametrize("how", DAMAGES)
@pytest.mark.parametrize("name", PORTAL_STATE)
def test_portal_pages_open_with_a_damaged_state_file(qtbot, make_window, lotse_home, name, how, capsys):
    from assistant.ui import worker
    from assistant.ui.portal import servers as portal_session

    damage(lotse_home / name, how, b'[{"ref": "00000000000000aa", "start": "2026-12-01T09:00:00+00:00"}]')
    window = make_window(capabilities=["assistant.ui.portal"])
    qtbot.waitUntil(lambda: window.screen_id == "home")
    try:
        for tile in window.ctx.registry.tiles:
            window.open_tile(tile)
            qtbot.waitUntil(lambda: not worker.running_jobs(), timeout=10000)
            assert window.screen_id == f"tile:{tile.id}", window.notices()
            page = window.page
            for text in ("Meine Termine ansehen", "Meine Meldungen ansehen"):
                button = (
                    next(
                        (
                            b
                            for b in page.screen.findChildren(type(page.screen.first_focus))
                            if hasattr(b, "text") and b.text() == text
                        ),
                        None,
                    )
                    if page.screen is not None
                    else None
                )
                if button is not None:
                    button.click()
                    qtbot.waitUntil(lambda: not worker.running_jobs(), timeout=10000)
            window.show_home()
    finally:
        worker.shutdown()
        portal_session.forget_sessions()
    assert not [n for n in window.notices() if "Error" in n], window.notices()
    assert "Traceback" not in capsys.readouterr().err
