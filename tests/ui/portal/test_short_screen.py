"""A short screen at 200 % (the page area of 1024×768 under the bar): the search field of "Was brauche
ich?" stays in view with an answer below it, the practice banner keeps to one line and still says in
full what it is (the whole matrix in a real X window: tests/a11y/test_fit.py)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from assistant.ui import theme
from assistant.ui.portal import open_service_info
from assistant.ui.widgets import BigButton

SENTENCE = "Übungsportal – es wird nichts wirklich gesendet"


def in_view(page, widget) -> bool:
    vp = page.screen.scroll.viewport()
    r = QRect(widget.mapTo(vp, QPoint(0, 0)), widget.size())
    return widget.isVisible() and QRect(QPoint(0, 0), vp.size()).contains(r)


def answers_shown(page) -> list[str]:
    return [b.text() for b in page.screen.footer_items if isinstance(b, BigButton) and b.isVisible()]


def test_search_field_stays_in_view_at_200_percent(qapp, context, practice, drive):
    theme.apply(qapp, 200)
    try:
        d = drive(open_service_info(context), 1024, 640)  # the page area of 1024×768 under the bar
        d.qtbot.waitUntil(lambda: in_view(d.page, d.field("Suchen")))
        banner = d.page.banner
        # one line: a shorter form, the whole sentence in its name, tooltip and what "Vorlesen" reads
        assert banner.label.text() != SENTENCE
        assert banner.label.heightForWidth(banner.label.width()) < 2 * banner.label.fontMetrics().lineSpacing()
        assert banner.accessibleName() == SENTENCE and banner.toolTip() == SENTENCE
        assert d.page.read_aloud_text().startswith(SENTENCE)
        d.qtbot.waitUntil(lambda: bool(answers_shown(d.page)))  # at least one answer below the field
        d.qtbot.waitUntil(d.field("Suchen").hasFocus)  # the cursor is in the field the person sees
        d.type("Suchen", "Ausweis verloren")
        first = d.page.findChild(BigButton, "result-0")
        d.qtbot.waitUntil(lambda: first.isVisible() and "Personalausweis" in first.text())  # the best answer
        d.qtbot.waitUntil(lambda: in_view(d.page, d.field("Suchen")))  # typing never pushes the field away
        # "Suchen" gave way (the title asks the same); the field keeps it as its name
        assert d.field("Suchen").accessibleName() == "Suchen"
    finally:
        theme.apply(qapp, 100)


def test_banner_keeps_its_sentence_where_there_is_room(qapp, context, practice, drive):
    d = drive(open_service_info(context), 1400, 900)
    d.qtbot.waitUntil(lambda: d.page.banner.label.text() == SENTENCE)
    assert in_view(d.page, d.field("Suchen"))
    assert d.page.screen.label_of(d.field("Suchen")).isVisible()  # with room, the label and the example show
