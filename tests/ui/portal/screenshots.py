#!/usr/bin/env python3
"""Render the key portal screens to PNG at 100 % and 200 % text size (docs/screenshots/portal-*.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/portal/screenshots.py [docs/screenshots]

Runs the real flows against the practice portal on loopback, with a throw-away user folder and an
in-memory keyring, so nothing personal is touched and nothing is sent anywhere.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LOTSE_HOME"] = tempfile.mkdtemp(prefix="lotse-shots-")

SIZE = (1000, 760)


def main(out: Path) -> int:
    import keyring
    from PySide6.QtWidgets import QApplication, QLabel

    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = QApplication([])
    from assistant.core.city import load_city
    from assistant.portal.practice_server import PracticePortal
    from assistant.ui import theme, worker
    from assistant.ui.portal import open_booking, open_reports, open_service_info, open_staff_settings
    from assistant.ui.portal import servers as portal_session
    from assistant.ui.portal.common import draft_writer
    from assistant.ui.widgets import BigButton, CheckItem

    out.mkdir(parents=True, exist_ok=True)
    portal = PracticePortal().start()

    def pump(seconds: float = 0.05) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    def wait(pred, timeout: float = 15) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents()
            if pred():
                pump(0.15)
                return
            time.sleep(0.01)
        raise RuntimeError("timed out")

    def idle(page) -> bool:
        return page.job is None or page.job.done

    def click(page, text: str) -> None:
        pump(0.05)
        for b in page.screen.findChildren(BigButton):
            if b.isVisibleTo(page) and b.text().startswith(text):
                b.click()
                return
        raise RuntimeError(f"no button {text!r}: {[b.text() for b in page.screen.findChildren(BigButton)]}")

    def press(page, key: str) -> None:
        """Press the button named ``key``, turning the list's pages to it as a person would."""
        for _ in range(10):
            pump(0.05)
            shown = {b.objectName(): b for b in page.screen.findChildren(BigButton) if b.isVisibleTo(page)}
            if key in shown:
                shown[key].click()
                return
            if "pager-more" not in shown:
                break
            shown["pager-more"].click()
        raise RuntimeError(f"no button {key!r}: {[b.objectName() for b in page.screen.findChildren(BigButton)]}")

    def first_choice(page) -> str:
        """The first answer shown (not "Weiter lesen ↓" or the page-turning buttons)."""
        return next(
            b.text()
            for b in page.screen.findChildren(BigButton)
            if b.isVisibleTo(page) and b.objectName() not in ("read-on", "pager-back", "pager-more")
        )

    def title(page) -> str:
        return page.screen.spoken[0] if page.screen.spoken else ""

    def shot(page, name: str, zoom: int) -> None:
        pump(0.1)
        page.grab().save(str(out / f"portal-{name}-{zoom}.png"))

    for zoom in (100, 200):
        theme.apply(app, zoom)
        portal_session.forget_sessions()
        ctx = SimpleNamespace(language="de", city=load_city("bochum"), facts={})

        def new(factory, practice=True):
            s = portal_session.session_for(ctx)
            if practice:
                s.attach_practice(portal)
            else:
                s.set_practice(False)
            p = factory(ctx)
            p.resize(*SIZE)
            p.show()
            pump(0.2)
            return p

        # "Was brauche ich?": search, answer
        p = new(open_service_info)
        p.search.setText("Ausweiß verloren")
        shot(p, "search", zoom)
        p.open_task(p.result_tasks[0])
        wait(lambda: idle(p) and "verloren" in title(p))
        shot(p, "service-info", zoom)
        p.close()

        # Bochum without an appointment server
        p = new(open_booking, practice=False)
        shot(p, "booking-fallback", zoom)
        p.close()

        # booking in the practice portal
        p = new(open_booking)
        portal.fault("GET", "/offices-and-services/", "slow:1")
        press(p, "new-booking")
        p.job._panel.appear_now()
        shot(p, "progress", zoom)
        wait(lambda: idle(p) and "Amt" in title(p))
        shot(p, "booking-office", zoom)
        click(p, "Bürgerbüro Mitte")
        wait(lambda: "erledigen" in title(p))
        click(p, first_choice(p))
        wait(lambda: idle(p) and "Tag" in title(p))
        shot(p, "booking-day", zoom)
        click(p, first_choice(p))
        wait(lambda: "Uhr" in title(p))
        shot(p, "booking-time", zoom)
        click(p, first_choice(p))
        wait(lambda: "Namen" in title(p))
        p.screen.findChildren(type(p.screen.first_focus))[1].setText("anna.schmidt")
        p.screen.first_focus.setText("Anna Schmidt")
        press(p, "next")
        shot(p, "booking-contact-error", zoom)
        p.screen.findChildren(type(p.screen.first_focus))[1].setText("anna.schmidt@example.de")
        press(p, "next")
        wait(lambda: "prüfen" in title(p))
        shot(p, "booking-check", zoom)
        press(p, "book")
        wait(lambda: idle(p) and "gebucht" in title(p))
        shot(p, "booking-confirmation", zoom)
        p.go(p.my_appointments)
        pump(0.2)
        shot(p, "my-appointments", zoom)
        click(p, first_choice(p))
        wait(lambda: idle(p) and title(p) == "Ihr Termin")
        press(p, "cancel-appointment")
        wait(lambda: "absagen" in title(p))
        shot(p, "cancel-confirm", zoom)
        p.close()

        # reports
        p = new(open_reports)
        press(p, "new-report")
        wait(lambda: idle(p) and "Worum" in title(p))
        shot(p, "report-category", zoom)
        click(p, "Schlagloch")
        wait(lambda: idle(p) and "Frage 1" in " ".join(p.screen.spoken))
        press(p, "next")
        wait(lambda: "Frage 2" in " ".join(p.screen.spoken))
        press(p, "next")  # required, empty: the message in words
        shot(p, "report-question-number", zoom)
        p.screen.first_focus.setText("10")
        press(p, "next")
        wait(lambda: "Frage 3" in " ".join(p.screen.spoken))
        shot(p, "report-question-choice", zoom)
        click(p, first_choice(p))
        wait(lambda: "Frage 4" in " ".join(p.screen.spoken))
        p.screen.findChildren(CheckItem)[0].setChecked(True)
        shot(p, "report-question-multi", zoom)
        press(p, "next")
        wait(lambda: "Frage 5" in " ".join(p.screen.spoken))
        press(p, "next")
        wait(lambda: "Frage 6" in " ".join(p.screen.spoken))
        press(p, "next")
        wait(lambda: "Wo ist" in title(p))
        p.screen.first_focus.setText("Kortumstraße 12")
        shot(p, "report-where", zoom)
        press(p, "next")
        wait(lambda: "Beschreiben" in title(p))
        p.screen.first_focus.setPlainText("Ein tiefes Loch. Radfahrer müssen ausweichen.")
        press(p, "next")
        wait(lambda: "erreichen" in title(p))
        press(p, "next")
        wait(lambda: "prüfen" in title(p))
        shot(p, "report-check", zoom)
        press(p, "send")
        wait(lambda: idle(p) and "angekommen" in title(p))
        shot(p, "report-number", zoom)
        press(p, "my-reports")
        pump(0.2)
        click(p, "Vorgangsnummer")
        wait(lambda: idle(p) and "Vorgangsnummer" in title(p))
        shot(p, "report-status", zoom)
        p.close()

        p = new(open_reports, practice=False)
        shot(p, "report-fallback", zoom)
        p.close()

        p = new(open_staff_settings, practice=False)
        wait(lambda: idle(p) and "Welcher Server" in " ".join(p.screen.spoken))
        shot(p, "staff-settings", zoom)
        p.close()
        # a city that runs Open311 (Köln): the key is entered here and kept in the keyring
        portal_session.forget_sessions()
        ctx = SimpleNamespace(language="de", city=load_city("koeln"), facts={})
        p = new(open_staff_settings, practice=False)
        wait(lambda: idle(p) and "Zugangsschlüssel" in " ".join(p.screen.spoken))
        heading = next(lb for lb in p.screen.findChildren(QLabel) if lb.text() == "Zugangsschlüssel")
        p.screen.scroll.verticalScrollBar().setValue(heading.y() - 10)
        shot(p, "staff-settings-key", zoom)
        p.close()

    worker.shutdown()
    draft_writer.flush()
    portal_session.forget_sessions()
    portal.stop()
    print(f"wrote {len(list(out.glob('portal-*.png')))} screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
