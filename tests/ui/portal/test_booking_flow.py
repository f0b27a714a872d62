""" "Termin buchen" through the worker threads against the practice portal over real loopback HTTP."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from assistant.portal import drafts, secrets
from assistant.ui.portal import book_action, open_booking
from assistant.ui.portal.common import draft_writer
from assistant.ui.widgets import BigButton


def go_to_contact(d):
    """From the start of the booking to the question for name and e-mail (first office, service, day, time)."""
    d.press("new-booking")
    d.wait_title("In welches Amt")
    d.click("Bürgerbüro Mitte")
    d.wait_title("Was möchten Sie dort erledigen")
    d.click(d.buttons()[0].text())
    d.wait_title("An welchem Tag")
    day_button = d.buttons()[0]
    assert "," in day_button.text() and "frei" in day_button.subtitle()  # "Montag, 7. Dezember" + "5 freie Termine"
    d.click(day_button.text())
    d.wait_title("Um wie viel Uhr")
    assert d.buttons()[0].text().endswith("Uhr")
    d.click(d.buttons()[0].text())
    d.wait_title("Auf welchen Namen")


def fill_up_to_check(d, name="Anna Schmidt", email="anna@example.de"):
    go_to_contact(d)
    d.type("Ihr Name", name)
    d.type("Ihre E-Mail-Adresse", email)
    d.press("next")
    d.wait_title("Bitte prüfen Sie")


def print_through_the_dialog(d, target, press) -> str:
    """Press the page's print button, print to ``target`` in the real print dialog; the printed words."""
    import subprocess

    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

    press()
    d.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog))
    dialog = QApplication.activeModalWidget()
    dialog.findChild(QLineEdit, "filename").setText(str(target))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    d.qtbot.waitUntil(lambda: target.is_file() and target.stat().st_size > 500)
    out = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def confirmed(portal, email):
    return [p for p in portal.processes.values() if p["email"] == email and p["status"] == "confirmed"]


def test_booking_end_to_end_with_calendar_pdf_and_cancel(
    context, portal, practice, drive, tmp_path, monkeypatch, memory_keyring
):
    d = drive(open_booking(context))
    assert d.page.banner.isVisible()
    assert "Übungsportal" in d.page.banner.label.text()
    go_to_contact(d)
    # validation in words
    d.press("next")
    assert "Namen" in d.error_of("Ihr Name")
    assert "E-Mail-Adresse" in d.error_of("Ihre E-Mail-Adresse")
    d.type("Ihr Name", "Jürgen Müller")
    d.type("Ihre E-Mail-Adresse", "juergen.mueller")
    d.press("next")
    assert d.error_of("Ihr Name") == ""
    assert "@" in d.error_of("Ihre E-Mail-Adresse")
    assert d.field("Ihr Name").text() == "Jürgen Müller"  # nothing typed is lost
    # the draft is on disk after the step
    draft_writer.flush()
    saved, _ = drafts.load_draft(drafts.BookingDraft)
    assert saved.family_name == "Jürgen Müller" and saved.office_name == "Bürgerbüro Mitte" and saved.start
    d.type("Ihre E-Mail-Adresse", "juergen@example.de")
    d.press("next")
    d.wait_title("Bitte prüfen Sie")
    assert "Jürgen Müller" in d.texts() and "Bürgerbüro Mitte" in d.texts()
    d.press("book")
    d.wait_title("Ihr Termin ist gebucht")
    assert len(confirmed(portal, "juergen@example.de")) == 1
    assert "Vorgangsnummer" in d.texts()
    # the draft is gone, the booking is in "Meine Termine" with its secret in the keyring only
    draft_writer.flush()
    assert not drafts.draft_path("booking").exists()
    items, _ = secrets.saved_appointments()
    assert len(items) == 1
    assert any(k[1].startswith("booking:") for k in memory_keyring.store)
    listing = (drafts.draft_path("booking").parent.parent / "portal-appointments.json").read_text()
    p = confirmed(portal, "juergen@example.de")[0]
    assert p["authKey"] not in listing

    # .ics where the person chooses, and a PDF
    ics = tmp_path / "mein-termin.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(ics), "")))
    d.press("calendar")
    text = ics.read_text()
    assert "BEGIN:VCALENDAR" in text and "Bürgerbüro Mitte" in text and p["authKey"] not in text
    assert "Gespeichert" in d.problem()
    pdf = tmp_path / "termin.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    d.press("pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")
    # "Drucken" without the window's roles layer: the confirmation through the system's print dialog
    # (in the window the roles layer offers the take-home sheet: tests/ui/roles/test_portal_sheet.py)
    text = print_through_the_dialog(d, tmp_path / "gedruckt.pdf", lambda: d.press("print"))
    assert "Ihr Termin" in text and "Bürgerbüro Mitte" in text and "Vorgangsnummer" in text
    assert p["authKey"] not in text

    # Meine Termine → see → cancel (asked first, in plain words)
    d.press("done")
    d2 = drive(open_booking(context))
    d2.press("my-appointments")
    d2.wait_title("Meine Termine")
    entry = d2.buttons()[0]
    assert "gebucht" in entry.subtitle()
    d2.click(entry.text())
    d2.wait_title("Ihr Termin")
    assert "gebucht" in d2.texts()
    d2.press("cancel-appointment")
    d2.wait_title("wirklich absagen")
    assert "nicht rückgängig" in d2.texts()
    d2.press("keep-appointment")
    d2.wait_title("Ihr Termin")
    assert p["status"] == "confirmed"
    d2.press("cancel-appointment")
    d2.wait_title("wirklich absagen")
    d2.press("confirm-cancel")
    d2.wait_title("Der Termin ist abgesagt")
    assert p["status"] == "deleted"
    assert secrets.saved_appointments()[0] == []
    assert not any(k[1].startswith("booking:") for k in memory_keyring.store)


