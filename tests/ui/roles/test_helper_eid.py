"""The helper view beside the real PIN change page, with the practice card standing in for AusweisApp
over a real loopback WebSocket: while the person types PINs the volunteer's view asks to look away,
and no digit of any PIN ever appears in it."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from tests.ui.eid.flows import Sentinels, finish, new_pin_twice, type_digits, wait_screen
from tests.ui.support import attached


def test_helper_view_during_a_real_pin_change(qtbot, make_window, walk, monkeypatch):
    from assistant.eid.practice_card import PracticeCard
    from assistant.eid.workflow import Screen
    from assistant.ui.eid.connection import URL_ENV

    card = PracticeCard("tries-3", pin=Sentinels.PIN, can=Sentinels.CAN, puk=Sentinels.PUK, scan_delay=0.05)
    monkeypatch.setenv(URL_ENV, card.start())  # "AusweisApp" on loopback
    try:
        window = make_window(conf="[lotse]\nrole = library\n[library]\nhelper_view = yes\n")
        roles, controller = attached(window)
        view = controller.dock.view
        seen: list[tuple[bool, tuple[str, ...]]] = []

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
            window.open_guide("eid-pin")
            walk(window.run, "change-known")  # the guide knows: the person has an own PIN
            window.show_current()
            page = window.page
            assert type(page).__name__ == "ChangePinPage"
            wait_screen(qtbot, page, Screen.PIN)
            type_digits(qtbot, page, Sentinels.PIN)
            new_pin_twice(qtbot, page)
            outcome = finish(qtbot, page)
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
        assert any("Jetzt ändern Sie Ihre PIN" in " ".join(t) for s, t in seen if not s)
    finally:
        card.stop()
