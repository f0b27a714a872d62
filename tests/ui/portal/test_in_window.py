"""The portal pages inside the real main window: tiles on the home screen, the bar's "Zurück",
leaving a page while a call runs, and the guide action."""

from __future__ import annotations

from assistant.ui import worker
from assistant.ui.portal.booking import BookingPage
from assistant.ui.portal.servers import session_for


def test_tiles_open_and_back_walks_the_steps(make_window, portal, qtbot):
    w = make_window(capabilities=["assistant.ui.portal"])
    titles = [t.title for t in w.tiles()]
    assert {"Was brauche ich?", "Termin buchen", "Problem melden"} <= set(titles)
    session_for(w.ctx).attach_practice(portal)
    tile = next(t for t in w.ctx.registry.tiles if t.id == "portal.booking")
    w.open_tile(tile)
    page = w.page
    assert isinstance(page, BookingPage) and w.screen_id == "tile:portal.booking"
    page.new_booking()
    qtbot.waitUntil(lambda: "Amt" in page.screen.spoken[0], timeout=10000)
    w.go_back()  # the bar's "Zurück": one step back inside the page
    assert w.page is page and "Termin buchen" in page.screen.spoken[0]
    w.go_back()  # nothing more inside the page: home
    assert w.screen_id == "home"


def test_leaving_during_a_slow_call_ends_the_call(make_window, portal, qtbot):
    w = make_window(capabilities=["assistant.ui.portal"])
    session_for(w.ctx).attach_practice(portal)
    tile = next(t for t in w.ctx.registry.tiles if t.id == "portal.booking")
    w.open_tile(tile)
    page = w.page
    portal.fault("GET", "/offices-and-services/", "slow:5", times=1)
    page.new_booking()
    job = page.job
    assert job is not None and not job.done
    w.go_home()  # the bar's "Start"
    qtbot.waitUntil(lambda: job.token.is_set(), timeout=3000)  # the page went away: its call is cancelled
    qtbot.waitUntil(lambda: worker.running_jobs() == 0, timeout=8000)


def test_guide_action_books_at_the_remembered_office(make_window, portal, qtbot):
    from assistant.ui.portal import book_action

    w = make_window(capabilities=["assistant.ui.portal"])
    session_for(w.ctx).attach_practice(portal)
    w.ctx.facts["office"] = "Bürgerbüro Wattenscheid"
    page = book_action(w.ctx, None)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitUntil(lambda: page.catalog is not None and "Amt" in page.screen.spoken[0], timeout=10000)
    from assistant.ui.widgets import BigButton

    first = next(b for b in page.screen.findChildren(BigButton) if b.isVisibleTo(page))
    assert first.text() == "Bürgerbüro Wattenscheid"  # the office from the guide comes first
