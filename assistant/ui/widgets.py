"""Shared widgets: use these on every page (guide steps, eID, portal, roles) for the same look.

All of them take their fonts and colours from the style sheet (``assistant.ui.theme``) through the
dynamic property ``role``, wrap long text instead of clipping it at 200 %, and set an accessible name.
See docs/ui.md for how to use them.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Sequence

from PySide6 import QtCore  # QtCore.Qt only inside functions, and not on the way to the home screen (set_named)
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
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

from assistant.core.bidi import LRI, PDI, RLM, has_rtl, isolate_numbers, plain
from assistant.ui import theme


def set_named(obj: QtCore.QObject, prop: str, key: str) -> None:
    """Set the Qt property ``prop`` to the value named ``key``: ``set_named(label, "textFormat",
    "PlainText")`` does what ``label.setTextFormat(Qt.TextFormat.PlainText)`` does.

    Qt's property system takes the value's name, so no Python type of PySide6's ``Qt`` namespace is
    needed. PySide6 builds all of them (≈ 90 enum types, ≈ 10 ms) the first time one is used; the
    widgets on the way to the home screen use this instead, lay out without alignment flags, and
    settings that are no property wait until the home screen is up (``when_started``). So the home
    screen can be pressed ≈ 10 ms sooner (issue 9; tests/ui/test_start_cost.py). A wrong name
    raises instead of making a dynamic property."""
    if not obj.setProperty(prop, key):
        raise ValueError(f"{type(obj).__name__} has no property {prop!r} with a value {key!r}")


_later: list[Callable[[], None]] | None = None  # settings waiting for the home screen (hold_until_started)


def hold_until_started() -> None:
    """The program starts (``app.start``): settings that need PySide6's Qt namespace and change
    nothing a person sees (the hand cursor, letting the mouse through a label) wait until the home
    screen is up (``started``). Until then a press on a button's label still reaches the button."""
    global _later
    _later = []


def when_started(fn: Callable[[], None]) -> None:
    """Run ``fn`` now, or once the home screen is up if the program is still starting."""
    if _later is None:
        fn()
    else:
        _later.append(fn)


def started() -> None:
    """The home screen is up: what waited is done now, and from now on at once."""
    global _later
    waiting, _later = _later or [], None
    for fn in waiting:
        with contextlib.suppress(RuntimeError):  # its widget was deleted meanwhile
            fn()


def takes_focus(w: QWidget) -> bool:
    """Whether Tab reaches ``w``. Buttons do (none of ours is made unfocusable), and are answered
    without PySide6's Qt namespace (see ``set_named``)."""
    return isinstance(w, QAbstractButton) or w.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus


def _restyle(w: QWidget) -> None:
    s = w.style()
    s.unpolish(w)
    s.polish(w)


