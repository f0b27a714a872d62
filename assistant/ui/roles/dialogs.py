"""The roles' dialogs and overlays: confirmations, the take-home sheet, the staff exit, the
inactivity warning. Large, calm, one question each; every button has an accessible name; they open
window-modal with ``open()`` (never a blocking ``exec()``), so nothing stops the event loop.
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from assistant.core.sheet import TakeHomeSheet
from assistant.ui import theme, words
from assistant.ui.widgets import BigButton, BodyLabel, TextLabel, TitleLabel, VScrollArea

if TYPE_CHECKING:  # pragma: no cover - QtPrintSupport is loaded when a sheet is printed
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter


class RoleDialog(QDialog):
    """A dialog in the Lotse look: a title, short texts, big buttons one under the other."""

    def __init__(self, parent: QWidget | None, name: str, title: str = "", texts: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        inner = QWidget()
        inner.setObjectName("pageInner")
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(28, 24, 28, 24)
        self.column.setSpacing(16)
        self.title = TitleLabel("")
        self.column.addWidget(self.title)
        self.texts: list[TextLabel] = []
        self.buttons: list[BigButton] = []
        self.set_title(title)
        for t in texts:
            self.add_text(t)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(VScrollArea(inner))
        factor = theme.metrics().factor
        width, height = round(640 * factor), round(560 * factor)
        if parent is not None and parent.window() is not None:
            top = parent.window()
            width, height = min(width, max(480, top.width() - 40)), min(height, max(360, top.height() - 40))
        self.resize(width, height)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def add_button(self, text: str, *, primary: bool = False, name: str = "", irreversible: bool = False) -> BigButton:
        """``irreversible`` (delete, end): never the default button, never focused by itself."""
        b = BigButton(text, primary=primary)
        b.setProperty("irreversible", irreversible)
        b.setObjectName(name or f"button-{len(self.buttons)}")
        b.setAccessibleName(text)
        self.column.addWidget(b)
        self.buttons.append(b)
        return b

    def add_text(self, text: str) -> TextLabel:
        label = BodyLabel(text)
        self.column.addWidget(label)
        self.texts.append(label)
        return label

    def finish(self) -> None:
        self.column.addStretch(1)
        safe = [b for b in self.buttons if not b.property("irreversible")]
        if safe:
            first = next((b for b in safe if b.property("primary")), safe[0])
            first.setDefault(True)
            first.setFocus()

    def shown_texts(self) -> list[str]:
        return [self.title.text(), *(t.text() for t in self.texts), *(b.text() for b in self.buttons)]


class SheetDialog(RoleDialog):
    """The take-home sheet: a preview of the page, "Drucken" (the system's print dialog) and, at home,
    "Als PDF speichern". In a library or at a counter a saved file would outlive the session, so
    there the sheet is only printed."""

    printed = Signal()
    saved = Signal(str)

    def __init__(self, parent: QWidget | None, sheet: TakeHomeSheet, *, allow_save: bool) -> None:
        super().__init__(parent, "sheet-dialog")
        self.set_title(self.tr("Merkzettel zum Mitnehmen"))
        self.sheet = sheet
        self.add_text(
            self.tr("Auf dem Zettel steht, was Sie jetzt tun und wohin Sie gehen. Eine Geheimzahl steht nie darauf.")
        )
        from assistant.ui.roles.sheet import preview_image

        width = round(420 * theme.metrics().factor ** 0.5)
        self.preview = QLabel()
        self.preview.setObjectName("sheet-preview")
        self.preview.setAccessibleName(self.tr("Vorschau des Merkzettels: {0}").format(sheet.title))
        img = preview_image(sheet, width * 2)
        pix = QPixmap.fromImage(img)
        pix.setDevicePixelRatio(2.0)
        self.preview.setPixmap(pix)
        self.preview.setStyleSheet(f"border: 2px solid {theme.COLORS['border']};")
        self.preview.setFixedSize(width + 4, round(img.height() / 2) + 4)
        self.print_button = self.add_button(words.print_(), primary=True, name="sheet-print")
        self.print_button.clicked.connect(self.print_sheet)
        self.files_allowed = allow_save
        self.save_button: BigButton | None = None
        if allow_save:
            self.save_button = self.add_button(words.save_as_pdf(), name="sheet-save")
            self.save_button.clicked.connect(self.ask_file)
        self.close_button = self.add_button(self.tr("Schließen"), name="sheet-close")
        self.close_button.clicked.connect(self.accept)
        self.result_label = self.add_text("")
        self.result_label.hide()
        self.column.addWidget(self.preview)  # below the buttons: "Drucken" is seen without scrolling
        self.finish()
        self._print_dialog: tuple[QPrintDialog, QPrinter] | None = None  # kept until the printer is done
        self._file_dialog: QDialog | None = None

    def say(self, text: str) -> None:
        from assistant.ui.announce import announce

        self.result_label.setText(text)
        self.result_label.setAccessibleName(text)
        self.result_label.show()
        announce(self.result_label, text)  # "wird gedruckt", "kein Drucker": heard where the focus is

    def print_sheet(self) -> None:
        """Open the system's print dialog window-modal (never a blocking ``exec()``). Where files
        are not allowed (library, counter) the dialog offers no "Print to File", and without a
        printer the person is told so instead of being shown an empty dialog."""
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.files_allowed:
            if not QPrinterInfo.availablePrinterNames():
                self.say(
                    self.tr(
                        "An diesem Computer ist kein Drucker eingerichtet. Bitte fragen Sie die Mitarbeitenden vor Ort."
                    )
                )
                return
            printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        dialog = self.make_print_dialog(printer)
        dialog.accepted.connect(lambda: self._print_to(printer))
        self._print_dialog = (dialog, printer)
        QDialog.open(dialog)  # QPrintDialog.open() in PySide6 wants (receiver, slot): QDialog's own open()

    def make_print_dialog(self, printer: QPrinter) -> QPrintDialog:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print-dialog")
        dialog.setWindowTitle(self.tr("Merkzettel drucken"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, self.files_allowed)
        return dialog

    def _print_to(self, printer) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from assistant.ui.roles.sheet import SheetRenderer

        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or bool(printer.outputFileName())
        if to_file and not self.files_allowed:  # a file would outlive the session: paper only
            self.say(self.tr("Hier wird nur auf Papier gedruckt, nicht in eine Datei. Bitte wählen Sie einen Drucker."))
            return
        if not SheetRenderer(self.sheet, self).paint(printer):
            self.say(self.tr("Das Drucken hat nicht geklappt. Ist der Drucker an? Versuchen Sie es bitte noch einmal."))
            return
        self.say(self.tr("Der Merkzettel wird gedruckt."))
        self.printed.emit()

    def ask_file(self) -> None:
        """Where to save: our own large-print page (Dokumente, Desktop, USB stick), see save_place.py."""
        from assistant.ui.roles.save_place import SavePlaceDialog

        dialog = SavePlaceDialog(self, self.tr("Merkzettel.pdf"))
        dialog.chosen.connect(self.save_to)
        self._file_dialog = dialog
        dialog.open()

    def save_to(self, path: str) -> None:
        from assistant.ui.roles.sheet import save_pdf

        try:
            save_pdf(self.sheet, Path(path), self)
        except OSError as exc:
            self.say(
                self.tr("Das Speichern hat nicht geklappt ({0}). Versuchen Sie einen anderen Ort.").format(
                    exc.__class__.__name__
                )
            )
            return
        if not Path(path).is_file():
            self.say(self.tr("Das Speichern hat nicht geklappt. Versuchen Sie einen anderen Ort."))
            return
        self.say(self.tr("Gespeichert: {0}").format(path))
        self.saved.emit(path)


class StaffDialog(RoleDialog):
    """Closing the program at a counter: only staff, with the code from the deployment file if one
    is set. Protects against accidents (Alt+F4, a stray click), not against attackers."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None, code: str) -> None:
        super().__init__(parent, "staff-dialog")
        self.set_title(self.tr("Programm beenden – nur für Mitarbeitende"))
        self.add_text(self.tr("Das Programm wird geschlossen. Alles Persönliche wird vorher gelöscht."))
        self.code = code
        self.field: QLineEdit | None = None
        if code:
            label = self.add_text(self.tr("Code für Mitarbeitende:"))
            self.field = QLineEdit()
            self.field.setObjectName("staff-code")
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setAccessibleName(self.tr("Code für Mitarbeitende"))
            self.field.setMinimumHeight(theme.MIN_TARGET_PX)
            label.setBuddy(self.field)
            self.column.addWidget(self.field)
        self.problem = self.add_text("")
        self.problem.hide()
        self.cancel = self.add_button(self.tr("Abbrechen: weiter arbeiten"), primary=True, name="staff-cancel")
        self.cancel.clicked.connect(self.reject)
        self.quit = self.add_button(self.tr("Programm beenden"), name="staff-quit")
        self.quit.clicked.connect(self.try_quit)
        self.finish()
        if self.field is not None:
            self.field.setFocus()

    def try_quit(self) -> None:
        if self.code:
            typed = self.field.text() if self.field is not None else ""
            if not hmac.compare_digest(typed.encode(), self.code.encode()):
                if self.field is not None:
                    self.field.clear()
                self.problem.setText(self.tr("Der Code stimmt nicht. Bitte noch einmal."))
                self.problem.setAccessibleName(self.problem.text())
                self.problem.show()
                from assistant.ui.announce import announce

                announce(self.problem, self.problem.text())
                return
        if self.field is not None:
            self.field.clear()
        self.confirmed.emit()
        self.accept()


class InactivityWarning(QWidget):
    """Covers the whole window: "Sind Sie noch da?" with the seconds left and one large button.
    Any click on it counts as "Ich bin noch da" too — only a click *on this warning*, so a person
    who is there can hardly miss it."""

    still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inactivity-warning")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(False)
        panel = QWidget(self)
        panel.setObjectName("pageInner")
        panel.setAutoFillBackground(True)
        self.panel = panel
        self.covered = parent  # the window it covers
        self.panel_column = col = QVBoxLayout(panel)
        col.setContentsMargins(36, 32, 36, 32)
        col.setSpacing(20)
        self.title = TitleLabel(self.tr("Sind Sie noch da?"))
        self.text = BodyLabel("")
        self.button = BigButton(self.tr("Ich bin noch da"), primary=True)
        self.button.setObjectName("still-here")
        self.button.setAccessibleName(self.tr("Ich bin noch da"))
        self.button.setMinimumHeight(round(96 * theme.metrics().factor))
        self.button.clicked.connect(self.still_here)
        for w in (self.title, self.text, self.button):
            col.addWidget(w)
        self.setAccessibleName(self.tr("Sind Sie noch da?"))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Escape):
            shortcut = QShortcut(QKeySequence(key), self, self.still_here.emit)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()
        parent.installEventFilter(self)

    def show_seconds(self, seconds: float) -> None:
        n = max(1, round(seconds))
        self.text.setText(
            self.tr(
                "Niemand hat das Programm eine Weile benutzt. In {0} Sekunden beginnt es von vorn. "
                "Dann wird alles gelöscht, was hier eingegeben wurde."
            ).format(n)
        )
        if self.isHidden():
            self._place()
            self.show()
            self.raise_()
            self.button.setFocus(Qt.FocusReason.OtherFocusReason)
            try:
                from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.text, self.text.text()))
            except (ImportError, AttributeError):  # Qt < 6.8
                pass

    def _place(self) -> None:
        self.setGeometry(self.covered.rect())
        width = max(320, min(self.width() - 40, round(720 * max(1.0, theme.metrics().factor * 0.8))))
        self.panel.setFixedWidth(width)
        needed = self.panel_column.totalHeightForWidth(width)  # wrapped text: its real height
        self.panel.setFixedHeight(
            min(max(needed, self.panel_column.totalMinimumSize().height()), max(200, self.height() - 20))
        )
        self.panel.move((self.width() - self.panel.width()) // 2, max(20, (self.height() - self.panel.height()) // 2))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self._place()
        return False

    def mousePressEvent(self, event) -> None:
        self.still_here.emit()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(26, 26, 26, 200))  # the page behind goes dark: the warning stands out
        p.end()
