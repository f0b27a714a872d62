"""Every eID screen at 100 % and 200 %: names, sizes, fonts, nothing clipped, no digits exposed,
keyboard reach — and the screenshots of the two PIN stops (written to docs/screenshots only by
scripts/screenshots.sh)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from assistant.eid.workflow import Screen
from assistant.ui import theme
from tests.ui.eid.flows import Sentinels, click, start_practice, type_digits, wait_screen
from tests.ui.support import settle

DIGITS = set("0123456789")


def audit(page, zoom: int) -> list[str]:
    """Problems on the screen now shown (empty: fine)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    problems = []
    min_pt = theme.SIZES["small"] * zoom / 100 - 0.6
    for b in page.findChildren(QAbstractButton):
        if not b.isVisibleTo(page):
            continue
        name = b.accessibleName().strip()
        if not name:
            problems.append(f"button without a name: {b.objectName()}")
        if b.height() < 44 or b.width() < 44:
            problems.append(f"target too small: {name} {b.width()}x{b.height()}")
        if b.focusPolicy() == Qt.FocusPolicy.NoFocus:
            problems.append(f"not reachable by keyboard: {name}")
    if page.pad is not None:
        for b in [*page.pad.buttons.values(), page.pad.delete_button, page.pad.done_button]:
            if b.height() < 56:
                problems.append(f"pad key below 56 px: {b.accessibleName()} {b.height()}")
    for label in page.findChildren(QLabel):
        if (
            not label.isVisibleTo(page)
            or not label.text()
            or (label.pixmap() is not None and not label.pixmap().isNull())
        ):
            continue
        if label.font().pointSizeF() < min_pt:
            problems.append(f"text below {min_pt:.0f} pt: {label.text()[:30]!r} {label.font().pointSizeF()}")
        if label.wordWrap() and label.width() > 0 and label.heightForWidth(label.width()) > label.height() + 2:
            problems.append(f"clipped: {label.text()[:40]!r}")
    for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        for text in (w.accessibleName(), w.accessibleDescription()):
            if any(s in text for s in Sentinels.ALL):
                problems.append(f"digits in an accessible text: {w.objectName()}")
    return problems


def screens(qtbot, page):
    """Walk through the screens of a PIN change with a CAN and a PUK; yield at each one."""
    yield "letter"
    start_practice(qtbot, page, "tries-1")
    wait_screen(qtbot, page, Screen.CAN)
    yield "can"
    type_digits(qtbot, page, Sentinels.CAN)
    wait_screen(qtbot, page, Screen.LAST_TRY_STOP)
    yield "last-try"
    click(qtbot, page, "sure")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN[:5])
    qtbot.waitUntil(lambda: page.notice_label is not None, timeout=3000)
    yield "pin-typo"
    type_digits(qtbot, page, "000000")  # wrong: blocked
    wait_screen(qtbot, page, Screen.PUK)
    yield "puk"
    type_digits(qtbot, page, Sentinels.PUK)
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.PIN)
    wait_screen(qtbot, page, Screen.NEW_PIN)
    type_digits(qtbot, page, "123456")
    wait_screen(qtbot, page, Screen.NEW_PIN_ADVICE)
    yield "advice"
    click(qtbot, page, "other-pin")
    type_digits(qtbot, page, Sentinels.NEW_PIN)
    wait_screen(qtbot, page, Screen.NEW_PIN_REPEAT)
    type_digits(qtbot, page, Sentinels.NEW_PIN)
    wait_screen(qtbot, page, Screen.END)
    yield "end"


@pytest.mark.parametrize("zoom", [100, 200])
def test_every_screen_is_accessible(zoom, qtbot, make_page, practice):
    practice()
    page = make_page(zoom=zoom)
    seen = []
    for name in screens(qtbot, page):
        settle()
        problems = audit(page, zoom)
        assert problems == [], f"{name} at {zoom} %: {problems}"
        seen.append(name)
    assert seen[-1] == "end"


