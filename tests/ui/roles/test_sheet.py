"""The take-home sheet rendered to a real PDF: one A4 page, the expected facts, large print, a QR
code, never a secret. Its picture is docs/screenshots/sheet.png (scripts/screenshots.sh)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
import segno
from PySide6.QtGui import QColor

from assistant.core.city import load_city
from assistant.core.engine import GuideRun
from assistant.core.guide import GuideLibrary
from assistant.core.sheet import TakeHomeSheet, sheet_from_booking, sheet_from_report, sheet_from_run
from assistant.portal.api import Appointment, AppointmentState
from assistant.ui.roles.sheet import preview_image, qr_image, save_pdf
from assistant.ui.step_page import fill_values

SECRETS = ("918273", "55501", "7364519920", "SENTINEL-AUTHKEY-4471")  # PIN, transport PIN, PUK, authKey
TODAY = date(2026, 12, 1)

pytestmark = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils (pdfinfo) is needed")


def pdf_info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def word_heights(pdf: Path) -> list[float]:
    """Height of every word box in points (≈ 1.16 × the font size for DejaVu Sans)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [float(m[1]) - float(m[0]) for m in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', out)]


def column_text(pdf: Path, *, right: bool) -> str:
    """The text of one half of every page (a column of a two-language sheet), read on its own: pdftotext
    reads two columns line by line across, so a sentence of one would be cut by the other."""
    width, height = (float(x) for x in pdf_info(pdf)["Page size"].split("pts")[0].split(" x "))
    half = int(width / 2)
    out = subprocess.run(
        [
            "pdftotext",
            "-x",
            str(half if right else 0),
            "-y",
            "0",
            "-W",
            str(half),
            "-H",
            str(int(height) + 1),
            str(pdf),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def flat(text: str) -> str:
    """One line, ligatures (ﬀ) undone, words broken at a hyphen joined again."""
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)))


@pytest.fixture(scope="module")
def city():
    return load_city("bochum")


@pytest.fixture
def guide_sheet(walk, city):
    run = walk(GuideRun(GuideLibrary.load().get("eid-pin", "de")), "end-office-pin")
    return sheet_from_run(run, city, "de", values=fill_values(run, city, "de"), today=TODAY)


def check_one_page(pdf: Path) -> str:
    info = pdf_info(pdf)
    assert info["Pages"].strip() == "1"
    assert "595 x 842" in info["Page size"] or "595.276 x 841.89" in info["Page size"]  # A4
    heights = word_heights(pdf)
    assert heights and min(heights) >= 14 * 1.1, min(heights)  # nothing below 14 pt
    text = pdf_text(pdf)
    for secret in SECRETS:
        assert secret not in text and secret not in pdf.read_bytes().decode("latin-1")
    return flat(text)


def test_guide_sheet_is_one_page_with_the_facts(qapp, guide_sheet, tmp_path):
    pdf = save_pdf(guide_sheet, tmp_path / "merkzettel.pdf")
    text = check_one_page(pdf)
    for fact in (
        "MERKZETTEL",
        "PIN des Online-Ausweises",
        "Im Bürgerbüro bekommen Sie eine neue PIN",
        "Was Sie jetzt tun",
        "Machen Sie einen Termin im Bürgerbüro.",
        "Wohin Sie gehen",
        "Bürgerbüro Bochum",
        "Telefon: 115",
        "Öffnungszeiten: Nur mit Termin.",
        "Was Sie mitbringen",
        "Ihren Personalausweis.",
        "Kosten",
        "Das kostet nichts.",
        "Was Sie gesagt haben",
        "Ich habe die PIN vergessen oder bin unsicher.",
        "https://www.bochum.de",
        "Dienstag, 1. Dezember 2026",
        "nie eine PIN, CAN oder PUK",
    ):
        assert fact in text, fact
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 3  # header lines + the QR code


