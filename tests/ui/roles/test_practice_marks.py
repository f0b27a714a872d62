"""Everything made in practice says "Übung": on screen (one banner, the same for eID and portal), in
the window title screen readers read, and across every sheet it prints (booking, report, the PIN
guide after a practice run). The practice booking never mentions an e-mail (none is sent) and the
practice report sheet never promises that the city checks it. Real windows, the practice portal and
the practice card on loopback."""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtCore import Qt

from assistant.core.sheet import sheet_from_report
from assistant.ui.practice import PracticeBanner
from assistant.ui.roles.sheet import save_pdf
from assistant.ui.widgets import BigButton
from tests.ports import free_port
from tests.ui.eid.flows import click, finish, new_pin_twice, type_digits, wait_screen
from tests.ui.roles.test_seam_portal import _portal_cleanup, book_in_practice  # noqa: F401 - fixture
from tests.ui.support import attached, settle

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils is needed"
)


def pdf_words(pdf) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_a_practice_booking_is_marked_on_screen_in_the_title_and_on_its_sheet(qtbot, make_window, tmp_path):
    window = make_window(conf="")
    roles, controller = attached(window)
    d = book_in_practice(qtbot, window)
    assert isinstance(d.page.banner, PracticeBanner) and d.page.banner.isVisible()
    assert d.title().startswith("Übung:")
    assert "Beim Amt ist nichts gebucht" in d.texts()
    assert "es kommt keine E-Mail" in d.texts()  # the practice portal sends none, and says so
    assert "schickt Ihnen" not in d.texts() and "Link in der E-Mail" not in d.texts()
    assert re.fullmatch(r"Übung: .+ – Lotse", window.windowTitle()), window.windowTitle()
    d.press("print")
    dialog = d.page.sheet_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.sheet.practice and dialog.sheet.office.address  # where the office is, on paper too
    text = pdf_words(save_pdf(dialog.sheet, tmp_path / "uebung.pdf"))
    assert "ÜBUNG" in text and "Übungstermin" in text and "Niemand erwartet Sie" in text
    assert dialog.sheet.office.address.split(",")[0] in text
    assert "Kommen Sie 10 Minuten" not in text  # nothing that reads like a real appointment
    dialog.reject()
    # the practice ends: the title loses the mark at once
    qtbot.mouseClick(d.page.banner.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.windowTitle().startswith("Übung"))
    assert window.windowTitle().endswith(" – Lotse") and window.windowTitle().count("Lotse") == 1


def test_the_practice_report_sheet_promises_nothing(qapp, tmp_path):
    from assistant.core.city import load_city

    city = load_city("bochum")
    kw = {
        "service_name": "Schlagloch",
        "address": "Kortumstraße 12",
        "request_id": "638344",
        "city": city,
        "lang": "de",
    }
    practice = pdf_words(save_pdf(sheet_from_report(**kw, practice=True), tmp_path / "p.pdf"))
    real = pdf_words(save_pdf(sheet_from_report(**kw), tmp_path / "r.pdf"))
    assert "ÜBUNG" in practice and "Die Stadt hat sie nicht bekommen" in practice
    assert "Die Stadt prüft" not in practice and "Die Stadt prüft" in real
    assert "ÜBUNG" not in real


def test_the_eid_practice_is_marked_in_the_title_with_the_same_banner_and_on_the_guide_sheet(
    qtbot, make_window, walk, monkeypatch, tmp_path
):
    from assistant.eid.workflow import Screen
    from assistant.ui.eid.connection import PRACTICE, URL_ENV

    monkeypatch.setenv(URL_ENV, f"ws://127.0.0.1:{free_port()}/eID-Kernel")  # no AusweisApp here
    window = make_window(conf="")
    roles, controller = attached(window)
    window.open_guide("eid-pin")
    walk(window.run, "change-known")
    window.show_current()
    page = window.page
    wait_screen(qtbot, page, Screen.WAIT_APP)
    assert not window.windowTitle().startswith("Übung")
    click(qtbot, page, "practice")
    click(qtbot, page, "practice-tries-3")
    qtbot.waitUntil(lambda: page.banner.isVisible() and PRACTICE.active, timeout=5000)
    wait_screen(qtbot, page, Screen.PIN)
    assert isinstance(page.banner, PracticeBanner)  # one banner for eID and portal
    assert window.windowTitle().startswith("Übung: ") and window.windowTitle().endswith(" – Lotse")
    assert page.step_title() in window.windowTitle()  # the title follows the eID page's screens
    type_digits(qtbot, page, PRACTICE.values()[1])
    new_pin_twice(qtbot, page, "264819")
    assert finish(qtbot, page) == "not-changed"
    # the guide goes on ("known-retry") to its end; the sheet of this visit says it was practice
    assert window.screen_id == "eid-pin/known-retry"
    qtbot.mouseClick(next(b for b in window.page.answer_buttons if "lieber" in b.text()), Qt.MouseButton.LeftButton)
    assert window.screen_id == "eid-pin/end-office-pin"
    settle()
    assert controller.last_sheet is not None and controller.last_sheet.practice
    text = pdf_words(save_pdf(controller.last_sheet, tmp_path / "pin.pdf"))
    assert "ÜBUNG" in text and "Übungskarte" in text
    # a new visit of the guide without practice: no mark
    window.go_home()
    window.open_guide("eid-pin")
    walk(window.run, "end-office-pin")
    window.show_current()
    settle()
    assert not controller.last_sheet.practice


def test_no_irreversible_action_is_the_default_in_the_roles_dialogs(qtbot, make_window):
    window = make_window(conf="[lotse]\nrole = library\n")
    roles, controller = attached(window)
    dialog = controller.ask_end_session()
    yes = dialog.findChild(BigButton, "session-end-yes")
    no = dialog.findChild(BigButton, "session-end-no")
    assert not yes.isDefault() and no.isDefault() and dialog.focusWidget() is no
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter twice ends nothing
    assert not dialog.isVisible() and window.screen_id == "home"
    home = make_window(conf="")
    roles2, controller2 = attached(home)
    forget = controller2.ask_forget_everything()
    assert not forget.findChild(BigButton, "forget-yes").isDefault()
    forget.reject()
