""" "Drucken" on the take-home sheet, through the real path: the button opens the system's print
dialog (really opened, not mocked, window-modal so the window keeps working), the test accepts it
like a person would, and the page reaches a ``QPrinter``. At home the dialog may print to a PDF
file, which is checked with poppler; in a library or at a counter it must not offer "Print to File"
(a file would outlive the session, issue 17 item 5)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit

from assistant.ui.widgets import BigButton
from tests.ui.support import attached, settle

SECRETS = ("918273", "55501", "7364519920", "SENTINEL-AUTHKEY-4471")

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")


def open_sheet(qtbot, window, controller, walk):
    window.open_guide("eid-pin")
    walk(window.run, "end-office-pin")
    window.show_current()
    settle()
    qtbot.mouseClick(window.page.findChild(BigButton, "sheet-offer"), Qt.MouseButton.LeftButton)
    return controller.dialog


def press_print(qtbot, sheet_dialog) -> QPrintDialog | None:
    """Click "Drucken" and return the print dialog that is then open (the active modal dialog)."""
    started = time.monotonic()
    qtbot.mouseClick(sheet_dialog.print_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 2.0  # the click comes back at once: no exec() holding the window
    settle()
    active = QApplication.activeModalWidget()
    return active if isinstance(active, QPrintDialog) else None


def accept(print_dialog: QPrintDialog) -> None:
    box = print_dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def printer_choices(print_dialog: QPrintDialog) -> list[str]:
    combo = print_dialog.findChild(QComboBox, "printers")
    return [combo.itemText(i) for i in range(combo.count())]


def test_at_home_drucken_opens_the_print_dialog_and_prints_one_page(qtbot, make_window, walk, tmp_path):
    from assistant.ui.announce import announcer

    heard: list[str] = []
    announcer().said.connect(heard.append)
    window = make_window(conf="")
    roles, controller = attached(window)
    sheet_dialog = open_sheet(qtbot, window, controller, walk)
    print_dialog = press_print(qtbot, sheet_dialog)
    assert print_dialog is not None and print_dialog.isVisible()
    assert print_dialog.windowModality() == Qt.WindowModality.WindowModal
    assert print_dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    # the window is not frozen while the dialog is open: the sheet dialog still gets its events
    settle()
    # this machine has no printer: the dialog offers a PDF file; the test chooses where
    target = tmp_path / "gedruckt.pdf"
    print_dialog.findChild(QLineEdit, "filename").setText(str(target))
    with qtbot.waitSignal(sheet_dialog.printed, timeout=5000):
        accept(print_dialog)
    assert "wird gedruckt" in sheet_dialog.result_label.text()
    assert any("wird gedruckt" in h for h in heard)  # a screen reader hears it too
    sheet_dialog._print_dialog = None  # the QPrinter is finished: the file is complete
    qtbot.waitUntil(lambda: target.is_file() and target.stat().st_size > 1000)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    text = " ".join(
        subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    for fact in ("MERKZETTEL", "Was Sie jetzt tun", "Bürgerbüro Bochum", "nie eine PIN, CAN oder PUK"):
        assert fact in text, fact
    raw = target.read_bytes().decode("latin-1")
    for secret in SECRETS:
        assert secret not in text and secret not in raw
    sheet_dialog.reject()


@pytest.mark.parametrize("role", ["library", "counter"])
def test_in_a_library_or_at_a_counter_there_is_no_print_to_file(qtbot, make_window, walk, tmp_path, monkeypatch, role):
    window = make_window(conf=f"[lotse]\nrole = {role}\n")
    roles, controller = attached(window)
    sheet_dialog = open_sheet(qtbot, window, controller, walk)
    assert sheet_dialog.save_button is None
    if not QPrinterInfo.availablePrinterNames():
        # without a printer: said plainly, and no dialog that could only write a file
        assert press_print(qtbot, sheet_dialog) is None
        assert "kein Drucker" in sheet_dialog.result_label.text()
        assert sheet_dialog.result_label.isVisible()
        # the same path as if the system had a printer (the CUPS list is the only thing replaced)
        monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Drucker im Flur"]))
    cwd_before = set(Path.cwd().iterdir())
    print_dialog = press_print(qtbot, sheet_dialog)
    assert print_dialog is not None and print_dialog.isVisible()
    assert not print_dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    assert not any("File" in c or "Datei" in c for c in printer_choices(print_dialog))
    # whatever the dialog ends with, a file printer is refused: nothing is written anywhere
    accept(print_dialog)
    qtbot.waitUntil(lambda: not print_dialog.isVisible())
    assert "nur auf Papier" in sheet_dialog.result_label.text()
    assert set(Path.cwd().iterdir()) == cwd_before
    assert not list(tmp_path.rglob("*.pdf"))
    sheet_dialog.reject()


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the failure under test
def test_a_printer_that_cannot_be_painted_on_is_said_plainly(qtbot, make_window, walk, tmp_path):
    window = make_window(conf="")
    roles, controller = attached(window)
    sheet_dialog = open_sheet(qtbot, window, controller, walk)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "x.pdf"))
    with qtbot.captureExceptions() as errors:
        sheet_dialog._print_to(printer)
    assert not errors
    assert "nicht geklappt" in sheet_dialog.result_label.text()
    sheet_dialog.reject()


def test_the_portal_fallback_print_opens_the_dialog_without_blocking(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    from assistant.ui.portal.printing import print_document

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started = time.monotonic()
    print_document(parent, "Ihr Termin", ["Wann: Montag, 7. Dezember 2026, 9:30 Uhr"])  # returns at once
    assert time.monotonic() - started < 2.0
    settle()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    target = tmp_path / "termin.pdf"
    dialog.findChild(QLineEdit, "filename").setText(str(target))
    accept(dialog)
    qtbot.waitUntil(lambda: target.is_file() and target.stat().st_size > 500)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ihr Termin" in text and "9:30 Uhr" in text


def column_text(pdf: Path, side: str) -> str:
    """The text of the left or right half of every page, in reading order, as one line."""
    x = 0 if side == "left" else 298
    out = subprocess.run(
        ["pdftotext", "-x", str(x), "-y", "0", "-W", "297", "-H", "842", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(out.split())


def words_with_boxes(pdf: Path) -> list[tuple[str, float, float, float]]:
    """Every word of page 1 with its left and right edge and its top in points (pdftotext -bbox)."""
    import html as html_lib
    import re

    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (html_lib.unescape(m[3]), float(m[0]), float(m[2]), float(m[1]))
        for m in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', out)
    ]


@pytest.mark.parametrize("lang", ["ar", "pl"])
def test_the_printed_sheet_has_the_persons_language_and_german_side_by_side(qtbot, make_window, walk, tmp_path, lang):
    """Printed through the real dialog: the person's language and German (for the office) on the same
    pages, side by side; Arabic right to left in the right-hand column, in the shipped Noto Sans Arabic."""
    window = make_window(conf=f"[lotse]\nlanguage = {lang}\n")
    roles, controller = attached(window)
    sheet_dialog = open_sheet(qtbot, window, controller, walk)
    assert sheet_dialog.sheet.lang == lang and sheet_dialog.sheet.german is not None
    print_dialog = press_print(qtbot, sheet_dialog)
    target = tmp_path / f"gedruckt-{lang}.pdf"
    print_dialog.findChild(QLineEdit, "filename").setText(str(target))
    with qtbot.waitSignal(sheet_dialog.printed, timeout=5000):
        accept(print_dialog)
    sheet_dialog._print_dialog = None
    qtbot.waitUntil(lambda: target.is_file() and target.stat().st_size > 1000)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert int(info.split("Pages:")[1].split()[0]) <= 2
    text = " ".join(
        subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    german = sheet_dialog.sheet.german
    # German for the office, in its own column: the sheet's headings and the guide's German end and office
    german_text = column_text(target, "left" if lang == "ar" else "right")
    for fact in (
        "MERKZETTEL",
        "Was Sie jetzt tun",
        "Wohin Sie gehen",
        "Was Sie mitbringen",
        "Bürgerbüro Bochum",
        german.result,
        "nie eine PIN, CAN oder PUK",
    ):
        assert fact in german_text, fact
    words = words_with_boxes(target)
    page_width = 595.0
    if lang == "pl":
        polish = column_text(target, "left")
        for fact in (
            "KARTKA DO ZABRANIA",
            sheet_dialog.sheet.result,
            "Co teraz zrobić",
            "Dokąd pójść",
            "Co zabrać ze sobą",
            "Dowód osobisty (Personalausweis).",
            "nigdy nie ma numeru PIN, CAN ani PUK",
        ):
            assert fact in polish, fact
        assert "Was Sie" not in polish
        # Polish in the left column, German in the right
        assert min(x0 for w, x0, _x1, _y in words if w == "MERKZETTEL") > page_width / 2 - 10
        assert max(x1 for w, _x0, x1, _y in words if w == "KARTKA") < page_width / 2
    else:
        arabic = [(x0, x1, y) for w, x0, x1, y in words if any("\u0600" <= c <= "\u06ff" for c in w)]
        assert arabic, "no Arabic words on the page"
        # the Arabic column is the right-hand one (read first from the right), German the left
        assert min(x0 for x0, _, _ in arabic) > page_width / 2 - 10
        assert max(x1 for w, _x0, x1, _y in words if w == "MERKZETTEL") < page_width / 2
        # and the document says so: every Arabic paragraph is laid out right to left
        from PySide6.QtCore import Qt as QtCore_Qt

        from assistant.ui.roles.sheet import SheetRenderer

        doc = SheetRenderer(sheet_dialog.sheet).document(QPrinter(QPrinter.PrinterMode.HighResolution))
        block, seen = doc.begin(), 0
        while block.isValid():
            if any("\u0600" <= c <= "\u06ff" for c in block.text()):
                seen += 1
                assert block.blockFormat().layoutDirection() == QtCore_Qt.LayoutDirection.RightToLeft, block.text()
            elif "Was Sie" in block.text():
                assert block.blockFormat().layoutDirection() != QtCore_Qt.LayoutDirection.RightToLeft
            block = block.next()
        assert seen > 10
        fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
        assert "NotoSansArabic" in fonts  # the shipped font, not whatever the system has
    raw = target.read_bytes().decode("latin-1")
    for secret in SECRETS:
        assert secret not in text and secret not in raw
    sheet_dialog.reject()
