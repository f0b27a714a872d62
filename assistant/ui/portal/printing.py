"""Print a confirmation (QPrintDialog, opened window-modal) or save it as a PDF — large, plain text on one page."""

from __future__ import annotations

import html

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget


def document(title: str, lines: list[str]) -> QTextDocument:
    doc = QTextDocument()
    body = "".join(f"<p style='font-size:16pt; margin:0 0 10pt 0'>{html.escape(line)}</p>" for line in lines)
    doc.setHtml(f"<h1 style='font-size:24pt'>{html.escape(title)}</h1>{body}")
    font = doc.defaultFont()
    font.setPointSize(16)
    doc.setDefaultFont(font)
    return doc


def save_pdf(path: str, title: str, lines: list[str]) -> bool:
    """Write the text to ``path`` as an A4 PDF. False if the file could not be written."""
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    doc = document(title, lines)
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    doc.print_(writer)
    del writer
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False


def print_document(parent: QWidget, title: str, lines: list[str]) -> None:
    """Ask for a printer (the system's dialog, window-modal: the window keeps working), then print
    once it is accepted. Only where the roles' take-home sheet is missing (see its callers)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.accepted.connect(lambda: document(title, lines).print_(printer))
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    QDialog.open(dialog)  # never exec(): QPrintDialog.open() in PySide6 wants (receiver, slot)
