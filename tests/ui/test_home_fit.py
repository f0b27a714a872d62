"""The home screen short of room (issue 9): the whole greeting and a row of tiles. The line under the
greeting gives way first; never half a greeting above "Weiter lesen ↓"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from assistant.ui import theme
from tests.ui.support import settle


def rect_in(page, w) -> QRect:
    return QRect(w.mapTo(page, QPoint(0, 0)), w.size())


def test_short_of_room_the_line_under_the_greeting_gives_way(make_window, qapp):
    w = make_window(None, lang="de")
    w.ctx.settings.zoom = 200
    theme.apply(qapp, 200)
    try:
        w.refresh()
        w.resize(1366, 580)  # the page's height on 1366 × 768 under the role's strip and the window's title
        settle()
        page = w.page
        assert w.screen_id == "home"
        assert page.intro.isHidden() and page.read_on.isHidden()
        view = rect_in(page, page.scroll.viewport())
        assert view.contains(rect_in(page, page.title))  # the greeting whole
        tile = page.grid.visible_buttons()[0]
        assert rect_in(page, tile).top() >= view.bottom() and rect_in(page, tile).bottom() < page.height()
        assert page.intro.text() in page.read_aloud_text()  # still read aloud
        w.resize(1366, 1000)  # room again: the line is back
        settle()
        assert page.intro.isVisible() and page.read_on.isHidden()
    finally:
        theme.apply(qapp, 100)