def test_server_fails_midway_draft_kept_retry_no_duplicate(context, portal, practice, drive):
    """The connection drops after the server confirmed: plain message, draft kept, retry finds the
    booking by looking it up — one booking, not two."""
    d = drive(open_booking(context))
    fill_up_to_check(d, email="midway@example.de")
    portal.fault("POST", "/confirm-appointment/", "drop-after", times=1)
    portal.fault("GET", "/appointment/", "503", times=10)  # the look-up fails too → uncertain
    d.press("book")
    d.qtbot.waitUntil(lambda: d.problem() != "", timeout=20000)
    assert "Ihre Angaben sind gespeichert" in d.problem()
    assert "Traceback" not in d.problem() and "503" not in d.problem()
    draft_writer.flush()
    saved, _ = drafts.load_draft(drafts.BookingDraft)
    assert saved.family_name == "Anna Schmidt" and saved.email == "midway@example.de"
    assert saved.booking_ref  # the reservation is known (its secret in the keyring)
    portal.faults.clear()
    d.qtbot.mouseClick(d.retry_button(), Qt.MouseButton.LeftButton)
    d.wait_title("Ihr Termin ist gebucht", timeout=20000)
    assert len(confirmed(portal, "midway@example.de")) == 1
    reserves = [x for x in portal.log if x[0] == "POST" and x[1].endswith("reserve-appointment/")]
    assert len(reserves) == 1  # nothing booked twice


def test_html_maintenance_page_then_restart_restores_the_draft(context, portal, practice, drive):
    d = drive(open_booking(context))
    fill_up_to_check(d, email="html@example.de")
    portal.fault("POST", "/reserve-appointment/", "html", times=5)
    d.press("book")
    d.qtbot.waitUntil(lambda: d.problem() != "", timeout=20000)
    assert "<" not in d.problem() and "Ihre Angaben sind gespeichert" in d.problem()  # a maintenance page, in words
    # the program is closed (or crashes) here; the next start offers to continue
    d.page.close()
    portal.faults.clear()
    d2 = drive(open_booking(context))
    assert "schon angefangen" in d2.texts()
    d2.press("resume")
    d2.wait_title("Bitte prüfen Sie")
    assert "html@example.de" in d2.texts()
    d2.press("book")
    d2.wait_title("Ihr Termin ist gebucht", timeout=20000)
    assert len(confirmed(portal, "html@example.de")) == 1
    # back from the restored check screen would have led to the contact step with the name kept
    draft_writer.flush()
    assert not drafts.draft_path("booking").exists()


def test_back_keeps_what_was_typed(context, portal, practice, drive):
    d = drive(open_booking(context))
    fill_up_to_check(d, name="Erika Mustermann", email="erika@example.de")
    assert d.page.go_back()
    d.wait_title("Auf welchen Namen")
    assert d.field("Ihr Name").text() == "Erika Mustermann"
    assert d.page.go_back()
    d.wait_title("Um wie viel Uhr")
    assert d.buttons()[0].property("chosen") is True  # the time chosen before is marked


