"""What a screen reader hears on the portal pages (practice portal on loopback): field errors and the
report's result and number are announced (and an error is part of its field's description); search
results are announced once typing pauses; Open311 answers are named after their question (checked in test_report_flow); "Jetzt
buchen" / "Jetzt senden" never get the focus by themselves; "Noch einmal versuchen" twice and then
"Zurück" while loading leaves the page working (was an AssertionError)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit

from assistant.ui.announce import announcer
from assistant.ui.portal import open_booking, open_reports, open_service_info
from tests.ui.portal.test_booking_flow import fill_up_to_check, go_to_contact
from tests.ui.portal.test_report_flow import fill_report
from tests.ui.support import settle


def heard(qtbot):
    said: list[str] = []
    announcer().said.connect(said.append)
    return said


def test_a_field_error_is_announced_and_described(context, portal, practice, drive, qtbot):
    said = heard(qtbot)
    d = drive(open_booking(context))
    go_to_contact(d)
    d.type("Ihr Name", "Anna Schmidt")
    d.type("Ihre E-Mail-Adresse", "anna")
    d.press("next")
    error = d.error_of("Ihre E-Mail-Adresse")
    assert "@" in error and error in said
    field = d.field("Ihre E-Mail-Adresse")
    assert error in QAccessible.queryAccessibleInterface(field).text(QAccessible.Text.Description)


def test_book_and_send_never_have_the_focus_by_themselves(context, portal, practice, drive, qtbot):
    d = drive(open_booking(context))
    fill_up_to_check(d)
    settle()
    focus = QApplication.focusWidget()
    assert focus is not d.keyed("book")
    assert d.page.screen.first_focus is d.keyed("change")


def test_send_is_never_focused_and_the_report_number_is_announced(context, portal, practice, drive, qtbot):
    said = heard(qtbot)
    d = drive(open_reports(context))
    fill_report(d)  # up to the last check before sending
    settle()
    assert QApplication.focusWidget() is not d.keyed("send")
    assert d.page.screen.first_focus is not d.keyed("send")
    d.press("send")
    d.wait_title("angekommen", timeout=15000)
    number = str(portal.requests[0]["id"])
    qtbot.waitUntil(lambda: any("Vorgangsnummer" in s for s in said))
    spoken = next(s for s in said if "Vorgangsnummer" in s)
    assert "angekommen" in spoken and " ".join(number) in spoken


def test_search_results_are_announced_when_typing_pauses(context, drive, qtbot):
    said = heard(qtbot)
    d = drive(open_service_info(context))
    d.type("Suchen", "Persnalausweis")
    qtbot.waitUntil(lambda: any("gefunden" in s for s in said), timeout=3000)
    found = [s for s in said if "gefunden" in s]
    assert len(found) == 1 and "Personalausweis beantragen" in found[0]  # once, not at every key


def test_retry_twice_then_back_while_loading(context, portal, practice, drive, qtbot):
    practice.clients()
    portal.stop()  # offline: the answer from the city's text, with "Noch einmal versuchen"
    d = drive(open_service_info(context))
    d.click("Personalausweis verloren")
    d.wait_title("Personalausweis verloren", timeout=20000)
    for _ in range(2):
        d.press("retry")
        d.wait_title("Personalausweis verloren", timeout=20000)
    with qtbot.captureExceptions() as errors:
        d.press("retry")
        d.page.go_back()  # "Zurück" while it loads
        from assistant.ui import worker

        assert worker.dispatcher().pool.waitForDone(15000)  # the load that was left ends
        settle()
    assert not errors, errors
    assert "Was möchten Sie erledigen" in d.title()


def test_switching_the_language_translates_the_open_page(make_window, qtbot):
    w = make_window(capabilities=["assistant.ui.portal"])
    tile = next(t for t in w.ctx.registry.tiles if t.id == "portal.service-info")
    w.open_tile(tile)
    page = w.page
    assert page.screen.spoken[0] == "Was möchten Sie erledigen?" and w.windowTitle() == "Was brauche ich? – Lotse"
    choose_language(w, "en", qtbot)
    assert w.page is page  # the same page, its place kept
    assert page.screen.spoken[0] == "What do you want to do?"
    assert w.windowTitle() == "What do I need? – Lotse"
    assert page.screen.findChild(QLineEdit).accessibleName() == "Search"
    choose_language(w, "de", qtbot)
    assert page.screen.spoken[0] == "Was möchten Sie erledigen?"


def test_a_language_switch_never_cancels_a_running_call(make_window, portal, qtbot):
    from assistant.ui.portal.servers import session_for

    w = make_window(capabilities=["assistant.ui.portal"])
    session_for(w.ctx).attach_practice(portal)
    tile = next(t for t in w.ctx.registry.tiles if t.id == "portal.booking")
    w.open_tile(tile)
    page = w.page
    portal.fault("GET", "/offices-and-services/", "slow:2", times=1)
    page.new_booking()
    job = page.job
    assert job is not None and not job.done
    choose_language(w, "en", qtbot)
    assert not job.token.is_set() and w.windowTitle() == "Practice: Book an appointment – Lotse"
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    qtbot.waitUntil(lambda: "office" in page.screen.spoken[0].lower(), timeout=5000)  # the next screen: English
    choose_language(w, "de", qtbot)


def choose_language(w, code: str, qtbot) -> None:
    """The bar's "Sprache" button, then the language's own button in the chooser (the mouse's path)."""
    qtbot.mouseClick(w.bar.switch_language, Qt.MouseButton.LeftButton)
    assert w.screen_id == "language"
    qtbot.mouseClick(w.page.buttons[code], Qt.MouseButton.LeftButton)
    assert w.ctx.language == code
