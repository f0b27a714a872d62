"""The take-home sheet ("Merkzettel") on paper: one A4 page, large print, high contrast, a QR code.

``SheetRenderer`` turns a ``TakeHomeSheet`` (``assistant.core.sheet``) into a QTextDocument laid out
for the paint device (fonts in real points on paper: body 16 pt, never below 14 pt), shrinks it step by
step if it would not fit on one page, and paints it on a ``QPdfWriter`` or the ``QPrinter`` of the
system's print dialog. ``SheetDialog`` shows a preview with "Drucken" and "Als PDF speichern".
"""

from __future__ import annotations

import functools
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject, QRectF, QSizeF, Qt, QTranslator, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from assistant.core import bidi, languages
from assistant.core.sheet import TakeHomeSheet

if TYPE_CHECKING:  # pragma: no cover - QtPrintSupport is loaded when a sheet is printed
    from PySide6.QtPrintSupport import QPrinter

    Device = QPdfWriter | QPrinter  # the paged devices a sheet is painted on (both know their resolution)

FAMILY = "DejaVu Sans"
INK = "#000000"
ACCENT = "#0b3d91"  # headings; 10:1 on white
RULE = "#555555"
PRACTICE_MARK = "#d9d9d9"  # the "ÜBUNG" across a practice sheet: light, under the black text
# point sizes on paper at scale 1.0; the smallest (footer) never goes below 14 pt
SIZES = {"title": 28, "result": 21, "heading": 19, "body": 16, "number": 24, "footer": 14}
MIN_PT = 14.0
QR_MM = 45


