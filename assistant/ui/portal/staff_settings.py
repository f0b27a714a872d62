"""The staff settings screen ("Einstellungen für Mitarbeitende") as a page of its own (Help).

Keys are entered once and kept only in the OS keyring (``assistant.portal.secrets``). The screen
never shows a stored key, only whether one is there. The step itself is in ``staff_steps`` (which
every flow's first screen opens too), so ``common`` and this page do not import each other.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from assistant.ui import words
from assistant.ui.capabilities import PageContext
from assistant.ui.portal.common import FlowPage
from assistant.ui.portal.staff_steps import capability_name, staff_settings_steps

__all__ = ["StaffSettingsPage", "capability_name", "staff_settings_steps"]


class StaffSettingsPage(FlowPage):
    """The settings on their own (for a Help entry of the main window)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.page_title())
        self.restart(staff_settings_steps(self))

    def on_mode_changed(self) -> None:
        self.refresh()

    def page_title(self) -> str:
        return words.staff_settings()

    def help_text(self) -> str:
        return self.tr("Diese Seite ist für die Mitarbeitenden. Hier tragen Sie Zugangsschlüssel ein.")