def test_pad_count_is_announced_and_digits_are_masked(qtbot, make_page, practice):
    practice()
    page = make_page()
    start_practice(qtbot, page, "tries-3")
    wait_screen(qtbot, page, Screen.PIN)
    pad = page.pad
    type_digits(qtbot, page, Sentinels.PIN[:5], enter=False)
    assert pad.count.text() == "5 von 6 Ziffern" and pad.accessibleDescription() == "5 von 6 Ziffern"
    assert not DIGITS & set(pad.display.text())  # dots only
    qtbot.mouseClick(pad.reveal, Qt.MouseButton.LeftButton)
    assert pad.display.text().startswith(Sentinels.PIN[:5])  # "Ziffern zeigen"
    assert not DIGITS & set(pad.display.accessibleName())  # screen readers hear the count, not digits
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.count.text() == "4 von 6 Ziffern"
    qtbot.mouseClick(pad.delete_button, Qt.MouseButton.LeftButton)
    assert pad.typed() == 3


def test_nothing_times_out(qtbot, make_page, practice, timer_hook):
    """A screen stays as long as the person needs: every timer started on the way to the last-try stop
    and while it is shown goes off at once (as if hours had passed), and the stop is still there."""
    practice()
    page = make_page()
    start_practice(qtbot, page, "tries-1")
    wait_screen(qtbot, page, Screen.CAN)
    timer_hook.clear()
    type_digits(qtbot, page, Sentinels.CAN)
    wait_screen(qtbot, page, Screen.LAST_TRY_STOP)
    fired = timer_hook.fire_all()
    assert page.wf.view.screen is Screen.LAST_TRY_STOP and page.wf.running, [str(t) for t in fired]


def _shoot(qtbot, page, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    bar = page.page.scroll.verticalScrollBar()
    page.resize(1200, 860)
    for _ in range(10):  # grow the window until the whole page fits (no scroll bar, nothing cut)
        QApplication.processEvents()
        settle()
        if bar.maximum() == 0:
            break
        page.resize(1200, page.height() + bar.maximum() + 10)
    assert bar.maximum() == 0
    assert page.grab().save(str(path))


@pytest.mark.parametrize("zoom", [100, 200])
def test_screenshots_of_the_stops(zoom, qtbot, make_page, app, screenshot_dir):
    from assistant.eid.practice_card import PRACTICE_CAN

    out = screenshot_dir
    app("tries-1", public_values=True)  # standing in for AusweisApp with a card at 1 try left
    page = make_page(zoom=zoom, step_id="change-known")
    wait_screen(qtbot, page, Screen.CAN)
    settle()
    assert audit(page, zoom) == []
    _shoot(qtbot, page, out / f"eid-can-stop-{zoom}.png")
    type_digits(qtbot, page, PRACTICE_CAN)
    wait_screen(qtbot, page, Screen.LAST_TRY_STOP)
    settle()
    _shoot(qtbot, page, out / f"eid-last-try-{zoom}.png")
    for name in (f"eid-can-stop-{zoom}.png", f"eid-last-try-{zoom}.png"):
        assert (out / name).stat().st_size > 10_000


@pytest.mark.parametrize("zoom", [100, 200])
def test_card_check_page_is_accessible(zoom, qtbot, make_page, app):
    from assistant.eid.workflow import Strip

    page = make_page("read", zoom=zoom)  # AusweisApp missing: strip with retry, picture, skip
    qtbot.waitUntil(lambda: page.strip.status is not None and page.strip.status.kind is Strip.APP_MISSING, timeout=5000)
    settle()
    assert audit(page, zoom) == []
    app("tries-2")
    page2 = make_page("read", zoom=zoom)
    qtbot.waitUntil(lambda: page2.chk.result == "tries-2", timeout=5000)
    settle()
    assert audit(page2, zoom) == []
    assert page2.focusWidget() is page2.buttons["next"]
