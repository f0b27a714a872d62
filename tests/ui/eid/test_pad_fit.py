"""The number pad fits the room it has, and after "Fertig" the eye lands on what changed (issue 9):
a PIN of the wrong length keeps its message in view right above the field, the focus goes to the pad
and its description carries the message (for screen readers), nothing scrolls away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from assistant.eid.workflow import EidNotice, Screen
from tests.ui.eid.flows import answer_letter, type_digits, wait_screen
from tests.ui.support import settle


def in_view(page, w) -> bool:
    """Wholly inside the page and, if it is inside the scrolled part, inside the scroll view."""
    r = QRect(w.mapTo(page, w.rect().topLeft()), w.size())
    if not page.rect().contains(r):
        return False
    vp = page.page.scroll.viewport()
    if vp.isAncestorOf(w):
        return QRect(vp.mapTo(page, vp.rect().topLeft()), vp.size()).contains(r)
    return True


@pytest.mark.parametrize("zoom,size", [(100, (1366, 650)), (200, (1536, 727))])
def test_wrong_length_message_stays_in_view_next_to_the_field(qtbot, make_page, app, zoom, size):
    app("tries-3")
    page = make_page(zoom=zoom)
    page.resize(*size)  # the page area of a maximised window under the bar
    answer_letter(qtbot, page, "own")
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, "12345")  # one digit short, then Enter ("Fertig")
    qtbot.waitUntil(lambda: page.wf.view.notice is EidNotice.WRONG_LENGTH and page.pad is not None, timeout=5000)
    settle()
    pad, message = page.pad, page.notice_label
    assert message is not None and message.isVisible() and "Ziffern" in message.text()
    for w in (message, pad.display, *pad.keys()):
        assert in_view(page, w), f"{w.accessibleName() or w.objectName()} is out of view"
    # right above its field
    gap = (
        pad.display.mapTo(page, pad.display.rect().topLeft()).y() - message.mapTo(page, message.rect().bottomLeft()).y()
    )
    assert 0 <= gap <= 60
    # the focus is on the pad (typing goes on there) and the message is read with it
    focus = QApplication.focusWidget()
    assert focus is pad or pad.isAncestorOf(focus)
    assert message.text() in pad.accessibleDescription()
    assert page.page.scroll.verticalScrollBar().value() == 0  # the title did not scroll away


def test_keys_take_the_room_they_are_given(qtbot, make_page, app):
    app("tries-3")
    page = make_page(zoom=150)
    answer_letter(qtbot, page, "own")
    wait_screen(qtbot, page, Screen.PIN)
    heights = {}
    for h in (620, 1000):
        page.resize(1366, h)
        settle()
        heights[h] = page.pad.pad.height()  # the keys: 3 × 4 where room allows, else one row of ten
        assert page.pad.buttons["5"].height() >= 56 and in_view(page, page.pad.done_button)
        assert all(in_view(page, k) for k in page.pad.keys())  # noqa: SIM118 - the pad's key widgets, not a dict
    assert heights[620] < heights[1000]
