""" "Problem melden" through the worker threads against the practice portal over real loopback HTTP."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from assistant.portal import drafts
from assistant.ui.portal import open_reports
from assistant.ui.portal.common import draft_writer
from assistant.ui.widgets import CheckItem
from tests.ui.portal.test_booking_flow import print_through_the_dialog


def answer_pothole_questions(d):
    """STR-SCHLAGLOCH asks every datatype: text, number, single, multi, datetime, string."""
    # 1: text (optional)
    d.wait_text("Frage 1 von 6")
    assert "überspringen" in d.texts()
    # a screen reader hears the question with the field, not just "Ihre Antwort"
    assert d.field("Ihre Antwort").accessibleName() == "Ihre Antwort auf: " + d.page.screen.title_label.text()
    d.type("Ihre Antwort", "Direkt an der Bushaltestelle.")
    d.press("next")
    # 2: number (required) — validation in words
    d.wait_text("Frage 2 von 6")
    assert "müssen Sie beantworten" in d.texts()
    d.press("next")
    assert "Bitte beantworten Sie diese Frage" in d.error_of("Ihre Antwort")
    d.type("Ihre Antwort", "etwa zehn")
    d.press("next")
    assert "nur eine Zahl" in d.error_of("Ihre Antwort")
    d.type("Ihre Antwort", "10")
    d.press("next")
    # 3: single value list (required): large buttons
    d.wait_text("Frage 3 von 6")
    d.click(d.buttons()[0].text())
    # 4: multi value list (optional): check boxes
    d.wait_text("Frage 4 von 6")
    boxes = d.page.screen.findChildren(CheckItem)
    assert len(boxes) >= 2
    d.qtbot.mouseClick(boxes[0], Qt.MouseButton.LeftButton)
    d.qtbot.mouseClick(boxes[1], Qt.MouseButton.LeftButton)
    d.press("next")
    # 5: datetime (optional)
    d.wait_text("Frage 5 von 6")
    d.type("Ihre Antwort", "gestern")
    d.press("next")
    assert "24.12.2026 14:30" in d.error_of("Ihre Antwort")
    d.type("Ihre Antwort", "20.11.2026 08:15")
    d.press("next")
    # 6: string (optional)
    d.wait_text("Frage 6 von 6")
    d.type("Ihre Antwort", "Bäckerei Kötter")
    d.press("next")


def fill_report(d, description="Ein tiefes Loch, Radfahrer müssen ausweichen."):
    d.press("new-report")
    d.wait_title("Worum geht es")
    assert "Straßen und Wege" in d.texts()  # grouped
    d.click("Schlagloch")
    answer_pothole_questions(d)
    d.wait_title("Wo ist das Problem")
    d.press("next")
    assert "wo das Problem ist" in d.error_of("Straße und Hausnummer")
    d.type("Straße und Hausnummer", "Kortumstraße 12")
    d.press("next")
    d.wait_title("Beschreiben Sie")
    d.type("Was ist los", description)
    d.press("next")
    d.wait_title("Möchte die Stadt Sie erreichen")
    d.type("E-Mail-Adresse", "kein-at-zeichen")
    d.press("next")
    assert "@" in d.error_of("E-Mail-Adresse")
    d.type("E-Mail-Adresse", "melder@example.de")
    d.type("Vorname", "Gülay")
    d.press("next")
    d.wait_title("Bitte prüfen Sie Ihre Meldung")


def test_report_end_to_end_with_status(context, portal, practice, drive, tmp_path):
    d = drive(open_reports(context))
    assert d.page.banner.isVisible()
    fill_report(d)
    summary = d.texts()
    assert "Kortumstraße 12" in summary and "Gülay" in summary and "10" in summary
    # draft saved at every step
    draft_writer.flush()
    saved, _ = drafts.load_draft(drafts.ReportDraft)
    assert saved.address == "Kortumstraße 12" and saved.answers["TIEFE"] == "10"
    assert isinstance(saved.answers["GEFAHR"], list) and len(saved.answers["GEFAHR"]) == 2
    d.press("send")
    d.wait_title("Ihre Meldung ist angekommen", timeout=15000)
    assert len(portal.requests) == 1
    number = str(portal.requests[0]["id"])
    big = [lb for lb in d.page.screen.findChildren(QLabel) if lb.property("role") == "big-number"]
    assert big and big[0].text() == number
    assert big[0].font().pointSizeF() >= 26 or "big-number" in d.page.styleSheet()
    posted = portal.posts[-1][1]
    assert "attribute%5BGEFAHR%5D" in posted and posted.count("attribute%5BGEFAHR%5D") == 2  # multi: repeated
    draft_writer.flush()
    assert not drafts.draft_path("report").exists()
    # the number on paper, without the window's roles layer: through the system's print dialog
    text = print_through_the_dialog(d, tmp_path / "meldung.pdf", lambda: d.press("sheet"))
    assert "Ihre Meldung" in text and number in text
    # Meine Meldungen → status from the server
    d.press("my-reports")
    d.wait_title("Meine Meldungen")
    d.click(f"Vorgangsnummer {number}")
    d.wait_title(f"Vorgangsnummer {number}", timeout=15000)
    assert "Die Stadt" in d.texts()  # "bearbeitet" or "erledigt", in words
    assert "Kortumstraße 12" in d.texts()


def test_the_text_reaches_the_city_exactly_as_the_check_screen_shows_it(context, portal, practice, drive):
    d = drive(open_reports(context))
    fill_report(d, description="Loch ist <10 cm tief, aber >30 cm breit & 2 Steine")
    assert "Beschreibung: Loch ist <10 cm tief, aber >30 cm breit & 2 Steine" in d.page.screen.spoken
    d.press("send")
    d.wait_title("Ihre Meldung ist angekommen", timeout=15000)
    assert portal.requests[0]["description"] == "Loch ist <10 cm tief, aber >30 cm breit & 2 Steine"


def test_send_fails_midway_no_duplicate(context, portal, practice, drive):
    """The connection drops after the server stored the report: the look-up finds it, nothing twice."""
    d = drive(open_reports(context))
    fill_report(d, description="Laterne flackert seit Tagen am Eingang.")
    portal.fault("POST", "/requests.json", "drop-after", times=1)
    d.press("send")
    d.wait_title("Ihre Meldung ist angekommen", timeout=20000)
    assert len(portal.requests) == 1
    assert "nicht doppelt" in d.texts()


def test_server_down_then_retry(context, portal, practice, drive):
    d = drive(open_reports(context))
    fill_report(d, description="Müll neben dem Spielplatz.")
    portal.fault("POST", "/requests.json", "503", times=10)
    d.press("send")
    d.qtbot.waitUntil(lambda: d.problem() != "", timeout=20000)
    assert "Ihre Angaben sind gespeichert" in d.problem()
    draft_writer.flush()
    saved, _ = drafts.load_draft(drafts.ReportDraft)
    assert saved.description == "Müll neben dem Spielplatz."
    portal.faults.clear()
    d.qtbot.mouseClick(d.retry_button(), Qt.MouseButton.LeftButton)
    d.wait_title("Ihre Meldung ist angekommen", timeout=20000)
    assert len(portal.requests) == 1


def test_bochum_without_open311_says_where_to_go(context, drive):
    d = drive(open_reports(context))
    assert "keine Probleme melden" in d.texts()
    assert "Mängelmelder" in d.texts() and "115" in d.texts()


def test_restart_in_the_middle_of_the_questions_restores_everything(context, portal, practice, drive):
    d = drive(open_reports(context))
    d.press("new-report")
    d.wait_title("Worum geht es")
    d.click("Schlagloch")
    d.wait_text("Frage 1 von 6")
    d.type("Ihre Antwort", "Neben der Ampel.")
    d.press("next")
    d.wait_text("Frage 2 von 6")
    d.type("Ihre Antwort", "12")
    d.press("next")
    d.wait_text("Frage 3 von 6")
    d.page.close()  # the program ends here (or crashes)
    d2 = drive(open_reports(context))
    assert "schon angefangen" in d2.texts() and "Schlagloch" in d2.texts()
    d2.press("resume")
    d2.wait_text("Frage 3 von 6")
    assert d2.page.go_back()
    d2.wait_text("Frage 2 von 6")
    assert d2.field("Ihre Antwort").text() == "12"
    assert d2.page.go_back()
    d2.wait_text("Frage 1 von 6")
    assert d2.field("Ihre Antwort").toPlainText() == "Neben der Ampel."