class TextLabel(QLabel):
    """A wrapping, plain-text label with a style role: title, heading, body, small, caption."""

    def __init__(self, text: str = "", role: str = "body", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        set_named(self, "textFormat", "PlainText")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setText(text)
        if role in ("title", "heading"):
            install_heading_role()  # screen readers hear "heading", and can jump from one to the next

    def setText(self, text: str) -> None:
        super().setText(in_window_direction(text))


def in_window_direction(text: str) -> str:
    """Numbers stay left to right in Arabic text (``isolate_numbers``). In a right-to-left window, a
    line without one right-to-left letter (an office's address, a phone number, a German name on its
    own) is one left-to-right run in a right-to-left paragraph: it reads in its order and lines up on
    the right with the lines around it, not on the left."""
    if text and LRI not in text and not has_rtl(text) and QApplication.isRightToLeft():
        return f"{RLM}{LRI}{text}{PDI}"
    return isolate_numbers(text)


_headings: dict[int, object] = {}  # the accessible interfaces made for headings, while their label lives


def install_heading_role() -> None:
    """Give page titles and section headings (labels with the style role "title" / "heading") the
    accessible role Heading: a QAccessible factory, installed once. Qt's cache owns each interface;
    we keep its Python wrapper until the label is destroyed."""
    global _heading_factory
    if _heading_factory is not None:
        return
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    class HeadingInterface(QAccessibleWidget):
        def __init__(self, label: QLabel) -> None:
            super().__init__(label, QAccessible.Role.Heading)
            self._label = label

        def text(self, kind):
            if kind == QAccessible.Text.Name:
                return self._label.accessibleName() or self._label.text()
            return super().text(kind)

    def factory(_key: str, obj):
        if isinstance(obj, QLabel) and obj.property("role") in ("title", "heading"):
            iface = HeadingInterface(obj)
            _headings[id(obj)] = iface
            # the default binds the key now: the object is gone when the lambda runs
            obj.destroyed.connect(lambda _o=None, k=id(obj): _headings.pop(k, None))  # noqa: B008
            return iface
        return None

    _heading_factory = factory
    QAccessible.installFactory(factory)


_heading_factory = None


def joined_name(text: str, subtitle: str | None) -> str:
    """'Titel. Untertitel' — without a stray full stop after '?', '!', ':' or '.' ("Vergessen?." read aloud)."""
    if not subtitle:
        return text
    text = text.rstrip()
    return f"{text} {subtitle}" if text.endswith((".", "?", "!", ":")) else f"{text}. {subtitle}"


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
        set_named(self, "focusPolicy", "StrongFocus")
        self.setAutoDefault(False)
        self._labels: list[QLabel] = []
        self._label = self._add_label("tile-title" if subtitle is not None else "caption")
        self._sub = self._add_label("tile-short") if subtitle is not None else None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._own_name = False
        self._hfw: dict[int, int] = {}
        self.set_texts(text, subtitle)
        when_started(self._pointer)

    def _pointer(self) -> None:
        """The hand cursor, and the labels let the mouse through to the button (see set_named)."""
        Qt = QtCore.Qt
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        for label in self._labels:
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def _add_label(self, role: str) -> QLabel:
        label = QLabel(self)
        set_named(label, "textFormat", "PlainText")
        label.setWordWrap(True)
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
            super().setAccessibleName(joined_name(text, subtitle))
        self.updateGeometry()
        self._place_labels()  # also when the size stays the same (no resize event then)

    def setText(self, text: str) -> None:
        self.set_texts(text, self._sub.text() if self._sub is not None else None)

    def text(self) -> str:
        return plain(self._label.text())

    def subtitle(self) -> str:
        return plain(self._sub.text()) if self._sub is not None else ""

    def setAccessibleName(self, name: str) -> None:
        self._own_name = True
        super().setAccessibleName(name)

    def label(self) -> QLabel:
        return self._label

    def show_subtitle(self, shown: bool) -> None:
        """Where room is short a tile shows its title only (the subtitle stays in its accessible name)."""
        if self._sub is not None and self._sub.isHidden() == shown:
            self._sub.setVisible(shown)
            self._hfw.clear()
            self.updateGeometry()
            self._place_labels()

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

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        cached = self._hfw.get(width)
        if cached is None:
            pw, ph = self._pad()
            inner = max(1, width - pw)
            shown = [lb for lb in self._labels if not lb.isHidden()]
            h = sum(lb.heightForWidth(inner) for lb in shown) + self.GAP * (len(shown) - 1)
            # the style sheet's min-height counts without padding and border: the real minimum is taller
            cached = self._hfw[width] = max(theme.MIN_TARGET_PX, self.minimumHeight(), h + ph)
        return cached

    def sizeHint(self) -> QSize:
        pw, ph = self._pad()
        hints = [lb.sizeHint() for lb in self._labels]
        w = max(h.width() for h in hints)
        h = sum(h.height() for h in hints) + self.GAP * (len(hints) - 1)
        return QSize(w + pw, max(theme.MIN_TARGET_PX, h + ph))

    def minimumSizeHint(self) -> QSize:
        pw, _ = self._pad()
        widest = 0
        for lb in self._labels:
            fm = lb.fontMetrics()
            widest = max([widest] + [fm.horizontalAdvance(w) for w in lb.text().split()])
        return QSize(widest + pw, theme.MIN_TARGET_PX)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_labels()

    def _place_labels(self) -> None:
        pw, ph = self._pad()
        inner = max(1, self.width() - pw)
        shown = [lb for lb in self._labels if not lb.isHidden()]
        heights = [lb.heightForWidth(inner) if lb.wordWrap() else lb.sizeHint().height() for lb in shown]
        total = sum(heights) + self.GAP * (len(heights) - 1)
        # tiles side by side read best with their titles on one line: top; other buttons: centred
        y = ph // 2 if self._sub is not None and len(shown) > 1 else max(ph // 2, (self.height() - total) // 2)
        for lb, h in zip(shown, heights, strict=True):
            lb.setGeometry(pw // 2, y, inner, h)
            y += h + self.GAP

    def keyPressEvent(self, event) -> None:
        """Enter works like the space bar: many people press Enter to choose."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._update_tone()

    def focusOutEvent(self, event) -> None:
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
        super().__init__(parent)  # takes the focus by Tab and click already; (text, parent) would
        self.setText(text)  # make PySide6 build QIcon's enum types to choose among its constructors
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

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        cached = self._hfw.get(width)
        if cached is None:
            box = round(theme.CHECK_PX * theme.metrics().factor) + 24
            text_h = self._label.heightForWidth(max(1, width - self._indent() - 16)) + 24
            cached = self._hfw[width] = max(box, theme.MIN_TARGET_PX, text_h)
        return cached

    def sizeHint(self) -> QSize:
        hint = self._label.sizeHint()
        return QSize(hint.width() + self._indent() + 16, self.heightForWidth(hint.width() + self._indent() + 16))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._indent() + 120, theme.MIN_TARGET_PX)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._label.setGeometry(
            self._indent(), 12, max(1, self.width() - self._indent() - 16), max(1, self.height() - 24)
        )


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
            from PySide6.QtGui import QImage, QPainter
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

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int):
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int):
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
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
        set_named(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_named(self, "focusPolicy", "NoFocus")
        # a viewport made here, not Qt's own: the first viewport() of Qt's makes PySide6 look through
        # every widget class it knows (≈ 8 ms before the home screen can be pressed, bench/startup.py)
        viewport = QWidget()
        viewport.setBackgroundRole(QPalette.ColorRole.Window)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.setWidget(content)
        self.verticalScrollBar().setAccessibleName(QtCore.QCoreApplication.translate("VScrollArea", "Bildlauf"))

    def ensure_visible_on_focus(self, widget: QWidget) -> None:
        if self.widget() is not None and self.widget().isAncestorOf(widget):
            self.ensureWidgetVisible(widget, 20, 20)


class Page(QWidget):
    """A page body: a column with generous margins inside a vertical scroll area, and a footer below it.

    ``page.column`` is the QVBoxLayout to add reading content to; ``page.scroll`` the scroll area.
    ``page.footer_column`` holds what a person must press (answers, "Weiter", tiles): it is never
    scrolled, so it is always in view. The scroll area is only as tall as its content, the footer follows
    right under it; where the content is taller than the room left, a large "Weiter lesen ↓" button in
    its own row above the footer's buttons scrolls on (and, at the end, back to the top). Whether it is
    needed is decided from the room without it, so it never flickers; a line the view's lower edge would
    cut in half is painted over, and "Weiter lesen ↓" begins the next view with it. ``fit_to_view()`` lays out anew
    (the window calls it after a change of screen; pages after a change of content). Subclasses give
    ``essentials`` (widgets that must be seen above the footer, e.g. the title) and may override
    ``fit_footer(width, room)`` to size their footer to ``room`` px. The content is at most ~60
    characters of body text wide, centred.
    """

    # the attribute hides QWidget.scroll(), a method of scrolling the widget's own pixels that no page uses
    scroll: VScrollArea

    MARGINS = (32, 24, 32, 16)
    SPACING = 18  # between the parts of the reading column
    # True: the essentials are never squeezed for the footer (a field a person types into above a list
    # of answers): the footer's list gives way first (fewer answers a page, or only "Weitere Antworten")
    essentials_first = False
    # with ``essentials_first``: essentials that hide, in this order, where the essentials and the footer's
    # smallest page would not fit (a field's example, a label the title already says); their words stay
    # in the field's accessible description and in what "Vorlesen" reads
    gives_way: list[QWidget]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner = QWidget()
        self.inner.setObjectName("pageInner")
        # its height is its height for the width (the scroll area asks), not the minimum of wrapping
        # labels squeezed to their narrowest, which would leave a scroll bar over empty space
        self.inner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        outer = QHBoxLayout(self.inner)
        left, top, right, _ = self.MARGINS
        outer.setContentsMargins(left, top, right, 16)
        self.body = QWidget()
        self.body.setMaximumWidth(self.max_width())
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(self.SPACING)
        outer.addStretch(0)
        outer.addWidget(self.body, 1)
        outer.addStretch(0)
        self.scroll = VScrollArea(self.inner)
        self.footer = QWidget()
        self.footer.setObjectName("pageFooter")
        fouter = QHBoxLayout(self.footer)
        fouter.setContentsMargins(left, 0, right, self.MARGINS[3])
        self.footer_body = QWidget()
        self.footer_body.setMaximumWidth(self.max_width())
        self.footer_column = QVBoxLayout(self.footer_body)
        self.footer_column.setContentsMargins(0, 0, 0, 0)
        self.footer_column.setSpacing(14)
        fouter.addStretch(0)
        fouter.addWidget(self.footer_body, 1)
        fouter.addStretch(0)
        self.read_on = BigButton(QtCore.QCoreApplication.translate("Page", "Weiter lesen ↓"), role="key")  # slim
        self.read_on.setObjectName("read-on")
        self.read_on.clicked.connect(self._read_on)
        self.read_on.hide()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.read_on.setSizePolicy(policy)
        # its own row right under the text (never over it), as wide as the text: a large target, and
        # laid out without an alignment flag (see set_named)
        self.footer_column.addWidget(self.read_on)
        self.essentials: list[QWidget] = []
        self.gives_way = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self.footer, 0)
        lay.addStretch(0)
        self._cover = QWidget(self.scroll.viewport())  # over a line the view's edge would cut in half
        self._cover.setObjectName("cut-line-cover")
        self._cover.setAutoFillBackground(True)
        self._cover.setBackgroundRole(QPalette.ColorRole.Window)
        self._cover.hide()
        cover = self._cover  # lets the mouse through to what it covers (once the program has started)
        when_started(lambda: cover.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents))
        bar = self.scroll.verticalScrollBar()
        bar.valueChanged.connect(self._update_read_on)
        bar.rangeChanged.connect(self._update_read_on)
        self._fitting = False
        # the page takes the height the window has and fits into it (fit_to_view); its content must
        # never make the window taller than the screen
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    @staticmethod
    def max_width() -> int:
        return round(1000 * max(1.0, theme.metrics().factor * 0.8))

    def finish(self) -> None:
        """Call after the last widget: pushes the content to the top."""
        self.column.addStretch(1)

    # --- fitting the page to the room it has ----------------------------------------------------------
    def _column_width(self) -> int:
        """The column's width, as if the scroll bar were shown (so the layout never flips)."""
        m = self.inner.layout().contentsMargins()
        width = (self.scroll.width() or self.width()) - self.scroll.verticalScrollBar().sizeHint().width()
        return max(100, min(self.max_width(), width - m.left() - m.right()))

    def content_height(self) -> int:
        """The reading part's height at the column's width."""
        m = self.inner.layout().contentsMargins()
        width = self._column_width()
        col = self.column
        col.invalidate()
        h = col.totalHeightForWidth(width) if col.hasHeightForWidth() else col.totalSizeHint().height()
        return h + m.top() + m.bottom()

    def essential_height(self, width: int) -> int:
        h = self.inner.layout().contentsMargins().top() + 16
        shown = [w for w in self.essentials if not w.isHidden()]
        for w in shown:
            hint = w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height()
            h += min(w.maximumHeight(), max(w.minimumHeight(), hint))
        return h + self.column.spacing() * max(0, len(shown) - 1)

    def fit_footer(self, width: int, room: int) -> None:
        """Size the footer's own content to ``room`` px (pagers, pads); the default does nothing."""

    def read_on_cost(self, width: int) -> int:
        """The height "Weiter lesen ↓" adds to the footer: its own row (a page that puts it into a row
        it has anyway, and counts that row in its footer, says 0)."""
        return self.read_on.heightForWidth(width) + self.footer_column.spacing()

    def fit_to_view(self) -> None:
        if self._fitting or self.height() <= 0:
            return
        self._fitting = True
        try:
            width = self._column_width()
            # fixed widths: a row of stretches around a wrapping column misjudges its height otherwise
            if self.body.width() != width or self.body.minimumWidth() != width:
                self.body.setFixedWidth(width)
                self.footer_body.setFixedWidth(width)
            if self.essentials_first and self.gives_way:
                self._give_way(width)
            essential = self.essential_height(width)
            # the scroll area's own minimum (two scroll bar arrows' worth) must not squeeze the footer
            self.scroll.setMinimumHeight(min(essential, self.height() // 2))
            room = self.height() - essential - self.MARGINS[3]
            # "Weiter lesen ↓" has its own row above the buttons. Whether it is needed is decided from the
            # footer's height WITHOUT it (so showing it never changes the decision: no flicker)
            read_on_h = self.read_on_cost(width)
            # measured with the tallest page of a paged list: turning a page never changes the decision
            room, without, actions = self._fit_footer_into(width, room, essential, 0)
            content = self.content_height()
            needs_more = content > self.height() - without
            if self.essentials_first and content <= essential:
                needs_more = False  # nothing below the essentials: "Weiter lesen ↓" would only take their room
            # where not even one line of text would show above it, the scroll bar has to do
            line = self.read_on.label().fontMetrics().lineSpacing()
            if needs_more and self.height() - without - read_on_h < line:
                needs_more = False
            if needs_more:
                room, _, actions = self._fit_footer_into(width, room - read_on_h, essential, read_on_h)
                content = self.content_height()  # a picture may have given way meanwhile
            if self.read_on.isHidden() == needs_more:
                self.read_on.setVisible(needs_more)
            if self.footer.isHidden() == (actions or needs_more):
                self.footer.setVisible(actions or needs_more)
            footer_h = self._footer_height(width)
            self.footer.setFixedHeight(footer_h)  # what must be pressed is never squeezed: the reading part gives way
            # even the title, where the buttons need its room (it is reached by "Weiter lesen ↓")
            # (a page with ``essentials_first``, e.g. a search field above its results: all of them,
            # the footer's list gave way in fit_footer)
            if self.essentials_first:  # the margin below the last essential may be cut, never the footer
                low = min(essential - 12, self.height() - footer_h)
            else:
                low = min(essential, self.height() // 2, self.height() - footer_h)
            self.scroll.setMinimumHeight(max(1, low))  # 0 = Qt's own
            self.scroll.setMaximumHeight(
                max(0, content) if not needs_more else self._whole_lines_height(self.height() - footer_h)
            )
            self._update_read_on()
        finally:
            self._fitting = False

    def _give_way(self, width: int) -> None:
        """Hide ``gives_way`` widgets, in order, until the essentials and the footer's smallest page
        (one row of answers and the page-turning buttons) fit; show them again where there is room.
        Decided from the heights with all of them shown, so the decision never flickers."""
        smallest = self.smallest_footer_height(width)
        spacing = self.column.spacing()
        if self.content_height() > self.essential_height(width):  # more below: "Weiter lesen ↓" too
            smallest += self.read_on_cost(width)

        def height_of(w: QWidget) -> int:
            return (w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height()) + spacing

        # a box to write in that may grow shorter: counted at its full height first
        boxes = [w for w in self.essentials if isinstance(w.property("fit_height"), int) and not w.isHidden()]
        grown = sum(w.property("fit_height") - w.minimumHeight() for w in boxes)
        need = (
            self.essential_height(width) + grown + sum(height_of(w) for w in self.gives_way if w.isHidden()) + smallest
        )
        hide: set[QWidget] = set()
        for w in self.gives_way:
            if need <= self.height():
                break
            hide.add(w)
            need -= height_of(w)
        for w in self.gives_way:
            if w.isHidden() != (w in hide):
                w.setVisible(w not in hide)
        over = max(0, need - self.height())
        for w in boxes:  # then the box: down to a few lines
            h = max(w.property("fit_min_height") or 0, w.property("fit_height") - over)
            over -= w.property("fit_height") - h
            if w.minimumHeight() != h:
                w.setMinimumHeight(h)
                w.setMaximumHeight(h if h < w.property("fit_height") else 16777215)

    def read_on_in_row(self, in_row: bool) -> None:
        """ "Weiter lesen ↓" in a row beside other buttons (a page short of room) takes the width of its
        words; in its own row it spans the text's width."""
        policy = self.read_on.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Maximum if in_row else QSizePolicy.Policy.Expanding)
        self.read_on.setSizePolicy(policy)

    def smallest_footer_height(self, width: int) -> int:
        """The footer's height with its list at its smallest (a page that pages its answers says so)."""
        return column_height(self.footer_column, width, skip=self.read_on) + self.MARGINS[3]

    def _whole_lines_height(self, view: int) -> int:
        """The first view of a text longer than ``view`` px ends on a whole line, "Weiter lesen ↓" right
        under it (as the footer follows right under a text that fits): the room left goes below the
        buttons, not into an empty band between the text and them. A tall picture the edge would hide
        for more than half the view is cut rather than hidden (no shorter view then)."""
        self.inner.layout().activate()
        cut = self._cut_between(0, view)
        if cut is None or cut <= 0 or view - cut > view // 2:
            return 16777215
        return max(cut, self.scroll.minimumHeight())

    def _fit_footer_into(self, width: int, room: int, essential: int, extra: int) -> tuple[int, int, bool]:
        """Fit the footer's content to ``room`` (corrected where the footer's own estimate was off):
        (the room used, the footer's height without "Weiter lesen", whether it has anything to press)."""
        without, actions = 0, False
        for _ in range(3):
            self.fit_footer(width, max(theme.MIN_TARGET_PX, room))
            actions = any(
                not w.isHidden()
                for w in self.footer_body.findChildren(QWidget)
                if w.parentWidget() is self.footer_body and w is not self.read_on
            )
            # (a page whose essentials come first: the page shown; a taller one turned to may squeeze them)
            tallest = not self.essentials_first
            without = (
                column_height(self.footer_column, width, tallest=tallest, skip=self.read_on) + self.MARGINS[3]
                if actions
                else 0
            )
            over = without + extra + essential - self.height()
            if over <= 0 or room <= theme.MIN_TARGET_PX:
                break
            room -= over
        return room, without, actions

    def _footer_height(self, width: int) -> int:
        """What the footer needs at ``width``: its shown parts measured one by one (a layout's own
        estimate of wrapping buttons in rows was off by up to a row)."""
        if self.footer.isHidden():
            return 0
        return column_height(self.footer_column, width) + self.MARGINS[3]

    # --- reading on: whole lines only --------------------------------------------------------------
    def _cut_line(self) -> int | None:
        """The content y where the first line cut by the view's lower edge begins (None: nothing is cut)."""
        vp = self.scroll.viewport()
        top = self.scroll.verticalScrollBar().value()
        if self.scroll.verticalScrollBar().maximum() <= 0 or top >= self.scroll.verticalScrollBar().maximum():
            return None
        return self._cut_between(top, top + vp.height())

    def _cut_between(self, top: int, bottom: int) -> int | None:
        """The content y where the first line (or button, picture) cut by a view from ``top`` to
        ``bottom`` begins; None where nothing is cut."""
        cut = None
        for w in self.body.findChildren(QWidget):
            if w.isHidden() or not w.isVisibleTo(self.inner) or w.height() <= 0:
                continue
            if isinstance(w.parentWidget(), QAbstractButton):
                continue  # a button's own label: the button is hidden whole
            if self.essentials_first and w in self.essentials and not isinstance(w, QLabel):
                continue  # a field a person types into: better cut at its edge than hidden
            y = w.mapTo(self.inner, QPoint(0, 0)).y()
            if not (y < bottom < y + w.height()):
                continue
            if isinstance(w, QLabel) and w.wordWrap() and w.text():
                r = w.contentsRect()
                line = max(1, w.fontMetrics().lineSpacing())
                first = y + r.top()
                start = first + max(0, (bottom - first) // line) * line if bottom > first else y
            elif not isinstance(w, QAbstractButton) and w.findChild(QWidget) is not None:
                continue  # a container: what is inside it decides
            else:
                start = y  # a button, a picture, a rule: hidden whole rather than cut
            if start > top and (cut is None or start < cut):
                cut = start
        return cut

    def _cover_cut_line(self) -> None:
        """Paint over a line the view's edge cuts in half: the eye stops at a whole line, and
        "Weiter lesen ↓" (or the scroll bar, where there is no room for it) starts the next view with it."""
        cut = self._cut_line()
        vp = self.scroll.viewport()
        if cut is None:
            self._cover.hide()
            return
        y = cut - self.scroll.verticalScrollBar().value()
        if vp.height() - y > vp.height() // 2:
            self._cover.hide()  # more than half the view: a tall picture; better cut than hidden
            return
        self._cover.setGeometry(0, y, vp.width(), vp.height() - y)
        self._cover.show()
        self._cover.raise_()

    def _read_on(self) -> None:
        bar = self.scroll.verticalScrollBar()
        if bar.value() >= bar.maximum():
            bar.setValue(0)
            return
        cut = self._cut_line()
        if cut is None:  # the view ends on a whole line: the next view begins with the line after it
            cut = bar.value() + self.scroll.viewport().height()
        # on to the line that was cut (a little of the line before stays in sight)
        target = cut - 8 if cut - 8 > bar.value() else bar.value() + max(40, self.scroll.viewport().height() - 60)
        bar.setValue(min(bar.maximum(), target))

    def _update_read_on(self, *_a) -> None:
        bar = self.scroll.verticalScrollBar()
        at_end = bar.maximum() > 0 and bar.value() >= bar.maximum()
        translate = QtCore.QCoreApplication.translate
        text = translate("Page", "Zurück nach oben ↑") if at_end else translate("Page", "Weiter lesen ↓")
        if self.read_on.text() != text:
            self.read_on.setText(text)
        self._cover_cut_line()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_to_view()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_to_view()


def column_height(lay: QVBoxLayout, width: int, *, tallest: bool = False, skip: QWidget | None = None) -> int:
    """The height a vertical layout of wrapping widgets needs at ``width`` (nested layouts counted);
    ``tallest``: a paged list counts with its tallest page; ``skip``: a widget left out."""
    heights = []
    for i in range(lay.count()):
        item = lay.itemAt(i)
        w, sub = item.widget(), item.layout()
        if w is not None:
            if w.isHidden() or w is skip:
                continue
            if isinstance(w, ButtonPager):
                heights.append(w.needed_height(width, tallest=tallest))
            elif w.minimumHeight() == w.maximumHeight() and w.minimumHeight() > 0:
                heights.append(w.minimumHeight())  # fixed (the number pad)
            else:
                heights.append(w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height())
        elif isinstance(sub, QVBoxLayout):
            h = column_height(sub, width, tallest=tallest, skip=skip)
            if h:
                heights.append(h)
    heights = [h for h in heights if h > 0]
    return sum(heights) + lay.spacing() * max(0, len(heights) - 1)


class ButtonPager(QWidget):
    """Large buttons in rows of ``columns``, split into pages that fit a given height, with big
    "more" / "back" buttons (long answer lists, the home tiles). ``set_buttons`` then ``fit(width, room)``."""

    def __init__(
        self, more_text: str, back_text: str, columns: int = 1, parent: QWidget | None = None, *, may_fold: bool = False
    ) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QGridLayout

        self.columns = columns
        self._texts: Callable[[], tuple[str, str, str, str]] | None = None  # see set_texts
        self.may_fold = may_fold  # where not even one row fits: only the "more" button (secondary ways)
        # the same, and the rows after it in pages (a list below a field, which must stay in view)
        self.fold_pages = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(14)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(14)
        lay.addWidget(self.grid_host)
        self.back_button = BigButton(back_text, role="key")  # slim: they only turn the page
        self.back_button.setObjectName("pager-back")
        self.back_button.clicked.connect(self.go_back)
        self.more_button = BigButton(more_text, role="key")
        self.more_button.setObjectName("pager-more")
        self.more_button.clicked.connect(self.go_on)
        nav = QHBoxLayout()
        nav.setSpacing(14)
        self.nav = nav
        self.extra: QWidget | None = None  # see set_extra
        self.beside: QWidget | None = None  # see set_beside
        for b in (self.back_button, self.more_button):
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            policy.setHeightForWidth(True)
            b.setSizePolicy(policy)  # both as tall as the row (≥ their text); the column's stretch takes spare room
            nav.addWidget(b)  # no alignment flag (see set_named)
        lay.addLayout(nav)
        lay.addStretch(1)
        self.buttons: list[QWidget] = []
        self.pages: list[tuple[int, int]] = [(0, 0)]
        self.index = 0
        self._shown_first: int | None = None  # the first button of the page the person turned to
        self._fit_key: tuple | None = None

    def set_texts(self, texts: Callable[[], tuple[str, str, str, str]]) -> None:
        """The page buttons' words (more, back, and their accessible names), asked again whenever the
        language changes, so an open page never keeps the words of the language before."""
        self._texts = texts
        self._apply_texts()

    def _apply_texts(self) -> None:
        if self._texts is None:
            return
        more, back, more_name, back_name = self._texts()
        self.more_button.setText(more)
        self.back_button.setText(back)
        self.more_button.setAccessibleName(more_name)
        self.back_button.setAccessibleName(back_name)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._apply_texts()
        super().changeEvent(event)

    def set_buttons(self, buttons: Sequence[QWidget]) -> None:
        for b in self.buttons:
            if b not in buttons:
                self.grid.removeWidget(b)
                b.hide()
        self.buttons = list(buttons)
        self.pages = [(0, len(buttons))]
        self.index = 0
        self._shown_first = None
        self._fit_key = None
        self._show_page()

    def set_extra(self, widget: QWidget | None) -> None:
        """A small button that shares the page-turning row, first in it (where room is short: the page's
        "Weiter lesen ↓"); its row is then counted on every page. ``None`` takes it out again (the caller
        puts it back where it belongs)."""
        if widget is self.extra:
            return
        if self.extra is not None:
            self.nav.removeWidget(self.extra)
        self.extra = widget
        if widget is not None:
            self.nav.insertWidget(0, widget, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self._fit_key = None

    def set_beside(self, widget: QWidget | None) -> None:
        """A small button in the row of the list's last button, before it (where room is short: the
        page's "Weiter lesen ↓" beside "Weiter"); ``None`` takes it out again (the caller puts it back)."""
        if widget is self.beside:
            return
        if self.beside is not None:
            self.grid.removeWidget(self.beside)
        self.beside = widget
        self._fit_key = None
        self._show_page()

    def _beside_width(self) -> int:
        """The room the widget beside the last button takes in its row (0: none shown)."""
        b = self.beside
        return b.sizeHint().width() + self.grid.spacing() if b is not None and not b.isHidden() else 0

    def _nav_height(self, width: int, buttons: Sequence[QWidget]) -> int:
        """The page-turning row's height with ``buttons`` (and the extra) in it; 0 when it is empty."""
        row = [*([self.extra] if self.extra is not None else []), *buttons]
        if not row:
            return 0
        gap = self.nav.spacing()
        free = width - gap * (len(row) - 1) - sum(b.sizeHint().width() for b in row)
        if free >= 0:  # each gets what it asks for and a share of the rest: one line each
            return max(b.heightForWidth(b.sizeHint().width() + free // len(row)) for b in row)
        return max(b.heightForWidth((width - gap * (len(row) - 1)) // len(row)) for b in row)

    def _row_heights(self, width: int) -> list[int]:
        col_w = (width - self.grid.spacing() * (self.columns - 1)) // self.columns
        rows = []
        for r in range(0, len(self.buttons), self.columns):
            rows.append(max(b.heightForWidth(col_w) for b in self.buttons[r : r + self.columns]))
        if rows and self._beside_width() and self.columns == 1:
            last = self.buttons[-1].heightForWidth(max(1, col_w - self._beside_width()))
            rows[-1] = max(last, self.beside.heightForWidth(self.beside.sizeHint().width()))
        return rows

    def fit(self, width: int, room: int) -> None:
        """Split into pages of whole rows that fit ``room`` px (the navigation row counted)."""
        key = (width, room, tuple(id(b) for b in self.buttons), theme.metrics().zoom)
        if key == self._fit_key:
            return
        self._fit_key = key
        rows = self._row_heights(width)
        old_pages, old_index = list(self.pages), self.index
        gap = self.grid.spacing()
        total = sum(rows) + gap * max(0, len(rows) - 1)
        nav = self._nav_height(width, [self.more_button, self.back_button]) + 14
        alone = self._nav_height(width, [])  # the extra's row, there on a single page too
        alone += 14 if alone else 0
        fold = self.may_fold or self.fold_pages
        if total + alone <= room or (len(rows) <= 1 and not (fold and rows and rows[0] > room)):
            self.pages = [(0, len(self.buttons))]
        elif self.may_fold and rows and rows[0] + nav > room:
            self.pages = [(0, 0), (0, len(self.buttons))]
        else:
            self.pages, start, used = [], 0, 0
            first_nav = self._nav_height(width, [self.more_button]) + 14  # the first page has no "back"
            if self.fold_pages and rows and rows[0] + first_nav > room:
                self.pages.append((0, 0))  # not even one answer fits: only "more" on the first page
            for r, h in enumerate(rows):
                need = h + (gap if r > start else 0)
                if r > start and used + need + nav > room:
                    self.pages.append((start * self.columns, r * self.columns))
                    start, used, need = r, 0, h
                used += need
            self.pages.append((start * self.columns, len(self.buttons)))
        # the page that holds the first button the person was shown (a fit in between never turns back)
        turned = self._shown_first
        self.index = 0 if turned is None else next((i for i, (a, b) in enumerate(self.pages) if a <= turned < b), 0)
        if self.pages != old_pages or self.index != old_index or self._laid_out != self.columns:
            self._show_page()  # (the same pages again: nothing to lay out anew)

    _laid_out = 0  # the number of columns the grid was last laid out in (0: never)

    def _show_page(self) -> None:
        self._laid_out = self.columns
        first, end = self.pages[self.index]
        while self.grid.count():
            self.grid.takeAt(0)
        # a widget beside the last button (one column only): the others span both columns
        beside = self.beside is not None and self.columns == 1 and end == len(self.buttons) and end > first
        for n, b in enumerate(self.buttons):
            if first <= n < end:
                k = n - first
                if beside:
                    last = n == end - 1
                    self.grid.addWidget(b, k, 1 if last else 0, 1, 1 if last else 2)
                else:
                    self.grid.addWidget(b, k // self.columns, k % self.columns)
                b.show()
            else:
                b.hide()
        if beside and self.beside is not None:
            self.grid.addWidget(self.beside, end - first - 1, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        elif self.beside is not None:
            self.grid.removeWidget(self.beside)
        for c in range(self.columns):
            self.grid.setColumnStretch(c, 1)
        if beside:  # the small button its own width, the last button the rest
            self.grid.setColumnStretch(0, 0)
            self.grid.setColumnStretch(1, 1)
        elif self.columns == 1 and self.grid.columnCount() > 1:
            self.grid.setColumnStretch(1, 0)  # (a grid never forgets a column)
        many = len(self.pages) > 1
        self.back_button.setVisible(many and self.index > 0)
        self.more_button.setVisible(many and self.index < len(self.pages) - 1)
        self.grid_host.setVisible(end > first)
        shown = [b for b in self.buttons[first:end] if takes_focus(b)]
        shown += [b for b in (self.back_button, self.more_button) if not b.isHidden()]
        for a, b in itertools.pairwise(shown):
            QWidget.setTabOrder(a, b)

    def page_number(self) -> int:
        return self.index + 1

    def can_go_on(self) -> bool:
        return self.index < len(self.pages) - 1

    def go_on(self) -> None:
        if self.can_go_on():
            self.index += 1
            self._shown_first = self.pages[self.index][0]
            self._show_page()
            self._focus_first()

    def go_back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._shown_first = self.pages[self.index][0] if self.index else None
            self._show_page()
            self._focus_first()

    def _turned(self) -> None:
        """Another page of buttons has another height: the page around lays out anew."""
        p = self.parentWidget()
        while p is not None and not isinstance(p, Page):
            p = p.parentWidget()
        if p is not None:
            p.fit_to_view()

    def _focus_first(self) -> None:
        self._turned()
        first, end = self.pages[self.index]
        focusable = [b for b in self.buttons[first:end] if takes_focus(b)]
        if focusable and self.isVisible():  # the first answer (a group's heading is only read)
            focusable[0].setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def smallest_height(self, width: int) -> int:
        """The height of a page with the first row only (and "more" where there are more rows)."""
        rows = self._row_heights(width)
        if self.isHidden() or not rows:
            return 0
        return rows[0] + (14 + self._nav_height(width, [self.more_button]) if len(rows) > 1 else 0)

    def needed_height(self, width: int, *, tallest: bool = False) -> int:
        """The height of the page shown (``tallest``: of the tallest page), with its navigation row."""
        if self.isHidden():
            return 0
        if tallest:
            return max(self._page_height(width, i) for i in range(len(self.pages)))
        return self._page_height(width, self.index)

    def _page_height(self, width: int, index: int) -> int:
        first, end = self.pages[index]
        rows = self._row_heights(width)[first // self.columns : (end + self.columns - 1) // self.columns]
        h = sum(rows) + self.grid.spacing() * max(0, len(rows) - 1)
        many = len(self.pages) > 1
        nav = [
            b
            for b, shown in (
                (self.back_button, many and index > 0),
                (self.more_button, many and index < len(self.pages) - 1),
            )
            if shown
        ]
        row = self._nav_height(width, nav)
        if row:
            h += (14 if rows else 0) + row
        return h

    def visible_buttons(self) -> list[QWidget]:
        first, end = self.pages[self.index]
        return self.buttons[first:end]


def keep_left_to_right(widget: QWidget) -> QWidget:
    """Digits, PIN/CAN/PUK, phone numbers, dates, times, house and request numbers are read and typed
    left to right also in a right-to-left language: this widget (and what is inside it) stays so
    while the rest of the window mirrors."""
    widget.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)
    return widget


def answer_pager(columns: int = 1) -> ButtonPager:
    """The paged list of answers with the same words everywhere (guide steps, portal screens)."""
    translate = QtCore.QCoreApplication.translate
    pager = ButtonPager("", "", columns)
    pager.set_texts(
        lambda: (
            translate("StepPage", "Weitere Antworten ↓"),
            translate("StepPage", "↑ Vorige Antworten"),
            translate("StepPage", "Weitere Antworten zeigen"),
            translate("StepPage", "Vorige Antworten zeigen"),
        )
    )
    return pager
