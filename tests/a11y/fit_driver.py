"""One screen size of the fit matrix (run by tests/a11y/test_fit.py inside ``xvfb-run``; see there).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.a11y.fit_driver

Starts openbox in the virtual screen, then the real window on the ``xcb`` platform the way
``assistant.app`` starts it (placed by the window itself: maximised at home), and walks at 100 % and
200 % text size: the home screen (and "Weitere Themen"), Help, every step of every shipped guide, the
eID PIN page against the practice card (also after a PIN of the wrong length), the first screen of
every portal tile and the portal's form screens against the practice portal. For each screen it prints
one JSON line per control a person must press that lies outside the screen, outside the window or
outside its scroll area's view when the screen appears, and per field a person types into (the one with
the cursor together with its label; further fields of a form may lie below "Weiter lesen ↓"), then a
summary line. Exit code 0 when it ran (problems are the test's business).

To look at screens as a person would: ``LOTSE_FIT_SHOTS=/tmp/shots LOTSE_FIT_SHOTS_MATCH='eid/.*@200'``
saves a PNG of each screen whose name matches.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

os.environ["QT_QPA_PLATFORM"] = "xcb"
os.environ.setdefault("LOTSE_HOME", tempfile.mkdtemp(prefix="lotse-fit-"))
os.environ.pop("LOTSE_TTS_ENGINE", None)

SETTLE_S = 0.08  # the window manager answers a resize asynchronously


def start_window_manager() -> subprocess.Popen | None:
    if shutil.which("openbox") is None:
        return None
    wm = subprocess.Popen(["openbox", "--sm-disable"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.6)  # openbox takes the screen before our window maps (it also adopts later windows)
    return wm


def main() -> int:
    wm = start_window_manager()
    import keyring

    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QAbstractSpinBox,
        QApplication,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    from assistant.app import create_window
    from assistant.ui import theme
    from assistant.ui.tour import paths_to_every_step, run_at
    from assistant.ui.widgets import BarButton, BigButton

    app = QApplication(["lotse-fit"])

    class Args:
        lang = "de"
        city = None
        smoke_test = True  # no resume question

    window, roles = create_window(app, Args())
    # LOTSE_FIT_LANGS: the languages whose home, Help and guide steps are walked ("all": every language
    # of the list); German when not set
    asked = os.environ.get("LOTSE_FIT_LANGS", "de")
    if asked == "all":
        from assistant.core import languages

        walk_langs = list(languages.codes())
    else:
        walk_langs = [code for code in asked.split(",") if code]
    screens = 0
    problems: list[dict] = []

    def pump(seconds: float = SETTLE_S) -> None:
        end = time.monotonic() + seconds
        while True:
            app.processEvents()
            if time.monotonic() >= end:
                break
            time.sleep(0.005)

    def wait(pred, timeout: float = 15.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents()
            if pred():
                return True
            time.sleep(0.01)
        return False

    wait(
        lambda: (
            window.windowHandle() is not None and window.windowHandle().isExposed() and window.screen_id != "loading"
        )
    )
    pump(0.4)
    maximized = window.isMaximized()

    def must_press(b: QAbstractButton) -> bool:
        """Buttons (answers, Weiter, pad keys, Fertig, tiles, the bar); check boxes of a checklist may lie
        below a visible "Weiter lesen"."""
        return isinstance(b, (BigButton, BarButton)) and not b.property("fit_optional")

    def must_type(root: QWidget) -> list[QWidget]:
        """The fields a person types into (or chooses in) that are shown, in the order of the screen."""
        found = [
            w
            for w in root.findChildren(QWidget)
            if (isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)) and not w.isReadOnly())
            or isinstance(w, QComboBox)
        ]
        shown = [w for w in found if w.isVisible() and w.isEnabled() and not isinstance(w.parentWidget(), QComboBox)]
        shown = [w for w in shown if not isinstance(w.parentWidget(), QAbstractSpinBox)]  # a spin box's own edit
        return sorted(
            shown, key=lambda w: (w.mapToGlobal(w.rect().topLeft()).y(), w.mapToGlobal(w.rect().topLeft()).x())
        )

    shots, shots_match = os.environ.get("LOTSE_FIT_SHOTS"), os.environ.get("LOTSE_FIT_SHOTS_MATCH", "")

    def check(name: str) -> None:
        nonlocal screens
        pump()
        screens += 1
        if shots and re.search(shots_match, name):  # to look at a screen as a person would (see the module doc)
            window.grab().save(os.path.join(shots, re.sub(r"[^\w@.+-]", "_", name) + ".png"))
        scr = window.screen()
        area = scr.geometry() if window.isFullScreen() else scr.availableGeometry()
        from PySide6.QtCore import QRect

        win = QRect(window.mapToGlobal(window.rect().topLeft()), window.size())

        def out_of_view(w: QWidget, r: QRect) -> list[str]:
            where = []
            if not area.contains(r):
                where.append(f"outside the screen {area.getRect()}")
            if not win.contains(r):
                where.append(f"outside the window {win.getRect()}")
            p: QWidget | None = w.parentWidget()
            cut = False
            while p is not None and p is not window:
                if isinstance(p, QAbstractScrollArea):
                    vp = p.viewport()
                    vr = QRect(vp.mapToGlobal(vp.rect().topLeft()), vp.size())
                    if not vr.contains(r):
                        where.append("outside its scroll area's view")
                elif not cut and not QRect(p.mapToGlobal(p.rect().topLeft()), p.size()).contains(r):
                    cut = True  # e.g. a footer taller than its page: the rest is drawn under the bar
                    where.append(f"cut off by its {type(p).__name__} {p.objectName()}".rstrip())
                p = p.parentWidget()
            return where

        def rect_of(w: QWidget) -> QRect:
            return QRect(w.mapToGlobal(w.rect().topLeft()), w.size())

        read_on_visible = False
        buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
        for b in buttons:
            if b.objectName() == "read-on":
                read_on_visible = True
        for b in buttons:
            r = rect_of(b)
            where = out_of_view(b, r)
            if not where:
                continue
            if (
                not must_press(b)
                and read_on_visible
                and any(w.startswith(("outside its scroll", "cut off by its QWidget pageInner")) for w in where)
            ):
                continue  # a check box of a long list, reached by "Weiter lesen ↓"
            label = b.accessibleName() or b.text() or b.objectName()
            problems.append({"screen": name, "control": label[:60], "rect": r.getRect(), "where": where})
        # what a person types into: the field the cursor is in (else the first one) is in view together with
        # its label, so they see where their words go; further fields of a form may lie below a visible
        # "Weiter lesen ↓" (Tab scrolls to them)
        fields = must_type(window)
        focus = app.focusWidget()
        first = next((f for f in fields if f is focus or f.isAncestorOf(focus)), fields[0] if fields else None)
        for f in fields:
            label = next((lab for lab in window.findChildren(QLabel) if lab.buddy() is f and lab.isVisible()), None)
            r = rect_of(f)
            if isinstance(f, (QPlainTextEdit, QTextEdit)):  # a box that scrolls: its first line and its frame
                r.setHeight(min(r.height(), f.fontMetrics().lineSpacing() + 24))
            if label is not None and f is first:
                r = r.united(rect_of(label))
            where = out_of_view(f, r)
            if not where or (f is not first and read_on_visible and "outside its scroll area's view" in where):
                continue  # reached by "Weiter lesen ↓" or Tab
            text = f.accessibleName() or f.objectName() or type(f).__name__
            problems.append({"screen": name, "control": text[:60], "rect": r.getRect(), "where": where})

    def zoom_to(z: int) -> None:
        window.ctx.settings.zoom = z
        theme.apply(app, z)
        window.refresh()
        pump(0.2)

    for zoom in (100, 200):
        zoom_to(zoom)
        tag = f"@{zoom}"
        for lang in walk_langs:  # home, Help and every guide step in each language asked for
            if lang != window.ctx.language:
                window.set_language(lang)
            pre = "" if lang == "de" else f"{lang}:"
            window.go_home()
            check(pre + "home" + tag)
            if window.page is not None and getattr(window.page, "more_button", None) is not None:
                window.show_more()
                check(pre + "more" + tag)
                window.go_home()
            window.show_help()
            check(pre + "help" + tag)
            window.close_help()
            actions = window.actions_enabled
            window.actions_enabled = False  # every step as the guide shows it (action steps: their fallback)
            lib = window.ctx.library
            for gid in lib.ids():
                guide = lib.get(gid, window.ctx.language)
                paths = paths_to_every_step(guide)
                for sid in guide.steps:
                    window.run = run_at(guide, sid, paths.get(sid, []))
                    window.show_current()
                    check(f"{pre}{gid}/{sid}{tag}")
                    pager = getattr(window.page, "answer_pager", None)
                    while pager is not None and pager.can_go_on():
                        pager.go_on()
                        check(f"{pre}{gid}/{sid}+{pager.page_number()}{tag}")
            window.actions_enabled = actions
        window.set_language("de")
        window.go_home()
        for lang in ("de", "ar"):  # the language chooser, also right to left
            if lang != "de":
                window.set_language(lang)
            window.show_language_chooser()
            check(f"language-{lang}{tag}")
            window._close_language_chooser()
        window.set_language("de")
        window.go_home()
        eid_pin_page(window, check, wait, pump)
        for lang in walk_langs:  # the portal in each language asked for (its own city texts too)
            if lang != window.ctx.language:
                window.set_language(lang)
            portal_first_screens(window, check, wait, pump, "" if lang == "de" else f"{lang}:")
        window.set_language("de")
        window.go_home()

    for p in problems:
        print(json.dumps(p, ensure_ascii=False))
    size = window.screen().size()
    print(
        json.dumps(
            {
                "summary": True,
                "maximized": maximized,
                "screens": screens,
                "problems": len(problems),
                "screen": [size.width(), size.height()],
                "window_manager": wm is not None,
                "platform": app.platformName(),
            }
        )
    )
    sys.stdout.flush()
    roles.close()
    window.close()
    if wm is not None:
        wm.terminate()
        wm.wait(5)
    return 0


def eid_pin_page(window, check, wait, pump) -> None:
    """The PIN change against the practice card: the letter question, the pad, a PIN too short."""
    from assistant.eid.workflow import EidNotice, Screen
    from assistant.ui.eid.connection import URL_ENV
    from assistant.ui.eid.pages import ChangePinPage
    from tests.ui.eid.fixtures import sentinel_card

    card = sentinel_card("tries-3")
    os.environ[URL_ENV] = card.start()
    try:
        page = window._capability_page(lambda: ChangePinPage(window.ctx, None))
        window.run = None
        window._set_page(page, "tile:eid-pin", page.step_title() or "PIN")
        zoom = window.ctx.settings.zoom
        if not wait(lambda: page.wf.view.screen is Screen.LETTER):
            check(f"eid/letter (never came)@{zoom}")
            return
        check(f"eid/letter@{zoom}")
        page.buttons["letter-own"].click()
        if wait(lambda: page.wf.view.screen is Screen.PIN and page.pad is not None):
            check(f"eid/pin@{zoom}")
            for d in "12345":
                page.pad.press(d)
            page.pad.done_button.click()
            wait(lambda: page.wf.view.notice is EidNotice.WRONG_LENGTH and page.pad is not None)
            check(f"eid/pin-wrong-length@{zoom}")
        page._close()
    finally:
        card.stop()
        window.go_home()
        pump()


FORM_STEPS = ("where", "description", "contact")


def portal_first_screens(window, check, wait, pump, pre: str = "") -> None:
    from assistant.portal.practice_server import PracticePortal

    tiles = [t for t in window.ctx.registry.tiles if t.id.startswith("portal.")]
    if not tiles:
        return
    from assistant.ui.portal.common import draft_writer
    from assistant.ui.portal.servers import session_for

    portal = PracticePortal().start()
    try:
        session_for(window.ctx).attach_practice(portal)
        zoom = window.ctx.settings.zoom
        for tile in tiles:
            window.open_tile(tile)
            pump(0.3)
            check(f"{pre}{tile.id}@{zoom}")
            page = window.page
            # the screens a person types into (the fields, their labels, "Weiter"), shown straight
            # from the flow's steps: where, the description and the contact of a report, the name of
            # a booking
            for step in FORM_STEPS:
                if callable(getattr(page, step, None)) and hasattr(page, "discard_draft"):
                    page.go(getattr(page, step))
                    pump(0.3)
                    check(f"{pre}{tile.id}/{step}@{zoom}")
            if hasattr(page, "discard_draft") and getattr(page, "draft", None) is not None:
                page.discard_draft()  # the next walk sees the first screen as new, not "Weitermachen"
                draft_writer.flush()
            window.go_home()
    finally:
        portal.stop()
        pump()


if __name__ == "__main__":
    sys.exit(main())
