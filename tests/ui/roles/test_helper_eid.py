"""The helper view beside the real PIN change page (practice card over loopback): while the person
types PINs the volunteer's view asks to look away, and no digit of any PIN ever appears in it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.ui.eid.fixtures import no_real_ausweisapp, practice  # noqa: E402,F401
from tests.ui.eid.flows import Sentinels, happy_own  # noqa: E402


def test_helper_view_during_a_real_pin_change(qtbot, make_window, walk, practice):  # noqa: F811
    roles, window, controller = make_window("[lotse]\nrole = library\n[library]\nhelper_view = yes\n")
    view = controller.dock.view
    seen: list[tuple[bool, tuple[str, ...]]] = []

    def make_page(kind: str = "change", step_id: str | None = None, office: str | None = None, zoom: int = 100):
        window.open_guide("eid-pin")
        walk(window.run, "change-known")
        window.show_current()
        assert type(window.page).__name__ == "ChangePinPage"
        return window.page

    def record() -> None:  # what the volunteer sees, many times a second
        page = window.page
        controller.update_helper()
        secret = bool(getattr(page, "is_secret_entry", lambda: False)())
        seen.append((secret, tuple(view.texts())))

    timer = QTimer()
    timer.setInterval(15)
    timer.timeout.connect(record)
    timer.start()
    try:
        outcome = happy_own(qtbot, make_page, practice)
    finally:
        timer.stop()
    assert outcome == "changed"
    during = [texts for secret, texts in seen if secret]
    assert during, "the PIN entry was never seen"
    assert all("Bitte schauen Sie weg." in texts for texts in during)
    assert not any(ch.isdigit() for texts in during for t in texts for ch in t)
    everything = " ".join(" ".join(texts) for _, texts in seen)
    for sentinel in Sentinels.ALL:
        assert sentinel not in everything
    assert any("Jetzt ändern Sie Ihre PIN" in " ".join(t) or "PIN" in " ".join(t) for s, t in seen if not s)