class SheetRenderer(QObject):
    """Builds and paints the sheet. A QObject only for ``tr()`` (headings in the person's language)."""

    def __init__(self, sheet: TakeHomeSheet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.current = sheet  # the language version being written (the German twin for its column)
        self.scale = 1.0
        self.dropped_done = 0

    # --- texts ------------------------------------------------------------------------------------
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The sheet's own texts in the language of the column being written (its content comes in
        that language), whatever language the screen shows right now."""
        translator = _translator(self.current.lang)
        if translator is None:
            return text  # German is the source language
        return translator.translate("SheetRenderer", text) or text

    def word(self, text: str) -> str:
        """A shared word (assistant/ui/words.py, context ``Words``) in the language of the column being
        written (the German twin's column says it in German)."""
        translator = _translator(self.current.lang, "ui")
        return (translator.translate("Words", text) if translator is not None else "") or text

    def headings(self) -> dict[str, str]:
        s = self.current
        return {
            "title": self.tr("Übung – Merkzettel") if s.practice else self.tr("Merkzettel"),
            "done": self.tr("Was Sie gesagt haben") if s.kind == "guide" else self.tr("Worum es geht"),
            "next": self.word("Was Sie jetzt tun"),
            "where": self.tr("Wohin Sie gehen"),
            "bring": self.word("Was Sie mitbringen"),
            "cost": self.word("Kosten"),
            "address": "",
            "hours": self.tr("Öffnungszeiten"),
            "phone": self.word("Telefon"),
            "email": self.word("E-Mail"),
            "office_web": self.tr("Internet"),
            "appointment": self.word("Ihr Termin"),
            "number_appointment": self.tr("Ihre Vorgangsnummer"),
            "call_number": self.tr("Ihre Aufrufnummer"),
            "report": self.word("Ihre Meldung"),
            "number_report": self.tr("Ihre Vorgangsnummer"),
            "status": self.tr("Stand"),
            "web": self.tr("Mehr im Internet"),
            "qr": self.tr("Oder scannen Sie oben rechts das Bild mit dem Handy."),
            "footer": self.tr("Erstellt am {0} mit Lotse. Auf diesem Zettel steht nie eine PIN, CAN oder PUK."),
        }

    def practice_note(self) -> str:
        """On a practice sheet, right under the title: what is not real."""
        kind = self.current.kind
        if kind == "booking":
            return self.tr("Das ist ein Übungstermin. Beim Amt ist nichts gebucht. Niemand erwartet Sie.")
        if kind == "report":
            return self.tr("Das ist eine Übungsmeldung. Die Stadt hat sie nicht bekommen.")
        return self.tr("Das war eine Übung mit einer Übungskarte. Ihr echter Ausweis wurde nicht benutzt.")

    def standard_steps(self) -> list[str]:
        """What to do next for a booking or a report (a guide brings its own)."""
        if self.current.practice and self.current.kind in ("booking", "report"):
            return [self.tr("Wenn Sie es wirklich brauchen: machen Sie es noch einmal ohne Übung.")]
        if self.current.kind == "booking":
            return [
                self.tr("Kommen Sie 10 Minuten vor der Zeit."),
                self.tr("Nennen Sie am Empfang Ihre Vorgangsnummer."),
                self.tr("Sie können nicht kommen? Sagen Sie den Termin bitte ab."),
            ]
        if self.current.kind == "report":
            return [
                self.tr("Die Stadt prüft Ihre Meldung."),
                self.tr("Mit der Vorgangsnummer können Sie nachfragen, was daraus geworden ist."),
            ]
        return []

    def paint_practice_mark(self, painter: QPainter, width: float, height: float) -> None:
        """ "ÜBUNG" in large light letters diagonally across the whole page, under the text."""
        painter.save()
        font = QFont(FAMILY)
        font.setBold(True)
        font.setPixelSize(max(1, round(min(width, height) / 4.2)))
        painter.setFont(font)
        painter.setPen(QColor(PRACTICE_MARK))
        painter.translate(width / 2, height / 2)
        painter.rotate(-50)
        word = self.tr("ÜBUNG")
        box = QRectF(-width, -height / 4, 2 * width, height / 2)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), word)
        painter.restore()

    # --- the document -----------------------------------------------------------------------------
    def _pt(self, role: str) -> float:
        return max(MIN_PT, round(SIZES[role] * self.scale, 1))

    def blocks(self, sheet: TakeHomeSheet) -> tuple[str, list[tuple[str, str]], str]:
        """One language version of the sheet as HTML: its head (title, result), its sections in
        order as (key, html), and its footer line."""
        self.current = sheet
        try:
            return self._blocks(sheet)
        finally:
            self.current = self.sheet

    def _blocks(self, s: TakeHomeSheet) -> tuple[str, list[tuple[str, str]], str]:
        h = self.headings()
        rtl = languages.get(s.lang).rtl and s.lang != "de"
        direction = ' dir="rtl"' if rtl else ""

        def e(text: str) -> str:
            return html.escape(bidi.isolate_numbers(text) if rtl else text)

        def para(text: str, role: str = "body", bold: bool = False, color: str = INK, space: int = 4) -> str:
            weight = "font-weight:bold;" if bold else ""
            return (
                f'<p{direction} style="font-size:{self._pt(role)}pt;{weight}color:{color};margin-top:0;'
                f'margin-bottom:{space}pt;">{e(text)}</p>'
            )

        def heading(text: str) -> str:
            return (
                f'<p{direction} style="font-size:{self._pt("heading")}pt;font-weight:bold;color:{ACCENT};'
                f'margin-top:{round(22 * self.scale)}px;margin-bottom:4px;">{e(text)}</p>'
            )

        def items(lines: list[str], numbered: bool = False) -> str:
            out = []
            mark_px = round(34 * self.scale)
            for n, line in enumerate(lines, 1):
                mark = (
                    f'<td width="{mark_px}" style="font-size:{self._pt("body")}pt;" valign="top">'
                    f"<p{direction}>{f'{n}.' if numbered else '•'}</p></td>"
                )
                text = f'<td style="font-size:{self._pt("body")}pt;"><p{direction}>{e(line)}</p></td>'
                out.append(f"<tr>{text}{mark}</tr>" if rtl else f"<tr>{mark}{text}</tr>")  # the mark leads
            return '<table width="100%" cellspacing="0" cellpadding="1">' + "".join(out) + "</table>"

        head = para(h["title"].upper(), "footer", bold=True, color=ACCENT, space=2) + para(
            s.title, "title" if self.sheet.german is None else "result", bold=True, space=6
        )
        if s.result:
            head += para(s.result, "result", bold=True, space=0)
        if s.practice:
            head += para(self.practice_note(), "result", bold=True, space=0)
        parts: list[tuple[str, str]] = []
        if s.kind == "booking" and (s.when or s.reference or s.call_number):
            block = heading(h["appointment"])
            if s.when:
                block += para(s.when, "result", bold=True)
            if s.reference:
                block += para(f"{h['number_appointment']}: {s.reference}", "number", bold=True)
            if s.call_number:
                block += para(f"{h['call_number']}: {s.call_number}", "number", bold=True)
            parts.append(("appointment", block))
        if s.kind == "report" and s.reference:
            block = heading(h["report"]) + para(f"{h['number_report']}: {s.reference}", "number", bold=True)
            if s.status:
                block += para(f"{h['status']}: {s.status}")
            parts.append(("report", block))
        steps = list(s.next_steps) + self.standard_steps()
        if steps:
            parts.append(("next", heading(h["next"]) + items(steps, numbered=True)))
        if s.office is not None:
            o = s.office
            block = heading(h["where"]) + para(o.name, bold=True, space=2)
            for label, value in (
                (h["address"], o.address),
                (h["hours"], o.hours),
                (h["phone"], o.phone),
                (h["email"], o.email),
                (h["office_web"], o.web if o.web != s.web_url else ""),
            ):
                if value:
                    block += para(f"{label}: {value}" if label else value, space=2)
            if o.note:
                block += para(o.note, space=2)
            parts.append(("where", block))
        if s.bring:
            parts.append(("bring", heading(h["bring"]) + items(list(s.bring))))
        if s.cost:
            parts.append(("cost", heading(h["cost"]) + para(s.cost)))
        done = list(s.done[self.dropped_done :])
        if done:
            parts.append(("done", heading(h["done"]) + items(done)))
        if s.web_url:
            parts.append(("web", heading(h["web"]) + para(s.web_url, space=2) + para(h["qr"], "footer")))
        footer = para(h["footer"].format(s.printed), "footer", color=INK)
        return head, parts, footer

    @staticmethod
    def _cell(sheet: TakeHomeSheet, content: str, width: str = "") -> str:
        """A table cell holding one language version, in that language's font."""
        family = _family(sheet.lang)
        font = f"font-family:'{family}','{FAMILY}';" if family else ""
        width_attr = f' width="{width}"' if width else ""
        return f'<td valign="top"{width_attr} style="{font}">{content}</td>'

    def html(self, qr_px: int = 0) -> str:
        s = self.sheet
        qr = ""
        if qr_px and s.web_url:
            qr = (
                f'<td width="{qr_px + 12}" valign="top" align="right"><img src="qr:code" width="{qr_px}" '
                f'height="{qr_px}"/></td>'
            )
        head, parts, footer = self.blocks(s)
        rule = f'<hr style="color:{RULE};"/>'
        body = f"<html><body style=\"font-family:'{FAMILY}';color:{INK};\">"
        if s.german is None:  # one language: one column
            top = _table(f"<tr>{self._cell(s, head)}{qr}</tr>")
            return body + top + "".join(block for _key, block in parts) + rule + footer + "</body></html>"
        # two languages side by side, row by row, so each German section stands beside its translation;
        # the person's language is read first: left, or right for a right-to-left language (its column
        # then stands beside the QR code, which is always top right)
        g_head, g_parts, g_footer = self.blocks(s.german)
        mine, german = dict(parts), dict(g_parts)
        keys = list(dict.fromkeys([k for k, _ in parts] + [k for k, _ in g_parts]))
        first_rtl = languages.get(s.lang).rtl

        german_sheet = s.german

        def row(own: str, de: str) -> str:
            (left, a), (right, b) = ((german_sheet, de), (s, own)) if first_rtl else ((s, own), (german_sheet, de))
            return f"<tr>{self._cell(left, a, '50%')}{self._cell(right, b, '50%')}</tr>"

        if qr:  # the QR code top right, inside the right column's head
            if first_rtl:
                head = _table(f'<tr><td valign="top">{head}</td>{qr}</tr>')
            else:
                g_head = _table(f'<tr><td valign="top">{g_head}</td>{qr}</tr>')
        rows = [
            row(head, g_head),
            *(row(mine.get(k, ""), german.get(k, "")) for k in keys),
            row(rule + footer, rule + g_footer),
        ]
        return body + _table("".join(rows), padding=6) + "</body></html>"

    @property
    def max_pages(self) -> int:
        """One page; two where the German version stands beside the person's language (two columns
        in large print need about twice the height)."""
        return 1 if self.sheet.german is None else 2

    def document(self, device: Device) -> QTextDocument:
        """The sheet laid out for ``device``, made to fit on one page (two side by side: see
        ``max_pages``) — smaller steps, then fewer 'what you said' lines; body text never below 14 pt."""
        dpi = device.resolution()
        rect = device.pageLayout().paintRectPixels(dpi)
        qr_mm = QR_MM if self.sheet.german is None else QR_MM * 0.7  # beside a column's title
        qr_px = round(qr_mm / 25.4 * 96)  # QTextDocument lengths are 96-dpi pixels, scaled to the device
        self.scale, self.dropped_done = 1.0, 0
        while True:
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(device)
            font = QFont(FAMILY)
            font.setPointSizeF(self._pt("body"))
            doc.setDefaultFont(font)
            doc.setDocumentMargin(0)
            if self.sheet.web_url:
                doc.addResource(
                    QTextDocument.ResourceType.ImageResource,
                    QUrl("qr:code"),
                    qr_image(self.sheet.web_url, round(qr_mm / 25.4 * dpi)),
                )
            doc.setHtml(self.html(qr_px))
            doc.setPageSize(QSizeF(rect.width(), rect.height()))
            if doc.pageCount() <= self.max_pages:
                return doc
            if self._pt("body") > MIN_PT:
                self.scale = max(MIN_PT / SIZES["body"], self.scale - 0.06)
            elif self.dropped_done < len(self.sheet.done):
                self.dropped_done += 1  # the oldest answers first
            else:
                return doc  # cannot get smaller; paint what fits (never happens with real content)

    def paint(self, device: Device) -> bool:
        """Lay out and paint the page; False if the device could not be painted on (a printer
        that is gone, a file that cannot be written)."""
        doc = self.document(device)
        painter = QPainter()
        if not painter.begin(device):
            return False
        try:
            rect = device.pageLayout().paintRectPixels(device.resolution())
            w, h = rect.width(), rect.height()
            for page in range(min(doc.pageCount(), self.max_pages)):
                if page and not device.newPage():
                    return False
                if self.sheet.practice:
                    self.paint_practice_mark(painter, w, h)
                painter.save()
                painter.translate(0, -page * h)
                doc.drawContents(painter, QRectF(0, page * h, w, h))
                painter.restore()
        finally:
            ok = painter.end()
        return ok


