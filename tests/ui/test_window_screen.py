"""The window takes the screen it is on (issue 9): maximised at home, remembered when the person makes it
smaller, kept inside the screen after a change of screen or resolution, never grown by a tall page."""

from __future__ import annotations

from assistant.core.settings import load_settings
from assistant.ui import theme
from tests.ui.support import settle


def test_maximised_then_the_persons_choice_is_remembered(make_window, qtbot, qapp):
    w = make_window(offer_resume=False, remember_place=False)
    w.show_on_screen()
    qtbot.waitUntil(w.isMaximized)
    assert w.ctx.settings.window == "maximized"
    w.showNormal()  # the person makes the window smaller
    qtbot.waitUntil(lambda: not w.isMaximized())
    qtbot.waitUntil(lambda: load_settings()[0].window == "normal")
    w2 = make_window(offer_resume=False, remember_place=False)
    w2.ctx.settings.window = load_settings()[0].window
    w2.show_on_screen()
    settle()
    assert not w2.isMaximized()


def test_a_window_bigger_than_the_screen_is_brought_inside_it(make_window, qtbot):
    w = make_window(offer_resume=False, remember_place=False)
    w.ctx.settings.window = "normal"
    w.show_on_screen()
    avail = w.screen().availableGeometry()
    w.resize(avail.width() + 400, avail.height() + 300)
    w._screen_changed()  # what QScreen's geometry / resolution / scaling signals call
    assert w.width() <= avail.width() and w.height() <= avail.height()


def test_a_tall_page_never_makes_the_window_taller(make_window, qtbot, qapp):
    w = make_window(offer_resume=False, remember_place=False)
    w.resize(1024, 700)
    settle()
    w.ctx.settings.zoom = 200
    theme.apply(qapp, 200)
    w.refresh()
    settle()
    assert w.height() == 700
    page = w.page
    for b in page.grid.visible_buttons():  # the tiles shown are wholly inside the page
        assert b.mapTo(page, b.rect().bottomLeft()).y() <= page.height()
