"""The large on-screen number pad for PIN, CAN and PUK, with keyboard input.

The digits live in a plain list inside this widget — never in a QLineEdit (no undo history, no
clipboard, no input method), never in an accessible name or value. ``take()`` hands them over as a
``Secret`` and forgets them; ``clear()`` forgets them too. The display shows one dot a digit (or the
digits, while "Ziffern zeigen" is on) and empty places for the digits still missing; screen readers
hear only the count ("5 von 6 Ziffern"), announced without moving the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from assistant.eid.messages import Secret
from assistant.ui import theme
from assistant.ui.eid.texts import EidTexts
from assistant.ui.widgets import BigButton, CheckItem, SmallLabel, keep_left_to_right

DOT, EMPTY = "●", "○"
PAD_KEYS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)}


class PinPad(QFrame):
    """Signals: ``submitted()`` when 'Fertig' (or Enter) is pressed; ``changed(int)`` with the count."""

    submitted = Signal()
    changed = Signal(int)

    def __init__(self, digits: int, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.t = EidTexts(self)
        self.expected = digits
        self.what = what  # "PIN", "Zugangsnummer", … (for accessible names)
        self.limit = digits + 4  # more than needed is allowed, so the length check can say so
        self._digits: list[str] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.t.display_name(what))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)

        row = QHBoxLayout()
        self.display = keep_left_to_right(QLabel())  # the dots fill from the left, as the digits are typed
        self.display.setProperty("role", "pin-display")
        self.display.setTextFormat(Qt.TextFormat.PlainText)
        self._style_display(False)
        self.display.setAccessibleName(self.t.display_name(what))
        row.addWidget(self.display, 0)
        row.addStretch(1)
        lay.addLayout(row)
        self.count = SmallLabel()
        self.count.setProperty("role", "body")
        lay.addWidget(self.count)
        self.reveal = CheckItem(self.t.show_digits())
        self.reveal.toggled.connect(self._render)
        lay.addWidget(self.reveal)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.buttons: dict[str, BigButton] = {}
        for i, d in enumerate("123456789"):
            self._key(grid, d, i // 3, i % 3)
        self.delete_button = BigButton(self.t.delete())
        self.delete_button.setAccessibleName(self.t.delete())
        self.delete_button.clicked.connect(self.backspace)
        grid.addWidget(self.delete_button, 3, 0)
        self._key(grid, "0", 3, 1)
        self.done_button = BigButton(self.t.done(), primary=True)
        self.done_button.setAccessibleName(self.t.done())
        self.done_button.clicked.connect(self.submitted)
        grid.addWidget(self.done_button, 3, 2)
        f = theme.metrics().factor
        key_w = round(150 * f)
        for c in range(3):
            grid.setColumnStretch(c, 1)
            grid.setColumnMinimumWidth(c, key_w)
        digit_pt = theme.metrics().pt("title")
        for b in [*self.buttons.values(), self.delete_button, self.done_button]:
            b.setMinimumHeight(round(72 * max(1.0, f * 0.8)))
            b.label().setAlignment(Qt.AlignmentFlag.AlignCenter)
        for b in self.buttons.values():
            b.label().setStyleSheet(f"font-size: {digit_pt:.0f}pt; font-weight: bold;")
        pad = keep_left_to_right(QWidget())  # "1 2 3" from the left, also in Arabic
        pad.setLayout(grid)
        pad.setFixedWidth(3 * key_w + 2 * grid.spacing())
        pad.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        lay.addWidget(pad, 0, Qt.AlignmentFlag.AlignLeft)
        self.display.setFixedWidth(3 * key_w + 2 * grid.spacing())
        for b in [*self.buttons.values(), self.delete_button, self.done_button, self.reveal]:
            b.installEventFilter(self)  # typing works wherever the focus is inside the pad
        self._render()

    def _key(self, grid: QGridLayout, d: str, r: int, c: int) -> None:
        b = BigButton(d)
        b.setAccessibleName(self.t.digit_name(d))
        b.clicked.connect(lambda _=False, d=d: self.press(d))
        self.buttons[d] = b
        grid.addWidget(b, r, c)

    def _style_display(self, focused: bool) -> None:
        """The display box shows where typing goes: yellow with a thick dark ring while focused."""
        c = theme.COLORS
        bg, border, width = (c["focus"], c["focus_ring"], 4) if focused else (c["button"], c["border"], 3)
        self.display.setStyleSheet(
            f"QLabel {{ font-size: {theme.metrics().pt('title') * 1.2:.0f}pt; letter-spacing: 6px;"
            f" background: {bg}; border: {width}px solid {border}; color: {c['text']};"
            f" border-radius: 10px; padding: 8px 18px; }}"
        )

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._style_display(True)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._style_display(False)

    # --- input -----------------------------------------------------------------------------
    def press(self, d: str) -> None:
        if d in "0123456789" and len(d) == 1 and len(self._digits) < self.limit:
            self._digits.append(d)
            self._render(announce=True)

    def backspace(self) -> None:
        if self._digits:
            self._digits[-1] = "\0"
            self._digits.pop()
            self._render(announce=True)

    def clear(self) -> None:
        for i in range(len(self._digits)):
            self._digits[i] = "\0"
        self._digits.clear()
        self._render()

    def take(self) -> Secret:
        """The typed digits as a Secret; the pad forgets them at once."""
        secret = Secret("".join(self._digits))
        self.clear()
        return secret

    def typed(self) -> int:
        return len(self._digits)

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in PAD_KEYS:
            self.press(PAD_KEYS[key])
            return True
        if event.text() and event.text() in "0123456789" and len(event.text()) == 1:
            self.press(event.text())
            return True
        if key == Qt.Key.Key_Backspace or key == Qt.Key.Key_Delete:
            self.backspace()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Space:
                return False  # Space presses the focused key, as everywhere
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                obj.click()  # Enter presses the focused key too (a digit, Löschen, Fertig, the switch)
                return True
            if self.handle_key(event):  # digits and Backspace type, wherever the focus is in the pad
                return True
        return super().eventFilter(obj, event)

    # --- display ---------------------------------------------------------------------------
    def _render(self, *_a, announce: bool = False) -> None:
        n = len(self._digits)
        shown = "".join(self._digits) if self.reveal.isChecked() else DOT * n
        missing = max(0, self.expected - n)
        self.display.setText((shown + EMPTY * missing) or EMPTY)
        count = self.t.count(n, self.expected)
        self.count.setText(count)
        self.count.setAccessibleName(count)
        self.display.setAccessibleDescription(count)
        self.setAccessibleDescription(count)
        self.changed.emit(n)
        if announce:
            announce_text(self, count)


def announce_text(widget: QWidget, text: str) -> None:
    """Let screen readers say ``text`` without moving the focus (WCAG 4.1.3)."""
    if not text:
        return
    try:
        event = QAccessibleAnnouncementEvent(widget, text)
        QAccessible.updateAccessibility(event)
    except (TypeError, RuntimeError):  # pragma: no cover - Qt before 6.8
        pass
