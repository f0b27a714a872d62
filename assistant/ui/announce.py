"""Say something to screen readers without moving the focus (WCAG 4.1.3 status messages).

``announce(widget, text)`` sends Qt's ``QAccessibleAnnouncementEvent`` (AT-SPI ``object:announcement``,
UI Automation notification) for ``widget``, and tells ``announcer().said`` — the helper view and the
tests listen there. Use it for errors, results and numbers that appear without the focus going there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class Announcer(QObject):
    said = Signal(str)


_announcer: Announcer | None = None


def announcer() -> Announcer:
    global _announcer
    if _announcer is None:
        _announcer = Announcer()
    return _announcer


def announce(widget: QWidget, text: str) -> None:
    if not text:
        return
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    except (ImportError, AttributeError, TypeError, RuntimeError):  # Qt before 6.8
        pass
    announcer().said.emit(text)