def _table(rows: str, padding: int = 0) -> str:
    return f'<table width="100%" cellspacing="0" cellpadding="{padding}">{rows}</table>'


@functools.cache
def _family(lang: str) -> str:
    """The font family a language needs for its script (Arabic: the shipped Noto Sans Arabic), "" if none."""
    if lang == "de":
        return ""
    from assistant.ui.i18n import load_language_font

    return load_language_font(languages.get(lang)) if languages.get(lang).code == lang else ""


@functools.cache
def _translator(lang: str, area: str = "roles") -> QTranslator | None:
    if lang == "de":
        return None
    from assistant.resources import resource

    translator = QTranslator()
    path = resource("translations", f"lotse_{area}_{lang}.qm")
    return translator if path.is_file() and translator.load(str(path)) else None


def qr_image(url: str, size_px: int) -> QImage:
    """The QR code as a crisp black-on-white image of about ``size_px`` (4 modules quiet zone)."""
    import segno

    qr = segno.make(url, error="m")
    matrix = qr.matrix
    n = len(matrix) + 8
    k = max(1, size_px // n)
    img = QImage(n * k, n * k, QImage.Format.Format_RGB32)
    img.fill(QColor("#ffffff"))
    painter = QPainter(img)
    for y, row in enumerate(matrix):
        for x, bit in enumerate(row):
            if bit:
                painter.fillRect((x + 4) * k, (y + 4) * k, k, k, QColor("#000000"))
    painter.end()
    return img


def a4_writer(target: Path | QIODevice, dpi: int = 300) -> QPdfWriter:
    writer = QPdfWriter(target if isinstance(target, QIODevice) else str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(dpi)
    writer.setTitle("Merkzettel")
    writer.setCreator("Lotse")
    return writer


def save_pdf(sheet: TakeHomeSheet, path: Path, parent: QObject | None = None) -> Path:
    """Write the sheet as a one-page A4 PDF."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = a4_writer(path)
    SheetRenderer(sheet, parent).paint(writer)
    del writer  # flushes the file
    return path


def preview_image(sheet: TakeHomeSheet, width_px: int, parent: QObject | None = None) -> QImage:
    """The whole A4 page as an image ``width_px`` wide, laid out exactly as on paper (the preview)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer)
    renderer = SheetRenderer(sheet, parent)
    doc = renderer.document(writer)
    dpi = writer.resolution()
    full = writer.pageLayout().fullRectPixels(dpi)
    paint = writer.pageLayout().paintRectPixels(dpi)
    factor = width_px / full.width()
    img = QImage(width_px, round(full.height() * factor), QImage.Format.Format_RGB32)
    img.fill(QColor("#ffffff"))
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(factor, factor)
    painter.translate(paint.x(), paint.y())
    if sheet.practice:
        renderer.paint_practice_mark(painter, paint.width(), paint.height())
    doc.drawContents(painter, QRectF(0, 0, paint.width(), paint.height()))
    painter.end()
    return img
