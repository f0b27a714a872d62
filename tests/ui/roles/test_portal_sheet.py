"""The portal's take-home sheets in the real window, in each role: a booking's "Drucken" and a report's
"Zettel zum Mitnehmen" reach the sheet through the visit (``Visit.offer_sheet``), the same route as a
guide's end step, so the roles layer alone decides how it is offered. It is printed through the real
print dialog: at home to a PDF file that is read back with poppler; in a library or at a counter the
dialog offers no file and nothing is written. The practice portal runs on loopback."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinterInfo
from PySide6.QtWidgets import QLineEdit

from assistant.ui.roles.dialogs import SheetDialog
from tests.ui.portal.conftest import Driver
from tests.ui.portal.test_booking_flow import fill_up_to_check
from tests.ui.portal.test_report_flow import fill_report
from tests.ui.roles.test_printing import accept, press_print, printer_choices
from tests.ui.roles.test_seam_portal import _portal_cleanup, open_booking  # noqa: F401 - autouse fixture
from tests.ui.support import attached

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")

CONF = {
    "home": "",
    "library": "[lotse]\nrole = library\n",
    "counter": "[lotse]\nrole = counter\n[counter]\nfullscreen = no\n",
}


def in_role(qtbot, make_window, portal, role: str):
    from assistant.ui.portal.servers import session_for

    window = make_window(conf=CONF[role])
    roles, controller = attached(window)
    session_for(window.ctx).attach_practice(portal)  # at a counter there is no practice switch to press
    return window, controller


def offered_sheet(qtbot, controller, d: Driver, key: str) -> SheetDialog:
    d.press(key)
    dialog = d.page.sheet_dialog
    assert isinstance(dialog, SheetDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog is controller.dialog  # the roles layer's own dialog: a session end closes it
    return dialog


def print_it(qtbot, dialog: SheetDialog, role: str, target: Path, monkeypatch) -> str:
    """Drucken, as a person does; the printed words at home, "" where nothing may be written."""
    if role == "home":
        assert dialog.save_button is not None
        print_dialog = press_print(qtbot, dialog)
        assert print_dialog is not None
        assert print_dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
        print_dialog.findChild(QLineEdit, "filename").setText(str(target))
        with qtbot.waitSignal(dialog.printed, timeout=5000):
            accept(print_dialog)
        dialog._print_dialog = None  # the QPrinter is finished: the file is complete
        qtbot.waitUntil(lambda: target.is_file() and target.stat().st_size > 1000)
        out = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        return " ".join(out.split())
    assert dialog.save_button is None
    if not QPrinterInfo.availablePrinterNames():  # the CUPS list is the only thing replaced
        monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Drucker im Flur"]))
    print_dialog = press_print(qtbot, dialog)
    assert print_dialog is not None
    assert not print_dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    assert not any("File" in c or "Datei" in c for c in printer_choices(print_dialog))
    accept(print_dialog)
    qtbot.waitUntil(lambda: not print_dialog.isVisible())
    assert "nur auf Papier" in dialog.result_label.text()
    assert not list(target.parent.rglob("*.pdf"))
    return ""


@pytest.mark.parametrize("role", ["home", "library", "counter"])
def test_a_booking_prints_its_sheet_the_way_the_role_allows(qtbot, make_window, portal, tmp_path, monkeypatch, role):
    window, controller = in_role(qtbot, make_window, portal, role)
    d = open_booking(qtbot, window)
    fill_up_to_check(d, email="sheet@example.org")
    d.press("book")
    d.wait_title("Ihr Termin ist gebucht", timeout=15000)
    number = next(p["id"] for p in portal.processes.values() if p["email"] == "sheet@example.org")
    dialog = offered_sheet(qtbot, controller, d, "print")
    assert dialog.sheet.practice and dialog.sheet.reference == str(number)
    text = print_it(qtbot, dialog, role, tmp_path / "termin.pdf", monkeypatch)
    if role == "home":
        assert "ÜBUNG" in text and "Bürgerbüro Mitte" in text and str(number) in text
    else:  # "Nächste Person" / "Sitzung beenden" closes the sheet of the person before
        controller.ask_end_session()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        controller.dialog.reject()


@pytest.mark.parametrize("role", ["home", "library", "counter"])
def test_a_report_prints_its_sheet_the_way_the_role_allows(qtbot, make_window, portal, tmp_path, monkeypatch, role):
    window, controller = in_role(qtbot, make_window, portal, role)
    window.open_tile(next(t for t in window.ctx.registry.tiles if t.id == "portal.reports"))
    d = Driver(qtbot, window.page)
    d.wait_title("Problem melden")
    fill_report(d)
    d.press("send")
    d.wait_title("Ihre Meldung ist angekommen", timeout=15000)
    number = str(portal.requests[-1]["id"])
    dialog = offered_sheet(qtbot, controller, d, "sheet")
    assert dialog.sheet.reference == number and "Kortumstraße 12" in dialog.sheet.texts()
    text = print_it(qtbot, dialog, role, tmp_path / "meldung.pdf", monkeypatch)
    if role == "home":
        assert "ÜBUNG" in text and number in text and "Kortumstraße 12" in text
    dialog.reject()
