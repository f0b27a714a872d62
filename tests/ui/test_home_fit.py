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


def test_never_weiter_lesen_with_nothing_more_to_read(make_window, qapp):
    """At 100 % on 1024 × 768 the home screen offered "Weiter lesen ↓" under a greeting and a line it
    showed whole: the footer was measured with the tallest page of tiles before the tiles gave way.
    The line under the greeting now counts as an essential while shown, so the tiles page to fit."""
    w = make_window(conf="")  # at home: the role's strip above the pages
    w.show()
    for height in range(600, 800, 8):
        w.resize(1024, height)
        settle()
        page = w.page
        bar = page.scroll.verticalScrollBar()
        assert page.read_on.isHidden() or bar.maximum() > 0, height
        if page.intro.isVisible():
            view = rect_in(page, page.scroll.viewport())
            assert view.contains(rect_in(page, page.intro)), height