def test_cancel_during_a_slow_call(context, portal, practice, drive):
    d = drive(open_booking(context))
    portal.fault("GET", "/offices-and-services/", "slow:6", times=1)
    d.press("new-booking")
    d.qtbot.waitUntil(
        lambda: d.page.job is not None and d.page.job._panel is not None and d.page.job._panel.isVisible(), timeout=5000
    )
    panel = d.page.job._panel
    assert panel.cancel_button.text() == "Abbrechen" and panel.cancel_button.height() >= 56
    assert "Ämter" in panel.label.text()
    d.qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert d.page.job is None or d.page.job.token.is_set()
    # the page is usable at once: it says so and offers to try again
    assert "abgebrochen" in d.problem()
    d.qtbot.mouseClick(d.retry_button(), Qt.MouseButton.LeftButton)
    d.wait_title("In welches Amt", timeout=15000)
    # "Zurück" while a call runs cancels it too, and the start screen is there at once
    portal.fault("GET", "/offices-and-services/", "slow:6", times=1)
    d.page.catalog = None
    d.page.refresh()
    d.qtbot.waitUntil(lambda: d.busy(), timeout=2000)
    assert d.page.go_back()
    assert not d.busy()
    d.keyed("new-booking")


def test_bochum_without_appointment_server_says_where_to_go(context, drive):
    d = drive(open_booking(context))
    assert not d.page.banner.isVisible()
    assert "keine Termine buchen" in d.texts()
    assert "115" in d.texts() and "bochum.de" in d.texts()
    d.keyed("practice")
    # staff settings are for staff (from Help), not offered to residents on a portal page
    assert not any(b.text() == "Einstellungen für Mitarbeitende" for b in d.buttons())


def test_guide_action_is_unavailable_in_bochum(context, qtbot):
    page = book_action(context, None)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.finished, timeout=2000) as sig:
        pass
    assert sig.args == ["unavailable"]


def test_switch_to_practice_from_the_screen(context, drive):
    d = drive(open_booking(context))
    d.press("practice")
    assert d.page.banner.isVisible()
    d.press("new-booking")
    d.wait_title("In welches Amt", timeout=15000)  # the program started the practice portal itself
    url = d.page.session.practice_url()
    assert url.startswith("http://127.0.0.1:")
    d.qtbot.mouseClick(d.page.banner.stop_button, Qt.MouseButton.LeftButton)
    assert not d.page.banner.isVisible()
    assert "keine Termine buchen" in d.texts()


def test_cancel_while_booking_then_retry_finds_the_booking(context, portal, practice, drive):
    """'Abbrechen' while the confirmation is on its way: the server confirms anyway. Trying again
    looks the booking up and shows it — it is not booked a second time."""
    d = drive(open_booking(context))
    fill_up_to_check(d, email="abbruch@example.de")
    portal.fault("POST", "/confirm-appointment/", "slow:2", times=1)
    d.press("book")
    d.qtbot.waitUntil(
        lambda: d.page.job is not None and d.page.job._panel is not None and d.page.job._panel.isVisible(), timeout=5000
    )
    d.qtbot.waitUntil(lambda: any(p["status"] == "preconfirmed" for p in portal.processes.values()), timeout=5000)
    d.qtbot.mouseClick(d.page.job._panel.cancel_button, Qt.MouseButton.LeftButton)
    assert "abgebrochen" in d.problem()
    d.qtbot.waitUntil(lambda: len(confirmed(portal, "abbruch@example.de")) == 1, timeout=6000)  # it went through
    d.qtbot.mouseClick(d.retry_button(), Qt.MouseButton.LeftButton)
    d.wait_title("Ihr Termin ist gebucht", timeout=15000)
    assert len(confirmed(portal, "abbruch@example.de")) == 1
    reserves = [x for x in portal.log if x[0] == "POST" and x[1].endswith("reserve-appointment/")]
    assert len(reserves) == 1


def test_without_keyring_the_booking_is_made_and_the_number_to_note_is_said(context, portal, practice, drive):
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    d = drive(open_booking(context))
    fill_up_to_check(d, email="ohne@example.de")
    d.press("book")
    d.wait_title("Ihr Termin ist gebucht", timeout=15000)
    assert len(confirmed(portal, "ohne@example.de")) == 1
    assert "Vorgangsnummer auf" in d.problem()  # write the number down
    assert "E-Mail" not in d.problem()  # in practice no e-mail comes, so none is promised
    assert secrets.saved_appointments()[0] == []  # nothing that could not be cancelled from here