def test_the_sheet_picture_for_the_readme(qapp, guide_sheet, tmp_path, screenshot_dir):
    pdf = save_pdf(guide_sheet, tmp_path / "merkzettel.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(tmp_path / "sheet")], check=True)
    png = tmp_path / "sheet.png"
    target = screenshot_dir / "sheet.png"
    shutil.copyfile(png, target)
    from PySide6.QtGui import QImage

    img = QImage(str(target))
    assert abs(img.width() - 661) <= 1 and abs(img.height() - 935) <= 1  # A4 at 80 dpi
    # high contrast: the darkest text pixels are black on a white page
    dark = min(QColor(img.pixel(x, y)).lightness() for x in range(60, 400, 3) for y in range(60, 300, 3))
    assert dark < 20 and QColor(img.pixel(5, 5)).lightness() == 255


def test_the_preview_on_screen_matches_the_page(qapp, guide_sheet):
    img = preview_image(guide_sheet, 600)
    assert img.width() == 600 and abs(img.height() / img.width() - 297 / 210) < 0.01
    assert QColor(img.pixel(2, 2)).lightness() == 255
    assert min(QColor(img.pixel(x, 80)).lightness() for x in range(40, 300)) < 60  # the title is there


def test_the_qr_code_holds_the_web_address(qapp):
    url = "https://www.bochum.de"
    img = qr_image(url, 400)
    matrix = segno.make(url, error="m").matrix
    n = len(matrix) + 8
    k = img.width() // n
    for y, row in enumerate(matrix):
        for x, bit in enumerate(row):
            px = QColor(img.pixel((x + 4) * k + k // 2, (y + 4) * k + k // 2)).lightness()
            assert (px == 0) == bool(bit)
    assert TakeHomeSheet(kind="guide", lang="de", title="x", web="bochum.de").web_url == "https://bochum.de"


def test_booking_sheet_has_time_and_number_but_never_the_auth_key(qapp, city, tmp_path):
    appointment = Appointment(
        process_id="120034",
        auth_key=SECRETS[3],
        state=AppointmentState.CONFIRMED,
        start=datetime(2026, 12, 7, 9, 30),
        office_name="Bürgerbüro Bochum",
        service_name="Personalausweis beantragen",
        display_number="A-17",
    )
    sheet = sheet_from_booking(
        service_name=appointment.service_name,
        office_name=appointment.office_name,
        start=appointment.start,
        number=appointment.process_id,
        call_number=appointment.display_number,
        city=city,
        lang="de",
        bring=("Ihren alten Ausweis.", "Ein biometrisches Foto."),
        today=TODAY,
    )
    assert SECRETS[3] not in " ".join(sheet.texts())
    text = check_one_page(save_pdf(sheet, tmp_path / "termin.pdf"))
    for fact in (
        "Personalausweis beantragen",
        "Ihr Termin",
        "Montag, 7. Dezember 2026, 9:30 Uhr",
        "Ihre Vorgangsnummer: 120034",
        "Ihre Aufrufnummer: A-17",
        "Bürgerbüro Bochum",
        "Telefon: 115",
        "Ein biometrisches Foto.",
        "Sagen Sie den Termin bitte ab.",
    ):
        assert fact in text, fact


def test_report_sheet_has_the_request_number(qapp, city, tmp_path):
    sheet = sheet_from_report(
        service_name="Schlagloch",
        address="Kortumstraße 12, 44787 Bochum",
        request_id="638344",
        status="offen",
        city=city,
        lang="de",
        web="https://maengel.example.de/requests/638344",
        today=TODAY,
    )
    text = check_one_page(save_pdf(sheet, tmp_path / "meldung.pdf"))
    for fact in (
        "Schlagloch",
        "Ihre Vorgangsnummer: 638344",
        "Stand: offen",
        "Kortumstraße 12",
        "https://maengel.example.de/requests/638344",
    ):
        assert fact in text, fact


def test_a_long_sheet_still_fits_on_one_page_in_large_print(qapp, city, tmp_path):
    office = city.office("auslaenderbuero", "de")
    sheet = TakeHomeSheet(
        kind="guide",
        lang="de",
        title="Ein sehr langer Titel für eine Anleitung mit vielen Schritten",
        result="Sie brauchen einen Termin im Ausländerbüro und mehrere Unterlagen",
        done=tuple(f"Antwort Nummer {i}: Ich habe eine Frage beantwortet." for i in range(6)),
        next_steps=tuple(f"Schritt {i}: Machen Sie etwas Wichtiges." for i in range(5)),
        office=office,
        bring=tuple(f"Unterlage {i}" for i in range(4)),
        cost="Das kostet nichts.",
        web="https://www.bochum.de/auslaenderbuero",
        printed="Dienstag, 1. Dezember 2026",
    )
    text = check_one_page(save_pdf(sheet, tmp_path / "lang.pdf"))
    # what to do and where to go always stay; the oldest answers go first when space is short
    assert "Schritt 4:" in text and "Ausländerbüro Bochum" in text and "Unterlage 3" in text
    kept = [i for i in range(6) if f"Antwort Nummer {i}:" in text]
    assert kept == list(range(6 - len(kept), 6))  # only ever the oldest answers are left out
    assert "nie eine PIN, CAN oder PUK" in text


def test_only_finished_guides_have_a_sheet(walk, city):
    run = GuideRun(GuideLibrary.load().get("eid-pin", "de"))
    with pytest.raises(ValueError, match="not an end step"):
        sheet_from_run(run, city)


def test_the_sheet_in_english(qapp, walk, city, tmp_path):
    """The sheet's own words follow the sheet's language, whatever the screen shows."""
    run = walk(GuideRun(GuideLibrary.load().get("eid-pin", "en")), "end-office-pin")
    sheet = sheet_from_run(run, city, "en", values=fill_values(run, city, "en"), today=TODAY)
    text = check_one_page(save_pdf(sheet, tmp_path / "sheet-en.pdf"))
    for fact in (
        "TAKE-HOME SHEET",
        "What you do now",
        "Where you go",
        "Phone: 115",
        "Tuesday, 1 December 2026",
        "never shows a PIN, CAN or PUK",
        run.guide.title,
    ):
        assert fact in text, fact
    assert "Was Sie" not in text


def test_a_booking_sheet_in_another_language_has_its_german_twin_for_the_office(qapp, city, tmp_path):
    sheet = sheet_from_booking(
        service_name="Personalausweis beantragen",
        office_name="Bürgerbüro Bochum",
        start=datetime(2026, 12, 7, 9, 30),
        number="120034",
        call_number="A-17",
        city=city,
        lang="tr",
        today=TODAY,
    )
    assert sheet.lang == "tr" and sheet.german is not None and sheet.german.lang == "de"
    assert sheet.german.german is None and sheet.german.reference == "120034"
    pdf = save_pdf(sheet, tmp_path / "termin-tr.pdf")
    assert int(pdf_info(pdf)["Pages"]) <= 2
    text = flat(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    german = flat(column_text(pdf, right=True))  # Turkish reads left to right: German is the right column
    for fact in (
        "Ihr Termin",
        "Montag, 7. Dezember 2026, 9:30 Uhr",
        "Ihre Vorgangsnummer",
        "Kommen Sie 10 Minuten vor der Zeit.",
        "Bürgerbüro Bochum",
    ):
        assert fact in german, fact  # the German for the office
    assert text.count("120034") == 2 and "MERKZETTEL" in text  # and the person's language beside it
    assert "Randevunuz" in text or "RANDEVU" in text.upper()
    for secret in SECRETS:
        assert secret not in " ".join(sheet.texts()) and secret not in pdf.read_bytes().decode("latin-1")


def test_a_german_sheet_stays_one_column(qapp, city):
    sheet = sheet_from_report(
        service_name="Schlagloch", address="Kortumstraße 12", request_id="1", city=city, lang="de", today=TODAY
    )
    assert sheet.german is None
