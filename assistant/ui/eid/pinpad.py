"""The large on-screen number pad for PIN, CAN and PUK, with keyboard input.

The digits live in a plain list inside this widget — never in a QLineEdit (no undo history, no
clipboard, no input method), never in an accessible name or value. ``take()`` hands them over as a
``Secret`` and forgets them; ``clear()`` forgets them too. The display shows one dot a digit (or the
digits, while "Ziffern zeigen" is on) and empty places for the digits still missing; screen readers
hear only the count ("5 von 6 Ziffern"), announced without moving the focus.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

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
        # a message about the digits (set_problem) right above the field; then the field (display, count,
        # "Ziffern zeigen") and the keys: side by side where the width allows, else one above the other;
        # the keys take the height that is left (fit)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(10)
        self.problem: QWidget | None = None
        self.lay = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.lay.setSpacing(12)
        self.outer.addLayout(self.lay)
        self.info = QWidget()
        self.info_lay = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.info)
        self.info_lay.setContentsMargins(0, 0, 0, 0)
        self.info_lay.setSpacing(16)
        self.display = QLabel()
        keep_left_to_right(self.display)  # the dots fill from the left, as the digits are typed
        self.display.setProperty("role", "pin-display")
        self.display.setTextFormat(Qt.TextFormat.PlainText)
        self._style_display(False)
        self.display.setAccessibleName(self.t.display_name(what))
        self.info_lay.addWidget(self.display, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        side = self.side = QBoxLayout(QBoxLayout.Direction.TopToBottom)  # count and switch
        side.setSpacing(6)
        self.count = SmallLabel()
        self.count.setProperty("role", "body")
        side.addWidget(self.count)
        self.reveal = CheckItem(self.t.show_digits())
        self.reveal.toggled.connect(self._render)
        side.addWidget(self.reveal)
        side.addStretch(1)
        self.info_lay.addLayout(side, 1)
        self.lay.addWidget(self.info)
        # the row layout's first row: display, Löschen, Fertig (and count and switch where wide enough)
        self.first_row_host = QWidget()
        self.first_row = QHBoxLayout(self.first_row_host)
        self.first_row.setContentsMargins(0, 0, 0, 0)
        self.first_row.setSpacing(16)
        self.first_row_host.hide()
        self.outer.insertWidget(0, self.first_row_host)  # above the keys (the message goes above it)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.grid = grid
        self.buttons: dict[str, BigButton] = {}
        for i, d in enumerate("123456789"):
            self._key(grid, d, i // 3, i % 3)
        self.delete_button = BigButton(self.t.delete(), role="key")  # key: little padding
        self.delete_button.setAccessibleName(self.t.delete())
        self.delete_button.clicked.connect(self.backspace)
        grid.addWidget(self.delete_button, 3, 0)
        self._key(grid, "0", 3, 1)
        self.done_button = BigButton(self.t.done(), primary=True, role="key")
        self.done_button.setAccessibleName(self.t.done())
        self.done_button.clicked.connect(self.submitted)
        grid.addWidget(self.done_button, 3, 2)
        for c in range(3):
            grid.setColumnStretch(c, 1)
        for b in self.keys():
            b.label().setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = keep_left_to_right(QWidget())  # "1 2 3" from the left, also in Arabic
        self.pad.setLayout(grid)
        self.pad.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.lay.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.lay.addStretch(1)
        for w in [*self.keys(), self.reveal]:
            w.installEventFilter(self)  # typing works wherever the focus is inside the pad
        self._fit_key: tuple | None = None
        self.fit(round(1000 * theme.metrics().factor), 10000)
        self._render()

    def keys(self) -> list[BigButton]:
        return [*self.buttons.values(), self.delete_button, self.done_button]

    # --- size: the keys take the room they are given ---------------------------------------------
    def _key_width(self, width: int) -> int:
        f = theme.metrics().factor
        narrowest = max(b.minimumSizeHint().width() for b in self.keys())
        return max(narrowest, min(round(150 * f), (width - 2 * self.grid.spacing()) // 3))

    def _key_heights(self) -> tuple[int, int]:
        """(smallest, largest) key height: the digit drawn at body size … at title size."""
        f = theme.metrics().factor
        v, _ = theme.metrics().padding("key")
        body_px = QFontMetrics(self.delete_button.label().font()).height()
        return max(theme.MIN_TARGET_PX, body_px + 2 * (v + theme.FOCUS_BORDER_PX)), round(72 * max(1.0, f * 0.8))

    def _info_height(self, width: int) -> int:
        lay = self.info_lay
        return lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else lay.totalSizeHint().height()

    def _wide(self, width: int) -> tuple[bool, int, int]:
        """(side by side?, key width, width of the field's column)."""
        narrowest = max(b.minimumSizeHint().width() for b in self.keys())
        need = max(self.display.sizeHint().width(), self.reveal.minimumSizeHint().width() + 80)
        key_w = min(round(150 * theme.metrics().factor), (width - 24 - need - 2 * self.grid.spacing()) // 3)
        if key_w >= narrowest:
            return True, key_w, width - 24 - (3 * key_w + 2 * self.grid.spacing())
        return False, self._key_width(width), width

    def _problem_height(self, width: int) -> int:
        if self.problem is None or self.problem.isHidden():
            return 0
        p = self.problem
        if isinstance(p, QLabel):  # measured from its text: QLabel's own guess with a styled frame is a line too tall
            pad_v, pad_h, border = 8, 14, 2  # the "status" role in resources/style/lotse.qss
            inner = max(1, width - 2 * (pad_h + border))
            text = (
                p.fontMetrics()
                .boundingRect(QRect(0, 0, inner, 100000), int(Qt.TextFlag.TextWordWrap), p.text())
                .height()
            )
            h = text + 2 * (pad_v + border)
            p.setFixedHeight(h)
            return h + self.outer.spacing()
        return p.heightForWidth(width) + self.outer.spacing()

    def _arrange_info(self, wide: bool, width: int) -> None:
        """The field's column: display above count and switch beside the keys; above the keys, the
        count and switch beside the display where the width allows."""
        beside = not wide and width >= self.display.sizeHint().width() + self.reveal.minimumSizeHint().width() + 120
        self.info_lay.setDirection(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)

    def min_height(self, width: int) -> int:
        """The least height of the phone layout (3 × 4 keys) at ``width``."""
        wide, _, info_w = self._wide(width)
        self._arrange_info(wide, width)
        keys = 4 * self._key_heights()[0] + 3 * self.grid.spacing()
        body = max(keys, self._info_height(info_w)) if wide else keys + self._info_height(width) + self.lay.spacing()
        return body + self._problem_height(width)

    # --- the row layout, where the phone layout does not fit (200 % on a small screen) ----------------
    def _row_parts(self, width: int) -> tuple[bool, int, int]:
        """(count and switch beside the display too?, digit key width, height of the first row)."""
        sp = self.grid.spacing()
        digit_w = (width - 9 * sp) // 10
        first = [
            self.display.sizeHint().width(),
            self.delete_button.minimumSizeHint().width(),
            self.done_button.minimumSizeHint().width(),
        ]
        side_w = max(self.reveal.sizeHint().width(), self.count.sizeHint().width())
        beside = sum(first) + 2 * 24 + side_w + 3 * self.first_row.spacing() <= width  # +24: Löschen's, Fertig's margin
        self.side.setDirection(QBoxLayout.Direction.TopToBottom if beside else QBoxLayout.Direction.LeftToRight)
        self.side.setSpacing(6 if beside else 24)
        low = self._key_heights()[0]
        row_h = max(low, self.display.sizeHint().height(), self._side_height(side_w) if beside else 0)
        return beside, digit_w, row_h

    def _side_height(self, w: int) -> int:
        """Count and switch: one above the other in ``w`` px, or side by side where ``w`` is the full width."""
        if self.side.direction() == QBoxLayout.Direction.LeftToRight:
            half = (w - self.side.spacing()) // 2
            return max(self.count.heightForWidth(half), self.reveal.heightForWidth(half))
        return self.count.heightForWidth(w) + 6 + self.reveal.heightForWidth(w)

    def _slim(self) -> int:
        """Slim digit keys where room is short: the digit at body size with a thin frame (≥ 56 px)."""
        return max(
            theme.MIN_TARGET_PX,
            QFontMetrics(self.delete_button.label().font()).height() + 2 * theme.FOCUS_BORDER_PX + 6,
        )

    def row_min_height(self, width: int) -> int:
        """The least height of the row layout: display, Löschen, Fertig; the ten digits in one row;
        count and "Ziffern zeigen" beside the display or below the digits."""
        beside, _, row_h = self._row_parts(width)
        h = row_h + self.lay.spacing() + min(self._key_heights()[0], self._slim())
        if not beside:
            h += self.lay.spacing() + self._side_height(width)
        return h + self._problem_height(width)

    def fits_as_phone(self, width: int, room: int) -> bool:
        return self.min_height(width) <= room or width < self.row_needs_width()

    def row_needs_width(self) -> int:
        narrowest = max(b.minimumSizeHint().width() for b in self.buttons.values())
        first = (
            self.display.sizeHint().width()
            + self.delete_button.minimumSizeHint().width()
            + self.done_button.minimumSizeHint().width()
            + 2 * 16
        )
        return max(10 * narrowest + 9 * self.grid.spacing(), first)

    def least_height(self, width: int) -> int:
        """The least height in whichever layout the width allows."""
        phone = self.min_height(width)
        return phone if width < self.row_needs_width() else min(phone, self.row_min_height(width))

    def _set_layout(self, row: bool) -> None:
        """Move the keys between the phone grid (3 × 4) and the row layout (only when it changes)."""
        if getattr(self, "_row", None) is row:
            return
        self._row = row
        grid = self.grid
        for b in self.keys():
            grid.removeWidget(b)
        if row:
            for i, d in enumerate("1234567890"):
                grid.addWidget(self.buttons[d], 0, i)
            self.info_lay.removeWidget(self.display)
            self.first_row.insertWidget(0, self.display, 0, Qt.AlignmentFlag.AlignVCenter)
            self.first_row.insertWidget(1, self.delete_button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.first_row.insertWidget(2, self.done_button, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            for i, d in enumerate("123456789"):
                grid.addWidget(self.buttons[d], i // 3, i % 3)
            grid.addWidget(self.delete_button, 3, 0)
            grid.addWidget(self.buttons["0"], 3, 1)
            grid.addWidget(self.done_button, 3, 2)
            self.first_row.removeWidget(self.display)
            self.info_lay.insertWidget(0, self.display, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for c in range(10):
            grid.setColumnStretch(c, 1 if (c < 3 or row) else 0)
        self.first_row_host.setVisible(row)
        self._order_tabs()

    def _order_tabs(self) -> None:
        order = [self.buttons[d] for d in "1234567890"] + [self.delete_button, self.done_button, self.reveal]
        if not getattr(self, "_row", False):
            order = [self.buttons[d] for d in "123456789"] + [
                self.delete_button,
                self.buttons["0"],
                self.done_button,
                self.reveal,
            ]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

    def _fit_row(self, width: int, room: int) -> None:
        beside, digit_w, row_h = self._row_parts(width)
        sp = self.grid.spacing()
        low, high = self._key_heights()
        side_w = (
            width
            - self.display.sizeHint().width()
            - self.delete_button.minimumSizeHint().width()
            - self.done_button.minimumSizeHint().width()
            - 2 * 24
            - 3 * self.first_row.spacing()
        )
        # the field's switch and count: beside the display, or in a row below the digits
        if beside:
            self.lay.removeWidget(self.info)
            self.first_row.addWidget(self.info, 1)
            self.info.setFixedWidth(max(1, side_w))
        else:
            self.first_row.removeWidget(self.info)
            self.lay.addWidget(self.info)
            self.info.setFixedWidth(width)
        rest = room - self._problem_height(width) - row_h - self.lay.spacing()
        if not beside:
            rest -= self.lay.spacing() + self._side_height(width)
        key_h = max(min(low, self._slim()), min(high, rest))
        self._size_digits(key_h)
        for b in self.buttons.values():
            b.setFixedSize(digit_w, key_h)
        for b in (self.delete_button, self.done_button):
            b.setFixedSize(b.minimumSizeHint().width() + 24, max(low, self.display.sizeHint().height()))
        self.first_row_host.setFixedSize(width, row_h)
        self.pad.setFixedSize(10 * digit_w + 9 * sp, key_h)
        body = row_h + self.lay.spacing() + key_h + (0 if beside else self.lay.spacing() + self._side_height(width))
        self.setFixedHeight(self._problem_height(width) + body)
        self.updateGeometry()

    def fit(self, width: int, room: int) -> None:
        """Lay the pad out for ``width`` × ``room`` px: the phone layout (side by side if wide enough, keys
        as tall as fit); where it does not fit, the row layout."""
        key = (width, room, theme.metrics().zoom, self.problem is not None and not self.problem.isHidden())
        if key == self._fit_key:
            return
        self._fit_key = key
        row = not self.fits_as_phone(width, room)
        self._set_layout(row)
        self.lay.setDirection(QBoxLayout.Direction.TopToBottom)
        self.outer.setSpacing(6 if row else 10)  # the row layout is for short screens: every pixel counts
        if row:
            self.lay.setSpacing(6)
            self._fit_row(width, room)
            return
        if self.info.parentWidget() is self.first_row_host or self.lay.indexOf(self.info) != 0:
            self.first_row.removeWidget(self.info)
            self.lay.removeWidget(self.info)
            self.lay.insertWidget(0, self.info)
        self.side.setDirection(QBoxLayout.Direction.TopToBottom)
        self.side.setSpacing(6)
        wide, key_w, info_w = self._wide(width)
        self._arrange_info(wide, width)
        self.lay.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self.lay.setSpacing(24 if wide else 12)
        room -= self._problem_height(width)
        keys_room = room if wide else room - self._info_height(width) - self.lay.spacing()
        low, high = self._key_heights()
        key_h = max(low, min(high, (keys_room - 3 * self.grid.spacing()) // 4))
        self._size_digits(key_h)
        for b in self.keys():
            b.setFixedSize(key_w, key_h)
        self.pad.setFixedSize(3 * key_w + 2 * self.grid.spacing(), 4 * key_h + 3 * self.grid.spacing())
        self.display.setMinimumWidth(min(self.display.sizeHint().width(), info_w if wide else width))
        self.info.setFixedWidth(info_w if wide else width)
        keys_h = 4 * key_h + 3 * self.grid.spacing()
        info_h = self._info_height(info_w if wide else width)
        body = max(keys_h, info_h) if wide else keys_h + info_h + self.lay.spacing()
        self.setFixedHeight(self._problem_height(width) + body)  # exactly what it needs, never more
        self.updateGeometry()

    def _size_digits(self, key_h: int) -> None:
        """The digits as large as the key height allows: body size … title size, bold."""
        digit_px = max(
            QFontMetrics(self.delete_button.label().font()).height(),
            min(
                round(theme.metrics().pt("title") * 4 / 3 * 1.2),
                key_h - 2 * (theme.metrics().padding("key")[0] + theme.FOCUS_BORDER_PX),
            ),
        )
        digit_pt = max(theme.metrics().pt("body"), theme.whole_px_pt(digit_px / 1.2 * 0.75))
        for b in self.buttons.values():
            b.label().setStyleSheet(f"font-size: {digit_pt:.2f}pt; font-weight: bold;")
            b.refresh()

    def set_problem(self, label: QWidget | None) -> None:
        """The message about the digits (a PIN too short …) sits right above the field and is read with it."""
        if self.problem is not None and self.problem is not label:
            self.problem.hide()
            self.problem.deleteLater()
        self.problem = label
        if label is not None:
            self.outer.insertWidget(0, label)
            label.show()
        self._fit_key = None
        self._render()

    def _key(self, grid: QGridLayout, d: str, r: int, c: int) -> None:
        b = BigButton(d, role="key")
        b.setAccessibleName(self.t.digit_name(d))
        b.clicked.connect(lambda _=False, d=d: self.press(d))
        self.buttons[d] = b
        grid.addWidget(b, r, c)

    def _style_display(self, focused: bool) -> None:
        """The display box shows where typing goes: yellow with a thick dark ring while focused."""
        c = theme.COLORS
        bg, border, width = (c["focus"], c["focus_ring"], 4) if focused else (c["button"], c["border"], 3)
        self.display.setStyleSheet(
            f"QLabel {{ font-size: {theme.metrics().pt('heading'):.2f}pt; letter-spacing: 6px;"
            f" background: {bg}; border: {width}px solid {border}; color: {c['text']};"
            f" border-radius: 10px; padding: 8px 18px; }}"
        )

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._style_display(True)

    def focusOutEvent(self, event) -> None:
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, obj, event) -> bool:
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
        problem = self.problem.text() if isinstance(self.problem, QLabel) else ""
        described = f"{problem} {count}" if problem else count
        self.display.setAccessibleDescription(described)
        self.setAccessibleDescription(described)
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
