"""Tab follows what is seen, top to bottom: the roles' strip at the top comes before the page and the
bar at the bottom; on an end screen "Merkzettel zum Mitnehmen drucken" comes before "Fertig"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.ui.support import attached, settle


def tab_walk(qtbot, window, start: QWidget, steps: int = 40) -> list[QWidget]:
    """Press Tab from ``start`` and list the buttons the focus visits (one round)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is start or w in seen:
            break
        if isinstance(w, QAbstractButton):
            seen.append(w)
    return seen


def test_the_strip_comes_before_the_page_and_the_bar(qtbot, make_window):
    window = make_window(conf="[lotse]\nrole = library\n")
    roles, controller = attached(window)
    window.open_guide("eid-pin")
    settle()
    order = tab_walk(qtbot, window, window.page.body)
    strip = [b for b in order if controller.strip.isAncestorOf(b)]
    bar = [b for b in order if window.bar.isAncestorOf(b)]
    page = [b for b in order if window.stack.isAncestorOf(b)]
    assert strip and bar and page
    # from the page: the page's buttons, the bar, and round to the top: the strip, then the page again
    first_bar, last_bar = order.index(bar[0]), order.index(bar[-1])
    assert all(order.index(b) < first_bar for b in page)
    assert all(order.index(b) > last_bar for b in strip), [b.text() for b in order]


def test_the_sheet_comes_before_fertig_on_an_end_screen(qtbot, make_window, walk):
    window = make_window(conf="")
    roles, controller = attached(window)
    window.open_guide("eid-pin")
    walk(window.run, "end-office-pin")
    window.show_current()
    settle()
    order = tab_walk(qtbot, window, window.page.body)
    names = [b.objectName() for b in order]
    assert names.index("sheet-offer") < names.index("next"), names
