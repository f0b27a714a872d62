"""Named places a window or page offers for what the person's visit adds (issue 10).

The window and its pages own their layouts. Where a visit's role adds something of its own (the
role's strip above the pages, the take-home sheet offer on a guide's end step) they leave an empty
:class:`Place`, named, and ask the visit to fill it (``ctx.visit.fill(name, place, …)``, see
``assistant.core.visit``). The roles layer only ever puts a widget *into* such a place; it never
reaches into another page's layout.

Places in use:

===============  =====================================================================================
``window-top``   ``MainWindow.top_place``: above the notices and pages (the role's strip).
                 Filled as ``fill("window-top", place)`` by ``MainWindow.offer_places()``.
``step-end``     ``StepPage.end_place``: in the footer, before "Weiter"/"Fertig" (the sheet offer).
                 Filled as ``fill("step-end", place, run)`` each time the step page shows a step.
===============  =====================================================================================
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

WINDOW_TOP = "window-top"
STEP_END = "step-end"


class Place(QWidget):
    """An empty, hidden spot in a layout until something is put into it."""

    def __init__(self, name: str, parent: QWidget | None = None, *, tab_before: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"place-{name}")
        self._tab_before = tab_before  # what follows this place in the Tab order (as seen on screen)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self._widget: QWidget | None = None
        self.hide()

    def widget(self) -> QWidget | None:
        return self._widget

    def put(self, widget: QWidget | None) -> None:
        """Show ``widget`` here (in place of what was here before); None empties the place."""
        if widget is self._widget:
            self.setVisible(widget is not None)
            return
        old, self._widget = self._widget, widget
        layout = self.layout()
        assert layout is not None  # made in __init__
        if old is not None:
            layout.removeWidget(old)
            old.setParent(None)
            old.deleteLater()
        if widget is not None:
            layout.addWidget(widget)
            if self._tab_before is not None:
                QWidget.setTabOrder(widget, self._tab_before)
        self.setVisible(widget is not None)

    def show_content(self, on: bool) -> None:
        """Show or hide what is here, keeping it for the next time (a reused page's next step)."""
        self.setVisible(on and self._widget is not None)
