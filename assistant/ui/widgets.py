"""Shared widgets: use these on every page (guide steps, eID, portal, roles) for the same look.

All of them take their fonts and colours from the style sheet (``assistant.ui.theme``) through the
dynamic property ``role``, wrap long text instead of clipping it at 200 %, and set an accessible name.
See docs/ui.md for how to use them.
"""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt only inside functions: it costs ~25 ms the first time
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.core.bidi import isolate_numbers, plain
from assistant.ui import theme


def _restyle(w: QWidget) -> None:
    s = w.style()
    s.unpolish(w)
    s.polish(w)


class TextLabel(QLabel):
    """A wrapping, plain-text label with a style role: title, heading, body, small, caption."""

    def __init__(self, text: str = "", role: str = "body", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setText(text)
        if role in ("title", "heading"):
            # screen readers announce it as a heading-like piece of text
            self.setAccessibleDescription(role)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(isolate_numbers(text))  # numbers stay left to right in Arabic text


def TitleLabel(text: str = "", parent: QWidget | None = None) -> TextLabel:
    """The page title (26 pt at 100 %)."""
    return TextLabel(text, "title", parent)


def HeadingLabel(text: str = "", parent: QWidget | None = None) -> TextLabel:
    """A section heading inside a page (21 pt)."""
    return TextLabel(text, "heading", parent)


def BodyLabel(text: str = "", parent: QWidget | None = None) -> TextLabel:
    """Body text (18 pt)."""
    return TextLabel(text, "body", parent)


def SmallLabel(text: str = "", parent: QWidget | None = None) -> TextLabel:
    """Secondary text such as the progress line (16 pt, the smallest size used anywhere)."""
    return TextLabel(text, "small", parent)


class BigButton(QPushButton):
    """A large button whose text wraps (never clipped at 200 %). At least 56 px high.

    ``primary=True`` gives the filled blue look for the one main action of a page ('Weiter').
    ``subtitle`` adds a second, normal-weight line (the home tiles). The accessible name is the text
    (and subtitle) unless you set another one. Use ``setText`` as usual.
    """

    GAP = 6

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        primary: bool = False,
        role: str = "",
        subtitle: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("primary", primary)
        if role:
            self.setProperty("role", role)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        self._labels: list[QLabel] = []
        self._label = self._add_label("tile-title" if subtitle is not None else "caption")
        self._sub = self._add_label("tile-short") if subtitle is not None else None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._own_name = False
        self._hfw: dict[int, int] = {}
        self.set_texts(text, subtitle)

    def _add_label(self, role: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.setProperty("role", role)
        label.setProperty("tone", "primary" if self.property("primary") else "normal")
        self._labels.append(label)
        return label

    # the text lives in wrapping labels; QPushButton's own text stays empty
    def set_texts(self, text: str, subtitle: str | None = None) -> None:
        self._hfw.clear()
        self._label.setText(isolate_numbers(text))
        if self._sub is not None:
            self._sub.setText(isolate_numbers(subtitle or ""))
        if not self._own_name:
            super().setAccessibleName(text if not subtitle else f"{text}. {subtitle}")
        self.updateGeometry()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.set_texts(text, self._sub.text() if self._sub is not None else None)

    def text(self) -> str:
        return plain(self._label.text())

    def subtitle(self) -> str:
        return plain(self._sub.text()) if self._sub is not None else ""

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        self._own_name = True
        super().setAccessibleName(name)

    def label(self) -> QLabel:
        return self._label

    def labels(self) -> list[QLabel]:
        return list(self._labels)

    def set_primary(self, primary: bool) -> None:
        self.setProperty("primary", primary)
        self._update_tone()
        _restyle(self)

    def set_chosen(self, chosen: bool) -> None:
        """Mark the answer chosen last time (a thick blue border; say it in words too)."""
        self.setProperty("chosen", chosen)
        _restyle(self)

    # size: the labels' wrapped height plus the frame, at least MIN_TARGET_PX
    def _pad(self) -> tuple[int, int]:
        """Total (horizontal, vertical) space around the text: padding and border on both sides."""
        v, h = theme.metrics().padding(self.property("role") or "")
        return 2 * (h + theme.FOCUS_BORDER_PX), 2 * (v + theme.FOCUS_BORDER_PX)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        cached = self._hfw.get(width)
        if cached is None:
            pw, ph = self._pad()
            inner = max(1, width - pw)
            h = sum(lb.heightForWidth(inner) for lb in self._labels) + self.GAP * (len(self._labels) - 1)
            cached = self._hfw[width] = max(theme.MIN_TARGET_PX, h + ph)
        return cached

    def sizeHint(self) -> QSize:  # noqa: N802
        pw, ph = self._pad()
        hints = [lb.sizeHint() for lb in self._labels]
        w = max(h.width() for h in hints)
        h = sum(h.height() for h in hints) + self.GAP * (len(hints) - 1)
        return QSize(w + pw, max(theme.MIN_TARGET_PX, h + ph))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        pw, _ = self._pad()
        widest = 0
        for lb in self._labels:
            fm = lb.fontMetrics()
            widest = max([widest] + [fm.horizontalAdvance(w) for w in lb.text().split()])
        return QSize(widest + pw, theme.MIN_TARGET_PX)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_labels()

    def _place_labels(self) -> None:
        pw, ph = self._pad()
        inner = max(1, self.width() - pw)
        heights = [lb.heightForWidth(inner) if lb.wordWrap() else lb.sizeHint().height() for lb in self._labels]
        total = sum(heights) + self.GAP * (len(heights) - 1)
        # tiles side by side read best with their titles on one line: top; other buttons: centred
        y = ph // 2 if self._sub is not None else max(ph // 2, (self.height() - total) // 2)
        for lb, h in zip(self._labels, heights):
            lb.setGeometry(pw // 2, y, inner, h)
            y += h + self.GAP

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Enter works like the space bar: many people press Enter to choose."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._update_tone()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._update_tone()

    def _update_tone(self) -> None:
        """White text on the blue primary button, dark text otherwise (also on the yellow focus)."""
        tone = "focus" if self.hasFocus() else ("primary" if self.property("primary") else "normal")
        for lb in self._labels:
            if lb.property("tone") != tone:
                lb.setProperty("tone", tone)
                _restyle(lb)

    def event(self, event) -> bool:
        if event.type() in (event.Type.FontChange, event.Type.StyleChange, event.Type.PolishRequest):
            self._hfw.clear()
            self.updateGeometry()
            self._place_labels()
        return super().event(event)

    def refresh(self) -> None:
        """After a change of text size: measure the labels again."""
        self._hfw.clear()
        self.updateGeometry()
        self._place_labels()


class BarButton(QPushButton):
    """A button of the bar (Zurück, Start, Hilfe, …): one short line, centred, 16 pt, ≥ 56 px high.

    A plain QPushButton (its text never wraps), so the bar costs little before the first paint.
    The accessible name is the text unless you set another one.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)  # a push button takes the focus by Tab and click already
        self.setProperty("role", "bar")
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class CheckItem(QCheckBox):
    """A large check box whose text wraps; the whole row is clickable."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(text, self)
        self._label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._label.setWordWrap(True)
        self._label.setProperty("role", "body")
        self._label.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(text)
        self._hfw: dict[int, int] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)

    def text(self) -> str:
        return self._label.text()

    def set_text(self, text: str) -> None:
        self._hfw.clear()
        self._label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def label(self) -> QLabel:
        return self._label

    def event(self, event) -> bool:
        if event.type() in (event.Type.FontChange, event.Type.StyleChange, event.Type.PolishRequest):
            self._hfw.clear()
            self.updateGeometry()
        return super().event(event)

    def _indent(self) -> int:
        return round(theme.CHECK_PX * theme.metrics().factor) + 40

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802
        return self.rect().contains(pos)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        cached = self._hfw.get(width)
        if cached is None:
            box = round(theme.CHECK_PX * theme.metrics().factor) + 24
            text_h = self._label.heightForWidth(max(1, width - self._indent() - 16)) + 24
            cached = self._hfw[width] = max(box, theme.MIN_TARGET_PX, text_h)
        return cached

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self._label.sizeHint()
        return QSize(hint.width() + self._indent() + 16, self.heightForWidth(hint.width() + self._indent() + 16))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._indent() + 120, theme.MIN_TARGET_PX)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._label.setGeometry(self._indent(), 12, max(1, self.width() - self._indent() - 16), max(1, self.height() - 24))


class Notice(QFrame):
    """A calm, yellow note with a message and a 'Verstanden' button that closes it."""

    def __init__(self, text: str, close_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 10, 10, 10)
        self.message = BodyLabel(text)
        self.message.setAccessibleName(text)
        lay.addWidget(self.message, 1)
        self.close_button = BigButton(close_text)
        self.close_button.setAccessibleName(close_text)
        self.close_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.close_button.clicked.connect(self.hide)
        self.close_button.clicked.connect(self.deleteLater)
        lay.addWidget(self.close_button, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)

    def text(self) -> str:
        return self.message.text()


class Picture(QLabel):
    """An SVG (or PNG) picture drawn at the current text size, with its alt text for screen readers."""

    def __init__(self, path: str, alt: str, height: int = 160, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(alt)
        self.setAccessibleDescription(alt)
        self.setToolTip(alt)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignLeft)
        self.ok = False
        h = round(height * theme.metrics().factor)
        if path.lower().endswith(".svg"):
            from PySide6.QtGui import QImage
            from PySide6.QtSvg import QSvgRenderer

            renderer = QSvgRenderer(path)
            if renderer.isValid():
                size = renderer.defaultSize()
                w = round(h * size.width() / max(1, size.height()))
                img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
                img.fill(QtCore.Qt.GlobalColor.transparent)
                p = QPainter(img)
                renderer.render(p)
                p.end()
                from PySide6.QtGui import QPixmap

                self.setPixmap(QPixmap.fromImage(img))
                self.ok = True
        else:
            from PySide6.QtGui import QPixmap

            pm = QPixmap(path)
            if not pm.isNull():
                self.setPixmap(pm.scaledToHeight(h, QtCore.Qt.TransformationMode.SmoothTransformation))
                self.ok = True


class FlowLayout(QLayout):
    """Lays its items out in rows, wrapping to the next row when the width runs out (the bar at 200 %)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items = []
        self._spacing = spacing

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int):  # noqa: N802
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int):  # noqa: N802
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _mirrored(self) -> bool:
        parent = self.parentWidget()
        return parent is not None and parent.isRightToLeft()  # no Qt namespace before the first paint

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_h = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and row_h > 0:
                x, y = area.x(), y + row_h + self._spacing
                row_h = 0
            if apply:
                # right to left (Arabic): the same rows, mirrored — "Zurück" first on the right
                left = area.right() + area.x() - x - hint.width() + 1 if self._mirrored() else x
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + self._spacing
            row_h = max(row_h, hint.height())
        return y + row_h - rect.y() + m.bottom()


class VScrollArea(QScrollArea):
    """A scroll area that scrolls only up and down: the content always fits the width (no 2-D scrolling)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.viewport().setAutoFillBackground(True)
        self.setWidget(content)
        self.verticalScrollBar().setAccessibleName(QtCore.QCoreApplication.translate("VScrollArea", "Bildlauf"))

    def ensure_visible_on_focus(self, widget: QWidget) -> None:
        if self.widget() is not None and self.widget().isAncestorOf(widget):
            self.ensureWidgetVisible(widget, 20, 20)


class Page(QWidget):
    """A page body: a column with generous margins inside a vertical scroll area.

    ``page.column`` is the QVBoxLayout to add widgets to; ``page.scroll`` the scroll area, which the
    window places above the bar. The content is at most ~60 characters of body text wide, centred.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner = QWidget()
        self.inner.setObjectName("pageInner")
        outer = QHBoxLayout(self.inner)
        outer.setContentsMargins(32, 24, 32, 32)
        self.body = QWidget()
        self.body.setMaximumWidth(self.max_width())
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(18)
        outer.addStretch(0)
        outer.addWidget(self.body, 1)
        outer.addStretch(0)
        self.scroll = VScrollArea(self.inner)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.scroll)

    @staticmethod
    def max_width() -> int:
        return round(1000 * max(1.0, theme.metrics().factor * 0.8))

    def finish(self) -> None:
        """Call after the last widget: pushes the content to the top."""
        self.column.addStretch(1)


def keep_left_to_right(widget: QWidget) -> QWidget:
    """Digits, PIN/CAN/PUK, phone numbers, dates, times, house and request numbers are read and typed
    left to right also in a right-to-left language: this widget (and what is inside it) stays so
    while the rest of the window mirrors."""
    widget.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)
    return widget
