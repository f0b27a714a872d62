"""The portal screens in English (the translation really reaches every kind of text) and the basic
accessibility rules on every screen of a booking: names, sizes, labels, keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from assistant.portal.api import Offline
from assistant.ui import theme
from assistant.ui.capabilities import Registry
from assistant.ui.portal import open_booking, open_reports, open_staff_settings, register
from assistant.ui.worker import describe_failure


@pytest.fixture
def english(qapp):
    from assistant.ui.i18n import Translations

    t = Translations(qapp)
    t.switch("en")
    yield t
    t.uninstall()


def test_english_everywhere(english, context, portal, drive):
    from assistant.ui.portal.servers import session_for

    context.language = "en"
    session_for(context).attach_practice(portal)
    reg = Registry()
    register(reg)
    assert [t.title() for t in reg.tiles] == ["What do I need?", "Book an appointment", "Report a problem"]
    assert "appointment.book" in reg.actions
    # a plain-language error text (module level)
    assert describe_failure(Offline("x")).text.startswith("There is no connection")
    d = drive(open_booking(context))
    assert d.page.banner.label.text() == "Practice portal – nothing is really sent"
    assert d.button("Book a new appointment")
    assert d.page.banner.stop_button.text() == "End practice"  # the shared practice banner's own text
    assert d.page.windowTitle() == "Book an appointment"
    d.click("Book a new appointment")
    d.wait_title("Which office")
    d.click(d.buttons()[0].text())
    d.wait_title("What do you want to do there")
    d.click(d.buttons()[0].text())
    d.wait_title("On which day")
    day = d.buttons()[0].text()
    assert day.split(",")[0] in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    s = open_staff_settings(context)
    d2 = drive(s)
    d2.wait_text("Which server?")
    assert d2.button("The practice portal")


def interactive(widget: QWidget) -> list[QWidget]:
    return [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QLineEdit, QPlainTextEdit)) and w.isVisibleTo(widget)
    ]


def check_screen(page) -> None:
    for w in interactive(page):
        name = w.accessibleName()
        assert name.strip(), f"{type(w).__name__} without an accessible name on {page.screen.spoken[:1]}"
        iface = QAccessible.queryAccessibleInterface(w)
        assert iface is not None and iface.text(QAccessible.Text.Name).strip()
        assert w.height() >= 44 and w.width() >= 44, (name, w.size())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):  # labelled programmatically
            buddies = [lb for lb in page.findChildren(QLabel) if lb.buddy() is w]
            assert buddies, name
    for lb in page.findChildren(QLabel):
        if lb.isVisibleTo(page) and lb.text().strip():
            assert lb.font().pointSizeF() >= 16 * theme.metrics().factor - 0.1, (lb.text(), lb.font().pointSizeF())


@pytest.mark.parametrize("zoom", [100, 200])
def test_booking_screens_are_accessible(zoom, qapp, context, portal, practice, drive):
    theme.apply(qapp, zoom)
    d = drive(open_booking(context), 1000, 760)
    check_screen(d.page)
    d.press("new-booking")
    d.wait_title("In welches Amt")
    check_screen(d.page)
    d.click("Bürgerbüro Mitte")
    d.wait_title("Was möchten")
    d.click(d.buttons()[0].text())
    d.wait_title("An welchem Tag")
    check_screen(d.page)
    d.click(d.buttons()[0].text())
    d.wait_title("Um wie viel Uhr")
    check_screen(d.page)
    d.click(d.buttons()[0].text())
    d.wait_title("Auf welchen Namen")
    check_screen(d.page)
    # keyboard only: type, Tab, Enter
    name = d.field("Ihr Name")
    title = d.page.screen.title_label
    # the field has the focus where it is in view with the question; else the question has it (read
    # first) and Tab leads on to the field (200 %: "Weiter" in the footer leaves less room above it)
    d.qtbot.waitUntil(lambda: name.hasFocus() or title.hasFocus())
    if title.hasFocus():
        d.qtbot.keyClick(title, Qt.Key.Key_Tab)
        d.qtbot.waitUntil(name.hasFocus)
    d.type("Ihr Name", "Anna Schmidt")
    d.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is d.field("Ihre E-Mail-Adresse")
    d.type("Ihre E-Mail-Adresse", "anna@example.de")
    d.qtbot.keyClick(d.field("Ihre E-Mail-Adresse"), Qt.Key.Key_Return)
    d.wait_title("Bitte prüfen Sie")
    check_screen(d.page)
    # every button of the check screen is reachable with Tab
    seen = set()
    start = QApplication.focusWidget()
    w = start
    for _ in range(30):
        d.qtbot.keyClick(w, Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        seen.add(w)
        if w is start:
            break
    assert d.keyed("book") in seen and d.keyed("change") in seen


def test_report_questions_are_accessible_at_200(qapp, context, portal, practice, drive):
    theme.apply(qapp, 200)
    d = drive(open_reports(context), 1000, 760)
    d.press("new-report")
    d.wait_title("Worum geht es")
    check_screen(d.page)
    d.click("Schlagloch")
    d.wait_text("Frage 1 von 6")
    check_screen(d.page)
    d.press("next")
    d.wait_text("Frage 2 von 6")
    d.press("next")  # required: the message appears and is scrolled into view with the field
    field = d.field("Ihre Antwort")
    error = field.property("errorLabel")
    d.qtbot.waitUntil(lambda: error.isVisible() and not error.visibleRegion().isEmpty())
    assert not field.visibleRegion().isEmpty()
