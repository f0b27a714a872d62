"""'Weiter lesen ↓' (issue 9): its own row between the text and the buttons (never over the text), decided
without flicker, and the view never ends in a line cut in half."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QWidget

from assistant.ui import theme
from assistant.ui.widgets import BigButton, BodyLabel, Page, TitleLabel
from tests.ui.support import settle

LONG = " ".join(["Legen Sie den Ausweis flach auf das Lesegerät und warten Sie einen Moment."] * 6)


@pytest.fixture
def page(qapp, qtbot):
    theme.apply(qapp, 200)
    p = Page()
    p.title = TitleLabel("Welchen Ausweis haben Sie?")
    p.text = BodyLabel(LONG)
    p.column.addWidget(p.title)
    p.column.addWidget(p.text)
    p.footer_column.addWidget(BigButton("Ich habe einen deutschen Personalausweis."))
    p.essentials = [p.title]
    p.finish()
    qtbot.addWidget(p)
    p.resize(1000, 620)
    p.show()
    qtbot.waitExposed(p)
    settle()
    yield p
    theme.apply(qapp, 100)


def rect_in(page, w) -> QRect:
    return QRect(w.mapTo(page, QPoint(0, 0)), w.size())


def blank_above_read_on(page) -> int:
    """The empty height between the last thing the view shows whole (above the painted-over rest) and
    the "Weiter lesen" row."""
    view = rect_in(page, page.scroll.viewport())
    end = view.top() + page._cover.y() if page._cover.isVisible() else view.bottom() + 1
    shown = [
        rect_in(page, w)
        for w in page.body.findChildren(QWidget)
        if w.isVisible()
        and (isinstance(w, QAbstractButton) or not w.findChildren(QWidget))
        and not isinstance(w.parentWidget(), QAbstractButton)
        and view.top() < rect_in(page, w).bottom()
    ]
    last = max(min(r.bottom() + 1, end) for r in shown if r.top() < end)
    return rect_in(page, page.read_on).top() - last


def test_read_on_has_its_own_row_below_the_text(page):
    b = page.read_on
    assert b.isVisible() and page.footer.isAncestorOf(b)  # in the footer: never over the text
    view = rect_in(page, page.scroll.viewport())
    assert rect_in(page, b).top() >= view.bottom()
    assert rect_in(page, page.title).intersected(rect_in(page, b)).isEmpty()


def test_the_view_never_ends_in_half_a_line(page, qtbot):
    label, bar = page.text, page.scroll.verticalScrollBar()
    line = label.fontMetrics().lineSpacing()
    for _ in range(4):  # at the top and after each "Weiter lesen"
        cover = page._cover
        vp_h = page.scroll.viewport().height()
        if bar.value() < bar.maximum():
            # what shows of the text ends at a line's end: the view itself ends there (the first view)
            # or the rest is painted over
            top_of_text = label.mapTo(page.inner, QPoint(0, label.contentsRect().top())).y()
            visible_end = bar.value() + (cover.y() if cover.isVisible() else vp_h)
            assert (visible_end - top_of_text) % line == 0
            if cover.isVisible():
                assert cover.geometry().bottom() >= vp_h - 1
            assert blank_above_read_on(page) < line  # no empty band between the text and "Weiter lesen"
            cut = visible_end
            page.read_on.click()
            settle()
            # the next view starts with the line that was painted over (or shows it, at the end)
            assert bar.value() <= cut <= bar.value() + (line if bar.value() < bar.maximum() else vp_h)
        else:
            assert not cover.isVisible()  # at the end nothing is cut
            assert page.read_on.text().startswith("Zurück nach oben")
            break


def test_showing_it_never_changes_the_decision(page, qtbot):
    shown = []
    for h in range(520, 1500, 7):  # through the height where the text just fits
        page.resize(1000, h)
        settle()
        page.fit_to_view()
        page.fit_to_view()  # the same answer the second time: no flicker
        shown.append(page.read_on.isVisible())
    flips = sum(1 for a, b in itertools.pairwise(shown) if a != b)
    assert shown[0] and not shown[-1] and flips == 1, shown


def step_at(window, guide_id: str, step_id: str):
    from assistant.ui.tour import paths_to_every_step, run_at

    guide = window.ctx.library.get(guide_id, window.ctx.language)
    window.actions_enabled = False
    window.run = run_at(guide, step_id, paths_to_every_step(guide).get(step_id, []))
    window.show_current()
    settle()
    return window.page


@pytest.mark.parametrize("lang", ["ar", "de"])
def test_short_of_room_the_title_and_every_button_stay_in_view(make_window, qapp, lang):
    """Arabic's tall lines on the smallest screen at 200 % (issue 13): the title, the answer, "Weiter
    lesen ↓" and "Weitere Antworten ↓" all in view, the progress line below the text; German, with room
    enough, keeps its usual order."""
    w = make_window(None, lang=lang)
    w.ctx.settings.zoom = 200
    theme.apply(qapp, 200)
    w.refresh()
    w.resize(1024, 768)
    settle()
    page = step_at(w, "eid-pin", "what-have-ok")
    view = rect_in(page, page.scroll.viewport())
    title = rect_in(page, page.title)
    first_line = page.title.fontMetrics().lineSpacing()
    assert view.top() <= title.top() and title.top() + first_line <= view.bottom() + 1  # a whole line of it
    assert page.read_on.isVisible()
    pressed = [page.read_on, *page.answer_pager.visible_buttons(), page.answer_pager.more_button]
    for b in pressed:
        assert b.isVisible() and rect_in(page, b).bottom() < page.height() and rect_in(page, b).top() >= view.bottom()
    progress_first = page.column.indexOf(page.progress) == 0
    if lang == "ar":
        # "Weiter lesen ↓" shares the row of "Weitere Antworten ↓"; the progress line gave way
        assert rect_in(page, page.read_on).top() == rect_in(page, page.answer_pager.more_button).top()
        assert not progress_first and page.progress.text() in page.body.accessibleDescription()
        page.read_on.click()  # reached by reading on
        settle()
        assert page.scroll.verticalScrollBar().value() > 0
    else:
        assert progress_first and page.footer_column.indexOf(page.read_on) == 0


def test_no_empty_band_where_a_button_would_be_cut(make_window, qapp):
    """The picture's button that the view's edge would cut is hidden whole; the first view then ends
    above it, right over "Weiter lesen ↓" (no empty band of a button's height, issue 9)."""
    w = make_window(None, lang="de")
    w.ctx.settings.zoom = 200
    theme.apply(qapp, 200)
    w.refresh()
    page = step_at(w, "eid-pin", "what-have")
    line = page.read_on.label().fontMetrics().lineSpacing()
    bands = {}
    for height in range(720, 780, 6):  # the button fits, is cut a little, is cut in half
        w.resize(1024, height)
        settle()
        page.scroll.verticalScrollBar().setValue(0)
        settle()
        assert page.read_on.isVisible() and page.picture_button.isVisible()
        bands[height] = blank_above_read_on(page)
        view = rect_in(page, page.scroll.viewport())
        assert rect_in(page, page.title).bottom() < view.bottom()  # the title whole
        if not view.contains(rect_in(page, page.picture_button)):
            page.read_on.click()
            settle()
            assert rect_in(page, page.scroll.viewport()).contains(rect_in(page, page.picture_button))  # next view
    assert max(bands.values()) < line // 2, bands