def _no_keyring():
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    secrets.forget_held_secrets()


def _lost_confirmation_without_keyring(context, portal, drive, email):
    """No keyring; the confirmation's answer is lost and the look-up fails: the booking's fate is unknown."""
    _no_keyring()
    d = drive(open_booking(context))
    fill_up_to_check(d, email=email)
    portal.fault("POST", "/confirm-appointment/", "drop-after", times=1)
    portal.fault("GET", "/appointment/", "503", times=10)
    d.press("book")
    d.qtbot.waitUntil(lambda: d.problem() != "", timeout=20000)
    portal.faults.clear()
    return d


def test_without_keyring_a_lost_confirmation_is_looked_up_not_booked_twice(context, portal, practice, drive):
    d = _lost_confirmation_without_keyring(context, portal, drive, "keinspeicher@example.de")
    d.qtbot.mouseClick(d.retry_button(), Qt.MouseButton.LeftButton)
    d.wait_title("Ihr Termin ist gebucht", timeout=20000)
    assert len(confirmed(portal, "keinspeicher@example.de")) == 1
    assert len([x for x in portal.log if x[0] == "POST" and x[1].endswith("reserve-appointment/")]) == 1


def test_without_keyring_killed_and_restarted_says_how_to_check(context, portal, practice, drive):
    d = _lost_confirmation_without_keyring(context, portal, drive, "neustart@example.de")
    d.page.close()
    secrets.forget_held_secrets()  # the program is killed: what it held in memory is gone
    d2 = drive(open_booking(context))
    d2.press("start-again")  # even "new" looks at the booking in flight first
    d2.wait_title("Bitte prüfen Sie")
    d2.press("book")
    d2.wait_title("Vielleicht haben Sie schon einen Termin", timeout=20000)
    assert "E-Mails" in d2.texts() and "115" in d2.texts() and "nicht noch einmal" in d2.texts()
    assert len(confirmed(portal, "neustart@example.de")) == 1
    assert len([x for x in portal.log if x[0] == "POST" and x[1].endswith("reserve-appointment/")]) == 1
    # only on the person's own word a new time is chosen
    d2.press("checked-none")
    d2.wait_title("An welchem Tag", timeout=15000)


def test_email_and_phone_are_checked_as_the_office_does_before_anything_is_reserved(context, portal, practice, drive):
    d = drive(open_booking(context))
    go_to_contact(d)
    d.type("Ihr Name", "Erika Müller")
    d.type("Ihre E-Mail-Adresse", "erika@müller.de")
    d.type("Ihre Telefonnummer", "0234 / 12 34-56")
    d.press("next")
    assert "ä, ö, ü" in d.error_of("Ihre E-Mail-Adresse")
    assert d.field("Ihre E-Mail-Adresse").text() == "erika@müller.de"  # nothing typed is changed
    d.type("Ihre E-Mail-Adresse", "erika@example.de")
    d.type("Ihre Telefonnummer", "0234 12 abc")
    d.press("next")
    assert "Ziffern" in d.error_of("Ihre Telefonnummer")
    d.type("Ihre Telefonnummer", "+49 234 123456")
    d.press("next")
    d.wait_title("Bitte prüfen Sie")
    assert "+49234123456" in d.texts()  # the check screen shows what will be sent
    assert not [x for x in portal.log if x[0] == "POST"]  # nothing reserved while typing
    d.press("book")
    d.wait_title("Ihr Termin ist gebucht", timeout=15000)
    (p,) = confirmed(portal, "erika@example.de")
    assert p["telephone"] == "+49234123456"


def test_the_servers_own_words_only_behind_details_for_helpers(context, portal, practice, drive):
    portal.fault("GET", "/offices-and-services/", "503", times=10)
    d = drive(open_booking(context))
    d.press("new-booking")
    d.qtbot.waitUntil(lambda: d.problem() != "", timeout=20000)
    assert "überlastet" in d.problem() and "Service Unavailable" not in d.problem()
    box = d.page.screen.problem_box
    details = box.findChild(BigButton, "helper-details")
    d.qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    shown = box.findChild(QLabel, "helperDetails")
    assert "Service Unavailable" in shown.text() and "serviceUnavailable" in shown.text() and "503" in shown.text()
